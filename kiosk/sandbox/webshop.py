"""The BetGames webshop (seed 000): the autologin API, one-time links and login sessions."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from typing import Any

from kiosk import assets
from kiosk.clock import Clock

from .common import Counters, Reply, parse_json, redirect

AUTH_FAILURE_MODES: tuple[str | None, ...] = (None, "500", "html", "garbage", "missing_fields", "foreign_url", "hang",
                      "503", "503_date", "429", "trickle", "oversized")
OVERSIZED_BYTES = 256 * 1024  # "oversized": a valid answer padded past any sane cap
# A rejection whose message is markup and long, as a misconfigured gateway in front of the API sends.
AUTH_FAILURE_MODES += ("rich_error",)
RICH_ERROR = ('<b>Account blocked</b> <img src="http://127.0.0.2/x.png"> <a href="http://127.0.0.2/">details</a> '
              + "Please contact support. " * 80)
LINK_PATHS = ("/webshop/integrations/auth/login/", "/webshop/integrations/login/")
SESSION_COOKIE = "webshop_session"
LOGIN_PATH = "/webshop/login"
WEBSHOP_PATH = "/webshop/"

# First ids the seed's success example shows; new entities count up from there.
FIRST_SHOP_ID, FIRST_POS_ID, FIRST_USER_ID = 6202, 6228, 6280
NAME_FIELDS = ("shop_name", "pos_name", "user_name")


@dataclass(frozen=True)
class Identity:
    shop_id: int
    pos_id: int
    user_id: int
    shop_name: str
    pos_name: str
    user_name: str

    def public(self) -> dict[str, Any]:
        return {"user_id": self.user_id, "shop_id": self.shop_id, "pos_id": self.pos_id,
                "user_name": self.user_name, "shop_name": self.shop_name, "pos_name": self.pos_name}


@dataclass
class _Link:
    identity: Identity
    issued_at: float
    used: bool = False


@dataclass
class Session:
    identity: Identity
    created_at: float


def error(code: int, message: str) -> Reply:
    return Reply(code, {"error": {"code": code, "message": message}})


class Webshop:
    def __init__(self, *, partner_id: int, secret_key: str, clock: Clock, counters: Counters,
                 session_lifetime: float | None, link_ttl: float, new_token=lambda: secrets.token_hex(32)):
        self.partner_id = partner_id
        self._new_token = new_token
        self._expected_hash = hashlib.sha256(f"{secret_key}{partner_id}".encode()).hexdigest()
        self._clock = clock
        self._counters = counters
        self.session_lifetime = session_lifetime
        self.link_ttl = link_ttl
        self.auth_failure: str | None = None
        self.retry_after = 5.0  # seconds the "503", "503_date" and "429" modes ask for
        self._lock = threading.Lock()
        self._shops: dict[str, int] = {}
        self._poses: dict[tuple[int, str], int] = {}
        self._users: dict[tuple[int, str], int] = {}
        self._identities: dict[int, Identity] = {}
        self._links: dict[str, _Link] = {}
        self._sessions: dict[str, Session] = {}

    # -- the autologin API -------------------------------------------------

    def set_auth_failure(self, mode: str | None) -> None:
        if mode not in AUTH_FAILURE_MODES:
            raise ValueError(f"unknown auth failure mode {mode!r}; one of {AUTH_FAILURE_MODES}")
        self.auth_failure = mode

    def authenticate(self, content_type: str | None, body: bytes, base_url: str,
                     failure: str | None) -> Reply:
        """POST /s/api/v2/webshop/auth. ``failure`` is the failure mode in force for this request."""
        if failure in ("500", "html", "garbage"):
            return _broken_reply(failure)
        if failure in ("503", "503_date", "429"):
            return self._busy_reply(failure)
        problem, request = self._parse_auth(content_type, body)
        if problem is None and failure == "rich_error":
            problem = error(400, RICH_ERROR)
        if problem is not None:
            self._counters.add("auth_rejected")
            return problem
        identity = self._identity_for(request["shop_name"], request["pos_name"], request["user_name"])
        data: dict[str, Any] = {"url": "", "shop_id": identity.shop_id,
                                "pos_id": identity.pos_id, "user_id": identity.user_id}
        if failure == "missing_fields":
            del data["url"]
            return Reply(200, {"data": data})
        if failure == "foreign_url":
            data["url"] = f"https://evil.example{LINK_PATHS[0]}{identity.user_id}/{secrets.token_hex(32)}"
            return Reply(200, {"data": data})
        data["url"] = f"{base_url}{LINK_PATHS[0]}{identity.user_id}/{self._issue_link(identity)}"
        self._counters.add("auth_ok")
        if failure == "oversized":
            return Reply(200, {"data": data, "padding": "x" * OVERSIZED_BYTES})
        if failure == "trickle":
            return Reply(200, {"data": data}, trickle=1.0)
        return Reply(200, {"data": data})

    def _busy_reply(self, mode: str) -> Reply:
        """Overloaded or in maintenance: 503/429 with Retry-After in seconds, or as an HTTP date."""
        from email.utils import formatdate

        wait = self.retry_after
        value = formatdate(self._clock.wall() + wait, usegmt=True) if mode == "503_date" else str(round(wait))
        status = 429 if mode == "429" else 503
        reply = error(status, "Too many requests" if status == 429 else "Service unavailable")
        reply.headers.append(("Retry-After", value))
        return reply

    def _parse_auth(self, content_type: str | None, body: bytes) -> tuple[Reply | None, dict[str, Any]]:
        media_type = (content_type or "").split(";")[0].strip().lower()
        if media_type != "application/json":
            return error(400, "Bad json format: Content-Type must be application/json"), {}
        try:
            request = parse_json(body)
        except ValueError:
            return error(400, "Bad json format"), {}
        if not isinstance(request, dict):
            return error(400, "Bad json format: the body must be a JSON object"), {}
        for name in ("hash", "id", *NAME_FIELDS):
            if name not in request:
                return error(400, f"Missing required field: {name}"), {}
        if not isinstance(request["hash"], str):
            return error(400, "Field hash must be a string"), {}
        if not isinstance(request["id"], int) or isinstance(request["id"], bool):
            return error(400, "Field id must be an integer"), {}
        for name in NAME_FIELDS:
            if not isinstance(request[name], str) or not request[name].strip():
                return error(400, f"Field {name} must be a non-empty string"), {}
        if request["id"] != self.partner_id:
            return error(400, "Incorrect partner_id"), {}
        if not hmac.compare_digest(request["hash"].encode(), self._expected_hash.encode()):
            return error(400, "Incorrect hash"), {}
        return None, request

    def _identity_for(self, shop_name: str, pos_name: str, user_name: str) -> Identity:
        """Betshop, PoS and user are created on first sight and keep their ids after that."""
        with self._lock:
            shop_id = self._shops.setdefault(shop_name, FIRST_SHOP_ID + len(self._shops))
            pos_id = self._poses.setdefault((shop_id, pos_name), FIRST_POS_ID + len(self._poses))
            user_id = self._users.setdefault((pos_id, user_name), FIRST_USER_ID + len(self._users))
            return self._identities.setdefault(
                user_id, Identity(shop_id, pos_id, user_id, shop_name, pos_name, user_name))

    def _issue_link(self, identity: Identity) -> str:
        token = self._new_token()
        with self._lock:
            self._links[token] = _Link(identity, self._clock.monotonic())
        self._counters.add("links_issued")
        return token

    # -- the autologin link and the session --------------------------------

    def redeem(self, user_id: str, token: str) -> Reply:
        """GET /webshop/integrations/[auth/]login/:id/:token: a session and the webshop, or the login page."""
        now = self._clock.monotonic()
        with self._lock:
            link = self._links.get(token)
            ok = (link is not None and not link.used and user_id.isascii() and user_id.isdigit()
                  and int(user_id) == link.identity.user_id and now - link.issued_at < self.link_ttl)
            if not ok or link is None:
                self._counters.add("links_refused")
                return redirect(LOGIN_PATH)
            link.used = True
            session_id = secrets.token_urlsafe(32)
            self._sessions[session_id] = Session(link.identity, now)
        self._counters.add("links_redeemed")
        cookie = f"{SESSION_COOKIE}={session_id}; Path=/; HttpOnly; SameSite=Lax"
        return redirect(WEBSHOP_PATH, ("Set-Cookie", cookie))

    def session(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        with self._lock:
            session = self._sessions.get(session_id)
            if session is not None and not self._alive(session):
                del self._sessions[session_id]
                return None
            return session

    def _alive(self, session: Session) -> bool:
        return (self.session_lifetime is None
                or self._clock.monotonic() - session.created_at < self.session_lifetime)

    def issued_tokens(self) -> list[str]:
        with self._lock:
            return list(self._links)

    def expire_all(self) -> int:
        with self._lock:
            n = len(self._sessions)
            self._sessions.clear()
            return n

    def sessions_info(self) -> list[dict[str, Any]]:
        now = self._clock.monotonic()
        with self._lock:
            live = [s for s in self._sessions.values() if self._alive(s)]
        return [{**s.identity.public(), "age": now - s.created_at} for s in live]


def _broken_reply(mode: str) -> Reply:
    if mode == "500":
        return error(500, "Internal server error")
    if mode == "html":
        return Reply(200, assets.text("sandbox/maintenance.html"), "text/html; charset=utf-8")
    # Labelled JSON but isn't: a client must parse defensively, not trust the header.
    return Reply(200, b"\x00garbage{{ not json at all", "application/json")
