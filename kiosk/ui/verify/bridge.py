"""The webshop page's way to the native phone verification: ``window.kiosk.verifyMobile(token)``.

Each page gets its own :class:`QWebChannel` with one object, ``kiosk`` (:class:`KioskEndpoint`:
one slot, one signal), and a user script run at document creation in the main world: Qt's
``qwebchannel.js`` and ``bridge.js`` in one closure, restricted by ``// @match`` lines to the
allowed hosts. The slot checks the calling page's URL against the navigation policy again
(defence in depth) before it opens the :class:`~kiosk.ui.verify.panel.VerificationPanel`.

QWebChannel slot returns are synchronous, so a call carries a request id and its answer comes
back by the ``verificationFinished(requestId, result)`` signal, which only the wrapper that made
the request acts on. The login tokens of a verified result go to the document that asked and to
nothing else: if that document is replaced while the panel is open the verification is
cancelled, and an answer is held while a navigation is pending until it is known whether the
document survived (a refused navigation) or not.

Without the gateway settings :func:`install_verification` installs nothing, so
``window.kiosk`` does not exist and the webshop says verification is not available.
"""

from __future__ import annotations

import functools
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QFile, QIODevice, QObject, Signal, SignalInstance, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage, QWebEngineScript
from PySide6.QtWidgets import QWidget

from kiosk import assets, redact
from kiosk.autologin.navigation import NavigationPolicy, Verdict
from kiosk.clock import Clock
from kiosk.hosts import HostEntryError, parse_entry
from kiosk.hosts import is_loopback as is_loopback_host
from kiosk.settings import Settings
from kiosk.ui.language import for_page
from kiosk.worker import TaskManager

if TYPE_CHECKING:  # imported on first use: the panel and the gateway client cost ~50 ms the first load need not wait
    from kiosk.ui.verify.panel import VerificationPanel
    from kiosk.verification.player_data import PlayerDataClient

log = logging.getLogger(__name__)

OBJECT_NAME = "kiosk"          # channel.objects.kiosk in JavaScript
SCRIPT_NAME = "kiosk-bridge"   # also the script's @name (Qt takes the name from the metadata)
QWEBCHANNEL_JS = ":/qtwebchannel/qwebchannel.js"
MAX_SESSION_TOKEN = 512
_REQUEST_ID_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")
_SAFE_HOST_RE = re.compile(r"[a-z0-9.-]+|\[?[0-9a-f:]+\]?")

_Status = QWebEngineLoadingInfo.LoadStatus


def failed(reason: str) -> dict[str, Any]:
    return {"status": "failed", "reason": reason}


@functools.cache
def qwebchannel_js() -> str:
    """Qt's own JavaScript side of QWebChannel, from the QtWebChannel library's resources."""
    f = QFile(QWEBCHANNEL_JS)
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"{QWEBCHANNEL_JS} is missing: the QtWebChannel module is not installed with Qt.")
    try:
        return bytes(f.readAll().data()).decode("utf-8")
    finally:
        f.close()


def bridge_js() -> str:
    return assets.text("bridge.js")


def match_patterns(entry: str) -> list[str]:
    """``@match`` patterns for one KIOSK_ALLOWED_HOSTS entry (kiosk/hosts.py): its host, or ``*.domain`` (the domain
    and every name under it), at any port (the slot checks the caller's port with the policy); plain http only
    for loopback, as the policy."""
    try:
        parsed = parse_entry(entry)
    except HostEntryError:
        return []
    host = parsed.host
    if not _SAFE_HOST_RE.fullmatch(host):
        return []  # settings validate hosts; never write anything else into the metadata block
    shown = f"[{host}]" if ":" in host else host
    if parsed.domain:
        shown = "*." + shown
    schemes = ("https", "http") if is_loopback_host(host) else ("https",)
    return [f"{scheme}://{shown}/*" for scheme in schemes]


def script_source(allowed_hosts: list[str]) -> str | None:
    """The user script: a Greasemonkey header limiting it to the hosts, then the two scripts in one closure."""
    patterns = [p for host in allowed_hosts for p in match_patterns(host)]
    if not patterns:
        return None  # a header without @match would run everywhere
    header = ["// ==UserScript==", f"// @name {SCRIPT_NAME}", *(f"// @match {p}" for p in patterns),
              "// @run-at document-start", "// ==/UserScript=="]
    return "\n".join(header) + "\n(function () {\n" + qwebchannel_js() + "\n" + bridge_js() + "\n})();\n"


def make_script(allowed_hosts: list[str]) -> QWebEngineScript | None:
    source = script_source(allowed_hosts)
    if source is None:
        return None
    script = QWebEngineScript()
    script.setSourceCode(source)  # parses the header; the settings below are the same, said explicitly
    script.setName(SCRIPT_NAME)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)  # the page's own scripts call window.kiosk
    script.setRunsOnSubFrames(False)
    return script


class KioskEndpoint(QObject):
    """What the page sees as ``kiosk`` over the channel. Everything public here is exposed to JavaScript."""

    verificationFinished = Signal(str, "QVariantMap")  # type: ignore[arg-type]  # a C++ type by name: a JS object

    def __init__(self, on_request: Callable[[str, str], None], parent: QObject | None = None):
        super().__init__(parent)
        self._on_request = on_request

    @Slot(str, str)
    def verifyMobile(self, session_token: str, request_id: str) -> None:
        self._on_request(session_token, request_id)


_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld  # the kiosk's own, apart from the page's


class _PageBridge:
    """One page's channel and endpoint, kept referenced for the page's lifetime."""

    def __init__(self, page: QWebEnginePage, channel: QWebChannel, endpoint: KioskEndpoint):
        self.page, self.channel, self.endpoint = page, channel, endpoint

    def alive(self) -> bool:
        return shiboken6.isValid(self.page) and shiboken6.isValid(self.endpoint)

    def send(self, request_id: str, result: dict[str, Any]) -> None:
        if self.alive():
            self.endpoint.verificationFinished.emit(request_id, result)


class _Request:
    """The one verification a page asked for and has not been answered yet."""

    def __init__(self, bridge: _PageBridge, request_id: str):
        self.bridge = bridge
        self.request_id = request_id
        self.navigating = False                  # the page started loading something else
        self.result: dict[str, Any] | None = None  # held until that navigation is refused or commits
        # The asking document is marked in the kiosk's own script world (pages cannot see or change it):
        # when a load ends, the mark tells whether that document is still the one on screen.
        self.mark = secrets.token_hex(8)
        self.marked = False  # the mark is set asynchronously: until it is, a new load means a new document


@dataclass(frozen=True)
class Surface:
    """What the verification UI works on, handed over by the controller: the window to cover, the
    navigation policy, the current page and the signal announcing each new one."""

    window: QWidget
    policy: NavigationPolicy
    page: QWebEnginePage
    page_created: SignalInstance


def _gateway_client(settings: Settings) -> PlayerDataClient:
    from kiosk.verification.player_data import PlayerDataClient

    return PlayerDataClient.from_settings(settings)


class VerificationUi(QObject):
    """The panel over the kiosk window and a bridge into every page the shell makes."""

    def __init__(self, surface: Surface, settings: Settings, tasks: TaskManager, clock: Clock | None = None,
                 client_factory: Callable[[], PlayerDataClient] | None = None, *, parent: QObject | None = None):
        super().__init__(parent)
        self._policy = surface.policy
        self._panel_args = (surface.window, client_factory or functools.partial(_gateway_client, settings), tasks, clock)
        self._panel: VerificationPanel | None = None
        self._script = make_script(settings.allowed_hosts)
        self._pages: dict[int, _PageBridge] = {}
        self._request: _Request | None = None
        self.attach(surface.page)
        surface.page_created.connect(self.attach)

    @property
    def panel(self) -> VerificationPanel:
        """Built on first use: its widgets would otherwise delay the webshop's first load by ~50 ms."""
        if self._panel is None:
            from kiosk.ui.verify.panel import VerificationPanel

            self._panel = VerificationPanel(*self._panel_args)
            self._panel.finished.connect(self._on_finished)
        return self._panel

    # ------------------------------------------------------------------ pages

    def attach(self, page: QWebEnginePage) -> None:
        """Give a page the channel and the script (for its next document on; call before it loads)."""
        key = id(page)
        if self._script is None or key in self._pages:
            return
        channel = QWebChannel(page)
        bridge: _PageBridge | None = None

        def on_request(session_token: str, request_id: str) -> None:
            self._on_request(bridge, session_token, request_id)

        endpoint = KioskEndpoint(on_request, channel)
        channel.registerObject(OBJECT_NAME, endpoint)
        bridge = _PageBridge(page, channel, endpoint)
        page.setWebChannel(channel)  # main world, where the script puts window.kiosk
        page.scripts().insert(QWebEngineScript(self._script))
        page.loadingChanged.connect(lambda info: self._on_loading(bridge, info))
        page.destroyed.connect(lambda *_: self._forget(key))
        self._pages[key] = bridge

    def _forget(self, key: int) -> None:
        bridge = self._pages.pop(key, None)
        if self._request is not None and self._request.bridge is bridge:
            self._drop("the page that asked was closed")

    def _allowed(self, page: QWebEnginePage) -> bool:
        url = page.url()
        return url.scheme() in ("http", "https") and self._policy.judge(url.toString()) is Verdict.ALLOW

    # ------------------------------------------------------------------ requests

    def _on_request(self, bridge: _PageBridge | None, session_token: str, request_id: str) -> None:
        # Nothing the page sends is registered for redaction until it is validated (the panel and the
        # flow register the token they accept): a page must not be able to fill the registry.
        if bridge is None or not bridge.alive():
            return
        if not _REQUEST_ID_RE.fullmatch(request_id or ""):
            log.warning("phone verification request ignored: malformed request id")
            return
        if not self._allowed(bridge.page):
            url = bridge.page.url()
            where = url.host() or url.scheme() + ":"
            log.warning("phone verification refused: the page (%s) is not on an allowed host", redact.redact(where)[:100])
            bridge.send(request_id, failed("not_allowed"))
            return
        if self.panel.busy or self._request is not None:
            log.info("phone verification refused: one is already open")
            bridge.send(request_id, failed("busy"))
            return
        token = (session_token or "").strip()
        if not token or len(token) > MAX_SESSION_TOKEN or not token.isprintable():
            bridge.send(request_id, failed("session_invalid"))
            return
        log.info("phone verification requested by the page")
        self._request = _Request(bridge, request_id)
        request = self._request
        # The same call reads the page's own language (<html lang>): the player's panel speaks it when the kiosk does.
        bridge.page.runJavaScript(f"window.__kioskVerifyMark = '{request.mark}'; "
                                  "String(document.documentElement.lang || '')", _WORLD,
                                  lambda lang: self._marked(request, lang))
        self.panel.start(token)

    def _marked(self, request: _Request, lang: Any) -> None:
        request.marked = True
        if self._request is request and self._panel is not None and self._panel.busy:
            self._panel.use_language(for_page(lang if isinstance(lang, str) else None))

    def _on_finished(self, result: dict[str, Any]) -> None:
        request = self._request
        if request is None:
            return  # the panel was opened by someone else, or the page that asked is gone
        if request.navigating:
            request.result = result
            return
        self._request = None
        self._deliver(request, result)

    def _on_loading(self, bridge: _PageBridge, info: QWebEngineLoadingInfo) -> None:
        request = self._request
        if request is None or request.bridge is not bridge:
            return
        status = info.status()
        if status == _Status.LoadStartedStatus:
            if not request.marked:  # the asking document may be gone before it was marked: never answer a stranger
                self._drop("the page that asked was replaced")
                return
            request.navigating = True
        elif status == _Status.LoadStoppedStatus:  # refused or stopped before it replaced the document
            self._still_there(request)
        else:
            # Succeeded or failed: a load ended, but which one? Ready comes at DOMContentLoaded, so the
            # asking document's own load (a slow image, a video) may end after the request; a reload or a
            # new document also ends here. The mark in the kiosk's script world tells them apart.
            def judged(value: Any) -> None:
                if self._request is request:
                    if value is True:
                        self._still_there(request)
                    else:
                        self._drop("the page that asked was replaced")

            bridge.page.runJavaScript(f"window.__kioskVerifyMark === '{request.mark}'", _WORLD, judged)

    def _still_there(self, request: _Request) -> None:
        request.navigating = False
        if request.result is not None:
            self._request = None
            self._deliver(request, request.result)

    def _deliver(self, request: _Request, result: dict[str, Any]) -> None:
        bridge = request.bridge
        if not bridge.alive() or not self._allowed(bridge.page):
            log.warning("phone verification result dropped: the page that asked is no longer there")
            return
        log.info("phone verification answered to the page: %s", result.get("status"))
        bridge.send(request.request_id, result)

    def _drop(self, why: str) -> None:
        self._request = None
        log.info("phone verification cancelled: %s", why)
        if self._panel is not None and shiboken6.isValid(self._panel) and self._panel.busy:
            self._panel.cancel()


def install_verification(surface: Surface, settings: Settings, tasks: TaskManager,
                         clock: Clock | None = None, *, parent: QObject | None = None) -> VerificationUi | None:
    """Add phone verification to the kiosk: the panel and ``window.kiosk`` on allowed pages.

    Returns None, installing nothing, when the gateway is not configured (``KIOSK_GATEWAY_URL``,
    ``KIOSK_BRAND_ID``). Call it before the page loads its first document. ``parent`` keeps it alive.
    """
    if settings.gateway_url is None or settings.brand_id is None:
        log.info("phone verification is off: KIOSK_GATEWAY_URL and KIOSK_BRAND_ID are not both set")
        return None
    return VerificationUi(surface, settings, tasks, clock, parent=parent)
