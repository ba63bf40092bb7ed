"""The broker on Windows: a service under its own account, a named pipe only the kiosk's user may open,
the identity sealed with DPAPI (pywin32). NEVER RUN: there is no Windows machine here (docs/it/broker.md).

What runs without Windows, and is tested: :func:`pipe_sddl` (the pipe's security descriptor) and
:func:`role_for_token` (who a connected client is). Everything that calls Windows is below them and
imports pywin32 only when called, so the module loads anywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import re
import threading
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from kiosk.broker import protocol
from kiosk.broker.protocol import ProtocolError
from kiosk.broker.service import BrokerService, Role

log = logging.getLogger(__name__)

SERVICE_NAME = "betshop-kiosk-broker"
SERVICE_ACCOUNT = rf"NT SERVICE\{SERVICE_NAME}"
PIPE_NAME = rf"\\.\pipe\{SERVICE_NAME}"
SETTINGS_KEY = r"Software\betshop-kiosk"  # the installer's: DesktopUser
SID_SYSTEM = "S-1-5-18"
SID_ADMINISTRATORS = "S-1-5-32-544"
_SID_RE = re.compile(r"^S-1-\d+(-\d+)+$")
SE_GROUP_ENABLED = 0x4
MAX_CLIENTS = 32
_BUFFER = 65536


# ---- pure: tested on every platform --------------------------------------------------------------

def pipe_sddl(kiosk_sid: str) -> str:
    """The pipe's DACL, protected from inheritance: network logons denied first; SYSTEM, the Administrators
    group and the pipe's owner (the service's account, which makes more instances) in full; the kiosk's
    user read and write; nobody else."""
    if not _SID_RE.match(kiosk_sid):
        raise ValueError("not a SID like S-1-5-21-…")
    if kiosk_sid in (SID_SYSTEM, SID_ADMINISTRATORS) or not kiosk_sid.startswith("S-1-5-21-"):
        raise ValueError("the kiosk's user must be a local or domain user account (S-1-5-21-…)")
    return f"D:P(D;;GA;;;NU)(A;;GA;;;SY)(A;;GA;;;BA)(A;;GA;;;OW)(A;;GRGW;;;{kiosk_sid})"


def role_for_token(user_sid: str, groups: Iterable[tuple[str, int]], kiosk_sids: Iterable[str]) -> Role | None:
    """Who a connected client is: SYSTEM, or a member of Administrators with the group enabled (an elevated
    token), is the administrator; the kiosk's user is the kiosk; anyone else gets nothing."""
    if user_sid == SID_SYSTEM or any(sid == SID_ADMINISTRATORS and attrs & SE_GROUP_ENABLED for sid, attrs in groups):
        return Role.ADMIN
    if user_sid in set(kiosk_sids):
        return Role.KIOSK
    return None


# ---- Windows ---------------------------------------------------------------------------------------

def _win(name: str) -> ModuleType:
    return importlib.import_module(name)


def is_admin() -> bool:
    import ctypes

    try:
        return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False


def sid_of(account: str) -> str:
    security = _win("win32security")
    sid, _domain, _kind = security.LookupAccountName(None, account)
    return str(security.ConvertSidToStringSid(sid))


class DpapiSealer:
    """The identity file sealed with DPAPI to the account the broker runs as (the service's virtual account)."""

    suffix = ".dpapi"

    def seal(self, data: bytes) -> bytes:
        crypt = _win("win32crypt")
        return bytes(crypt.CryptProtectData(data, "betshop-kiosk-broker identity", None, None, None, 0x1))

    def unseal(self, data: bytes) -> bytes:
        crypt = _win("win32crypt")
        return bytes(crypt.CryptUnprotectData(data, None, None, None, 0x1)[1])  # 0x1: CRYPTPROTECT_UI_FORBIDDEN


class PipeStream:
    """:class:`~kiosk.broker.protocol.Stream` over an overlapped pipe handle."""

    def __init__(self, handle: Any):
        self.handle = handle
        self._event = _win("win32event").CreateEvent(None, True, False, None)

    def _wait(self, overlapped: Any, timeout: float) -> int:
        win32event, win32file = _win("win32event"), _win("win32file")
        if win32event.WaitForSingleObject(self._event, max(1, int(timeout * 1000))) != win32event.WAIT_OBJECT_0:
            with contextlib.suppress(Exception):
                win32file.CancelIo(self.handle)
            raise TimeoutError
        return int(win32file.GetOverlappedResult(self.handle, overlapped, True))

    def read_some(self, size: int, timeout: float) -> bytes:
        pywintypes, win32file = _win("pywintypes"), _win("win32file")
        overlapped = pywintypes.OVERLAPPED()
        overlapped.hEvent = self._event
        _win("win32event").ResetEvent(self._event)
        buffer = win32file.AllocateReadBuffer(min(size, _BUFFER))
        try:
            win32file.ReadFile(self.handle, buffer, overlapped)
            n = self._wait(overlapped, timeout)
        except pywintypes.error as e:
            if e.winerror in (109, 232):  # ERROR_BROKEN_PIPE, ERROR_NO_DATA: the other end closed
                return b""
            raise OSError(e.winerror, e.strerror) from None
        return bytes(buffer[:n])

    def write_all(self, data: bytes, timeout: float) -> None:
        pywintypes, win32file = _win("pywintypes"), _win("win32file")
        overlapped = pywintypes.OVERLAPPED()
        overlapped.hEvent = self._event
        _win("win32event").ResetEvent(self._event)
        try:
            win32file.WriteFile(self.handle, data, overlapped)
            self._wait(overlapped, timeout)
        except pywintypes.error as e:
            raise OSError(e.winerror, e.strerror) from None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            _win("win32file").FlushFileBuffers(self.handle)
        with contextlib.suppress(Exception):
            _win("win32pipe").DisconnectNamedPipe(self.handle)
        with contextlib.suppress(Exception):
            self.handle.Close()


def connect_pipe(address: str, timeout: float) -> protocol.Stream:
    """The kiosk's end: the pipe opened for identification only (a squatter cannot act as the kiosk's user)."""
    from kiosk.broker.protocol import BrokerUnreachable

    pywintypes, win32file, win32pipe = _win("pywintypes"), _win("win32file"), _win("win32pipe")
    flags = win32file.FILE_FLAG_OVERLAPPED | 0x00100000 | 0x00010000  # SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION
    for _attempt in range(2):
        try:
            handle = win32file.CreateFile(address, win32file.GENERIC_READ | win32file.GENERIC_WRITE, 0, None,
                                          win32file.OPEN_EXISTING, flags, None)
            return PipeStream(handle)
        except pywintypes.error as e:
            if e.winerror == 231:  # ERROR_PIPE_BUSY: every instance is serving; wait for one
                with contextlib.suppress(pywintypes.error):
                    win32pipe.WaitNamedPipe(address, max(1, int(timeout * 1000)))
                continue
            if e.winerror == 2:
                raise BrokerUnreachable(f"there is no broker pipe {address} (is the betshop-kiosk-broker service "
                                        "running? `sc query betshop-kiosk-broker`)") from None
            if e.winerror == 5:
                raise BrokerUnreachable(f"this user may not open the broker pipe {address}") from None
            raise BrokerUnreachable(f"the broker at {address} does not answer ({e.strerror})") from None
    raise BrokerUnreachable(f"the broker at {address} is busy; it will be tried again")


class PipeServer:
    def __init__(self, service: BrokerService, name: str, *, kiosk_sids: Iterable[str]):
        self.service = service
        self.name = name
        self._kiosk_sids = frozenset(kiosk_sids)
        self._sddl = pipe_sddl(next(iter(self._kiosk_sids)))
        self._stop = _win("win32event").CreateEvent(None, True, False, None)
        self._slots = threading.BoundedSemaphore(MAX_CLIENTS)

    def shutdown(self) -> None:
        _win("win32event").SetEvent(self._stop)

    def _instance(self, first: bool) -> Any:
        security, win32pipe, win32file = _win("win32security"), _win("win32pipe"), _win("win32file")
        attributes = security.SECURITY_ATTRIBUTES()
        attributes.SECURITY_DESCRIPTOR = security.ConvertStringSecurityDescriptorToSecurityDescriptor(
            self._sddl, security.SDDL_REVISION_1)
        open_mode = win32pipe.PIPE_ACCESS_DUPLEX | win32file.FILE_FLAG_OVERLAPPED
        if first:
            open_mode |= 0x00080000  # FILE_FLAG_FIRST_PIPE_INSTANCE: never join a pipe someone else made
        pipe_mode = win32pipe.PIPE_TYPE_BYTE | win32pipe.PIPE_READMODE_BYTE | win32pipe.PIPE_WAIT | 0x8  # REJECT_REMOTE
        return win32pipe.CreateNamedPipe(self.name, open_mode, pipe_mode, win32pipe.PIPE_UNLIMITED_INSTANCES,
                                         _BUFFER, _BUFFER, 0, attributes)

    def serve_forever(self) -> None:
        pywintypes, win32event, win32pipe = _win("pywintypes"), _win("win32event"), _win("win32pipe")
        first = True
        while True:
            handle = self._instance(first)
            first = False
            connected = win32event.CreateEvent(None, True, False, None)
            overlapped = pywintypes.OVERLAPPED()
            overlapped.hEvent = connected
            try:
                win32pipe.ConnectNamedPipe(handle, overlapped)
            except pywintypes.error as e:
                if e.winerror != 535:  # ERROR_PIPE_CONNECTED: a client came between create and connect
                    handle.Close()
                    continue
                win32event.SetEvent(connected)
            which = win32event.WaitForMultipleObjects([connected, self._stop], False, win32event.INFINITE)
            if which != win32event.WAIT_OBJECT_0:
                handle.Close()
                return
            if not self._slots.acquire(blocking=False):
                PipeStream(handle).close()
                continue
            threading.Thread(target=self._serve, args=(handle,), name="broker-request", daemon=True).start()

    def _serve(self, handle: Any) -> None:
        stream = PipeStream(handle)
        try:
            try:
                message = protocol.receive(stream, timeout=protocol.REQUEST_TIMEOUT)
            except ProtocolError as e:
                log.warning("dropped a connection: %s", e)
                return
            role = self._client_role(handle)  # after a read: Windows impersonates the last message's sender
            if role is None:
                log.warning("refused a client that is neither the kiosk's user nor an administrator")
                return
            with contextlib.suppress(ProtocolError):
                protocol.send(stream, self.service.handle(message, role), timeout=5.0)
        finally:
            stream.close()
            self._slots.release()

    def _client_role(self, handle: Any) -> Role | None:
        security, win32api, win32pipe = _win("win32security"), _win("win32api"), _win("win32pipe")
        try:
            win32pipe.ImpersonateNamedPipeClient(handle)
            try:
                token = security.OpenThreadToken(win32api.GetCurrentThread(), security.TOKEN_QUERY, True)
            finally:
                security.RevertToSelf()
            user = security.ConvertSidToStringSid(security.GetTokenInformation(token, security.TokenUser)[0])
            groups = [(str(security.ConvertSidToStringSid(sid)), int(attrs))
                      for sid, attrs in security.GetTokenInformation(token, security.TokenGroups)]
        except Exception as e:  # pywintypes.error: an anonymous or vanished client
            log.warning("cannot tell who the client is (%s)", e.__class__.__name__)
            return None
        return role_for_token(str(user), groups, self._kiosk_sids)


def _desktop_user(args: argparse.Namespace) -> str | None:
    users = [u for name in (args.allow_user or []) for u in name.split(",") if u.strip()]
    if users:
        return str(users[0]).strip()
    winreg = _win("winreg")
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, SETTINGS_KEY) as key:
            return str(winreg.QueryValueEx(key, "DesktopUser")[0])
    except OSError:
        return None


def _make(args: argparse.Namespace) -> tuple[BrokerService, PipeServer]:
    from pathlib import Path

    from kiosk.broker.store import IdentityStore, Sources
    from kiosk.clock import SystemClock

    user = _desktop_user(args)
    if not user:
        raise RuntimeError("the kiosk's desktop user is not known: pass --allow-user NAME (the installer does)")
    store = IdentityStore(Sources.from_environment(state_dir=Path(args.state_dir) if args.state_dir else None,
                                                   config_file=Path(args.broker_config) if args.broker_config else None),
                          sealer=DpapiSealer())
    service = BrokerService(store, SystemClock())
    return service, PipeServer(service, args.broker_socket or PIPE_NAME, kiosk_sids=[sid_of(user)])


def run(args: argparse.Namespace) -> int:
    """``kiosk broker`` on Windows: in the foreground, or (``--windows-service``) hosted by the service manager."""
    if getattr(args, "windows_service", False):
        return _host_service(args)
    service, server = _make(args)
    log.info("broker serving %s", server.name)
    try:
        server.serve_forever()
    finally:
        service.close()
    return 0


def _host_service(args: argparse.Namespace) -> int:
    servicemanager, win32service, win32serviceutil = (_win("servicemanager"), _win("win32service"),
                                                      _win("win32serviceutil"))

    framework: Any = win32serviceutil.ServiceFramework  # pywin32 has no types

    class BrokerWindowsService(framework):
        _svc_name_ = SERVICE_NAME
        _svc_display_name_ = "Betshop kiosk broker"
        _svc_description_ = "Holds the betshop kiosk's partner secret and asks for its login links."

        def __init__(self, service_args: Any):
            super().__init__(service_args)
            self.server: PipeServer | None = None

        def SvcStop(self) -> None:
            self.ReportServiceStatus(win32service.SERVICE_STOP_PENDING)
            if self.server is not None:
                self.server.shutdown()

        def SvcDoRun(self) -> None:
            service, self.server = _make(args)
            try:
                self.server.serve_forever()
            finally:
                service.close()

    servicemanager.Initialize()
    servicemanager.PrepareToHostSingle(BrokerWindowsService)
    servicemanager.StartServiceCtrlDispatcher()
    return 0
