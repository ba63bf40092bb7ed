"""Shared test set-up: real QtWebEngine offscreen, real loopback HTTP, a fake clock where time matters."""

from __future__ import annotations

import os

# Tests and CI only: headless, and as root Chromium's sandbox cannot start.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-background-networking")
# The native screens speak the system's language when KIOSK_LANGUAGE is not set (kiosk/languages.py): a developer's
# own locale (LANG=pl_PL.UTF-8) must not turn the words the tests read into Polish. A test that wants a language says so.
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ["LANG"] = "C.UTF-8"

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401  (must be imported before the QApplication exists)
from PySide6.QtCore import QCoreApplication, Qt

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

pytest_plugins = ["tests.helpers.fixtures", "tests.helpers.printing", "tests.helpers.xserver"]


def _state_of(path):
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_mode)


@pytest.fixture(autouse=True)
def _english_again_after_each_test():
    """A test that set the shop's language (a kiosk with KIOSK_LANGUAGE, or install() itself) leaves English behind."""
    yield
    from kiosk.ui.language import install, shop

    if not shop().english:
        install("en")


@pytest.fixture(autouse=True, scope="session")
def _never_touch_the_machines_broker_identity():
    """No test may write this machine's broker identity or systemd's host key: always a tmp root (DPKG_ROOT)."""
    from pathlib import Path

    watched = [Path(p) for p in ("/etc/credstore/betshop-kiosk-identity", "/etc/credstore.encrypted",
                                 "/var/lib/betshop-kiosk-broker", "/var/lib/systemd/credential.secret")]
    before = [_state_of(p) for p in watched]
    yield
    changed = [str(p) for p, b in zip(watched, before, strict=True) if _state_of(p) != b]
    assert not changed, f"a test changed this machine's {changed}; tests must write into a tmp root (DPKG_ROOT)"


@pytest.fixture(autouse=True, scope="session")
def _never_touch_the_real_config_file():
    """No test may write the machine's own config (/etc/xdg/betshop-kiosk/kiosk.toml): always a tmp path."""
    from kiosk.settings import default_config_file

    real = default_config_file()
    before = _state_of(real)
    yield
    assert _state_of(real) == before, f"a test changed the real config file {real}; tests must use a tmp --config"
