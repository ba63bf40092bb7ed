"""The HTTP face of the sandbox: a loopback ThreadingHTTPServer on a daemon thread."""

from __future__ import annotations

import re
import secrets
import selectors
import socket
import socketserver
import sys
import threading
import time
import traceback
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from kiosk.clock import Clock, SystemClock

from . import assets, pages
from .common import Counters, Reply, parse_json, redirect
from .gateway import DEMO_BRAND_ID, GATEWAY_PREFIX, Gateway
from .webshop import LINK_PATHS, LOGIN_PATH, SESSION_COOKIE, WEBSHOP_PATH, Session, Webshop, error

AUTH_PATH = "/s/api/v2/webshop/auth"
HANG_SECONDS = 30.0
# The webshop embeds a payment provider's card form from a second loopback name: a frame-only host
# (KIOSK_FRAME_HOSTS). Chromium resolves localhost itself, to this machine, on any system.
FRAME_HOST = "localhost"
PAYMENT_PATH = "/sandbox/payment"
MAX_BODY = 1 << 20
_LINK_RE = re.compile(r"^/webshop/integrations/(?:auth/)?login/([^/]+)/([^/]+)/?$")
_LINK_TOKEN_RE = re.compile(r"(/login/[^/]*/)[^/?#\s]+")
_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# The demo terminal's identity: any names will do, the sandbox accepts them all.
DEMO_SHOP, DEMO_POS, DEMO_USER = "Vilnius, Gedimino pr. 5", "Computer #3", "John Smith"


def is_loopback(host: str) -> bool:
    from kiosk.hosts import is_loopback as is_loopback_host

    return is_loopback_host(host)


class Sandbox:
    """A local fake of the BetGames webshop and the casino player-data gateway."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, partner_id: int = 1001,
                 secret_key: str = "sandbox-secret", session_lifetime: float | None = None,
                 poll_interval: float = 1.0, clock: Clock | None = None, *,
                 link_ttl: float = 300, resend_cooldown: float = 60, max_sends: int = 5,
                 max_attempts: int = 5, code_ttl: float = 300, verbose: bool = False,
                 latency: float = 0.0, link_tokens: str = "hex", chatty_console: bool = False,
                 heavy: assets.HeavyPage | None = None):
        """``link_tokens="urlsafe"``: autologin tokens of 64 base64url characters instead of hex (tests
        of redaction, which must not rely on a token's shape). ``chatty_console``: the webshop page
        logs the latest link token, the secret key and the hash to its console, as a careless
        webshop's debug output would (tests that the kiosk's log masks them)."""
        if not is_loopback(host):
            raise ValueError(f"the sandbox listens on loopback only, not {host!r}")
        self.host = host
        self._port = port
        self.partner_id = partner_id
        self.secret_key = secret_key
        self.poll_interval = poll_interval
        self.verbose = verbose
        self.latency = latency  # seconds added before every answer: a WAN-like round trip for benchmarks
        self.chatty_console = chatty_console
        self.trickle_interval: float | None = None  # "trickle" mode: seconds between body bytes (None: the reply's own)
        self.heavy = heavy  # a webshop page with a real one's weight (kiosk/sandbox/assets.py)
        self.link_redirect: str | None = None  # where a redeemed link sends the browser instead of /webshop/
        self.clock: Clock = clock or SystemClock()
        self._counters = Counters()
        self._fields: dict[str, Any] = {}
        self._accept_languages: list[str] = []  # Accept-Language of each webshop page request, in order
        self._page_languages: list[dict[str, Any]] = []  # what each webshop page's browser said it speaks
        self._webshop = Webshop(partner_id=partner_id, secret_key=secret_key, clock=self.clock,
                                counters=self._counters, session_lifetime=session_lifetime,
                                link_ttl=link_ttl,
                                new_token=(lambda: secrets.token_urlsafe(48)) if link_tokens == "urlsafe"
                                else (lambda: secrets.token_hex(32)))
        self._gateway = Gateway(clock=self.clock, counters=self._counters, resend_cooldown=resend_cooldown,
                                max_sends=max_sends, max_attempts=max_attempts, code_ttl=code_ttl)
        self.demo_player_token = self._gateway.add_player(brand_id=DEMO_BRAND_ID)
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> Sandbox:
        if self._server is not None:
            return self
        self._stopping.clear()
        server = _Server((self.host, self._port), _Handler, ipv6=":" in self.host)
        server.sandbox = self
        self._server, self._port = server, server.server_address[1]
        self._thread = threading.Thread(target=server.serve_until_woken, name=f"sandbox:{self._port}",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening; a request still hanging (auth failure "hang") is abandoned, not awaited."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.wake()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        server.server_close()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses -------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._port}"

    @property
    def address(self) -> str:
        """``host:port`` as KIOSK_ALLOWED_HOSTS names it (an entry without a port means port 80 or 443)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self._port}"

    @property
    def frame_host(self) -> str:
        """The second loopback name the webshop's payment frame comes from (a frame-only host)."""
        return FRAME_HOST

    @property
    def frame_address(self) -> str:
        return f"{FRAME_HOST}:{self._port}"

    @property
    def payment_url(self) -> str:
        """The payment form the webshop embeds, on the frame-only host."""
        return f"http://{self.frame_address}{PAYMENT_PATH}"

    @property
    def auth_url(self) -> str:
        return self.base_url + AUTH_PATH

    @property
    def webshop_url(self) -> str:
        return self.base_url + "/webshop/"

    @property
    def login_page_url(self) -> str:
        return self.base_url + LOGIN_PATH

    @property
    def gateway_url(self) -> str:
        return self.base_url

    # -- the kiosk's settings for this sandbox -----------------------------------

    def kiosk_settings(self, **over: Any) -> dict[str, Any]:
        """Settings values (field names) of a kiosk using this sandbox: the one source for the demo,
        the tests, the benchmarks and ``kiosk sandbox``'s printout. ``over`` replaces or adds fields."""
        values: dict[str, Any] = {
            "partner_id": self.partner_id, "secret_key": self.secret_key,  # the sandbox's own fake secret
            "shop_name": DEMO_SHOP, "pos_name": DEMO_POS, "user_name": DEMO_USER,
            "auth_url": self.auth_url, "allowed_hosts": [self.address],
            "frame_hosts": [self.frame_address],
            "gateway_url": self.gateway_url, "gateway_version": "v1", "brand_id": DEMO_BRAND_ID,
            "fullscreen": False,
        }
        values.update(over)
        return values

    def kiosk_env(self, **over: Any) -> dict[str, str]:
        """The same settings as ``KIOSK_*`` environment variables, for a real ``kiosk`` process."""
        import json

        def text(v: Any) -> str:
            if isinstance(v, bool):
                return "true" if v else "false"
            return json.dumps(v) if isinstance(v, (list, dict)) else str(v)

        return {f"KIOSK_{k.upper()}": text(v) for k, v in self.kiosk_settings(**over).items() if v is not None}

    # -- webshop controls ------------------------------------------------------

    @property
    def counters(self) -> dict[str, int]:
        return self._counters.snapshot()

    @property
    def session_lifetime(self) -> float | None:
        return self._webshop.session_lifetime

    @property
    def sessions(self) -> list[dict[str, Any]]:
        """Live webshop login sessions: ids, names and age in seconds (no session ids)."""
        return self._webshop.sessions_info()

    def expire_sessions(self) -> int:
        return self._webshop.expire_all()

    @property
    def issued_tokens(self) -> list[str]:
        """Every autologin link token issued so far (tests scan the kiosk's output for them)."""
        return self._webshop.issued_tokens()

    def set_auth_failure(self, mode: str | None, *, retry_after: float | None = None) -> None:
        """``retry_after``: the seconds the "503", "503_date" and "429" modes ask for (default 5)."""
        self._webshop.set_auth_failure(mode)
        if retry_after is not None:
            self._webshop.retry_after = float(retry_after)

    def set_gateway_failure(self, mode: str | None) -> None:
        self._gateway.set_failure(mode)

    # -- gateway controls ------------------------------------------------------

    @property
    def brands(self) -> set[int]:
        return self._gateway.brands

    def add_player(self, brand_id: int = DEMO_BRAND_ID, player_id: int | None = None,
                   number: str = "44-123456789", verified: bool = False,
                   is_2fa_required: bool = True) -> str:
        return self._gateway.add_player(brand_id, player_id, number, verified, is_2fa_required)

    def player_data(self, token: str) -> dict[str, Any]:
        """The player's mobile data as GET /gateway/... would answer it."""
        return self._gateway.player_data(token)

    def reset_demo_player(self) -> None:
        self._gateway.reset_player(self.demo_player_token)

    @property
    def outbox(self) -> list[dict[str, Any]]:
        return self._gateway.outbox

    def last_code(self, mobile_number: str | None = None) -> str | None:
        return self._gateway.last_code(mobile_number)

    # -- request dispatch (called on server threads) ---------------------------

    def _dispatch(self, method: str, path: str, headers: Any, body: bytes) -> Reply | None:
        if path.startswith(GATEWAY_PREFIX):
            return self._gateway.handle(method, path, headers, body)
        if path == AUTH_PATH:
            return self._auth(method, headers, body)
        match = _LINK_RE.match(path)
        if match:
            if method != "GET":
                return _not_allowed()
            reply = self._webshop.redeem(*match.groups())
            if self.link_redirect and ("Location", WEBSHOP_PATH) in reply.headers:
                reply.headers[reply.headers.index(("Location", WEBSHOP_PATH))] = ("Location", self.link_redirect)
            return reply
        if path.startswith(assets.PREFIX) and method == "GET":
            return self._asset(path[len(assets.PREFIX):])
        route = _ROUTES.get(path)
        if route is None:
            return Reply(404, "Not found", "text/plain; charset=utf-8")
        handler = route.get(method)
        if handler is None:
            return _not_allowed()
        return handler(self, _Request(headers, body))

    def _auth(self, method: str, headers: Any, body: bytes) -> Reply | None:
        if method != "POST":
            return error(405, "Method not allowed")
        self._counters.add("auth_requests")
        failure = self._webshop.auth_failure
        if failure == "hang":
            if self._stopping.wait(HANG_SECONDS):
                return None  # stopping: drop the connection unanswered
            failure = None
        return self._webshop.authenticate(headers.get("Content-Type"), body, self.base_url, failure)

    def _session_of(self, request: _Request) -> Session | None:
        cookie = SimpleCookie()
        try:
            cookie.load(request.headers.get("Cookie") or "")
        except CookieError:
            return None
        morsel = cookie.get(SESSION_COOKIE)
        return self._webshop.session(morsel.value if morsel else None)

    @property
    def accept_languages(self) -> list[str]:
        """The ``Accept-Language`` header of each request for the webshop page, oldest first ("" when absent)."""
        return list(self._accept_languages)

    def _webshop_page(self, request: _Request) -> Reply:
        session = self._session_of(request)
        if session is None:
            return redirect(LOGIN_PATH)
        self._counters.add("webshop_page_served")
        asked = request.headers.get("Accept-Language") or ""
        self._accept_languages.append(asked)
        # Like a real webshop: the language the player chose on the page (a cookie), else the browser's first choice.
        lang = webshop_language(_cookie(request, LANGUAGE_COOKIE), asked)
        page = pages.webshop_page(session.identity, self.poll_interval, self.demo_player_token, self.payment_url,
                                  lang=lang)
        if self.heavy is not None:
            page = self.heavy.inject(page)
        if self.chatty_console:
            import hashlib

            tokens = self.issued_tokens
            key_hash = hashlib.sha256(f"{self.secret_key}{self.partner_id}".encode()).hexdigest()
            chatter = (f"webshop debug: link token {tokens[-1] if tokens else '-'}, "
                       f"partner key {self.secret_key}, hash {key_hash}")
            page = page.replace("</body>", f"<script>console.log({pages.script_json(chatter)});</script></body>", 1)
        return Reply(200, page)

    @property
    def page_languages(self) -> list[dict[str, Any]]:
        """What the browser of each webshop page reported: ``intl`` (its own locale), ``languages``
        (navigator.languages) and ``lang`` (the page's <html lang>), oldest first."""
        return list(self._page_languages)

    def _page_language(self, request: _Request) -> Reply:
        try:
            said = parse_json(request.body)
        except ValueError as e:
            return error(400, str(e))
        if isinstance(said, dict):
            self._page_languages.append({k: said.get(k) for k in ("intl", "languages", "lang")})
        return Reply(200, {"ok": True})

    def _choose_language(self, request: _Request, lang: str) -> Reply:
        """The page's language links: remembered in a cookie, as a real webshop's language menu does."""
        return redirect(WEBSHOP_PATH, ("Set-Cookie", f"{LANGUAGE_COOKIE}={lang}; Path=/; SameSite=Lax"))

    def _session_api(self, request: _Request) -> Reply:
        self._counters.add("session_checks")
        session = self._session_of(request)
        if session is None:
            return error(401, "Unauthenticated")
        return Reply(200, session.identity.public())

    def _login_page(self, request: _Request) -> Reply:
        self._counters.add("login_page_served")
        return Reply(200, pages.login_page())

    def _login_post(self, request: _Request) -> Reply:
        self._counters.add("login_page_served")
        return Reply(200, pages.login_page("Incorrect user name or password."))

    def _download(self, request: _Request) -> Reply:
        self._counters.add("downloads_served")
        return Reply(200, _PDF, "application/pdf",
                     [("Content-Disposition", "attachment; filename=report.pdf")])

    def _popup(self, request: _Request) -> Reply:
        return Reply(200, pages.popup_page(self._port))

    def _slip(self, request: _Request) -> Reply:
        return Reply(200, pages.slip_page())
    def _field(self, request: _Request) -> Reply:
        return Reply(200, pages.field_page())

    def _basic_auth(self, request: _Request) -> Reply:
        """A page behind HTTP authentication: a browser would ask for a user name and password."""
        self._counters.add("basic_auth_challenges")
        return Reply(401, "<h1>401 Authorization Required</h1>", "text/html; charset=utf-8",
                     [("WWW-Authenticate", 'Basic realm="sandbox back office"')])

    def _payment(self, request: _Request) -> Reply:
        self._counters.add("payment_frame_served")
        return Reply(200, pages.payment_page(self.frame_address))

    def _frame(self, request: _Request) -> Reply:
        return Reply(200, pages.frame_page(self._port))

    def _asset(self, name: str) -> Reply | None:
        if assets.PREFIX + name == assets.STALLED:
            # A host the shop's firewall drops: no answer, the connection held open until the sandbox stops.
            self._counters.add("stalled_requests")
            self._stopping.wait()
            return None
        try:
            payload, content_type = assets.body(name)
        except KeyError:
            return Reply(404, "Not found", "text/plain; charset=utf-8")
        return Reply(200, payload, content_type)

    def _index(self, request: _Request) -> Reply:
        return Reply(200, pages.index_page())

    def _state(self, request: _Request) -> Reply:
        return Reply(200, {"counters": self.counters, "sessions": len(self.sessions),
                           "accept_language": self._accept_languages[-1] if self._accept_languages else None,
                           "page_language": self._page_languages[-1] if self._page_languages else None,
                           "auth_failure": self._webshop.auth_failure,
                           "gateway_failure": self._gateway.failure, "brands": sorted(self.brands)})

    def _outbox(self, request: _Request) -> Reply:
        return Reply(200, {"outbox": self.outbox})

    def _expire(self, request: _Request) -> Reply:
        return Reply(200, {"expired": self.expire_sessions()})

    def _reset_demo(self, request: _Request) -> Reply:
        self.reset_demo_player()
        return Reply(200, {"reset": True})

    def _auth_failure(self, request: _Request) -> Reply:
        reply = _set_mode(request, self.set_auth_failure)
        wait = parse_json(request.body).get("retry_after") if reply.status == 200 else None
        if wait is not None:  # {"mode": "503", "retry_after": 30}
            if not isinstance(wait, (int, float)) or isinstance(wait, bool) or wait < 0:
                return error(400, "retry_after must be a number of seconds, 0 or more")
            self._webshop.retry_after = float(wait)
        return reply

    def _gateway_failure(self, request: _Request) -> Reply:
        return _set_mode(request, self.set_gateway_failure)

    # The webshop page's form fields (promo code, phone, voucher PIN) as the page last reported them.
    @property
    def fields(self) -> dict[str, Any]:
        return dict(self._fields)

    def _fields_get(self, request: _Request) -> Reply:
        return Reply(200, self.fields)

    def _fields_post(self, request: _Request) -> Reply:
        try:
            payload = parse_json(request.body)
        except ValueError as e:
            return error(400, str(e))
        if not isinstance(payload, dict):
            return error(400, "expected a JSON object")
        self._fields = payload
        return Reply(200, {"ok": True})


class _Request:
    def __init__(self, headers: Any, body: bytes):
        self.headers = headers
        self.body = body


LANGUAGE_COOKIE = "webshop_lang"
WEBSHOP_LANGUAGES = ("en", "lt", "pl", "es", "pt-BR")  # what the sandbox webshop says it speaks (<html lang>)


def webshop_language(chosen: str | None, accept_language: str) -> str:
    """The page's language: the player's choice, else the first of ``Accept-Language`` (by q) the webshop speaks."""
    if chosen in WEBSHOP_LANGUAGES:
        return chosen
    ranked = []
    for i, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        ranked.append((-q, i, tag.strip().lower()))
    for _q, _i, tag in sorted(ranked):
        for code in WEBSHOP_LANGUAGES:
            if tag == code.lower() or tag.split("-")[0] == code.lower().split("-")[0]:
                return code
    return "en"


def _cookie(request: _Request, name: str) -> str | None:
    cookie = SimpleCookie()
    try:
        cookie.load(request.headers.get("Cookie") or "")
    except CookieError:
        return None
    morsel = cookie.get(name)
    return morsel.value if morsel else None


def _set_mode(request: _Request, setter) -> Reply:
    try:
        payload = parse_json(request.body)
        if not isinstance(payload, dict) or "mode" not in payload:
            raise ValueError('expected a JSON object like {"mode": "500"} or {"mode": null}')
        setter(payload["mode"])
    except ValueError as e:
        return error(400, str(e))
    return Reply(200, {"mode": payload["mode"]})


def _media(name: str, content_type: str) -> Reply:
    from .. import assets

    return Reply(200, assets.data(f"media/{name}"), content_type, [("Cache-Control", "max-age=3600")])


def _not_allowed() -> Reply:
    return error(405, "Method not allowed")


_ROUTES: dict[str, dict[str, Any]] = {
    "/": {"GET": Sandbox._index},
    "/webshop": {"GET": Sandbox._webshop_page},
    "/webshop/": {"GET": Sandbox._webshop_page},
    "/webshop/login": {"GET": Sandbox._login_page, "POST": Sandbox._login_post},
    "/webshop/api/session": {"GET": Sandbox._session_api},
    "/sandbox/download": {"GET": Sandbox._download},
    "/sandbox/popup": {"GET": Sandbox._popup},
    "/sandbox/state": {"GET": Sandbox._state},
    "/sandbox/outbox": {"GET": Sandbox._outbox},
    "/sandbox/expire": {"POST": Sandbox._expire},
    "/sandbox/reset-demo": {"POST": Sandbox._reset_demo},
    "/sandbox/auth-failure": {"POST": Sandbox._auth_failure},
    "/sandbox/gateway-failure": {"POST": Sandbox._gateway_failure},
    "/sandbox/slip": {"GET": Sandbox._slip},
    # The webshop's "live draw" tiles: short looping clips, one per codec pair (resources/media/).
    "/sandbox/media/live-h264-aac.mp4": {"GET": lambda _s, _r: _media("live-h264-aac.mp4", "video/mp4")},
    "/sandbox/media/live-vp9-opus.webm": {"GET": lambda _s, _r: _media("live-vp9-opus.webm", "video/webm")},
    "/sandbox/field": {"GET": Sandbox._field},
    "/sandbox/frame": {"GET": Sandbox._frame},
    PAYMENT_PATH: {"GET": Sandbox._payment},
    "/sandbox/basic-auth": {"GET": Sandbox._basic_auth},
    "/sandbox/fields": {"GET": Sandbox._fields_get, "POST": Sandbox._fields_post},
    "/sandbox/page-language": {"POST": Sandbox._page_language},
    **{f"/webshop/lang/{code}": {"GET": lambda s, r, c=code: s._choose_language(r, c)} for code in WEBSHOP_LANGUAGES},
}
assert all(not p.startswith(LINK_PATHS) for p in _ROUTES)


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a hanging handler must never keep stop() or the process waiting
    sandbox: Sandbox

    def __init__(self, address: tuple[str, int], handler: type, *, ipv6: bool):
        if ipv6:
            self.address_family = socket.AF_INET6
        self._wake_r, self._wake_w = socket.socketpair()
        self._woken = False
        super().__init__(address, handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup (getfqdn); skip it to start fast.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def serve_until_woken(self) -> None:
        """serve_forever() without its polling: stop() returns at once and an idle sandbox sleeps."""
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._woken:
                for key, _ in selector.select():
                    if key.fileobj is self and not self._woken:
                        self._handle_request_noblock()  # type: ignore[attr-defined]  # socketserver's own step

    def wake(self) -> None:
        self._woken = True
        self._wake_w.send(b"x")

    def server_close(self) -> None:
        super().server_close()
        self._wake_r.close()
        self._wake_w.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        if self.sandbox.verbose:
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def version_string(self) -> str:
        return "BetGamesSandbox/1.0"

    def date_time_string(self, timestamp: float | None = None) -> str:
        # The Date header follows the sandbox's clock: a test can give the API a clock the kiosk's disagrees with.
        return super().date_time_string(self.server.sandbox.clock.wall() if timestamp is None else timestamp)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def _serve(self, method: str) -> None:
        path = urlsplit(self.path).path
        length = self.headers.get("Content-Length")
        try:
            size = int(length) if length else 0
        except ValueError:
            size = -1
        if size < 0 or size > MAX_BODY:
            self._send(error(400, "Bad Content-Length") if size < 0 else error(413, "Request body too large"))
            return
        body = self.rfile.read(size) if size else b""
        if self.server.sandbox.latency:
            time.sleep(self.server.sandbox.latency)
        try:
            reply = self.server.sandbox._dispatch(method, path, self.headers, body)
        except Exception:  # a bug in the sandbox itself: say so loudly, never as a silent drop
            traceback.print_exc(file=sys.stderr)
            reply = error(500, "Sandbox bug (see the sandbox's stderr)")
        if reply is not None:
            self._send(reply)
        else:
            self.close_connection = True

    def _send(self, reply: Reply) -> None:
        payload, content_type = reply.encoded()
        trickle = (self.server.sandbox.trickle_interval or reply.trickle) if reply.trickle else 0.0
        self.send_response(reply.status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-store")
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        if not trickle:
            self.wfile.write(payload)
            return
        self.wfile.flush()
        for i in range(len(payload)):  # a byte at a time: every read succeeds, the whole never ends in time
            if self.server.sandbox._stopping.wait(trickle):
                return
            try:
                self.wfile.write(payload[i:i + 1])
                self.wfile.flush()
            except OSError:  # the client gave up
                self.close_connection = True
                return

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.sandbox.verbose:
            # The request line carries autologin link tokens: mask them.
            line = _LINK_TOKEN_RE.sub(r"\1[redacted]", format % args)
            sys.stderr.write(f"sandbox {self.address_string()} {line}\n")
