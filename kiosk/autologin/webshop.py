"""The BetGames webshop autologin client (seed 000).

``POST {auth_url}`` with ``{hash, id, shop_name, pos_name, user_name}`` where ``hash`` is
the lower-case hex sha256 of the secret key followed by the decimal partner id. The
answer's ``data.url`` logs the POS user in when loaded in the view.

Errors form one hierarchy; each message is a sentence a technician can act on and never
contains the secret key, the hash or a link token.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from kiosk import redact
from kiosk.autologin.navigation import NavigationPolicy, Verdict
from kiosk.httpclient import make_client
from kiosk.settings import Settings

log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(connect=5.0, read=10.0, write=10.0, pool=5.0)
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


class WebshopError(Exception):
    """Base of every autologin failure. ``str()`` is a sentence for a technician."""

    transient = True


class AutologinRejected(WebshopError):
    """The webshop said no (HTTP 400 or an error block): our configuration is wrong."""

    transient = False


class WebshopUnavailable(WebshopError):
    """DNS, connect, TLS, timeout, 5xx, or an answer that is not the documented JSON."""

    transient = True


class LinkRefused(WebshopError):
    """The returned link is not one the kiosk may open (not https, or a host not allowed)."""

    transient = False


class WebshopClient:
    """Asks the webshop for autologin links. Blocking: call it from a worker thread."""

    def __init__(self, settings: Settings, timeout: httpx.Timeout = TIMEOUT):
        if not settings.hash_input_ready():
            raise ValueError("partner_id and secret_key are required")
        self._settings = settings
        self._policy = NavigationPolicy(settings)
        self._http = make_client(timeout)
        secret = settings.secret_key.get_secret_value()
        self._hash = autologin_hash(secret, settings.partner_id)
        redact.register(secret, self._hash, pin=True)

    def close(self) -> None:
        self._http.close()

    def request_link(self) -> AutologinLink:
        s = self._settings
        body = {"hash": self._hash, "id": s.partner_id, "shop_name": s.shop_name,
                "pos_name": s.pos_name, "user_name": s.user_name}
        host = urlsplit(s.auth_url).hostname
        started = time.monotonic()
        try:
            r = self._http.post(s.auth_url, json=body, headers={"Accept": "application/json"})
        except httpx.TimeoutException:
            raise WebshopUnavailable(f"The autologin service at {host} did not answer in time; "
                                     "check the shop's internet connection.") from None
        except httpx.ConnectError as e:
            raise WebshopUnavailable(_connect_sentence(host, e)) from None
        except httpx.HTTPError as e:
            raise WebshopUnavailable(f"The autologin request to {host} failed ({e.__class__.__name__}); "
                                     "check the shop's internet connection and proxy.") from None
        latency = time.monotonic() - started
        payload = _json_or_none(r)

        if r.status_code >= 500:
            raise WebshopUnavailable(f"The autologin service at {host} has a problem (HTTP {r.status_code}); "
                                     "it will be tried again.")
        if r.status_code == 400 or (isinstance(payload, dict) and "error" in payload):
            message = _error_message(payload) or f"HTTP {r.status_code}"
            raise AutologinRejected(
                f"The webshop rejected the autologin request: {redact.redact(message)}. "
                "Check the partner id and secret key, and the shop, POS and user names in the kiosk configuration.")
        if r.status_code != 200:
            raise WebshopUnavailable(f"The autologin service at {host} answered HTTP {r.status_code}; "
                                     "check KIOSK_AUTH_URL and any proxy between the shop and the internet.")
        if payload is None:
            raise WebshopUnavailable(f"The autologin service at {host} did not answer with JSON "
                                     "(a proxy or captive portal page?); check the shop's internet access.")
        link = _parse_link(payload, latency)
        if link is None:
            raise WebshopUnavailable(f"The autologin service at {host} answered without a login link; "
                                     "it will be tried again.")
        redact.register(_token_of(link.url))
        self._check_policy(link.url)
        log.info("autologin link received for shop %s, pos %s, user %s in %.0f ms",
                 link.shop_id, link.pos_id, link.user_id, latency * 1000)
        return link

    def _check_policy(self, url: str) -> None:
        """The link must pass the same rule as every page the view shows (kiosk.autologin.navigation)."""
        verdict = self._policy.judge(url)
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if verdict in (Verdict.FORBIDDEN_SCHEME, Verdict.INSECURE) or parts.scheme not in ("http", "https"):
            raise LinkRefused(f"The webshop sent a login link that is not https ({parts.scheme or 'no scheme'}://{host}); "
                              "the kiosk will not open it. Check KIOSK_AUTH_URL points at the real BetGames service.")
        if verdict is Verdict.FOREIGN_HOST:
            raise LinkRefused(f"The webshop sent a login link to {host}, which is not in KIOSK_ALLOWED_HOSTS "
                              f"({', '.join(self._settings.allowed_hosts)}); add it there if it is genuine.")


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


def _connect_sentence(host: str | None, e: Exception) -> str:
    text = str(e).lower()
    if "certificate" in text or "ssl" in text or "tls" in text:
        return (f"The secure connection to {host} failed (certificate problem); check the PC's date and time "
                "and, behind a company proxy, that its certificate is installed in the system store.")
    if "name or service" in text or "getaddrinfo" in text or "nodename" in text or "name resolution" in text:
        return f"The address {host} cannot be found (DNS); check the shop's internet connection."
    return f"The autologin service at {host} cannot be reached; check the shop's internet connection."


def _json_or_none(r: httpx.Response):
    try:
        return r.json()
    except ValueError:
        return None


def _error_message(payload) -> str | None:
    if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
        msg = payload["error"].get("message")
        msg = str(msg) if msg else ""
        if len(msg) > MAX_SERVER_MESSAGE:  # the server's own words, shown as plain text: cut to a screen's worth
            msg = msg[:MAX_SERVER_MESSAGE - 1].rstrip() + "…"
        return msg or None
    return None


def _parse_link(payload, latency: float) -> AutologinLink | None:
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, dict):
        return None
    url = data.get("url")
    try:
        ids = [int(data[k]) for k in ("shop_id", "pos_id", "user_id")]
    except (KeyError, TypeError, ValueError):
        return None
    if not isinstance(url, str) or not url:
        return None
    return AutologinLink(url, *ids, latency=latency)


def _token_of(url: str) -> str | None:
    path = urlsplit(url).path.rstrip("/")
    return path.rsplit("/", 1)[-1] if "/" in path else None
