"""Everything QtWebEngine-specific: the profile, the page, the request guard.

The overrides here only turn Qt's calls into a verdict from :mod:`kiosk.navigation` and a
signal; what to do about it is decided by the session.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from kiosk import redact
from kiosk.navigation import NavigationPolicy, Verdict

log = logging.getLogger(__name__)

PROFILE_NAME = "kiosk"


class LoginGuard(QWebEngineUrlRequestInterceptor):
    """Last line of defence: no request for the login page ever leaves the kiosk."""

    loginPageBlocked = Signal(str)

    def __init__(self, policy: NavigationPolicy, parent: QObject | None = None):
        super().__init__(parent)
        self._policy = policy
        self.blocked = 0

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl().toString()
        if self._policy.is_login_page(url):
            info.block(True)
            self.blocked += 1
            if info.resourceType() == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeMainFrame:
                self.loginPageBlocked.emit(url)


def make_profile(data_dir: Path, policy: NavigationPolicy, parent: QObject | None = None) -> QWebEngineProfile:
    """A named profile on disk under the data dir, cookies forced persistent."""
    web_dir = data_dir / "web"
    web_dir.mkdir(parents=True, exist_ok=True)
    profile = QWebEngineProfile(PROFILE_NAME, parent)
    profile.setPersistentStoragePath(str(web_dir / "storage"))
    profile.setCachePath(str(web_dir / "cache"))
    profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.ForcePersistentCookies)
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.DiskHttpCache)
    profile.setHttpCacheMaximumSize(64 * 1024 * 1024)
    guard = LoginGuard(policy, profile)
    profile.setUrlRequestInterceptor(guard)
    profile.login_guard = guard  # keep a Python reference for the profile's lifetime
    s = profile.settings()
    s.setAttribute(QWebEngineSettings.WebAttribute.ErrorPageEnabled, False)  # our offline screen, not Chromium's
    s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
    s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
    s.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
    s.setAttribute(QWebEngineSettings.WebAttribute.PdfViewerEnabled, False)
    s.setAttribute(QWebEngineSettings.WebAttribute.FullScreenSupportEnabled, False)
    s.setAttribute(QWebEngineSettings.WebAttribute.ScreenCaptureEnabled, False)
    s.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, True)  # routed through createWindow
    s.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard, False)
    return profile


class KioskPage(QWebEnginePage):
    """A page that asks the policy before any main-frame navigation."""

    loginPageSeen = Signal(str)
    navigationRefused = Signal(str, str)  # redacted url, verdict

    def __init__(self, profile: QWebEngineProfile, policy: NavigationPolicy, parent: QObject | None = None):
        super().__init__(profile, parent)
        self._policy = policy
        self.refused: list[tuple[str, str]] = []

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:
        # Subframes (iframes) are the webshop's own business; the top level is ours.
        if not is_main_frame:
            return True
        text = url.toString()
        verdict = self._policy.judge(text)
        if verdict is Verdict.ALLOW:
            return True
        if verdict is Verdict.LOGIN_PAGE:
            self.loginPageSeen.emit(text)
            return False
        shown = redact.redact_url(text)[:200]
        log.warning("navigation refused (%s): %s", verdict.value, shown)
        self.refused.append((shown, verdict.value))
        self.navigationRefused.emit(shown, verdict.value)
        return False

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        # Keep the webshop's console out of stderr, but in the debug log (redacted by the log filter).
        log.debug("js console: %s (%s:%d)", message[:500], redact.redact_url(source)[:120], line)
