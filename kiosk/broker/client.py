"""The kiosk's side of the broker: the same surface as the webshop client, and the technicians' calls.

:func:`link_source` is where the kiosk chooses: with ``KIOSK_BROKER`` set it gets a
:class:`BrokerClient` (the link comes from the broker, the secret never enters the kiosk), without
it today's :class:`~kiosk.autologin.webshop.WebshopClient`. Both have ``request_link() ->
AutologinLink`` raising the same :class:`~kiosk.autologin.webshop.WebshopError` subclasses with the
same ``transient``/``unreachable``/``retry_after``, and ``close()``; so the session, the offline
screens and the fleet manners work as in direct mode. Blocking: call from a worker thread.
"""

from __future__ import annotations

import logging
import socket
import sys
import time
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import urlsplit

from kiosk import redact
from kiosk.autologin.webshop import (
    AnswerTooLarge,
    AnswerTooSlow,
    AutologinLink,
    AutologinRejected,
    LinkRefused,
    WebshopError,
    WebshopUnavailable,
    WebshopWords,
    check_link,
)
from kiosk.broker import protocol
from kiosk.broker.protocol import BrokerUnreachable, Kind, Op, ProtocolError, SocketStream, Stream
from kiosk.settings import Settings

__all__ = ["BrokerClient", "BrokerUnreachable", "LinkSource", "call", "connect", "default_address", "hand_over",
           "link_source", "status"]

log = logging.getLogger(__name__)

DEFAULT_SOCKET = "/run/betshop-kiosk/broker.sock"
DEFAULT_PIPE = r"\\.\pipe\betshop-kiosk-broker"
CONNECT_TIMEOUT = 3.0
ADMIN_TIMEOUT = 15.0  # status and hand-over: no upstream request, but a PIN check (scrypt) and an fsync


def default_address() -> str:
    return DEFAULT_PIPE if sys.platform == "win32" else DEFAULT_SOCKET


class LinkSource(Protocol):
    def request_link(self) -> AutologinLink: ...

    def close(self) -> None: ...


def link_source(settings: Settings, *, timeout: Any = None, test: bool = False) -> LinkSource:
    """The kiosk's source of autologin links: its broker in broker mode, else the webshop itself.

    ``test``: a connection test (setup screen, doctor); through the broker no usable link comes back.
    ``timeout``: the direct client's httpx timeout.
    """
    if settings.broker:
        return BrokerClient(settings, test=test)
    from kiosk.autologin.webshop import WebshopClient

    return WebshopClient(settings) if timeout is None else WebshopClient(settings, timeout=timeout)


def connect(address: str, timeout: float = CONNECT_TIMEOUT) -> Stream:
    if address.startswith("\\\\.\\pipe\\"):
        from kiosk.broker.windows import connect_pipe

        return connect_pipe(address, timeout)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(address)
    except FileNotFoundError:
        sock.close()
        raise BrokerUnreachable(f"there is no broker socket at {address} (is betshop-kiosk-broker running? "
                                "`systemctl status betshop-kiosk-broker`)") from None
    except PermissionError:
        sock.close()
        raise BrokerUnreachable(f"this user may not open the broker socket {address}") from None
    except OSError as e:
        sock.close()
        raise BrokerUnreachable(f"the broker at {address} does not answer ({e.strerror or e.__class__.__name__}; "
                                "`systemctl status betshop-kiosk-broker`)") from None
    return SocketStream(sock)


def call(address: str, message: Mapping[str, Any], *, timeout: float) -> dict[str, Any]:
    """One request, one answer. Raises :class:`BrokerUnreachable` or :class:`~kiosk.broker.protocol.ProtocolError`.

    A peer that closes without a byte is a broker refusing this user (or gone): said as such.
    """
    stream = connect(address)
    try:
        protocol.send(stream, message, timeout=timeout)
        try:
            return protocol.receive(stream, timeout=timeout)
        except protocol.PeerClosed as e:
            if "without a message" in str(e):
                raise BrokerUnreachable(f"the broker at {address} closed the connection without an answer (it answers "
                                        "only the kiosk's user and root; or it stopped)") from None
            raise
    finally:
        stream.close()


class BrokerClient:
    """Asks the broker for autologin links (``test``: for connection tests). The link it returns must pass
    the kiosk's own navigation rules too, as a link from the webshop client does."""

    def __init__(self, settings: Settings, *, test: bool = False, timeout: float = protocol.ANSWER_TIMEOUT):
        if not settings.broker:
            raise ValueError("broker mode needs KIOSK_BROKER")
        from kiosk.autologin.navigation import NavigationPolicy

        self._settings = settings
        self._address = settings.broker
        self._op = Op.TEST if test else Op.LINK
        self._timeout = timeout
        self._policy = NavigationPolicy(settings)

    def close(self) -> None:
        """Nothing is held between requests (one connection per request)."""

    def request_link(self) -> AutologinLink:
        started = time.monotonic()
        try:
            answer = call(self._address, protocol.request(self._op), timeout=self._timeout)
        except BrokerUnreachable as e:
            raise WebshopUnavailable(WebshopWords.tr("The kiosk cannot get a login link: %1.").arg(str(e))) from None
        except ProtocolError as e:
            raise WebshopUnavailable(WebshopWords.tr("The kiosk's broker at %1 did not answer properly (%2); it will be "
                                                     "tried again.").arg(str(self._address), str(e))) from None
        if not answer.get("ok"):
            raise _error_of(answer.get("error"))
        link = _link_of(answer.get("test" if self._op is Op.TEST else "link"), time.monotonic() - started)
        if link is None:
            raise WebshopUnavailable(WebshopWords.tr("The kiosk's broker sent an answer without a login link; it will be "
                                                     "tried again."))
        if self._op is Op.LINK:
            redact.register(_token_of(link.url))
            self._check_policy(link.url)
        log.info("autologin link received through the broker for shop %s, pos %s, user %s in %.0f ms",
                 link.shop_id, link.pos_id, link.user_id, link.latency * 1000)
        return link

    def _check_policy(self, url: str) -> None:
        check_link(url, self._policy, self._settings.allowed_hosts, broker=True)


def _error_of(error: Any) -> WebshopError:
    if not isinstance(error, dict) or not isinstance(error.get("message"), str):
        return WebshopUnavailable(WebshopWords.tr("The kiosk's broker sent a failure without a reason; it will be tried "
                                                  "again."))
    message = redact.redact(error["message"])[:1000]
    try:
        kind = Kind(error.get("kind"))
    except ValueError:
        kind = Kind.BROKER
    retry_after = error.get("retry_after")
    retry_after = float(retry_after) if isinstance(retry_after, (int, float)) and not isinstance(retry_after, bool) \
        and retry_after >= 0 else None
    if kind is Kind.REJECTED or kind is Kind.NO_IDENTITY:
        return AutologinRejected(message)
    if kind is Kind.REFUSED:
        return LinkRefused(message)
    unavailable = {Kind.TOO_SLOW: AnswerTooSlow, Kind.TOO_LARGE: AnswerTooLarge}.get(kind, WebshopUnavailable)
    return unavailable(message, unreachable=error.get("unreachable") is True, retry_after=retry_after)


def _link_of(body: Any, latency: float) -> AutologinLink | None:
    if not isinstance(body, dict):
        return None
    try:
        ids = [int(body[k]) for k in ("shop_id", "pos_id", "user_id")]
    except (KeyError, TypeError, ValueError):
        return None
    url = body.get("url")
    if url is None and isinstance(body.get("host"), str):
        url = f"https://{body['host']}/"  # a connection test: only where the link would go
    if not isinstance(url, str) or not url:
        return None
    return AutologinLink(url, ids[0], ids[1], ids[2], latency=latency)


def _token_of(url: str) -> str | None:
    path = urlsplit(url).path.rstrip("/")
    return path.rsplit("/", 1)[-1] if "/" in path else None


# ---- technicians: what the broker holds, and handing an identity over -----------------------------

def status(address: str, *, challenge: str | None = None, timeout: float = ADMIN_TIMEOUT) -> dict[str, Any]:
    answer = call(address, protocol.request(Op.STATUS, challenge=challenge), timeout=timeout)
    body = answer.get("status")
    if not answer.get("ok") or not isinstance(body, dict):
        raise ProtocolError("the broker did not answer the status request")
    return body


def hand_over(address: str, identity: Mapping[str, Any], *, pin: str | None = None,
              timeout: float = ADMIN_TIMEOUT) -> dict[str, Any]:
    """The broker's answer to a hand-over: ``{"ok": true, "stored": {...}}`` or ``{"ok": false, "error": {...}}``."""
    return call(address, protocol.request(Op.SET_IDENTITY, identity=dict(identity), pin=pin), timeout=timeout)
