"""``/metrics`` on the shop LAN for a central Prometheus (``KIOSK_METRICS_LISTEN``), and nothing else.

The loopback server (:mod:`kiosk.monitoring.health`) keeps ``/health`` and ``/metrics`` for the terminal
itself; this listener is a second door that only ever answers ``/metrics``, rendered from the same snapshot.
Who may come in, checked in this order:

1. the source address must be in one of the allowed networks (``KIOSK_METRICS_ALLOW``, default loopback
   only), checked before a byte is read: a stranger's connection is closed unanswered;
2. with ``tls_server_config`` in the web config file (``KIOSK_METRICS_WEB_CONFIG``), a TLS handshake (and a
   client certificate if the file asks for one);
3. with ``basic_auth_users`` there, a user name and a password checked against its bcrypt hash.

The web config file is the one Prometheus exporters read (prometheus/exporter-toolkit's ``web.yml``), so a
partner's existing files and ``htpasswd -nBC 10`` hashes work as they are. Qt-free.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import logging
import socket
import ssl
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
LOOPBACK_NETWORKS = ("127.0.0.0/8", "::1/128")
METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
HANDSHAKE_TIMEOUT = 10.0  # seconds a connection may take to finish TLS and send its request
_AUTH_CACHE_SIZE = 64     # bcrypt costs ~50 ms a check: a scraper's repeated good password is checked once
_TLS_VERSIONS = {"TLS12": ssl.TLSVersion.TLSv1_2, "TLS13": ssl.TLSVersion.TLSv1_3}
_CLIENT_AUTH = {"NoClientCert": ssl.CERT_NONE, "VerifyClientCertIfGiven": ssl.CERT_OPTIONAL,
                "RequireAndVerifyClientCert": ssl.CERT_REQUIRED}
_TLS_KEYS = {"cert_file", "key_file", "client_auth_type", "client_ca_file", "min_version", "max_version"}
_TOP_KEYS = {"tls_server_config", "basic_auth_users"}


class WebConfigError(Exception):
    """The web config file cannot be used; ``str()`` names the file, the key and what is wrong."""


def parse_listen(value: str) -> tuple[str, int]:
    """``HOST:PORT`` (``0.0.0.0:9464``, ``[::]:9464``, ``10.1.2.3:9464``) → (host, port); ValueError otherwise."""
    host, sep, port_text = value.strip().rpartition(":")
    if not sep or not host:
        raise ValueError('must be an address and a port, like "0.0.0.0:9464" (all IPv4 addresses) or "[::]:9464"')
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"{host!r} is not an IP address of this terminal (use 0.0.0.0 for all of them)") from None
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise ValueError(f"{port_text!r} is not a port number (1-65535)")
    return host, int(port_text)


def parse_networks(values: Iterable[str]) -> list[Network]:
    """Source networks (``10.20.0.0/16``, a single address, ``::1/128``); ValueError naming the bad one."""
    networks: list[Network] = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            raise ValueError(f"{value!r} is not a network like \"10.20.0.0/16\" or an address like \"10.20.0.5\"") \
                from None
    return networks


@dataclass(frozen=True)
class WebConfig:
    """What a web config file asks for: a TLS context (None: plain HTTP) and basic-auth users' bcrypt hashes."""

    tls: ssl.SSLContext | None = None
    users: Mapping[str, bytes] = field(default_factory=dict)
    source: Path | None = None


def load_web_config(path: Path) -> WebConfig:
    """Read an exporter-toolkit ``web.yml``. Relative file names in it are relative to the file, as there."""
    import yaml

    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise WebConfigError(f"the metrics web config {path} cannot be read ({e.strerror or e})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise WebConfigError(f"the metrics web config {path} is not valid YAML ({_first_line(e)})") from None
    if doc is None:
        return WebConfig(source=path)
    if not isinstance(doc, dict):
        raise WebConfigError(f"the metrics web config {path} must be a mapping of keys such as tls_server_config")
    unknown = sorted(set(doc) - _TOP_KEYS)
    if unknown:
        raise WebConfigError(f"{', '.join(map(str, unknown))} in {path} is not supported by the kiosk "
                             f"(it reads {', '.join(sorted(_TOP_KEYS))})")
    tls = _tls_context(path, doc["tls_server_config"]) if doc.get("tls_server_config") else None
    return WebConfig(tls=tls, users=_users(path, doc.get("basic_auth_users") or {}), source=path)


def _first_line(e: Exception) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else e.__class__.__name__


def _tls_context(path: Path, tls: Any) -> ssl.SSLContext:
    if not isinstance(tls, dict):
        raise WebConfigError(f"tls_server_config in {path} must be a mapping (cert_file, key_file, …)")
    unknown = sorted(set(tls) - _TLS_KEYS)
    if unknown:
        raise WebConfigError(f"tls_server_config: {', '.join(map(str, unknown))} in {path} is not supported by the "
                             f"kiosk (it reads {', '.join(sorted(_TLS_KEYS))})")
    for name in ("cert_file", "key_file"):
        if not tls.get(name):
            raise WebConfigError(f"tls_server_config: {name} is missing in {path}")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = _tls_version(path, tls, "min_version", "TLS12")
    context.maximum_version = _tls_version(path, tls, "max_version", "TLS13")
    cert, key = (_relative(path, tls["cert_file"]), _relative(path, tls["key_file"]))
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as e:
        raise WebConfigError(f"tls_server_config in {path}: the certificate {cert} or key {key} cannot be used "
                             f"({getattr(e, 'strerror', None) or _first_line(e)})") from None
    auth = str(tls.get("client_auth_type") or "NoClientCert")
    if auth not in _CLIENT_AUTH:
        raise WebConfigError(f"tls_server_config: client_auth_type {auth!r} in {path} is not one the kiosk knows "
                             f"({', '.join(_CLIENT_AUTH)})")
    context.verify_mode = _CLIENT_AUTH[auth]
    if context.verify_mode != ssl.CERT_NONE:
        if not tls.get("client_ca_file"):
            raise WebConfigError(f"tls_server_config: client_auth_type {auth} in {path} needs client_ca_file")
        ca = _relative(path, tls["client_ca_file"])
        try:
            context.load_verify_locations(cafile=ca)
        except (OSError, ssl.SSLError) as e:
            raise WebConfigError(f"tls_server_config: client_ca_file {ca} in {path} cannot be used "
                                 f"({getattr(e, 'strerror', None) or _first_line(e)})") from None
    return context


def _tls_version(path: Path, tls: Mapping[str, Any], key: str, default: str) -> ssl.TLSVersion:
    name = str(tls.get(key) or default)
    if name not in _TLS_VERSIONS:
        raise WebConfigError(f"tls_server_config: {key} {name!r} in {path} must be one of {', '.join(_TLS_VERSIONS)}")
    return _TLS_VERSIONS[name]


def _relative(path: Path, name: object) -> Path:
    p = Path(str(name))
    return p if p.is_absolute() else path.parent / p


def _users(path: Path, users: Any) -> dict[str, bytes]:
    if not isinstance(users, dict):
        raise WebConfigError(f"basic_auth_users in {path} must map user names to bcrypt hashes")
    hashes: dict[str, bytes] = {}
    for user, hashed in users.items():
        text = str(hashed or "")
        if not text.startswith(("$2a$", "$2b$", "$2y$")) or len(text) != 60:
            raise WebConfigError(f"basic_auth_users: the password of {user!r} in {path} is not a bcrypt hash "
                                 "(make one with `htpasswd -nBC 10 USER`; never write the password itself)")
        hashes[str(user)] = text.encode()
    return hashes


class Gate:
    """Who may scrape: source networks, then (when the web config names users) basic auth."""

    def __init__(self, networks: Sequence[Network], users: Mapping[str, bytes] | None = None):
        self.networks = list(networks)
        self.users = dict(users or {})
        self._good: dict[bytes, None] = {}  # digests of credentials already checked good (insertion ordered)
        self._refused: set[str] = set()     # addresses already logged as refused
        self._lock = threading.Lock()

    def admits(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped  # an IPv4 client of a dual-stack listener
        if any(ip in network for network in self.networks):
            return True
        with self._lock:
            first = address not in self._refused and len(self._refused) < 256
            self._refused.add(address)
        if first:
            log.warning("metrics: refused a connection from %s (not in KIOSK_METRICS_ALLOW)", address)
        return False

    def authorised(self, header: str | None) -> bool:
        """True without users; else the ``Authorization: Basic`` header must carry a listed user's password."""
        if not self.users:
            return True
        if not header or not header.startswith("Basic "):
            return False
        try:
            user, sep, password = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        hashed = self.users.get(user)
        if not sep or hashed is None:
            return False
        digest = hashlib.sha256(b"\0".join((user.encode(), password.encode(), hashed))).digest()
        with self._lock:
            if digest in self._good:
                return True
        import bcrypt

        if not bcrypt.checkpw(password.encode(), hashed):
            return False
        with self._lock:
            self._good[digest] = None
            while len(self._good) > _AUTH_CACHE_SIZE:
                del self._good[next(iter(self._good))]
        return True


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], gate: Gate, tls: ssl.SSLContext | None, render: Callable[[], str]):
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.gate, self.tls, self.render = gate, tls, render
        super().__init__(address, _Handler, bind_and_activate=False)
        if self.address_family == socket.AF_INET6:
            self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)  # "[::]" takes IPv4 clients too
        try:
            self.server_bind()
            self.server_activate()
        except OSError:
            self.server_close()
            raise

    def verify_request(self, request: Any, client_address: Any) -> bool:
        return self.gate.admits(str(client_address[0]))

    def finish_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(HANDSHAKE_TIMEOUT)
        if self.tls is None:
            super().finish_request(request, client_address)
            return
        try:
            conn = self.tls.wrap_socket(request, server_side=True)
        except (OSError, ssl.SSLError) as e:
            log.info("metrics: TLS handshake with %s failed (%s)", client_address[0], _first_line(e))
            return
        try:
            super().finish_request(conn, client_address)
        finally:
            conn.close()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = HANDSHAKE_TIMEOUT  # a peer that goes silent mid-request is dropped, not waited for

    def do_GET(self) -> None:
        if self.path.split("?", 1)[0] != "/metrics":  # /health and everything else stay on loopback
            self._send(404, "text/plain; charset=utf-8", b"not found: this address serves /metrics only\n")
        elif not self.server.gate.authorised(self.headers.get("Authorization")):
            self._send(401, "text/plain; charset=utf-8", b"unauthorised\n",
                       {"WWW-Authenticate": 'Basic realm="betshop-kiosk metrics", charset="UTF-8"'})
        else:
            self._send(200, METRICS_CONTENT_TYPE, self.server.render().encode())

    def _send(self, status: int, content_type: str, body: bytes, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:  # no access log lines
        pass


class MetricsListener:
    """The LAN door: ``/metrics`` from ``render`` on ``address``, for whom the gate admits. Binds at once."""

    def __init__(self, address: tuple[str, int], render: Callable[[], str], *, networks: Sequence[Network],
                 web: WebConfig | None = None):
        web = web or WebConfig()
        self.gate = Gate(networks, web.users)
        self.tls = web.tls is not None
        self._server = _Server(address, self.gate, web.tls, render)
        self._thread = threading.Thread(target=self._server.serve_forever, name="metrics-lan", daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> MetricsListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class _Settings(Protocol):  # the three settings this module reads (kiosk.settings.Settings has them)
    metrics_listen: str
    metrics_allow: list[str]
    metrics_web_config: str


def start_lan_metrics(settings: _Settings, render: Callable[[], str],
                      publish: Callable[[str, dict[str, Any]], None] | None = None) -> MetricsListener | None:
    """Start the LAN listener the settings ask for; on any problem, log a sentence and run without it.

    ``publish`` puts what happened into ``/health`` (``metrics_listen``: address, tls, basic_auth, error).
    Monitoring never keeps the shop's screen dark, so nothing here raises.
    """
    status: dict[str, Any] = {"address": settings.metrics_listen, "tls": False, "basic_auth": False, "error": None}
    listener = None
    try:
        host, port = parse_listen(settings.metrics_listen)
        web = load_web_config(Path(settings.metrics_web_config)) if settings.metrics_web_config else None
        listener = MetricsListener((host, port), render, networks=parse_networks(settings.metrics_allow), web=web)
        listener.start()
        status.update(tls=listener.tls, basic_auth=bool(listener.gate.users))
        log.info("metrics on %s://%s/metrics for %s%s", "https" if listener.tls else "http", settings.metrics_listen,
                 ", ".join(settings.metrics_allow), " (basic auth)" if listener.gate.users else "")
    except (ValueError, WebConfigError) as e:
        status["error"] = f"not serving /metrics on the LAN: {e}"
    except OSError as e:
        status["error"] = f"not serving /metrics on the LAN: cannot listen on {settings.metrics_listen} " \
                          f"({e.strerror or e})"
    if status["error"]:
        log.error("%s", status["error"])
    if publish is not None:
        publish("metrics_listen", status)
    return listener
