"""Everything QtWebEngine-specific: the profile, the page, the request guard.

The overrides here only turn Qt's calls into a verdict from :mod:`kiosk.autologin.navigation` and a
signal; what to do about it is decided by the session.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections import deque
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineDownloadRequest,
    QWebEngineFileSystemAccessRequest,
    QWebEngineLoadingInfo,
    QWebEngineNewWindowRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from kiosk import assets, redact
from kiosk.autologin.navigation import NavigationPolicy, Verdict
from kiosk.ui.dialogs import DIALOG_TIMEOUT, KioskDialog
from kiosk.ui.popups import answer_native_requests

log = logging.getLogger(__name__)

PROFILE_NAME = "kiosk"

_P = QWebEnginePermission.PermissionType
# KIOSK_PERMISSIONS names → Chromium permission types.
PERMISSION_NAMES = {
    _P.MediaVideoCapture: "camera",
    _P.MediaAudioCapture: "microphone",
    _P.Geolocation: "geolocation",
    _P.Notifications: "notifications",
    _P.ClipboardReadWrite: "clipboard",
    _P.DesktopVideoCapture: "screen-capture",
    _P.DesktopAudioVideoCapture: "screen-capture",
    _P.MouseLock: "mouse-lock",
    _P.LocalFontsAccess: "local-fonts",
}


_RT = QWebEngineUrlRequestInfo.ResourceType
_REFUSED = (Verdict.FOREIGN_HOST, Verdict.INSECURE)  # other schemes: the navigation policy's (setHtml is data:)


class LoginGuard(QWebEngineUrlRequestInterceptor):
    """Last line of defence: no request for the login page ever leaves the kiosk, and no document (a page or a
    frame) is fetched from a host the navigation policy would refuse, should a navigation ever get past it."""

    loginPageBlocked = Signal(str)

    def __init__(self, policy: NavigationPolicy, parent: QObject | None = None):
        super().__init__(parent)
        self._policy = policy
        self.blocked = 0
        self.documents_blocked = 0

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl().toString()
        kind = info.resourceType()
        if self._policy.is_login_page(url):
            info.block(True)
            self.blocked += 1
            if kind == _RT.ResourceTypeMainFrame:
                self.loginPageBlocked.emit(url)
            return
        if kind not in (_RT.ResourceTypeMainFrame, _RT.ResourceTypeSubFrame):
            return  # images, scripts, APIs: a webshop loads them from anywhere
        main = kind == _RT.ResourceTypeMainFrame
        verdict = self._policy.judge(url) if main else self._policy.judge_frame(url)
        if verdict in _REFUSED:
            info.block(True)
            self.documents_blocked += 1
            log.warning("request blocked (%s, %s): %s", verdict.value, "main frame" if main else "subframe",
                        redact.redact_url(url)[:200])


class KioskProfile(QWebEngineProfile):
    """The kiosk's web profile, with what it keeps beside Qt's: its request interceptor (Qt holds no Python
    reference to it) and the downloads it refused."""

    login_guard: LoginGuard
    downloads_refused: int


def make_profile(data_dir: Path, policy: NavigationPolicy, parent: QObject | None = None, *,
                 in_memory: bool = False, accept_language: str | None = None) -> KioskProfile:
    """A named profile on disk under the data dir, cookies forced persistent; ``in_memory`` (a data
    dir the kiosk cannot write): an off-the-record profile that writes nothing to disk. ``accept_language``:
    what the webshop is asked in first (the kiosk's language, kiosk/languages.py)."""
    if in_memory:
        profile = KioskProfile(parent)  # off the record
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    else:
        web_dir = data_dir / "web"
        web_dir.mkdir(parents=True, exist_ok=True)
        profile = KioskProfile(PROFILE_NAME, parent)
        profile.setPersistentStoragePath(str(web_dir / "storage"))
        profile.setCachePath(str(web_dir / "cache"))
        profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.ForcePersistentCookies)
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.DiskHttpCache)
        profile.setHttpCacheMaximumSize(64 * 1024 * 1024)
    if accept_language:
        profile.setHttpAcceptLanguage(accept_language)
    guard = LoginGuard(policy, profile)
    profile.setUrlRequestInterceptor(guard)
    profile.login_guard = guard  # keep a Python reference for the profile's lifetime
    profile.downloads_refused = 0
    profile.downloadRequested.connect(lambda d: _refuse_download(profile, d))
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
    # mailto:, tel:, an app's own scheme: never handed to the OS (xdg-open, Outlook), with or without a tap.
    s.setUnknownUrlSchemePolicy(QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes)
    return profile


def _refuse_download(profile: KioskProfile, download: QWebEngineDownloadRequest) -> None:
    profile.downloads_refused += 1
    log.warning("download refused: %s", redact.redact_url(download.url().toString())[:200])
    download.cancel()


# Qt asks javaScriptConfirm with this text for a page's beforeunload handler.
UNLOAD_QUESTION = "Are you sure you want to leave this page? Changes that you made may not be saved."
LEAVE_WINDOW = 10.0  # seconds a kiosk-initiated navigation may take to get past the page's beforeunload
DOCUMENT_SHOWN_SCRIPT = "kiosk-document-shown"


LOGIN_FORM_SCRIPT = "kiosk-login-form"


def _login_form_script(marker: str) -> QWebEngineScript:
    """resources/login_form.js in the kiosk's isolated world, main frame only: says when a login form shows."""
    script = QWebEngineScript()
    script.setName(LOGIN_FORM_SCRIPT)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setWorldId(QWebEngineScript.ScriptWorldId.ApplicationWorld)
    script.setRunsOnSubFrames(False)
    script.setSourceCode(assets.text("login_form.js").replace("__KIOSK_MARK__", repr(marker)))
    return script


def _document_shown_script(marker: str) -> QWebEngineScript:
    """Runs at DOMContentLoaded in an isolated world (the page cannot see or call it) and says so on the
    console with a per-page marker: the main document is on screen, whatever its images still do."""
    script = QWebEngineScript()
    script.setName(DOCUMENT_SHOWN_SCRIPT)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
    script.setWorldId(QWebEngineScript.ScriptWorldId.ApplicationWorld)
    script.setRunsOnSubFrames(False)
    script.setSourceCode(f"console.debug({marker!r});")
    return script


class KioskPage(QWebEnginePage):
    """A page that asks the policy before any navigation, in any frame."""

    loginPageSeen = Signal(str)
    navigationRefused = Signal(str, str, str, str)  # redacted url, verdict, frame, hint ("" for none)
    loginFormSeen = Signal(str)  # url: the main document shows a login form (resources/login_form.js)
    certificateFailed = Signal(str, str)  # host, what is wrong
    redirectRefused = Signal(str, str)  # host, verdict: a main-frame redirect the policy refused
    documentShown = Signal(str)  # url: the main document reached DOMContentLoaded

    def __init__(self, profile: QWebEngineProfile, policy: NavigationPolicy, parent: QObject | None = None, *,
                 permissions: frozenset[str] = frozenset(), dialog_parent=None,
                 dialog_timeout: float = DIALOG_TIMEOUT):
        super().__init__(profile, parent)
        self._policy = policy
        self._permissions = permissions
        self._dialog_parent = dialog_parent
        self.dialog_timeout = dialog_timeout
        self.dialog_open = 0
        self.refused: deque[tuple[str, str]] = deque(maxlen=100)  # the latest; a widget retrying stays bounded
        self.files_refused = 0
        self.unload_confirmed = 0
        self._leaving_until = 0.0
        self._shown_marker = f"kiosk-document-shown-{secrets.token_hex(8)}"
        self.scripts().insert(_document_shown_script(self._shown_marker))
        self._login_form_marker = f"kiosk-login-form-{secrets.token_hex(8)}"
        self.scripts().insert(_login_form_script(self._login_form_marker))
        answer_native_requests(self)
        self.newWindowRequested.connect(self._on_new_window)
        self.permissionRequested.connect(self._on_permission)
        self.certificateError.connect(self._on_certificate_error)
        self.fileSystemAccessRequested.connect(self._on_file_system_access)
        self.loadingChanged.connect(self._on_loading_changed)

    def acceptNavigationRequest(self, url: QUrl | str, nav_type, is_main_frame: bool) -> bool:
        url = QUrl(url)  # Qt passes a QUrl; its stubs say it may be a str
        text = url.toString()
        if not is_main_frame:
            # An iframe may show the webshop's own hosts; never another scheme (mailto: would launch a program).
            verdict = self._policy.judge_frame(text)
            if verdict is Verdict.ALLOW:
                return True
            self._refuse(text, verdict, frame="subframe")
            return False
        verdict = self._policy.judge(text)
        if verdict is Verdict.ALLOW:
            return True
        if verdict is Verdict.LOGIN_PAGE:
            self.loginPageSeen.emit(text)
            return False
        self._refuse(text, verdict)
        if nav_type == QWebEnginePage.NavigationType.NavigationTypeRedirect:
            self.redirectRefused.emit((url.host() or url.scheme()).lower()[:100], verdict.value)
        return False

    # ---- the kiosk's own navigations always leave (a beforeunload "stay" must not cancel them) ----
    def leave_and_load(self, url: QUrl) -> None:
        self._leaving_until = time.monotonic() + LEAVE_WINDOW
        self.load(url)

    def leave_and_reload(self) -> None:
        self._leaving_until = time.monotonic() + LEAVE_WINDOW
        self.triggerAction(QWebEnginePage.WebAction.Reload)

    def _on_loading_changed(self, info) -> None:
        if info.status() == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self._leaving_until = 0.0  # past beforeunload: the page's next "stay?" is asked again

    # No file chooser ever opens: it is modal, and from it a player could browse the disk.
    def chooseFiles(self, mode, old_files, accepted_mime_types) -> list[str]:
        self.files_refused += 1
        log.info("file chooser refused (the kiosk never opens one)")
        return []

    def _on_file_system_access(self, request: QWebEngineFileSystemAccessRequest) -> None:
        self.files_refused += 1
        log.info("file system access refused for %s", request.origin().host())
        request.reject()

    def _refuse(self, text: str, verdict: Verdict, frame: str = "main frame") -> None:
        shown = redact.redact_url(text)[:200]
        hint = self._policy.hint(text, main_frame=frame == "main frame") if verdict is Verdict.FOREIGN_HOST else None
        log.warning("navigation refused (%s, %s): %s%s", verdict.value, frame, shown, f" ({hint})" if hint else "")
        self.refused.append((shown, verdict.value))
        self.navigationRefused.emit(shown, verdict.value, frame, hint or "")

    def _on_new_window(self, request: QWebEngineNewWindowRequest) -> None:
        # window.open and target=_blank: an allowed page opens here, in the one view; anything else is dropped.
        url = request.requestedUrl()
        verdict = self._policy.judge(url.toString())
        if verdict is Verdict.ALLOW:
            self.load(url)
        elif verdict is Verdict.LOGIN_PAGE:
            self.loginPageSeen.emit(url.toString())
        else:
            self._refuse(url.toString(), verdict)

    def _on_permission(self, permission: QWebEnginePermission) -> None:
        name = PERMISSION_NAMES.get(permission.permissionType())
        host = permission.origin().host()
        if name in self._permissions and self._policy.judge(permission.origin().toString()) is Verdict.ALLOW:
            log.info("permission %s granted to %s (KIOSK_PERMISSIONS)", name, host)
            permission.grant()
        else:
            log.info("permission %s denied to %s", name or permission.permissionType().name, host)
            permission.deny()

    def _on_certificate_error(self, error: QWebEngineCertificateError) -> None:
        # Never bypassed: the load fails and the kiosk says which host and what is wrong.
        host = error.url().host()
        log.error("certificate error for %s: %s", host, error.description())
        error.rejectCertificate()
        if error.isMainFrame():
            self.certificateFailed.emit(host, error.description())

    # JavaScript dialogs: kiosk-styled, and closed by themselves after a minute. The page's script
    # waits for the answer, so the renderer is busy meanwhile: `dialog_open` tells the watchdog.
    def _ask(self, dialog: KioskDialog) -> bool:
        self.dialog_open += 1
        try:
            return dialog.exec() == 1
        finally:
            self.dialog_open -= 1
            dialog.deleteLater()  # parented to the window: any stray reference would keep its native window for good

    def javaScriptAlert(self, origin: QUrl | str, text: str) -> None:
        self._ask(KioskDialog(self._dialog_parent, text, timeout=self.dialog_timeout))

    def javaScriptConfirm(self, origin: QUrl | str, text: str) -> bool:
        if time.monotonic() < self._leaving_until and text == QCoreApplication.translate("QWebEnginePage",
                                                                                          UNLOAD_QUESTION):
            self.unload_confirmed += 1
            log.info("the page asked to stay (beforeunload); leaving anyway for the kiosk's own navigation")
            return True
        return self._ask(KioskDialog(self._dialog_parent, text, cancel=True, timeout=self.dialog_timeout))

    def javaScriptPrompt(self, origin: QUrl | str, text: str, default: str):
        dialog = KioskDialog(self._dialog_parent, text, cancel=True, default=default, timeout=self.dialog_timeout)
        ok = self._ask(dialog)
        return ok, dialog.value() if ok else ""

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        if message == self._shown_marker:
            self.documentShown.emit(self.url().toString())
            return
        if message.startswith(self._login_form_marker + " "):
            self.loginFormSeen.emit(message[len(self._login_form_marker) + 1:])
            return
        # Keep the webshop's console out of stderr, but in the debug log (redacted by the log filter).
        log.debug("js console: %s (%s:%d)", redact.redact_urls_in(message[:500]), redact.redact_url(source)[:120], line)
