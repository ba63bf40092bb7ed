"""The broker's wire format: length-prefixed JSON, every message capped and timed (Qt-free).

A message is a 4-byte big-endian length, then that many bytes of UTF-8 JSON holding one object.
A message is at most :data:`MAX_MESSAGE` bytes; a peer that does not deliver a whole message
within its time is dropped (a silent or trickling peer cannot hold a broker thread). One request
and one answer per connection. See docs/it/broker.md for the requests and answers.

Requests carry no identity: a "link" or "test" request with any field beyond ``v`` and ``op`` is
refused, and one naming an identity field (a shop, a partner id, a secret, a hash) is refused
as such, so a compromised kiosk cannot ask for another shop's link.
"""

from __future__ import annotations

import enum
import json
import re
import socket
import struct
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

VERSION = 1
MAX_MESSAGE = 16 * 1024   # an identity with long names is under 2 KiB; a link answer under 1 KiB
HEADER = struct.Struct(">I")
REQUEST_TIMEOUT = 5.0     # the broker waits this long for a connected peer's request
ANSWER_TIMEOUT = 35.0     # the kiosk waits this long for an answer (the upstream's own deadline is 20 s)

# Fields that would name an identity: a request carrying any of them is refused outright.
IDENTITY_FIELDS = frozenset({"partner_id", "id", "secret_key", "secret", "hash", "shop_name", "pos_name",
                             "user_name", "auth_url", "allowed_hosts", "proxy", "identity", "technician_pin"})
_CHALLENGE_RE = re.compile(r"^[0-9a-f]{16,128}$")
_PIN_RE = re.compile(r"^\d{1,12}$")


class BrokerUnreachable(Exception):
    """Nothing answers at the broker's address (socket or pipe). ``str()`` is a sentence for a technician."""


class ProtocolError(Exception):
    """The peer did not speak the protocol. ``str()`` is a sentence (never a value it sent)."""


class PeerSilent(ProtocolError):
    """The peer sent nothing (or not all of a message) within the time allowed."""


class PeerClosed(ProtocolError):
    """The peer closed the connection before a whole message arrived."""


class MessageTooLarge(ProtocolError):
    """A message longer than the cap was announced or offered."""


class Malformed(ProtocolError):
    """Not UTF-8 JSON holding one object."""


class Stream(Protocol):
    """A connected byte stream: a Unix socket, a named pipe, or one end of a socketpair."""

    def read_some(self, size: int, timeout: float) -> bytes:
        """Up to ``size`` bytes; ``b""`` at the end of the stream; raises TimeoutError after ``timeout`` s."""
        ...

    def write_all(self, data: bytes, timeout: float) -> None: ...

    def close(self) -> None: ...


class SocketStream:
    """:class:`Stream` over a connected socket."""

    def __init__(self, sock: socket.socket):
        self.sock = sock

    def read_some(self, size: int, timeout: float) -> bytes:
        self.sock.settimeout(max(timeout, 0.001))
        try:
            return self.sock.recv(size)
        except TimeoutError:
            raise
        except ConnectionResetError:
            return b""

    def write_all(self, data: bytes, timeout: float) -> None:
        self.sock.settimeout(max(timeout, 0.001))
        self.sock.sendall(data)

    def close(self) -> None:
        self.sock.close()


def encode(message: Mapping[str, Any], *, limit: int = MAX_MESSAGE) -> bytes:
    payload = json.dumps(message, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    if len(payload) > limit:
        raise MessageTooLarge(f"the message is {len(payload)} bytes, over the {limit} byte limit")
    return HEADER.pack(len(payload)) + payload


def decode(payload: bytes) -> dict[str, Any]:
    try:
        value = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Malformed("the message is not UTF-8 JSON") from None
    if not isinstance(value, dict):
        raise Malformed("the message is not a JSON object")
    return value


def send(stream: Stream, message: Mapping[str, Any], *, timeout: float, limit: int = MAX_MESSAGE) -> None:
    try:
        stream.write_all(encode(message, limit=limit), timeout)
    except TimeoutError:
        raise PeerSilent("the peer did not take the message in time") from None
    except OSError as e:
        raise PeerClosed(f"the connection broke while sending ({e.__class__.__name__})") from None


def receive(stream: Stream, *, timeout: float, limit: int = MAX_MESSAGE) -> dict[str, Any]:
    """One whole message within ``timeout`` seconds (for all of it, not per read), at most ``limit`` bytes."""
    deadline = time.monotonic() + timeout
    header = _read_exactly(stream, HEADER.size, deadline, what="the message length")
    (size,) = HEADER.unpack(header)
    if size > limit:
        raise MessageTooLarge(f"the peer announced a {size} byte message, over the {limit} byte limit")
    return decode(_read_exactly(stream, size, deadline, what="the message"))


def _read_exactly(stream: Stream, size: int, deadline: float, *, what: str) -> bytes:
    chunks: list[bytes] = []
    got = 0
    while got < size:
        left = deadline - time.monotonic()
        if left <= 0:
            raise PeerSilent(f"the peer did not send {what} in time")
        try:
            chunk = stream.read_some(min(size - got, 65536), left)
        except TimeoutError:
            raise PeerSilent(f"the peer did not send {what} in time") from None
        except OSError as e:
            raise PeerClosed(f"the connection broke while reading {what} ({e.__class__.__name__})") from None
        if not chunk:
            raise PeerClosed(f"the peer closed the connection before {what} arrived" if got or what != "the message length"
                             else "the peer closed the connection without a message")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


# ---- requests -------------------------------------------------------------------------------------

class Op(str, enum.Enum):
    LINK = "link"                  # a fresh autologin link for this terminal
    TEST = "test"                  # test the connection (the setup screen, the doctor): no link comes back
    STATUS = "status"              # the identity in words (never the secret), and a proof it holds one
    SET_IDENTITY = "set_identity"  # a technician hands the identity over (root, or the PIN)


_ALLOWED: dict[Op, frozenset[str]] = {
    Op.LINK: frozenset({"v", "op"}),
    Op.TEST: frozenset({"v", "op"}),
    Op.STATUS: frozenset({"v", "op", "challenge"}),
    Op.SET_IDENTITY: frozenset({"v", "op", "identity", "pin"}),
}


class Kind(str, enum.Enum):
    """What went wrong, as the kiosk's session and the technician tools tell it apart."""

    REJECTED = "rejected"          # the webshop said no: the identity is wrong (not transient)
    REFUSED = "refused"            # the link goes where the kiosk may not (not transient)
    UNAVAILABLE = "unavailable"    # DNS, connect, TLS, 5xx, not the documented JSON
    TOO_SLOW = "too_slow"          # the whole answer did not come within the deadline
    TOO_LARGE = "too_large"        # an answer far larger than the documented one
    THROTTLED = "throttled"        # Retry-After: the upstream's, or the broker's own manners
    NO_IDENTITY = "no_identity"    # the broker holds no identity yet (not transient)
    BAD_REQUEST = "bad_request"    # not a request of this protocol
    CARRIES_IDENTITY = "carries_identity"  # a link/test request named an identity: refused
    NOT_ALLOWED = "not_allowed"    # set_identity without the right to
    WRONG_PIN = "wrong_pin"
    INVALID = "invalid"            # a handed-over identity that does not pass the checks
    BROKER = "broker"              # the broker itself failed (storage, a bug): transient


class BadRequest(Exception):
    def __init__(self, kind: Kind, sentence: str):
        super().__init__(sentence)
        self.kind = kind


@dataclass(frozen=True)
class Request:
    op: Op
    challenge: str | None = None
    identity: Mapping[str, Any] | None = None
    pin: str | None = None


def parse_request(message: Mapping[str, Any]) -> Request:
    """The request in ``message``, or :class:`BadRequest` saying why not (naming fields, never values)."""
    if message.get("v") != VERSION:
        raise BadRequest(Kind.BAD_REQUEST, f"the broker speaks protocol version {VERSION}; upgrade the kiosk "
                                           "and the broker together")
    try:
        op = Op(message.get("op"))
    except ValueError:
        raise BadRequest(Kind.BAD_REQUEST, "the request names no operation the broker knows "
                                           f"({', '.join(o.value for o in Op)})") from None
    extra = sorted(set(message) - _ALLOWED[op])
    if extra and op in (Op.LINK, Op.TEST) and IDENTITY_FIELDS & set(extra):
        raise BadRequest(Kind.CARRIES_IDENTITY, "a link request carries no identity: the broker uses the terminal's "
                                                f"own (refused: the request named {', '.join(extra)})")
    if extra:
        raise BadRequest(Kind.BAD_REQUEST, f"'{op.value}' takes no field {', '.join(extra)}")
    if op is Op.STATUS:
        challenge = message.get("challenge")
        if challenge is not None and not (isinstance(challenge, str) and _CHALLENGE_RE.match(challenge)):
            raise BadRequest(Kind.BAD_REQUEST, "the challenge must be 16 to 128 lower-case hex digits")
        return Request(op, challenge=challenge)
    if op is Op.SET_IDENTITY:
        identity, pin = message.get("identity"), message.get("pin")
        if not isinstance(identity, dict) or not identity:
            raise BadRequest(Kind.BAD_REQUEST, "set_identity needs an 'identity' object")
        if pin is not None and not (isinstance(pin, str) and _PIN_RE.match(pin)):
            raise BadRequest(Kind.BAD_REQUEST, "the PIN must be digits")
        return Request(op, identity=identity, pin=pin)
    return Request(op)


def request(op: Op, **fields: Any) -> dict[str, Any]:
    return {"v": VERSION, "op": op.value, **{k: v for k, v in fields.items() if v is not None}}


# ---- answers --------------------------------------------------------------------------------------

def ok(**body: Any) -> dict[str, Any]:
    return {"v": VERSION, "ok": True, **body}


def failure(kind: Kind, message: str, *, transient: bool | None = None, unreachable: bool = False,
            retry_after: float | None = None, fields: Mapping[str, str] | None = None) -> dict[str, Any]:
    if transient is None:
        transient = kind in (Kind.UNAVAILABLE, Kind.TOO_SLOW, Kind.TOO_LARGE, Kind.THROTTLED, Kind.BROKER)
    error: dict[str, Any] = {"kind": kind.value, "message": message, "transient": transient,
                             "unreachable": unreachable, "retry_after": retry_after}
    if fields:
        error["fields"] = dict(fields)
    return {"v": VERSION, "ok": False, "error": error}
