"""The BetGames webshop autologin client (seed 000).

``POST {auth_url}`` with ``{hash, id, shop_name, pos_name, user_name}`` where ``hash`` is
the lower-case hex sha256 of the secret key followed by the decimal partner id. The
answer's ``data.url`` logs the POS user in when loaded in the view.

Errors form one hierarchy; each message is a sentence a technician can act on and never
contains the secret key, the hash or a link token.
"""

from __future__ import annotations

import hashlib
import json
import logging
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from kiosk import redact
from kiosk.autologin.navigation import NavigationPolicy, Verdict
from kiosk.clock import say_duration
from kiosk.httpclient import make_client
from kiosk.settings import Settings
from kiosk.words import Text, Words

log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(connect=5.0, read=10.0, write=10.0, pool=5.0)
DEADLINE = 20.0          # the whole request, connect to last byte: a trickling answer cannot hold a worker
MAX_ANSWER = 64 * 1024   # the documented answer is a few hundred bytes; anything this big is not it
MAX_SERVER_MESSAGE = 500  # characters of the webshop's own error message kept


def autologin_hash(secret_key: str, partner_id: int) -> str:
    """``hash('sha256', $secret_key . $partner_id)`` as the seed writes it."""
    return hashlib.sha256(f"{secret_key}{partner_id}".encode()).hexdigest()


@dataclass(frozen=True)
class AutologinLink:
    url: str
    shop_id: int
    pos_id: int
    user_id: int
    latency: float  # seconds the request took

    def __repr__(self) -> str:  # the url carries a one-time token
        return f"AutologinLink(shop_id={self.shop_id}, pos_id={self.pos_id}, user_id={self.user_id})"


class WebshopWords(Words):
    """Why a login link did not come: the offline and error screens' reasons, the setup form's connection test."""


class WebshopError(Exception):
    """Base of every autologin failure. ``str()`` is a sentence for a technician.

    ``unreachable``: no server answered (DNS, connection refused or timed out, no route), so a
    probe seeing the upstream again may shortcut the backoff. ``retry_after``: seconds the
    upstream asked for (429/503 ``Retry-After``), uncapped; the session caps it.
    """

    transient = True

    def __init__(self, message: str, *, unreachable: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.text = message  # str() is the English; a Text here is what a screen translates
        self.unreachable = unreachable
        self.retry_after = retry_after


class AutologinRejected(WebshopError):
    """The webshop said no (HTTP 400 or an error block): our configuration is wrong."""

    transient = False


class WebshopUnavailable(WebshopError):
    """DNS, connect, TLS, timeout, 5xx, or an answer that is not the documented JSON."""

    transient = True


class AnswerTooSlow(WebshopUnavailable):
    """The whole answer did not come within the deadline (a trickling proxy or portal)."""


class AnswerTooLarge(WebshopUnavailable):
    """The answer was far larger than the documented one (a proxy or captive portal page)."""


class LinkRefused(WebshopError):
    """The returned link is not one the kiosk may open (not https, or a host not allowed)."""

    transient = False


class WebshopClient:
    """Asks the webshop for autologin links. Blocking: call it from a worker thread."""

    def __init__(self, settings: Settings, timeout: httpx.Timeout = TIMEOUT, *, deadline: float | None = None,
                 max_answer: int | None = None):
        if settings.partner_id is None or settings.secret_key is None:
            raise ValueError("partner_id and secret_key are required")
        self._settings = settings
        self._deadline = DEADLINE if deadline is None else deadline
        self._max_answer = MAX_ANSWER if max_answer is None else max_answer
        self._policy = NavigationPolicy(settings)
        self._http = make_client(timeout)
        secret = settings.secret_key.get_secret_value()  # checked above
        self._hash = autologin_hash(secret, settings.partner_id)
        redact.register(secret, self._hash, pin=True)

    def close(self) -> None:
        self._http.close()

    def request_link(self) -> AutologinLink:
        s = self._settings
        body = {"hash": self._hash, "id": s.partner_id, "shop_name": s.shop_name,
                "pos_name": s.pos_name, "user_name": s.user_name}
        started = time.monotonic()
        deadline = _Deadline(self._deadline)
        try:
            # Connection: close, so every request connects anew and the deadline can cut its socket.
            with deadline, self._http.stream("POST", s.auth_url, json=body,
                                             headers={"Accept": "application/json", "Connection": "close"},
                                             extensions={"trace": deadline.trace}) as r:
                answer = Answer(r.status_code, r.headers, _read_capped(r, self._max_answer, deadline))
        except (CapExceeded, httpx.HTTPError, OSError) as e:  # OSError: the deadline cut the socket under a read
            raise transport_error(e, urlsplit(s.auth_url).hostname, deadline=self._deadline, expired=deadline.expired,
                                  max_answer=self._max_answer) from None
        link = interpret_answer(answer, s, latency=time.monotonic() - started, policy=self._policy)
        redact.register(_token_of(link.url))
        log.info("autologin link received for shop %s, pos %s, user %s in %.0f ms",
                 link.shop_id, link.pos_id, link.user_id, link.latency * 1000)
        return link


@dataclass(frozen=True)
class Answer:
    """What the autologin service answered: status, headers, and the body as read (capped at the client's limit)."""

    status: int
    headers: Mapping[str, str]
    body: bytes


def interpret_answer(answer: Answer, settings: Settings, *, latency: float, policy: NavigationPolicy | None = None,
                     now: float | None = None) -> AutologinLink:
    """The link in an answer, or the :class:`WebshopError` it means (pure: no I/O; ``now`` is the wall clock that
    an HTTP-date ``Retry-After`` is measured from). The link must pass the same rule as every page the view shows."""
    host = urlsplit(settings.auth_url).hostname
    payload = _json_or_none(answer.body)
    error = _status_error(answer, payload, host, now)
    if error is not None:
        raise error
    if payload is None:
        raise WebshopUnavailable(WebshopWords.tr("The autologin service at %1 did not answer with JSON (a proxy or "
                                                 "captive portal page?); check the shop's internet access.").arg(host))
    link = _parse_link(payload, latency)
    if link is None:
        raise WebshopUnavailable(WebshopWords.tr("The autologin service at %1 answered without a login link; it will "
                                                 "be tried again.").arg(host))
    check_link(link.url, policy or NavigationPolicy(settings), settings.allowed_hosts)
    return link


def _status_error(answer: Answer, payload: Any, host: str | None, now: float | None) -> WebshopError | None:
    status = answer.status
    retry_after = next((v for k, v in answer.headers.items() if k.lower() == "retry-after"), None)
    if status in (429, 503) and (wait := parse_retry_after(retry_after, now)) is not None:
        return WebshopUnavailable(WebshopWords.tr("The autologin service at %1 is busy (HTTP %2) and asked to be tried "
                                                  "again in %3.").arg(host, status, say_duration(wait)), retry_after=wait)
    if status == 429:
        return WebshopUnavailable(WebshopWords.tr("The autologin service at %1 is busy (HTTP 429); it will be tried "
                                                  "again.").arg(host))
    if status >= 500:
        return WebshopUnavailable(WebshopWords.tr("The autologin service at %1 has a problem (HTTP %2); it will be "
                                                  "tried again.").arg(host, status))
    if status == 400 or (isinstance(payload, dict) and "error" in payload):
        message = _error_message(payload) or f"HTTP {status}"
        return AutologinRejected(WebshopWords.tr(
            "The webshop rejected the autologin request: %1. Check the partner id and secret key, and the shop, POS "
            "and user names in the kiosk configuration.").arg(redact.redact(message)))
    if status != 200:
        return WebshopUnavailable(WebshopWords.tr("The autologin service at %1 answered HTTP %2; check KIOSK_AUTH_URL "
                                                  "and any proxy between the shop and the internet.").arg(host, status))
    return None


def transport_error(error: BaseException, host: str | None, *, deadline: float, expired: bool,
                    max_answer: int) -> WebshopError:
    """What a request that got no whole answer means (pure): not reached, too slow (``expired``: the whole-request
    ``deadline`` cut it), too big, or cut off."""
    too_slow = AnswerTooSlow(WebshopWords.tr(
        "The autologin service at %1 took longer than %2 to answer (a slow proxy or captive portal?); check the shop's "
        "internet connection.").arg(host, say_duration(deadline)))
    if isinstance(error, CapExceeded):
        return AnswerTooLarge(WebshopWords.tr(
            "The autologin service at %1 sent an answer larger than %2 KiB (a proxy or captive portal page?); check the "
            "shop's internet access.").arg(host, max_answer // 1024))
    late = WebshopWords.tr("The autologin service at %1 did not answer in time; check the shop's internet "
                           "connection.").arg(host)
    if isinstance(error, httpx.ConnectTimeout):
        return WebshopUnavailable(late, unreachable=True)
    if isinstance(error, httpx.TimeoutException) and not expired:
        return WebshopUnavailable(late)
    if isinstance(error, httpx.ConnectError):
        sentence, unreachable = _connect_sentence(host, error)
        return WebshopUnavailable(sentence, unreachable=unreachable)
    if expired:
        return too_slow
    return WebshopUnavailable(WebshopWords.tr("The autologin request to %1 failed (%2); check the shop's internet "
                                              "connection and proxy.").arg(host, error.__class__.__name__))


def check_link(url: str, policy: NavigationPolicy, allowed_hosts: list[str], *, broker: bool = False) -> None:
    """The link must pass the same rule as every page the view shows (kiosk.autologin.navigation); ``broker``: it
    came through the kiosk's broker, whose own auth_url is then what to check. A link to a foreign host is
    refused in the same words either way (the webshop chose the host)."""
    verdict = policy.judge(url)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if verdict in (Verdict.FORBIDDEN_SCHEME, Verdict.INSECURE) or parts.scheme not in ("http", "https"):
        scheme = f"{parts.scheme or 'no scheme'}://{host}"
        if broker:
            raise LinkRefused(WebshopWords.tr("The kiosk's broker sent a login link that is not https (%1); the kiosk "
                                              "will not open it. Check the broker's auth_url.").arg(scheme))
        raise LinkRefused(WebshopWords.tr(
            "The webshop sent a login link that is not https (%1); the kiosk will not open it. Check KIOSK_AUTH_URL "
            "points at the real BetGames service.").arg(scheme))
    if verdict is Verdict.FOREIGN_HOST:
        where = parts.netloc.rpartition("@")[2].lower() or host
        hint = policy.hint(url)
        listed = ", ".join(allowed_hosts)
        if hint:
            raise LinkRefused(WebshopWords.tr("The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS "
                                              "(%2): %3.").arg(where, listed, hint))
        raise LinkRefused(WebshopWords.tr("The webshop sent a login link to %1, which is not in KIOSK_ALLOWED_HOSTS "
                                          "(%2); add it there if it is genuine.").arg(where, listed))


def probe(url: str, timeout: float = 1.0) -> bool:
    """Cheap reachability check: can a TCP connection be opened to the service (or the proxy in front of it)?"""
    import socket
    import urllib.request

    parts = urlsplit(url)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy and not urllib.request.proxy_bypass(parts.hostname or ""):
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            return True
    except OSError:
        return False


def _connect_sentence(host: str | None, e: Exception) -> tuple[Text, bool]:
    """The sentence, and whether the upstream was unreachable (a TLS failure means something answered)."""
    text = str(e).lower()
    if "certificate" in text or "ssl" in text or "tls" in text:
        return WebshopWords.tr("The secure connection to %1 failed (certificate problem); check the PC's date and time "
                               "and, behind a company proxy, that its certificate is installed in the system "
                               "store.").arg(host), False
    if "name or service" in text or "getaddrinfo" in text or "nodename" in text or "name resolution" in text:
        return WebshopWords.tr("The address %1 cannot be found (DNS); check the shop's internet connection.").arg(host), True
    return WebshopWords.tr("The autologin service at %1 cannot be reached; check the shop's internet "
                           "connection.").arg(host), True


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds from ``now`` (wall clock): delay-seconds or an HTTP date; None if absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class CapExceeded(Exception):
    """The answer is larger than the client reads (a proxy's or captive portal's page, not the documented JSON)."""


class _Deadline:
    """Cuts the request's socket when the whole request has taken too long (httpx has per-read timeouts only)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._started = time.monotonic()
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def __enter__(self) -> _Deadline:
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def over(self) -> bool:
        return self.expired or time.monotonic() - self._started >= self.seconds

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: remember the socket of the connection (plain, then TLS)."""
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        with self._lock:
            self._sock = sock
            if self.expired:
                self._cut()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            self._cut()

    def _cut(self) -> None:
        if self._sock is not None:
            try:
                socket.socket.shutdown(self._sock, socket.SHUT_RDWR)  # the plain call, also under TLS
            except OSError:
                pass


def _read_capped(r: httpx.Response, limit: int, deadline: _Deadline) -> bytes:
    length = r.headers.get("Content-Length")
    if length is not None and length.strip().isdigit() and int(length) > limit:
        raise CapExceeded
    chunks, size = [], 0
    for chunk in r.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise CapExceeded
        if deadline.over():
            deadline.expired = True
            raise httpx.ReadTimeout("deadline")
        chunks.append(chunk)
    return b"".join(chunks)


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _error_message(payload: Any) -> str | None:
    if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
        msg = payload["error"].get("message")
        msg = str(msg) if msg else ""
        if len(msg) > MAX_SERVER_MESSAGE:  # the server's own words, shown as plain text: cut to a screen's worth
            msg = msg[:MAX_SERVER_MESSAGE - 1].rstrip() + "…"
        return msg or None
    return None


def _parse_link(payload: Any, latency: float) -> AutologinLink | None:
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, dict):
        return None
    url = data.get("url")
    try:
        shop_id, pos_id, user_id = (int(data[k]) for k in ("shop_id", "pos_id", "user_id"))
    except (KeyError, TypeError, ValueError):
        return None
    if not isinstance(url, str) or not url:
        return None
    return AutologinLink(url, shop_id, pos_id, user_id, latency=latency)


def _token_of(url: str) -> str | None:
    path = urlsplit(url).path.rstrip("/")
    return path.rsplit("/", 1)[-1] if "/" in path else None
