"""The broker on Linux: a Unix socket, the caller's uid from the kernel (``SO_PEERCRED``), a thread per request.

Only the kiosk's desktop user and root get an answer; anyone else's connection is closed at once,
without a byte. A connected peer has :data:`~kiosk.broker.protocol.REQUEST_TIMEOUT` seconds to send
its one request (capped at :data:`~kiosk.broker.protocol.MAX_MESSAGE` bytes); at most
:data:`MAX_CLIENTS` requests are served at once, and a connection beyond that is closed.
Started by systemd's socket unit (``LISTEN_FDS``) or on its own path.
"""

from __future__ import annotations

import contextlib
import logging
import os
import selectors
import socket
import stat
import struct
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from kiosk.broker import protocol
from kiosk.broker.protocol import ProtocolError, SocketStream
from kiosk.broker.service import BrokerService, Role

log = logging.getLogger(__name__)

DEFAULT_SOCKET = "/run/betshop-kiosk/broker.sock"
MAX_CLIENTS = 32
SEND_TIMEOUT = 5.0
_PEERCRED = struct.Struct("3i")  # struct ucred: pid, uid, gid


class AlreadyServing(Exception):
    """Another broker answers on the socket's path."""


def peer_uid(sock: socket.socket) -> int:
    """The uid of the process at the other end, as the kernel recorded it when it connected."""
    _pid, uid, _gid = _PEERCRED.unpack(sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, _PEERCRED.size))
    return int(uid)


def role_for(uid: int, kiosk_uids: Iterable[int]) -> Role | None:
    if uid == 0:
        return Role.ADMIN
    if uid in set(kiosk_uids):
        return Role.KIOSK
    return None


def inherited_socket() -> socket.socket | None:
    """The listening socket systemd passed (socket activation), if it passed one to this process."""
    if os.environ.get("LISTEN_PID") != str(os.getpid()) or int(os.environ.get("LISTEN_FDS", "0") or 0) < 1:
        return None
    for name in ("LISTEN_PID", "LISTEN_FDS", "LISTEN_FDNAMES"):
        os.environ.pop(name, None)
    sock = socket.socket(fileno=3)
    os.set_inheritable(sock.fileno(), False)
    return sock


def listen_on(path: Path) -> socket.socket:
    """A listening socket at ``path`` (its folder made if missing); a stale socket file is replaced."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o755)
    if path.exists() or path.is_symlink():
        if not stat.S_ISSOCK(path.lstat().st_mode):
            raise AlreadyServing(f"{path} exists and is not a socket; remove it or choose another --socket")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            try:
                probe.connect(str(path))
            except OSError:
                path.unlink()  # nobody answers: left by a broker that died
            else:
                raise AlreadyServing(f"another broker already answers on {path}")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(path))
        os.chmod(path, 0o666)  # anyone may connect; the kernel's word on who it is decides who is answered
        sock.listen(64)
    except BaseException:
        sock.close()
        raise
    return sock


class UnixServer:
    def __init__(self, service: BrokerService, listener: socket.socket, *, kiosk_uids: Iterable[int],
                 owned_path: Path | None = None, request_timeout: float = protocol.REQUEST_TIMEOUT,
                 max_clients: int = MAX_CLIENTS,
                 before_answer: Callable[[protocol.Op | None, Role], None] | None = None):
        """``owned_path``: the socket file this server made (removed when it stops). ``before_answer`` is called
        once a request has been handled, before its answer is sent (observers; tests stop the broker there)."""
        self.service = service
        self._listener = listener
        self._kiosk_uids = frozenset(kiosk_uids)
        self._owned_path = owned_path
        self._request_timeout = request_timeout
        self._slots = threading.BoundedSemaphore(max_clients)
        self._before_answer = before_answer
        self._wake_r, self._wake_w = socket.socketpair()
        self._stopping = threading.Event()

    @property
    def address(self) -> str:
        return str(self._listener.getsockname())

    def serve_forever(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._listener, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self._listener and not self._stopping.is_set():
                        self._accept()
        self._close()

    def shutdown(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def _accept(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError:
            return
        try:
            uid = peer_uid(conn)
        except OSError:
            uid = -1
        role = role_for(uid, self._kiosk_uids)
        if role is None:
            log.warning("refused a connection from uid %d: only the kiosk's user and root are answered", uid)
            conn.close()
            return
        if not self._slots.acquire(blocking=False):
            log.warning("%d requests are being served already; a connection was closed", MAX_CLIENTS)
            conn.close()
            return
        threading.Thread(target=self._serve, args=(conn, role), name="broker-request", daemon=True).start()

    def _serve(self, conn: socket.socket, role: Role) -> None:
        stream = SocketStream(conn)
        op: protocol.Op | None = None
        try:
            try:
                message = protocol.receive(stream, timeout=self._request_timeout)
            except ProtocolError as e:
                log.warning("dropped a %s connection: %s", role.value, e)
                if isinstance(e, (protocol.Malformed, protocol.MessageTooLarge)):
                    with contextlib.suppress(ProtocolError):
                        protocol.send(stream, protocol.failure(protocol.Kind.BAD_REQUEST, str(e)), timeout=SEND_TIMEOUT)
                return
            with contextlib.suppress(ValueError):
                op = protocol.Op(message.get("op"))
            answer = self.service.handle(message, role)
            if self._before_answer is not None:
                self._before_answer(op, role)
            try:
                protocol.send(stream, answer, timeout=SEND_TIMEOUT)
            except ProtocolError as e:
                log.warning("the %s peer left before its answer: %s", role.value, e)
        finally:
            stream.close()
            self._slots.release()

    def _close(self) -> None:
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()
        if self._owned_path is not None:
            with contextlib.suppress(OSError):
                self._owned_path.unlink()
