"""The casino's player-data gateway (seed 004): mobile data and verification by SMS code."""

from __future__ import annotations

import hmac
import math
import re
import secrets
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.clock import Clock

from .common import Counters, Reply, parse_json

GATEWAY_PREFIX = "/gateway/player-data/"
GATEWAY_FAILURE_MODES: tuple[str | None, ...] = (None, "500", "garbage")
# A refusal whose description is markup and long: the panel must show it as written, and cut.
GATEWAY_FAILURE_MODES += ("rich_422",)
RICH_DESCRIPTION = ("<h1>Refused</h1><img src='http://127.0.0.2/x.png'> " + "Your request cannot be processed now. " * 40)
DEMO_BRAND_ID = 1009
FIRST_PLAYER_ID = 32574  # the seed's example player
MOBILE_RE = re.compile(r"\d{1,4}-\d{5,14}")
_VERSION_RE = re.compile(r"v\d+")

INVALID_BRAND = Reply(400, {"errMsg": "invalid input - invalid brand id"})
INVALID_TOKEN = Reply(401, {"errMsg": "invalid input - invalid token"})
INVALID_BODY = Reply(400, {"errMsg": "invalid input - invalid request body"})
INTERNAL_ERROR = Reply(500, {"result": "internal server error"})
NOT_FOUND = Reply(404, {"errMsg": "not found"})

NO_TOKEN = "Auth token does not exist"
ALREADY_VERIFIED = "Auth Token is already verified"
LIMIT_EXCEEDED = "Authentication attempts limit exceeded"
INVALID_CODE = "Invalid code"
INVALID_NUMBER = "Invalid mobile number"


@dataclass
class Player:
    brand_id: int
    player_id: int
    is_2fa_required: bool
    number: str
    verified_numbers: set[str]
    status_comment: str = ""

    @property
    def verification_status(self) -> int:
        return 1 if self.number in self.verified_numbers else 0

    def mobile_data(self) -> dict[str, Any]:
        verified = self.verification_status
        return {"brand_id": self.brand_id, "player_id": self.player_id,
                "is_2fa_required": self.is_2fa_required,
                "mobile": {"number": self.number, "verification_status": verified,
                           "status": "Active" if verified else "Pending",
                           "status_comment": self.status_comment}}


@dataclass
class _TwoFactor:
    token: str
    player: Player
    number: str
    sends: int = 0
    last_sent_at: float | None = None
    code: str | None = None
    code_sent_at: float | None = None
    wrong_attempts: int = 0
    verified: bool = False


def failed(description: str, token: str | None = None, status: str = "Failed", **extra: Any) -> Reply:
    data: dict[str, Any] = {"description": description}
    if token is not None:
        data["2fa_auth_token"] = token
    data.update(extra)
    return Reply(422, {"status": status, "data": data})


class Gateway:
    def __init__(self, *, clock: Clock, counters: Counters, resend_cooldown: float = 60,
                 max_sends: int = 5, max_attempts: int = 5, code_ttl: float = 300):
        self._clock = clock
        self._counters = counters
        self.resend_cooldown = resend_cooldown
        self.max_sends = max_sends
        self.max_attempts = max_attempts
        self.code_ttl = code_ttl
        self.failure: str | None = None
        self._lock = threading.Lock()
        self._brands: set[int] = {DEMO_BRAND_ID}
        self._next_player_id = FIRST_PLAYER_ID
        self._sessions: dict[str, Player] = {}
        self._two_fa: dict[str, _TwoFactor] = {}
        self._outbox: list[dict[str, Any]] = []

    # -- the Python side, for tests and the demo ---------------------------

    @property
    def brands(self) -> set[int]:
        with self._lock:
            return set(self._brands)

    def add_player(self, brand_id: int = DEMO_BRAND_ID, player_id: int | None = None,
                   number: str = "44-123456789", verified: bool = False,
                   is_2fa_required: bool = True) -> str:
        """A new player (on a brand that becomes known if it wasn't) and its session token."""
        with self._lock:
            if player_id is None:
                player_id = self._next_player_id
            self._next_player_id = max(self._next_player_id, player_id) + 1
            self._brands.add(brand_id)
            player = Player(brand_id, player_id, is_2fa_required, number, {number} if verified else set())
            token = str(uuid.uuid4())
            self._sessions[token] = player
            return token

    def reset_player(self, token: str, number: str = "44-123456789") -> None:
        """Back to an unverified number, with no 2FA tokens: lets a demo run again."""
        with self._lock:
            player = self._sessions[token]
            player.number, player.verified_numbers, player.status_comment = number, set(), ""
            for key in [k for k, t in self._two_fa.items() if t.player is player]:
                del self._two_fa[key]

    def player_data(self, token: str) -> dict[str, Any]:
        with self._lock:
            return self._sessions[token].mobile_data()

    def set_failure(self, mode: str | None) -> None:
        if mode not in GATEWAY_FAILURE_MODES:
            raise ValueError(f"unknown gateway failure mode {mode!r}; one of {GATEWAY_FAILURE_MODES}")
        self.failure = mode

    @property
    def outbox(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(m) for m in self._outbox]

    def last_code(self, mobile_number: str | None = None) -> str | None:
        with self._lock:
            for message in reversed(self._outbox):
                if mobile_number is None or message["mobile_number"] == mobile_number:
                    return message["code"]
        return None

    # -- HTTP ----------------------------------------------------------------

    def handle(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Reply:
        """Any request whose path starts with /gateway/player-data/."""
        self._counters.add("gateway_requests")
        parts = path[len(GATEWAY_PREFIX):].strip("/").split("/")
        if not _VERSION_RE.fullmatch(parts[0]):
            return NOT_FOUND
        route, brand = _route(method, parts[1:])
        if route is None:
            return brand  # a 404/405 reply
        failure = self._failure_reply()
        if failure is not None:
            return failure
        with self._lock:
            if not (isinstance(brand, str) and brand.isascii() and brand.isdigit() and int(brand) in self._brands):
                return INVALID_BRAND
            player = self._sessions.get(headers.get("x-auth-token") or "")
            if player is None or player.brand_id != int(brand):
                return INVALID_TOKEN
            if route == "data":
                return Reply(200, {"status": "Success", "data": player.mobile_data()})
            try:
                payload = parse_json(body)
            except ValueError:
                return INVALID_BODY
            if not isinstance(payload, dict):
                return INVALID_BODY
            two_fa = headers.get("2fa-auth-token")
            if route == "update":
                return self._update(player, payload)
            if route == "send":
                return self._send_code(player, two_fa, payload)
            return self._validate(player, two_fa, payload)

    def _failure_reply(self) -> Reply | None:
        """The answer of a failure a test or technician switched on (``POST /sandbox/gateway-failure``), if any."""
        if self.failure == "500":
            return INTERNAL_ERROR
        if self.failure == "garbage":
            return Reply(200, b"<html>upstream proxy error</html>", "application/json")
        if self.failure == "rich_422":
            return Reply(422, {"status": "Unprocessable", "data": {"description": RICH_DESCRIPTION}})
        return None

    def _update(self, player: Player, payload: dict[str, Any]) -> Reply:
        if "brand_id" in payload and payload["brand_id"] != player.brand_id:
            return INVALID_BRAND
        if "player_id" in payload and payload["player_id"] != player.player_id:
            return failed("Invalid player data")
        mobile = payload.get("mobile")
        number = mobile.get("number") if isinstance(mobile, dict) else None
        if not (isinstance(number, str) and MOBILE_RE.fullmatch(number)):
            return failed(INVALID_NUMBER)
        # is_2fa_required in the body is ignored: a client must not be able to switch 2FA off.
        if player.is_2fa_required and number not in player.verified_numbers:
            token = str(uuid.uuid4())
            self._two_fa[token] = _TwoFactor(token, player, number)
            return Reply(403, {"status": "Error", "data": {"data": token},
                               "message": "Mobile verification required",
                               "userFriendlyMessage": "Mobile verification required"})
        player.number = number
        if isinstance(mobile, dict) and isinstance(mobile.get("status_comment"), str):
            player.status_comment = mobile["status_comment"]
        return Reply(200, {"status": "Success", "data": None})

    def _send_code(self, player: Player, token: str | None, payload: dict[str, Any]) -> Reply:
        tfa = self._two_fa.get(token or "")
        if tfa is None or tfa.player is not player:
            return failed(NO_TOKEN)
        if tfa.verified:
            return failed(ALREADY_VERIFIED, tfa.token)
        if tfa.sends >= self.max_sends or tfa.wrong_attempts >= self.max_attempts:
            return failed(LIMIT_EXCEEDED, tfa.token)
        number = payload.get("mobile_number")
        if not (isinstance(number, str) and MOBILE_RE.fullmatch(number)) or number != tfa.number:
            return failed(INVALID_NUMBER, tfa.token)
        now = self._clock.monotonic()
        if tfa.last_sent_at is not None and now - tfa.last_sent_at < self.resend_cooldown:
            wait = max(1, math.ceil(self.resend_cooldown - (now - tfa.last_sent_at)))
            return failed(f"Please wait before sending again in {wait} seconds", tfa.token, remaining_time=wait)
        tfa.sends += 1
        tfa.last_sent_at = tfa.code_sent_at = now
        tfa.code = f"{secrets.randbelow(1_000_000):06d}"
        self._outbox.append({"brand_id": player.brand_id, "player_id": player.player_id,
                             "mobile_number": number, "code": tfa.code, "sent_at": now})
        self._counters.add("codes_sent")
        return Reply(200, {"status": "Success", "data": {"description": "Success", "2fa_auth_token": tfa.token}})

    def _validate(self, player: Player, token: str | None, payload: dict[str, Any]) -> Reply:
        tfa = self._two_fa.get(token or "")
        if tfa is None or tfa.player is not player:
            return failed(NO_TOKEN, status="Error")
        if tfa.verified:
            return failed(ALREADY_VERIFIED, tfa.token, status="Error")
        if tfa.wrong_attempts >= self.max_attempts:
            return failed(LIMIT_EXCEEDED, tfa.token, status="Error")
        if (tfa.code is not None and tfa.code_sent_at is not None
                and self._clock.monotonic() - tfa.code_sent_at >= self.code_ttl):
            del self._two_fa[tfa.token]
            return failed(NO_TOKEN, status="Error")
        code = payload.get("sms_code")
        if tfa.code is None or not isinstance(code, str) or not hmac.compare_digest(code.encode(), tfa.code.encode()):
            tfa.wrong_attempts += 1
            reason = LIMIT_EXCEEDED if tfa.wrong_attempts >= self.max_attempts else INVALID_CODE
            return failed(reason, tfa.token, status="Error")
        tfa.verified = True
        player.number = tfa.number
        player.verified_numbers.add(tfa.number)
        auth_token = str(uuid.uuid4())
        self._sessions[auth_token] = player  # the login the seed says a successful validation performs
        return Reply(200, {"status": "Success", "data": {
            "description": "Valid", "2fa_auth_token": tfa.token,
            "updated_fields": {"mobile_number": tfa.number, "verification_status": "1"},
            "result": "OK", "token": auth_token, "auth_token": auth_token, "status": 200}})


def _route(method: str, rest: list[str]) -> tuple[str | None, Any]:
    """(route, brand segment) for a path after the version, or (None, error reply)."""
    if len(rest) == 1 and rest[0] not in ("", "send", "validate"):
        return ("data", rest[0]) if method == "GET" else (None, _not_allowed())
    if len(rest) in (2, 3) and rest[1] == "code" and rest[0] in ("send", "validate"):
        brand = rest[2] if len(rest) == 3 else None  # no brand at all is an invalid brand
        allowed = {"send": {"PUT": "update", "POST": "send"}, "validate": {"PUT": "validate"}}[rest[0]]
        return (allowed[method], brand) if method in allowed else (None, _not_allowed())
    if rest in ([], [""]):
        return ("data", None) if method == "GET" else (None, _not_allowed())
    return None, NOT_FOUND


def _not_allowed() -> Reply:
    return Reply(405, {"errMsg": "method not allowed"})
