"""The running terminal: the Qt-free brain wired to Qt, and the run of a kiosk from start to exit.

:class:`KioskController` wires the session ⇄ worker pool, the wake-up timer, health, and a
shell, and implements the session's :class:`~kiosk.autologin.session.Effects`. What needs the
screen (load a URL, show a screen, recreate the page) goes to the attached
:class:`~kiosk.ui.shell.KioskShell`; until one is attached the latest of each is kept. It also
adds the features around the webshop: printing, phone verification, the media probe.

Only QtCore is imported at the top, on purpose: :func:`run_kiosk` builds the controller and sends
the first autologin request *before* the heavy widget and web-engine modules load, so the
request's round trip overlaps their import and the engine's start. Order: settings (already
loaded) → controller and the first request on a worker → QtWidgets/QtWebEngine and the
application → the shell (window, profile, page) → event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.autologin.schedule import DailyFreshStart
from kiosk.autologin.session import Screen, ScreenKind, Session, State
from kiosk.autologin.webshop import WebshopError, WebshopUnavailable, WebshopWords, probe
from kiosk.broker.client import LinkSource, link_source
from kiosk.clock import Clock, SystemClock
from kiosk.exitcodes import ExitCode
from kiosk.settings import ConfigSource, Settings
from kiosk.worker import TaskManager

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation

    from kiosk.printing.service import PrintService
    from kiosk.ui.app import EventLoop
    from kiosk.ui.media import MediaWatch
    from kiosk.ui.shell import KioskShell
    from kiosk.updates.watch import UpdateWatch

log = logging.getLogger(__name__)

PROBE_EVERY_MS = 1000
DAILY_CHECK_MS = 30_000
AFTER_START_MS = 10_000  # what waits for the first ready is built by then at the latest (kiosk not ready: offline)


class KioskController(QObject):
    ready = Signal()
    exitRequested = Signal(int, str)

    def __init__(self, settings: Settings, *, clock: Clock | None = None, health=None,
                 parent: QObject | None = None, degraded: list[str] | None = None, config: ConfigSource | None = None):
        super().__init__(parent)
        self.settings = settings
        self.config = config  # where the settings came from: the technician menu's Settings and Diagnostics
        if degraded is None:
            from kiosk.datadir import data_dir_problems

            degraded = data_dir_problems(settings.data_dir)
        self.degraded = list(degraded)  # why the kiosk runs degraded (kiosk/datadir.py); empty = it does not
        self.clock = clock or SystemClock()
        self.health = health
        self.tasks = TaskManager(parent=self)
        self.shell: KioskShell | None = None
        self._client: LinkSource | None = None
        self._link_task: int | None = None
        self._pending_url: str | None = None
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.timeout.connect(lambda: self.session.wake())
        self.session: Session = Session(self, self.clock)
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
        self._network: QNetworkInformation | None = None
        self.printing: PrintService | None = None  # once add_printing ran
        self.media_watch: MediaWatch | None = None  # add_media_probe()
        self.updates: UpdateWatch | None = None  # once add_update_watch ran

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
        shell.loginFormUnrecognised.connect(self.session.add_degraded)
        if self.health is not None:
            shell.refusals.subscribe(lambda snap: self.health.publish_section("navigation_refused", snap))
        shell.newLinkRequested.connect(
            lambda: self.session.refresh("a technician asked for a new login link", tapped=True))
        shell.restartRequested.connect(lambda: self.exit(ExitCode.RESTART, "a technician chose Restart"))
        shell.exitRequested.connect(lambda: self.exit(ExitCode.OK, "a technician chose Exit to desktop"))
        shell.show_screen(self.session.screen)
        shell.publish(self.session.snapshot())
        self.after_first_ready(self._watch_network)  # the OS's word on connectivity matters once something is lost
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
        shell = KioskShell(self.settings, self.clock.monotonic, door=door, in_memory=bool(self.degraded))
        shell.technician.config = self.config
        return shell

    def add_verification(self):
        """Player phone verification over this kiosk's window and pages (None when not configured: then nothing of
        it is even imported)."""
        if self.settings.gateway_url is None or self.settings.brand_id is None:
            log.info("phone verification is off: KIOSK_GATEWAY_URL and KIOSK_BRAND_ID are not both set")
            return None
        from kiosk.ui.verify.bridge import Surface, install_verification

        s = self.attached()
        return install_verification(Surface(s.window, s.policy, s.page, s.pageCreated), self.settings, self.tasks,
                                    self.clock, parent=s)

    def add_printing(self, spooler=None):
        """Silent slip printing from this kiosk's pages: print service, banner, /health, technician menu."""
        from kiosk.printing.service import PrintService
        from kiosk.ui.printing import PrintBanner

        s = self.attached()
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
        if self.session.state is State.READY:  # added right after the first ready: that one counts
            self.media_watch.on_ready()
        return self.media_watch

    def after_first_ready(self, build: Callable[[], None], *, at_latest_ms: int | None = None) -> None:
        """Run ``build`` once: in the event-loop turn after the webshop is first ready, or ``at_latest_ms`` from now
        (AFTER_START_MS) if it is not ready by then. What the first ready does not need waits for it."""
        done = False

        def run() -> None:
            nonlocal done
            if not done:
                done = True
                build()

        self.ready.connect(lambda: QTimer.singleShot(0, self, run), Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(AFTER_START_MS if at_latest_ms is None else at_latest_ms, self, run)

    def add_update_watch(self, installation=None):
        """Notice an installed update and restart into it politely (kiosk/updates/watch.py); the installation this
        process runs from unless given (tests)."""
        from kiosk.updates.layout import running_installation
        from kiosk.updates.watch import UpdateWatch

        self.updates = UpdateWatch(installation or running_installation(), self.session, self.tasks, self.clock,
                                   restart=lambda why: self.exit(ExitCode.RESTART, why), health=self.health,
                                   daily_restart=self.settings.daily_restart, parent=self)
        if self.shell is not None:
            self.shell.technician.updates = self.updates
        return self.updates

    def show(self) -> None:
        self.attached().show_window()

    def shutdown(self) -> None:
        if self.media_watch is not None:
            self.media_watch.stop()
        if self.updates is not None:
            self.updates.stop()
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

    def attached(self) -> KioskShell:
        """The shell :meth:`attach` connected (the window, the view, the page)."""
        if self.shell is None:
            raise RuntimeError("no shell is attached yet")
        return self.shell

    # Conveniences for tests and the technician menu.
    @property
    def window(self):
        return self.attached().window

    @property
    def view(self):
        return self.attached().view

    @property
    def page(self):
        return self.attached().page

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
        if self._client is None:
            raise RuntimeError("begin() first")
        return self._client.request_link()  # on a worker thread

    def _on_link(self, link) -> None:
        self._link_task = None
        self.session.on_link(link)

    def _on_link_error(self, error: BaseException) -> None:
        self._link_task = None
        if not isinstance(error, WebshopError):
            log.error("autologin request failed unexpectedly: %s", error.__class__.__name__)
            error = WebshopUnavailable(WebshopWords.tr("The autologin request failed unexpectedly; it will be tried "
                                                       "again."))
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
        if self._network is not None:
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
        if self._daily_plan is None or not self._daily_plan.check(self.clock.wall()):
            return
        if self.updates is None or not self.updates.fresh_start():  # an installed update: restart into it instead
            self.session.refresh("daily fresh start", new_page=True)

    def _publish_to_shell(self, session: Session) -> None:
        if self.shell is not None:
            self.shell.publish(session.snapshot())

    def _retry_now(self) -> None:
        self.session.try_again()  # at most one tap in 10 s reaches the API, never before a Retry-After


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


def run_kiosk(settings: Settings, *, config: ConfigSource | None = None, exit_when_ready: bool = False,
              screenshot: Path | None = None, max_seconds: float | None = None, degraded: list[str] | None = None) -> int:
    """Run the kiosk until it is told to stop; returns the process exit code."""
    from kiosk.ui.app import EventLoop, make_application

    health = None
    if settings.health_port:
        from kiosk.monitoring.health import HealthServer

        try:
            health = HealthServer(settings.health_port).start()
        except OSError as e:  # monitoring must never keep the shop's screen dark
            log.error("the health endpoint cannot listen on 127.0.0.1:%d (%s); running without it",
                      settings.health_port, e.strerror)
    lan = None
    if health is not None and settings.metrics_listen:  # /metrics only, on the shop LAN (kiosk/monitoring/lan.py)
        from kiosk.monitoring.lan import start_lan_metrics
        from kiosk.monitoring.metrics import render_metrics

        lan = start_lan_metrics(settings, lambda: render_metrics(health.current), health.publish_section)
    controller = KioskController(settings, health=health, degraded=degraded, config=config)
    controller.begin()  # the request is out; now the web engine starts

    make_application()
    shell = controller.make_shell()
    controller.attach(shell)  # a link that already came starts loading now
    # Player phone verification (only with the gateway settings; otherwise nothing of it is imported and pages get
    # no window.kiosk). Its script must be in place before the first document, so it is the one extra built now.
    controller.add_verification()
    # What the first ready does not need waits until right after it (or AFTER_START_MS when the kiosk is not ready by
    # then: an offline or error screen still gets the keyboard, the printer's status and a pending update).
    controller.after_first_ready(lambda: _add_the_rest(controller, shell, settings))
    loop: EventLoop[int] = EventLoop(ExitCode.OK, on_signal=ExitCode.SIGNALLED)
    controller.exitRequested.connect(lambda code, _reason: loop.finish(code))
    if exit_when_ready:
        _exit_when_ready(controller, loop, screenshot)
    if max_seconds:
        loop.after(int(max_seconds * 1000), lambda: loop.finish(ExitCode.FAILED))  # did not become ready in time
    controller.show()
    try:
        return loop.run()
    finally:
        controller.shutdown()
        if lan is not None:
            lan.stop()
        if health is not None:
            health.stop()


def _add_the_rest(controller: KioskController, shell: KioskShell, settings: Settings) -> None:
    controller.add_printing()  # window.print() from any frame → the slip printer, silently
    controller.add_media_probe()  # what the engine plays: /health media, Information, the log
    controller.add_update_watch()  # an installed update: shown, then restarted into at the daily fresh start
    # The on-screen keyboard for touch terminals (KIOSK_ONSCREEN_KEYBOARD); the shell keeps it alive.
    from kiosk.ui.keyboard import install_keyboard

    install_keyboard(shell.window, shell.view, settings, parent=shell)


def _exit_when_ready(controller: KioskController, loop: EventLoop[int], screenshot: Path | None) -> None:
    """``demo --exit-when-ready``: end the loop once the webshop is shown, saving a screenshot first."""
    from PySide6.QtCore import Qt

    def grab() -> None:
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            controller.window.grab().save(str(screenshot), "PNG")
            log.info("screenshot saved to %s", screenshot)
        loop.finish(ExitCode.OK)

    def on_ready() -> None:
        loop.after(700, grab)  # give the compositor a moment to paint the loaded page before grabbing it

    controller.ready.connect(on_ready, Qt.ConnectionType.SingleShotConnection)
