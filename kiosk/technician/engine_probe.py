"""The doctor's web engine check, run in a child process: can QtWebEngine start a renderer and load a page?

Offscreen, so a missing display is the display check's business, not this one's. The child prints
one line and exits 0 (it loaded) or 1; the doctor turns that into a sentence. Once the page has
loaded, the kiosk's own media probe (:class:`kiosk.ui.media.MediaProbe`) asks the same engine what
it plays and the child prints ``media {json}`` for the doctor's "video" check.
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
    from kiosk.ui.app import EventLoop, make_application

    make_application()
    import json

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

    from kiosk.ui.media import MediaProbe

    profile = QWebEngineProfile()  # off the record: the probe leaves nothing on disk
    page = QWebEnginePage(profile)
    result: dict = {}
    media = MediaProbe()  # then, in the same engine: what it plays (the kiosk's own probe)
    loop: EventLoop[None] = EventLoop(None)

    def done(ok: bool) -> None:
        if "ok" in result:
            return
        result["ok"] = ok
        if ok:
            media.start()
        else:
            loop.finish(None)

    def probed(found: dict, _details: dict, _seconds: float) -> None:
        result["media"] = found
        loop.finish(None)

    media.finished.connect(probed)
    media.failed.connect(lambda _sentence: loop.finish(None))
    page.loadFinished.connect(done)
    page.renderProcessTerminated.connect(lambda *_: done(False))
    loop.after(TIMEOUT_MS, lambda: done(False))
    page.setHtml("<!doctype html><title>probe</title><p>ok</p>")
    loop.run()
    media.end()  # a probe cut short by the time limit goes too
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the probe's page before its profile
    del page  # before its profile
    del profile
    ok = result.get("ok", False)
    print("web engine loaded a page" if ok else "web engine did not load a page")
    if "media" in result:
        print("media " + json.dumps(result["media"], sort_keys=True))
    return 0 if ok else 1
