"""Wires the Qt-free brain to Qt: settings → session ⇄ worker, page, window, health.

:class:`KioskController` implements the session's :class:`~kiosk.session.Effects`: it
asks for links on the worker pool, loads URLs, switches screens and keeps the one wake-up
timer. Qt happenings (page signals, timers) become session events here and nowhere else.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.clock import Clock, SystemClock
from kiosk.health import HealthServer
from kiosk.navigation import NavigationPolicy, Verdict
from kiosk.session import Screen, ScreenKind, Session, State
from kiosk.settings import Settings
from kiosk.ui.page import KioskPage, make_profile
from kiosk.ui.window import KioskWindow
from kiosk.webshop import WebshopClient, WebshopError, WebshopUnavailable
from kiosk.worker import TaskManager

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with what QtWebEngine needs set before it exists."""
    app = QApplication.instance()
    if app is not None:
        return app  # tests (pytest-qt) own it
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("betshop-kiosk")
    app.setApplicationVersion(__version__)
    return app


class KioskController(QObject):
    """One kiosk: its session, its page and its window."""

    ready = Signal()
    exitRequested = Signal(int, str)

    def __init__(self, settings: Settings, *, clock: Clock | None = None, health: HealthServer | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.clock = clock or SystemClock()
        self.policy = NavigationPolicy(settings)
        self.tasks = TaskManager(parent=self)
        self.client = WebshopClient(settings)
        self.health = health
        self.window = KioskWindow(self.clock.monotonic)
        self.window.status.retryRequested.connect(self._retry_now)
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.timeout.connect(lambda: self.session.wake())
        self.session = Session(self, self.clock)
        if health is not None:
            self.session.subscribe(lambda s: health.publish(s.snapshot()))
        self.profile: QWebEngineProfile | None = None
        self.view: QWebEngineView | None = None
        self.page: KioskPage | None = None
        self._link_task: int | None = None

    # ---- lifecycle ----------------------------------------------------------------------
    def start(self) -> None:
        """Ask for the first link, then start the web engine while the request is out."""
        self.session.start()
        self.profile = make_profile(self.settings.data_dir, self.policy, self)
        self.profile.login_guard.loginPageBlocked.connect(self._on_login_page)
        self.view = QWebEngineView()
        self.page = self._new_page()
        self.view.setPage(self.page)
        self.window.set_view(self.view)

    def show(self) -> None:
        if self.settings.fullscreen:
            self.window.showFullScreen()
        else:
            self.window.resize(1280, 800)
            self.window.show()

    def shutdown(self) -> None:
        """Pages go before their profile, or Qt crashes at exit."""
        self._wake.stop()
        self.tasks.shutdown()
        self.client.close()
        for obj in (self.page, self.view, self.window):
            if obj is not None:
                obj.deleteLater()
        self.page = self.view = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self.profile is not None:
            self.profile.deleteLater()
            self.profile = None
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # ---- Effects (called by the session) -------------------------------------------------
    def request_link(self) -> None:
        if self._link_task is not None:
            self.tasks.forget(self._link_task)
        self._link_task = self.tasks.run(self.client.request_link, self._on_link, self._on_link_error)

    def load(self, url: str) -> None:
        if self.page is not None:
            self.page.load(QUrl(url))

    def show_screen(self, screen: Screen) -> None:
        self.window.show_screen(screen)
        if screen.kind is ScreenKind.WEB and self.session.state is State.READY:
            self.ready.emit()

    def wake_at(self, when: float | None) -> None:
        if when is None:
            self._wake.stop()
            return
        delay_ms = max(0, int((when - self.clock.monotonic()) * 1000))
        self._wake.start(delay_ms)

    def recreate_page(self) -> None:
        if self.view is None:
            return
        old = self.page
        self.page = self._new_page()
        self.view.setPage(self.page)
        if old is not None:
            old.deleteLater()

    def exit(self, code: int, reason: str) -> None:
        log.error("exiting with code %d: %s", code, reason)
        self.exitRequested.emit(code, reason)

    # ---- Qt happenings → session events --------------------------------------------------
    def _new_page(self) -> KioskPage:
        page = KioskPage(self.profile, self.policy, self.view)
        page.loginPageSeen.connect(self._on_login_page)
        page.loadingChanged.connect(self._on_loading_changed)
        page.urlChanged.connect(lambda url: self.session.on_url_changed(url.toString()))
        page.renderProcessTerminated.connect(self._on_render_terminated)
        return page

    def _on_link(self, link) -> None:
        self._link_task = None
        self.session.on_link(link)

    def _on_link_error(self, error: BaseException) -> None:
        self._link_task = None
        if not isinstance(error, WebshopError):
            log.error("autologin request failed unexpectedly: %s", error.__class__.__name__)
            error = WebshopUnavailable("The autologin request failed unexpectedly; it will be tried again.")
        self.session.on_link_failed(error)

    def _on_login_page(self, url: str) -> None:
        self.session.on_login_page_seen(url)

    def _on_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        url = info.url().toString()
        status = info.status()
        if self.policy.judge(url) is not Verdict.ALLOW:
            return  # a refused navigation; the policy already acted on it
        if status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus:
            self.session.on_page_loaded(url, True)
        elif status == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            log.warning("page load failed: %s (%d)", info.errorString(), info.errorCode())
            self.session.on_load_failed(f"The webshop page could not be loaded ({info.errorString() or 'network error'}).")

    def _on_render_terminated(self, status, exit_code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return
        name = getattr(status, "name", str(status))
        QTimer.singleShot(0, lambda: self.session.on_renderer_gone(f"{name}, exit code {exit_code}"))

    def _retry_now(self) -> None:
        if self.session.state in (State.OFFLINE, State.ERROR):
            self.session.refresh("technician or cashier tapped Try again")


EXIT_SIGNALLED = 143  # 128 + SIGTERM: stopped by the supervisor or the OS, not by a technician


def _stop_on_signals(app: QApplication, finish) -> None:
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
            finish(EXIT_SIGNALLED)

    notifier.activated.connect(on_signal)
    app._kiosk_signal_sockets = (rsock, wsock, notifier)  # keep them alive with the app


def run_kiosk(settings: Settings, *, exit_when_ready: bool = False, screenshot: Path | None = None,
              max_seconds: float | None = None) -> int:
    """Run the kiosk until it is told to stop; returns the process exit code."""
    app = make_application()
    health = HealthServer(settings.health_port).start() if settings.health_port else None
    controller = KioskController(settings, health=health)
    result = {"code": 0}

    def finish(code: int, _reason: str = "") -> None:
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
                finish(0)
            QTimer.singleShot(700, grab)
        controller.ready.connect(on_ready, Qt.ConnectionType.SingleShotConnection)
    if max_seconds:
        QTimer.singleShot(int(max_seconds * 1000), lambda: finish(1, "did not become ready in time"))
    controller.start()
    controller.show()
    try:
        app.exec()
    finally:
        controller.shutdown()
        if health is not None:
            health.stop()
    return result["code"]
