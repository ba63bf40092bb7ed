"""Start-up and run loop: the first autologin request goes out before the heavy Qt modules load.

Order matters for start-up time: settings (already loaded) → controller and the first
request on a worker → import QtWidgets/QtWebEngine and create the application → the
shell (window, profile, page) → event loop.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from kiosk import __version__
from kiosk.autologin.controller import KioskController
from kiosk.exitcodes import ExitCode
from kiosk.settings import Settings

log = logging.getLogger(__name__)


def _no_remote_debugging() -> None:
    """No developer tools from outside, no renderer sandbox off: kiosk/engine_flags.py filters Chromium's flags."""
    from kiosk import engine_flags

    engine_flags.apply()


def make_application(argv: list[str] | None = None):
    """The one QApplication, with what QtWebEngine needs set before it exists."""
    from PySide6 import QtWebEngineWidgets  # noqa: F401  (must be loaded before the QApplication exists)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app  # tests (pytest-qt) own it
    _no_remote_debugging()  # and pinch zoom off (engine_flags.ADDED): a pinch would stay for the next player
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(argv or [sys.argv[0]])
    # QtWebEngine follows Qt Network's proxy: take the system's (Windows settings; on Linux the
    # http_proxy/https_proxy/no_proxy variables), as the autologin client (httpx) does.
    from PySide6.QtNetwork import QNetworkProxyFactory

    QNetworkProxyFactory.setUseSystemConfiguration(True)
    app.setApplicationName("betshop-kiosk")
    app.setApplicationVersion(__version__)
    return app


def _stop_on_signals(app, finish) -> None:
    """SIGTERM/SIGINT end the event loop cleanly (profile flushed), even while Qt holds the thread."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    rsock, wsock = socket.socketpair()
    rsock.setblocking(False)
    wsock.setblocking(False)
    try:
        signal.set_wakeup_fd(wsock.fileno())
    except ValueError:  # not the main thread (tests): nothing to do
        rsock.close()
        wsock.close()
        return
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: None)  # the wakeup fd does the work
    notifier = QSocketNotifier(rsock.fileno(), QSocketNotifier.Type.Read, app)

    def on_signal() -> None:
        try:
            data = rsock.recv(64)
        except OSError:
            return
        if data:
            log.info("stopping on signal %d", data[0])
            finish(ExitCode.SIGNALLED)

    notifier.activated.connect(on_signal)
    app._kiosk_signal_sockets = (rsock, wsock, notifier)  # keep them alive with the app


class AlreadyRunning(Exception):
    def __init__(self, pid: int):
        super().__init__(f"already running (pid {pid})")
        self.pid = pid


def single_instance(data_dir: Path):
    """Hold ``kiosk.lock`` in the data dir for the process's life; a live holder means AlreadyRunning."""
    from PySide6.QtCore import QLockFile

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / "kiosk.lock"))
    lock.setStaleLockTime(0)  # only a dead holder's lock is stale, however old
    if not lock.tryLock(0):
        if lock.error() != QLockFile.LockError.LockFailedError:  # not held by another kiosk: we can't write there
            raise PermissionError(13, "cannot create the lock file kiosk.lock (no permission?)")
        info = lock.getLockInfo()  # (pid, host, app); an empty or unreadable lock gives pid 0
        raise AlreadyRunning(info[0] if info else 0)
    return lock


def run_kiosk(settings: Settings, *, exit_when_ready: bool = False, screenshot: Path | None = None,
              max_seconds: float | None = None, degraded: list[str] | None = None) -> int:
    """Run the kiosk until it is told to stop; returns the process exit code."""
    health = None
    if settings.health_port:
        from kiosk.monitoring.health import HealthServer

        try:
            health = HealthServer(settings.health_port).start()
        except OSError as e:  # monitoring must never keep the shop's screen dark
            log.error("the health endpoint cannot listen on 127.0.0.1:%d (%s); running without it",
                      settings.health_port, e.strerror)
    controller = KioskController(settings, health=health, degraded=degraded)
    controller.begin()  # the request is out; now the web engine starts

    app = make_application()
    from PySide6.QtCore import Qt, QTimer

    shell = controller.make_shell()
    controller.attach(shell)  # a link that already came starts loading now
    # Player phone verification (only with the gateway settings; otherwise pages get no window.kiosk).
    # Installed in the same event-loop turn as the first load, so the first document gets it too,
    # while its ~40 ms of set-up overlaps the link's network round trips.
    controller.add_verification()
    controller.add_printing()  # window.print() from any frame → the slip printer, silently
    controller.add_media_probe()  # what the engine plays: /health media, Information, the log
    controller.add_update_watch()  # an installed update: shown, then restarted into at the daily fresh start
    # The on-screen keyboard for touch terminals (KIOSK_ONSCREEN_KEYBOARD); the shell keeps it alive.
    from kiosk.ui.keyboard import install_keyboard

    install_keyboard(shell.window, shell.view, settings, parent=shell)
    result = {"code": ExitCode.OK}
    running = [True]
    # Timers that end the loop are stopped when it ends: a QApplication.exit() with no loop running
    # makes every later QEventLoop return at once (a caller in the same process would hang or spin).
    timers = [QTimer(), QTimer()]
    grab_timer, deadline = timers
    for t in timers:
        t.setSingleShot(True)

    def finish(code: ExitCode, _reason: str = "") -> None:
        if running[0]:
            result["code"] = code
            app.exit(code)

    controller.exitRequested.connect(finish)
    _stop_on_signals(app, finish)
    if exit_when_ready:
        def on_ready() -> None:
            # Give the compositor a moment to paint the loaded page before grabbing it.
            def grab() -> None:
                if screenshot is not None:
                    screenshot.parent.mkdir(parents=True, exist_ok=True)
                    controller.window.grab().save(str(screenshot), "PNG")
                    log.info("screenshot saved to %s", screenshot)
                finish(ExitCode.OK)
            grab_timer.timeout.connect(grab)
            grab_timer.start(700)
        controller.ready.connect(on_ready, Qt.ConnectionType.SingleShotConnection)
    if max_seconds:
        deadline.timeout.connect(lambda: finish(ExitCode.FAILED, "did not become ready in time"))
        deadline.start(int(max_seconds * 1000))
    controller.show()
    try:
        app.exec()
    finally:
        running[0] = False
        for t in timers:
            t.stop()
        controller.shutdown()
        if health is not None:
            health.stop()
    return result["code"]
