"""The kiosk's face: window, web profile, view and page. Turns Qt happenings into signals.

Nothing here decides anything about the session: a refused navigation, a finished load, a
dead or hung renderer, a technician's choice becomes a signal the controller hands on.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView

from kiosk import redact
from kiosk.autologin.navigation import LoginFormReports, NavigationPolicy, RefusedNavigations, Verdict
from kiosk.autologin.session import Screen, ScreenKind, SessionWords
from kiosk.languages import chosen
from kiosk.pin import TechnicianDoor
from kiosk.settings import Settings
from kiosk.ui.language import install
from kiosk.ui.lockdown import FullScreenKeeper, InputGuard
from kiosk.ui.page import KioskPage, make_profile
from kiosk.ui.popups import NativeWindowGuard
from kiosk.ui.technician import TechnicianOverlay
from kiosk.ui.window import KioskWindow, show_on_screen

log = logging.getLogger(__name__)

_LOAD = QWebEngineLoadingInfo.LoadStatus


class RendererWatchdog(QObject):
    """Asks the renderer a trivial question every ``ping_every`` s; no answer in ``timeout`` s = hung."""

    hung = Signal()
    TICK = 0.5

    def __init__(self, ping_every: float = 10.0, timeout: float = 15.0, parent: QObject | None = None):
        super().__init__(parent)
        self.ping_every, self.timeout = ping_every, timeout
        self.page: QWebEnginePage | None = None
        self.loading = False
        self._generation = 0
        self._since_ping = 0.0
        self._outstanding = False
        self._waited = 0.0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(int(self.TICK * 1000))

    def stop(self) -> None:
        self._timer.stop()
        self.page = None

    def watch(self, page: QWebEnginePage) -> None:
        self.page = page
        self._generation += 1
        self._since_ping, self._outstanding, self._waited = 0.0, False, 0.0

    def _tick(self) -> None:
        if self.page is None or self.loading or getattr(self.page, "dialog_open", 0) > 0:
            self._outstanding, self._waited = False, 0.0  # busy for a good reason: loading, or a person answering
            return
        if self._outstanding:
            self._waited += self.TICK
            if self._waited >= self.timeout:
                self._outstanding, self._waited = False, 0.0
                self.hung.emit()
            return
        self._since_ping += self.TICK
        if self._since_ping >= self.ping_every:
            self._since_ping, self._outstanding, self._waited = 0.0, True, 0.0
            generation = self._generation
            self.page.runJavaScript("1", 0, lambda _result: self._answered(generation))

    def _answered(self, generation: int) -> None:
        if generation == self._generation:
            self._outstanding, self._waited = False, 0.0


class KioskShell(QObject):
    loginPageSeen = Signal(str)
    pageLoaded = Signal(str, bool)
    loadFailed = Signal(object, bool)  # reason (a Text: a Qt str would drop its translation), whether nothing answered
    certificateFailed = Signal(str, str)
    urlChanged = Signal(str)
    rendererGone = Signal(str)
    retryRequested = Signal()
    pageCreated = Signal(object)  # a new KioskPage after every recreate (the first is `page`), for the bridge
    newLinkRequested = Signal()
    restartRequested = Signal()
    exitRequested = Signal()
    pageLeft = Signal(str)  # a main document on no allowed host (about:blank…) is on screen: redacted url
    redirectRefused = Signal(str, str)  # host, verdict: a main-frame redirect the policy refused
    loginFormUnrecognised = Signal(object)  # why (a Text): a login form on a page KIOSK_LOGIN_URL_PATTERN does not match

    def __init__(self, settings: Settings, now: Callable[[], float], parent: QObject | None = None, *,
                 watchdog: RendererWatchdog | None = None, door: TechnicianDoor | None = None,
                 in_memory: bool = False):
        super().__init__(parent)
        self.settings = settings
        self.policy = NavigationPolicy(settings)
        self._link_pending = False  # load() called, its document not committed yet
        # Before the window's first words and the web engine's start (Chromium takes Qt's default locale then).
        self.language = install(chosen(settings.language))
        self.window = KioskWindow(now)
        self.window.status.retryRequested.connect(self.retryRequested)
        # Keep a Python reference to the profile for as long as any page lives.
        self.profile = make_profile(settings.data_dir, self.policy, self, in_memory=in_memory,
                                    accept_language=self.language.info.accept)
        self.profile.login_guard.loginPageBlocked.connect(self.loginPageSeen)
        self.view = QWebEngineView()
        # No colour dialog or menu from page content; watched from the first page load on (no page content can ask
        # before it), as wrapping the view's first child in Python costs ~45 ms the first ready need not wait.
        self.native_windows: NativeWindowGuard | None = None
        self.view.loadFinished.connect(self._guard_native_windows)
        self.refusals = RefusedNavigations()  # /health "navigation_refused"
        self.login_forms = LoginFormReports(self.policy)
        self.watchdog = watchdog or RendererWatchdog(parent=self)
        self.watchdog.hung.connect(self._on_hung)
        self.page = self._new_page()
        self.view.setPage(self.page)
        self.window.set_view(self.view)
        self.fullscreen = FullScreenKeeper(self.window, settings.fullscreen, self)
        self.technician = TechnicianOverlay(self.window, door or TechnicianDoor(None, _NoClock()), settings)
        self.input = InputGuard(settings.technician_keys, self)
        self.input.watch(self.window)
        self.input.technicianChord.connect(self._open_door)
        self.technician.reloadRequested.connect(self.reload)
        self.technician.newLinkRequested.connect(self.newLinkRequested)
        self.technician.restartRequested.connect(self.restartRequested)
        self.technician.exitRequested.connect(self.exitRequested)

    # ---- what the controller asks ---------------------------------------------------------
    def load(self, url: str) -> None:
        # Until the link's document commits, what the old document still reports (about:blank's own late
        # load-finished) is not the page leaving the webshop again.
        self._link_pending = True
        self._wake_page()
        self.page.leave_and_load(QUrl(url))  # the kiosk's own navigation: a beforeunload "stay" does not hold it

    def reload(self) -> None:
        """A technician's Reload: the kiosk's own navigation too."""
        self._wake_page()
        self.page.leave_and_reload()

    def _left(self, url: str) -> None:
        if self._link_pending:
            log.debug("a late signal of the document being replaced (%s); the fresh link is on its way",
                      redact.redact_url(url)[:200])
            return
        self.pageLeft.emit(redact.redact_url(url)[:200])

    def show_screen(self, screen: Screen) -> None:
        self.window.show_screen(screen)
        if screen.kind in (ScreenKind.OFFLINE, ScreenKind.ERROR):
            self._rest_page()
        elif screen.kind is ScreenKind.WEB:
            self._wake_page()

    def _rest_page(self) -> None:
        """Behind the offline or error screen the page is frozen: its timers and fetches stop (a webshop polling
        its session would hammer a service that is down, and head for its login page every time), while its
        renderer stays warm for the next link, whose load wakes it. Qt freezes only a page nobody sees."""
        frozen = QWebEnginePage.LifecycleState.Frozen
        if self.page.lifecycleState() != frozen and not self.page.isVisible():
            self.page.setLifecycleState(frozen)
            log.info("the page is frozen behind the %s screen", self.window.current_screen.kind.value)

    def _wake_page(self) -> None:
        if self.page.lifecycleState() != QWebEnginePage.LifecycleState.Active:
            self.page.setLifecycleState(QWebEnginePage.LifecycleState.Active)

    def publish(self, snapshot: dict) -> None:
        """The session's latest snapshot, for the technician's Information screen."""
        self.technician.snapshot = snapshot

    def recreate_page(self) -> None:
        old = self.page
        self.page = self._new_page()
        self.view.setPage(self.page)
        self.pageCreated.emit(self.page)
        old.deleteLater()

    def show_window(self) -> None:
        if self.settings.hide_cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
        show_on_screen(self.window, self.settings.screen, self.settings.fullscreen)

    def close(self) -> None:
        """Pages go before their profile, or Qt crashes at exit."""
        self.watchdog.stop()
        if self.settings.hide_cursor:
            QGuiApplication.restoreOverrideCursor()
        self.fullscreen.enabled = False
        self.window.allow_close = True
        for obj in (self.page, self.view, self.window):
            obj.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.profile.deleteLater()
        self.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # ---- Qt happenings → signals -----------------------------------------------------------
    def _guard_native_windows(self) -> None:
        if self.native_windows is None:
            self.native_windows = NativeWindowGuard(self.view, self)

    def _new_page(self) -> KioskPage:
        page = KioskPage(self.profile, self.policy, self.view, permissions=frozenset(self.settings.permissions),
                         dialog_parent=self.window)
        page.loginPageSeen.connect(self.loginPageSeen)
        page.certificateFailed.connect(self.certificateFailed)
        page.redirectRefused.connect(self.redirectRefused)
        page.navigationRefused.connect(lambda url, verdict, frame, hint: self.refusals.add(url, verdict, frame, hint or None))
        page.loginFormSeen.connect(self._on_login_form)
        page.documentShown.connect(self._on_document_shown)
        page.loadingChanged.connect(self._on_loading_changed)
        page.urlChanged.connect(self._on_url_changed)
        page.renderProcessTerminated.connect(self._on_render_terminated)
        page.setZoomFactor(self.settings.zoom)
        self.watchdog.watch(page)
        return page

    def _on_login_form(self, url: str) -> None:
        if self.sender() is not self.page:
            return  # a page being replaced
        why = self.login_forms.report(url)
        if why is not None:
            log.warning("%s", why)
            self.loginFormUnrecognised.emit(why)

    def _on_url_changed(self, qurl: QUrl) -> None:
        url = qurl.toString()
        verdict = self.policy.judge(url) if url else None
        if verdict is not None and verdict is not Verdict.NOT_A_PAGE:
            self._link_pending = False  # a real document (the link, then the webshop) has committed
        if verdict is Verdict.NOT_A_PAGE:
            # about:blank commits at once (a script's location change never asks the policy): not ready from now.
            self._left(url)
        elif verdict is Verdict.LOGIN_PAGE:
            # A single-page webshop routes to its login form with history.pushState: no navigation for the
            # policy to refuse, so the same fresh link as for a refused one (a real navigation never commits).
            self.urlChanged.emit(url)
            self.loginPageSeen.emit(url)
        else:
            self.urlChanged.emit(url)

    def _on_document_shown(self, url: str) -> None:
        """DOMContentLoaded of the main document: the webshop is on screen, whatever its slowest asset does."""
        if self.sender() is not self.page:
            return  # a page being replaced
        # The new document is on screen, whatever its URL (a fresh link on an unchanged webshop URL gives no
        # urlChanged): what the page reports from now on is its own.
        self._link_pending = False
        self.watchdog.loading = False  # a stalled image must not keep the hang watchdog asleep
        self._document_on_screen(url)

    def _document_on_screen(self, url: str) -> None:
        if self.policy.is_webshop_page(url):
            if self.page.zoomFactor() != self.settings.zoom:  # Ctrl+wheel or a pinch must not stay for the next player
                self.page.setZoomFactor(self.settings.zoom)
            self.pageLoaded.emit(url, True)
        elif (verdict := self.policy.judge(url)) is not Verdict.LOGIN_PAGE:
            # about:blank (a script's location change commits without asking the policy) or anything else
            # that is not the webshop: never "ready", back to the webshop with a fresh link.
            log.warning("the page shows no webshop document (%s): %s", verdict.value, redact.redact_url(url)[:200])
            self._left(url)

    def _on_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        self.watchdog.loading = status == _LOAD.LoadStartedStatus
        url = info.url().toString()
        if status == _LOAD.LoadSucceededStatus:
            self._document_on_screen(url)
            return
        if self.policy.judge(url) is not Verdict.ALLOW:
            return  # a refused navigation; the policy already acted on it
        if status == _LOAD.LoadFailedStatus:
            if info.errorDomain() == QWebEngineLoadingInfo.ErrorDomain.NoErrorDomain:
                # Aborted, not failed: a newer navigation, a stop, or its renderer ending (which says so itself, next).
                log.debug("page load stopped before it finished: %s", redact.redact_url(info.url().toString())[:200])
                return
            log.warning("page load failed: %s (%d)", info.errorString(), info.errorCode())
            if info.errorDomain() == QWebEngineLoadingInfo.ErrorDomain.CertificateErrorDomain:
                return  # certificateFailed says it better
            domain = info.errorDomain()
            unreachable = domain in (QWebEngineLoadingInfo.ErrorDomain.ConnectionErrorDomain,
                                     QWebEngineLoadingInfo.ErrorDomain.DnsErrorDomain)
            self.loadFailed.emit(SessionWords.tr("The webshop page could not be loaded (%1).").arg(
                info.errorString() or "network error"), unreachable)

    def _on_render_terminated(self, status, exit_code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return
        self.rendererGone.emit(f"{getattr(status, 'name', status)}, exit code {exit_code}")

    def _on_hung(self) -> None:
        pid = self.page.renderProcessPid()
        log.error("the web page has not answered for %.0f s; ending its process (pid %d)", self.watchdog.timeout, pid)
        if pid > 0:
            try:
                os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
                return  # renderProcessTerminated follows and takes the crash path
            except OSError as e:
                log.error("could not end the web page process: %s", e.strerror)
        self.rendererGone.emit("not responding")

    def _open_door(self) -> None:
        if not self.technician.door.enabled:
            log.info("technician chord pressed, but no technician PIN is set: the door is disabled")
            return
        if not self.technician.isVisible():
            self.technician.open_door()


class _NoClock:
    def monotonic(self) -> float:
        return 0.0

    def wall(self) -> float:
        return 0.0
