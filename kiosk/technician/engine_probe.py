"""The doctor's web engine check, run in a child process: can QtWebEngine start a renderer and load a page?

Offscreen, so a missing display is the display check's business, not this one's. The child prints
one line and exits 0 (it loaded) or 1; the doctor turns that into a sentence.
"""

from __future__ import annotations

import os
import sys

TIMEOUT_MS = 15_000


def command() -> list[str]:
    """How to run ``kiosk doctor --engine-probe`` from this process (source tree or frozen bundle)."""
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "kiosk"]
    return [*base, "doctor", "--engine-probe"]


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from kiosk.app import make_application

    app = make_application()
    from PySide6.QtCore import QTimer
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

    profile = QWebEngineProfile()  # off the record: the probe leaves nothing on disk
    page = QWebEnginePage(profile)
    result: dict[str, bool] = {}

    def done(ok: bool) -> None:
        result.setdefault("ok", ok)
        app.quit()

    page.loadFinished.connect(done)
    page.renderProcessTerminated.connect(lambda *_: done(False))
    QTimer.singleShot(TIMEOUT_MS, lambda: done(False))
    page.setHtml("<!doctype html><title>probe</title><p>ok</p>")
    app.exec()
    del page  # before its profile
    del profile
    ok = result.get("ok", False)
    print("web engine loaded a page" if ok else "web engine did not load a page")
    return 0 if ok else 1
