"""Small pieces both fake upstreams share: a reply value and thread-safe counters."""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass, field
from typing import Any

COUNTER_NAMES = (
    "auth_requests", "auth_ok", "auth_rejected",
    "links_issued", "links_redeemed", "links_refused",
    "login_page_served", "webshop_page_served", "session_checks",
    "gateway_requests", "codes_sent", "downloads_served", "stalled_requests",
    "payment_frame_served", "basic_auth_challenges",
)


@dataclass
class Reply:
    """What the HTTP layer sends: a dict/list becomes JSON, str/bytes go out as given."""

    status: int
    body: Any = None
    content_type: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    trickle: float = 0.0  # > 0: the body goes out one byte every this many seconds (a sick proxy, a captive portal)

    def encoded(self) -> tuple[bytes, str]:
        if isinstance(self.body, bytes):
            return self.body, self.content_type or "application/octet-stream"
        if isinstance(self.body, str):
            return self.body.encode("utf-8"), self.content_type or "text/html; charset=utf-8"
        if self.body is None and self.status in (204, 302, 303):
            return b"", self.content_type or "text/plain; charset=utf-8"
        return json.dumps(self.body).encode("utf-8"), self.content_type or "application/json"


def redirect(location: str, *headers: tuple[str, str]) -> Reply:
    return Reply(302, None, headers=[("Location", location), *headers])


def parse_json(body: bytes) -> Any:
    """The decoded JSON value, or raise ValueError."""
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(str(e)) from None


class Counters:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values = dict.fromkeys(COUNTER_NAMES, 0)

    def add(self, name: str, n: int = 1) -> None:
        with self._lock:
            self._values[name] += n

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._values)


def free_port() -> int:
    """A loopback TCP port nobody listens on right now (for a sandbox or a health endpoint)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
