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

pytest_plugins = ["tests.helpers.fixtures"]
