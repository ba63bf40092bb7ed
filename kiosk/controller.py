"""Wires the Qt-free brain to Qt: session ⇄ worker pool, wake-up timer, health, and a shell.

Only QtCore is imported here, on purpose: ``run_kiosk`` builds the controller and sends
the first autologin request *before* the heavy widget and web-engine modules load, so the
request's round trip overlaps their import and the engine's start.

:class:`KioskController` implements the session's :class:`~kiosk.session.Effects`. What
needs the screen (load a URL, show a screen, recreate the page) goes to the attached
:class:`~kiosk.ui.shell.KioskShell`; until one is attached the latest of each is kept.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.clock import Clock, SystemClock
from kiosk.session import Screen, ScreenKind, Session, State
from kiosk.settings import Settings
from kiosk.webshop import WebshopClient, WebshopError, WebshopUnavailable
from kiosk.worker import TaskManager

log = logging.getLogger(__name__)


class KioskController(QObject):
    ready = Signal()
    exitRequested = Signal(int, str)

    def __init__(self, settings: Settings, *, clock: Clock | None = None, health=None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.clock = clock or SystemClock()
        self.health = health
        self.tasks = TaskManager(parent=self)
        self.shell = None
        self._client: WebshopClient | None = None
        self._link_task: int | None = None
        self._pending_url: str | None = None
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.timeout.connect(lambda: self.session.wake())
        self.session = Session(self, self.clock)
        if health is not None:
            self.session.subscribe(lambda s: health.publish(s.snapshot()))

    # ---- lifecycle ----------------------------------------------------------------------
    def begin(self) -> None:
        """Send the first autologin request (needs no window)."""
        self._client = WebshopClient(self.settings)  # built here: a worker would wait for the GIL behind Qt's import
        self.session.start()

    def attach(self, shell) -> None:
        """Connect the window; it shows the current screen and loads any link that already came."""
        self.shell = shell
        shell.loginPageSeen.connect(self.session.on_login_page_seen)
        shell.pageLoaded.connect(self.session.on_page_loaded)
        shell.loadFailed.connect(self.session.on_load_failed)
        shell.urlChanged.connect(self.session.on_url_changed)
        shell.rendererGone.connect(lambda detail: QTimer.singleShot(0, lambda: self.session.on_renderer_gone(detail)))
        shell.retryRequested.connect(self._retry_now)
        shell.show_screen(self.session.screen)
        if self._pending_url is not None:
            url, self._pending_url = self._pending_url, None
            shell.load(url)

    def start(self) -> None:
        """Both steps at once (tests, where the QApplication already exists)."""
        from kiosk.ui.shell import KioskShell

        self.begin()
        self.attach(KioskShell(self.settings, self.clock.monotonic))

    def show(self) -> None:
        self.shell.show_window()

    def shutdown(self) -> None:
        self._wake.stop()
        self.tasks.shutdown()
        if self._client is not None:
            self._client.close()
        if self.shell is not None:
            self.shell.close()
            self.shell = None

    # Conveniences for tests and the technician menu.
    @property
    def window(self):
        return self.shell.window

    @property
    def view(self):
        return self.shell.view

    @property
    def page(self):
        return self.shell.page

    # ---- Effects (called by the session) -------------------------------------------------
    def request_link(self) -> None:
        if self._link_task is not None:
            self.tasks.forget(self._link_task)
        self._link_task = self.tasks.run(self._request_link, self._on_link, self._on_link_error)

    def load(self, url: str) -> None:
        if self.shell is None:
            self._pending_url = url
        else:
            self.shell.load(url)

    def show_screen(self, screen: Screen) -> None:
        if self.shell is not None:
            self.shell.show_screen(screen)
        if screen.kind is ScreenKind.WEB and self.session.state is State.READY:
            self.ready.emit()

    def wake_at(self, when: float | None) -> None:
        if when is None:
            self._wake.stop()
            return
        self._wake.start(max(0, int((when - self.clock.monotonic()) * 1000)))

    def recreate_page(self) -> None:
        self._pending_url = None
        if self.shell is not None:
            self.shell.recreate_page()

    def exit(self, code: int, reason: str) -> None:
        log.error("exiting with code %d: %s", code, reason)
        self.exitRequested.emit(code, reason)

    # ---- worker results --------------------------------------------------------------------
    def _request_link(self):
        return self._client.request_link()  # on a worker thread

    def _on_link(self, link) -> None:
        self._link_task = None
        self.session.on_link(link)

    def _on_link_error(self, error: BaseException) -> None:
        self._link_task = None
        if not isinstance(error, WebshopError):
            log.error("autologin request failed unexpectedly: %s", error.__class__.__name__)
            error = WebshopUnavailable("The autologin request failed unexpectedly; it will be tried again.")
        self.session.on_link_failed(error)

    def _retry_now(self) -> None:
        if self.session.state in (State.OFFLINE, State.ERROR):
            self.session.refresh("technician or cashier tapped Try again")
