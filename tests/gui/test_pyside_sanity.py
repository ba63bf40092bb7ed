"""Guards against a Qt binding that cannot run for a shift: PySide6 6.12.0 on Python 3.11 drops a
reference to None on every call of a void method, so a kiosk dies ("deallocating None") within hours."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

CALLS = 2000


def test_void_calls_keep_their_references_to_none(qapp):
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        timer.stop()
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50, "this PySide6 build leaks references to None; pin another version"


def test_javascript_callbacks_keep_their_references_to_none(qtbot):
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loadFinished, timeout=15_000):
        view.setHtml("<p>ping</p>")
    done = []

    def again(result):
        done.append(result)
        if len(done) < 300:
            view.page().runJavaScript("1", 0, again)

    before = sys.getrefcount(None)
    view.page().runJavaScript("1", 0, again)
    qtbot.waitUntil(lambda: len(done) == 300, timeout=30_000)
    assert done == [1] * 300
    assert sys.getrefcount(None) >= before - 30
