"""The kiosk's face: window, web profile, view and page. Turns Qt happenings into signals.

Nothing here decides anything: a refused navigation, a finished load or a dead renderer
becomes a signal the controller hands to the session.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView

from kiosk.navigation import NavigationPolicy, Verdict
from kiosk.session import Screen
from kiosk.settings import Settings
from kiosk.ui.page import KioskPage, make_profile
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)


class KioskShell(QObject):
    loginPageSeen = Signal(str)
    pageLoaded = Signal(str, bool)
    loadFailed = Signal(str)
    urlChanged = Signal(str)
    rendererGone = Signal(str)
    retryRequested = Signal()
    pageCreated = Signal(object)  # a new KioskPage (at start and after every recreate), for add-ons like the bridge

    def __init__(self, settings: Settings, now: Callable[[], float], parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.policy = NavigationPolicy(settings)
        self.window = KioskWindow(now)
        self.window.status.retryRequested.connect(self.retryRequested)
        # Keep a Python reference to the profile for as long as any page lives.
        self.profile = make_profile(settings.data_dir, self.policy, self)
        self.profile.login_guard.loginPageBlocked.connect(self.loginPageSeen)
        self.view = QWebEngineView()
        self.page = self._new_page()
        self.view.setPage(self.page)
        self.window.set_view(self.view)

    # ---- what the controller asks ---------------------------------------------------------
    def load(self, url: str) -> None:
        self.page.load(QUrl(url))

    def show_screen(self, screen: Screen) -> None:
        self.window.show_screen(screen)

    def recreate_page(self) -> None:
        old = self.page
        self.page = self._new_page()
        self.view.setPage(self.page)
        self.pageCreated.emit(self.page)
        old.deleteLater()

    def show_window(self) -> None:
        if self.settings.fullscreen:
            self.window.showFullScreen()
        else:
            self.window.resize(1280, 800)
            self.window.show()

    def close(self) -> None:
        """Pages go before their profile, or Qt crashes at exit."""
        for obj in (self.page, self.view, self.window):
            obj.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.profile.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # ---- Qt happenings → signals -----------------------------------------------------------
    def _new_page(self) -> KioskPage:
        page = KioskPage(self.profile, self.policy, self.view)
        page.loginPageSeen.connect(self.loginPageSeen)
        page.loadingChanged.connect(self._on_loading_changed)
        page.urlChanged.connect(lambda url: self.urlChanged.emit(url.toString()))
        page.renderProcessTerminated.connect(self._on_render_terminated)
        return page

    def _on_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        url = info.url().toString()
        if self.policy.judge(url) is not Verdict.ALLOW:
            return  # a refused navigation; the policy already acted on it
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus:
            self.pageLoaded.emit(url, True)
        elif status == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            log.warning("page load failed: %s (%d)", info.errorString(), info.errorCode())
            self.loadFailed.emit(f"The webshop page could not be loaded ({info.errorString() or 'network error'}).")

    def _on_render_terminated(self, status, exit_code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return
        self.rendererGone.emit(f"{getattr(status, 'name', status)}, exit code {exit_code}")
