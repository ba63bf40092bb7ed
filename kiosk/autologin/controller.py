"""Wires the Qt-free brain to Qt: session ⇄ worker pool, wake-up timer, health, and a shell.

Only QtCore is imported here, on purpose: ``run_kiosk`` builds the controller and sends
the first autologin request *before* the heavy widget and web-engine modules load, so the
request's round trip overlaps their import and the engine's start.

:class:`KioskController` implements the session's :class:`~kiosk.autologin.session.Effects`. What
needs the screen (load a URL, show a screen, recreate the page) goes to the attached
:class:`~kiosk.ui.shell.KioskShell`; until one is attached the latest of each is kept.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.autologin.schedule import DailyFreshStart
from kiosk.autologin.session import Screen, ScreenKind, Session, State
from kiosk.autologin.webshop import WebshopError, WebshopUnavailable, probe
from kiosk.broker.client import LinkSource, link_source
from kiosk.clock import Clock, SystemClock
from kiosk.exitcodes import ExitCode
from kiosk.settings import Settings
from kiosk.worker import TaskManager

log = logging.getLogger(__name__)

PROBE_EVERY_MS = 1000
DAILY_CHECK_MS = 30_000


class KioskController(QObject):
    ready = Signal()
    exitRequested = Signal(int, str)

    def __init__(self, settings: Settings, *, clock: Clock | None = None, health=None,
                 parent: QObject | None = None, degraded: list[str] | None = None):
        super().__init__(parent)
        self.settings = settings
        if degraded is None:
            from kiosk.datadir import data_dir_problems

            degraded = data_dir_problems(settings.data_dir)
        self.degraded = list(degraded)  # why the kiosk runs degraded (kiosk/datadir.py); empty = it does not
        self.clock = clock or SystemClock()
        self.health = health
        self.tasks = TaskManager(parent=self)
        self.shell = None
        self._client: LinkSource | None = None
        self._link_task: int | None = None
        self._pending_url: str | None = None
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.timeout.connect(lambda: self.session.wake())
        self.session = Session(self, self.clock)
        self.session.stats.degraded = list(self.degraded)  # published with every snapshot: /health, Information
        if health is not None:
            self.session.subscribe(lambda s: health.publish(s.snapshot()))
        # While offline, a cheap probe notices the network coming back sooner than the backoff would.
        self._probe = QTimer(self)
        self._probe.timeout.connect(self._run_probe)
        self._probing = False
        self.session.subscribe(self._on_session_changed)
        self.session.subscribe(self._publish_to_shell)
        self._daily = QTimer(self)
        self._daily.timeout.connect(self.check_daily)
        self._daily_plan: DailyFreshStart | None = None
        self._network = None
        self.printing = None  # kiosk.printing.service.PrintService, once add_printing ran
        self.media_watch = None  # add_media_probe()

    # ---- lifecycle ----------------------------------------------------------------------
    def begin(self) -> None:
        """Send the first autologin request (needs no window)."""
        # Built here: a worker would wait for the GIL behind Qt's import. The broker's in broker mode (KIOSK_BROKER).
        self._client = link_source(self.settings)
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
        shell.certificateFailed.connect(self.session.on_certificate_error)
        shell.pageLeft.connect(self.session.on_page_left)
        shell.redirectRefused.connect(self.session.on_redirect_refused)
        shell.newLinkRequested.connect(lambda: self.session.refresh("a technician asked for a new login link"))
        shell.restartRequested.connect(lambda: self.exit(ExitCode.RESTART, "a technician chose Restart"))
        shell.exitRequested.connect(lambda: self.exit(ExitCode.OK, "a technician chose Exit to desktop"))
        shell.show_screen(self.session.screen)
        shell.publish(self.session.snapshot())
        self._watch_network()
        self._schedule_daily()
        if self._pending_url is not None:
            url, self._pending_url = self._pending_url, None
            shell.load(url)

    def start(self) -> None:
        """Both steps at once (tests, where the QApplication already exists)."""
        self.begin()
        self.attach(self.make_shell())

    def make_shell(self):
        from kiosk.pin import STATE_FILE, TechnicianDoor
        from kiosk.ui.shell import KioskShell
        from kiosk.webstorage import storage_dir, trim_web_storage

        if not self.degraded:  # before the profile exists: Chromium holds its files open
            trim_web_storage(storage_dir(self.settings.data_dir), self.settings.web_storage_limit_mb * 1024 * 1024)

        pin = self.settings.technician_pin.get_secret_value() if self.settings.technician_pin else None
        door = TechnicianDoor(pin, self.clock,
                              state_file=None if self.degraded else self.settings.data_dir / STATE_FILE)
        return KioskShell(self.settings, self.clock.monotonic, door=door, in_memory=bool(self.degraded))

    def add_verification(self):
        """Player phone verification over this kiosk's window and pages (None when not configured)."""
        from kiosk.ui.verify.bridge import Surface, install_verification

        s = self.shell
        return install_verification(Surface(s.window, s.policy, s.page, s.pageCreated), self.settings, self.tasks,
                                    self.clock, parent=s)

    def add_printing(self, spooler=None):
        """Silent slip printing from this kiosk's pages: print service, banner, /health, technician menu."""
        from kiosk.printing.service import PrintService
        from kiosk.ui.printing import PrintBanner

        s = self.shell
        service = PrintService(self.settings, s.profile, self.tasks, self.clock, render_parent=s.view,
                               spooler=spooler, parent=s)
        service.watch(s.page)
        s.pageCreated.connect(service.watch)
        service.banner = PrintBanner(s.window, service)
        s.technician.printer = service
        if self.health is not None:
            service.subscribe(lambda snap: self.health.publish_section("printer", snap))
        self.printing = service
        return service
    def add_media_probe(self, delay_ms: int = 2000):
        """Probe what the web engine plays, ``delay_ms`` after the webshop is first ready (off the start-up path)."""
        from kiosk.ui.media import MediaWatch

        self.media_watch = MediaWatch(self.ready, self.session, delay_ms, parent=self)
        return self.media_watch

    def show(self) -> None:
        self.shell.show_window()

    def shutdown(self) -> None:
        if self.media_watch is not None:
            self.media_watch.stop()
        self._wake.stop()
        self._probe.stop()
        self._daily.stop()
        self.tasks.shutdown()
        if self.printing is not None:
            self.printing.stop()
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

    # ---- network comes back ------------------------------------------------------------------
    def _on_session_changed(self, session: Session) -> None:
        if session.state is State.OFFLINE and not self._probe.isActive():
            self._probe.start(PROBE_EVERY_MS)
        elif session.state is not State.OFFLINE and self._probe.isActive():
            self._probe.stop()

    def _run_probe(self) -> None:
        if self._probing:
            return
        self._probing = True
        url = self.settings.auth_url
        self.tasks.run(lambda: probe(url), self._on_probe, lambda _e: self._on_probe(False))

    def _on_probe(self, reachable: bool) -> None:
        self._probing = False
        self.session.on_probe(reachable)  # only unreachable → reachable shortcuts the backoff

    def _watch_network(self) -> None:
        """The OS's own word on connectivity, where it has one (NetworkManager, Windows)."""
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            log.info("no connectivity backend on this system; relying on the probe")
            return
        self._network = QNetworkInformation.instance()
        self._network.reachabilityChanged.connect(self._on_reachability)

    def _on_reachability(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        log.info("the system reports connectivity: %s", reachability.name)
        if reachability in (QNetworkInformation.Reachability.Online, QNetworkInformation.Reachability.Site):
            self.session.on_network_back()

    # ---- daily fresh start ---------------------------------------------------------------------
    def _schedule_daily(self) -> None:
        if self._daily_plan is None:
            self._daily_plan = DailyFreshStart.from_setting(self.settings.daily_restart, self.clock.wall())
        if self._daily_plan is not None and not self._daily.isActive():
            # Local HH:MM compared at every check: a clock jump or DST neither moves nor fires it mid-shift.
            self._daily.start(DAILY_CHECK_MS)

    def check_daily(self) -> None:
        if self._daily_plan is not None and self._daily_plan.check(self.clock.wall()):
            self.session.refresh("daily fresh start", new_page=True)

    def _publish_to_shell(self, session: Session) -> None:
        if self.shell is not None:
            self.shell.publish(session.snapshot())

    def _retry_now(self) -> None:
        self.session.try_again()  # at most one tap in 10 s reaches the API, never before a Retry-After
