"""The Qt application every entry point shares: making it, and running its event loop until there is a result.

The kiosk, the not-set-up screen, ``kiosk setup --screen``, ``kiosk print-test`` and the doctor's engine
probe all create the application with :func:`make_application` and run it with one :class:`EventLoop`.
The loop ends in one way (:meth:`EventLoop.finish`, called by the caller, a timer or SIGTERM/SIGINT),
and everything that could end it is undone when it ends: a timer left running would call
``QCoreApplication.exit()`` with no loop running, and every later loop in the process (a test, the
kiosk after its setup screen) would return at once.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from kiosk import __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

R = TypeVar("R")
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with what QtWebEngine needs set before it exists."""
    from PySide6 import QtWebEngineWidgets  # noqa: F401  (must be loaded before the QApplication exists)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return cast(QApplication, existing)  # tests (pytest-qt) own it
    from kiosk import engine_flags

    # No developer tools from outside, no renderer sandbox off, no pinch zoom (a pinch would stay for the
    # next player): kiosk/engine_flags.py filters Chromium's flags.
    engine_flags.apply()
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(argv or [sys.argv[0]])
    # QtWebEngine follows Qt Network's proxy: take the system's (Windows settings; on Linux the
    # http_proxy/https_proxy/no_proxy variables), as the autologin client (httpx) does.
    from PySide6.QtNetwork import QNetworkProxyFactory

    QNetworkProxyFactory.setUseSystemConfiguration(True)
    app.setApplicationName("betshop-kiosk")
    app.setApplicationVersion(__version__)
    return app


class EventLoop(Generic[R]):
    """One run of the application's event loop, ended by :meth:`finish` with a result.

    ``on_signal``: the result SIGTERM and SIGINT end it with, even while Qt holds the thread (None:
    signals are left as they are). The first :meth:`finish` wins; one called before :meth:`run` makes
    the run return at once. Timers from :meth:`after` and :meth:`every` stop, and the signal handling
    is undone, when the loop ends, however it ends.
    """

    def __init__(self, result: R, *, on_signal: R | None = None) -> None:
        self.result = result
        self._on_signal = on_signal
        self._timers: list[QTimer] = []
        self._running = False
        self._finished = False

    def after(self, ms: int, callback: Callable[[], Any]) -> QTimer:
        """Call ``callback`` once, ``ms`` from now, if the loop is still running then."""
        return self._timer(ms, callback, single_shot=True)

    def every(self, ms: int, callback: Callable[[], Any]) -> QTimer:
        """Call ``callback`` every ``ms`` while the loop runs."""
        return self._timer(ms, callback, single_shot=False)

    def finish(self, result: R) -> None:
        if self._finished:
            return
        self._finished = True
        self.result = result
        if self._running:
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.exit(0)  # not quit(): it asks every window to close, and a setup screen refuses

    @property
    def finished(self) -> bool:
        return self._finished

    def run(self, *, on_start: Callable[[], Any] | None = None) -> R:
        """Run the loop until :meth:`finish`; returns the result it was given (or the initial one).

        ``on_start`` is called once the signals are caught, just before the loop starts (what may make
        a fleet tool stop the process at once, such as a /health endpoint, starts there).
        """
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("make_application() first")
        undo_signals = self._catch_signals() if self._on_signal is not None else None
        try:
            if on_start is not None and not self._finished:
                on_start()
            if not self._finished:
                self._running = True
                app.exec()
        finally:
            self._running = False
            self._finished = True
            for timer in self._timers:
                timer.stop()
            self._timers.clear()
            if undo_signals is not None:
                undo_signals()
        return self.result

    def _timer(self, ms: int, callback: Callable[[], Any], *, single_shot: bool) -> QTimer:
        from PySide6.QtCore import QTimer

        timer = QTimer()
        timer.setSingleShot(single_shot)
        timer.timeout.connect(callback)
        self._timers.append(timer)  # kept alive by the loop, stopped with it
        timer.start(max(0, ms))
        return timer

    def _catch_signals(self) -> Callable[[], None] | None:
        """SIGTERM/SIGINT end the loop cleanly (the profile flushed); returns what undoes it, None off the main thread."""
        from PySide6.QtCore import QSocketNotifier

        rsock, wsock = socket.socketpair()
        rsock.setblocking(False)
        wsock.setblocking(False)
        try:
            old_fd = signal.set_wakeup_fd(wsock.fileno())
        except ValueError:  # not the main thread (some tests): nothing to do
            rsock.close()
            wsock.close()
            return None
        old_handlers = {sig: signal.signal(sig, _wake_only) for sig in STOP_SIGNALS}
        notifier = QSocketNotifier(rsock.fileno(), QSocketNotifier.Type.Read)
        on_signal = self._on_signal

        def signalled() -> None:
            try:
                data = rsock.recv(64)
            except OSError:
                return
            if data and on_signal is not None:
                log.info("stopping on signal %d", data[0])
                self.finish(on_signal)

        notifier.activated.connect(signalled)

        def undo() -> None:
            notifier.setEnabled(False)
            signal.set_wakeup_fd(old_fd)
            for sig, handler in old_handlers.items():
                signal.signal(sig, handler)
            rsock.close()
            wsock.close()

        return undo


def _wake_only(_signum: int, _frame: object) -> None:
    """The wake-up fd does the work: the loop reads the signal's number from it on the UI thread."""
