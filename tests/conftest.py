"""Shared test set-up: real QtWebEngine offscreen, real loopback HTTP, a fake clock where time matters."""

from __future__ import annotations

import os

# Tests and CI only: headless, and as root Chromium's sandbox cannot start.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-background-networking")

from PySide6 import QtWebEngineWidgets  # noqa: F401  (must be imported before the QApplication exists)
from PySide6.QtCore import QCoreApplication, Qt

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

import pytest  # noqa: E402

from kiosk.clock import FakeClock  # noqa: E402


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk_env(monkeypatch, tmp_path):
    """No KIOSK_* variable from the developer's shell, and no installed config file, leaks into a test."""
    for k in list(os.environ):
        if k.upper().startswith("KIOSK_"):
            monkeypatch.delenv(k)
    monkeypatch.setattr("kiosk.settings.default_config_file", lambda: tmp_path / "no-such-dir" / "kiosk.toml")
    return monkeypatch


from tests.kiosk_fixtures import make_kiosk, sb  # noqa: E402,F401  (fixtures for the window tests)
