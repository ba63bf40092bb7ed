"""Helpers for broker tests: a sandbox's identity as the broker reads it, and a real broker in this process."""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from kiosk.broker.server import UnixServer, listen_on
from kiosk.broker.service import BrokerService
from kiosk.broker.store import IdentityStore, Sources
from kiosk.clock import Clock, FakeClock
from kiosk.sandbox import Sandbox

# The secret of in-process tests: one value, as the redaction registry pins every secret a process holds for its
# life (random ones per test would pile up there). Tests with processes of their own use random secrets.
SECRET = "broker-test-partner-secret-7Q2x"
IDENTITY_KEYS = ("partner_id", "secret_key", "shop_name", "pos_name", "user_name", "auth_url", "allowed_hosts")


def identity_values(sandbox: Sandbox, **over) -> dict:
    """The identity keys of a kiosk using ``sandbox`` (kiosk.toml's names)."""
    values = {k: v for k, v in sandbox.kiosk_settings().items() if k in IDENTITY_KEYS}
    values.update(over)
    return values


def write_toml(path: Path, values: dict) -> Path:
    path.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()), encoding="utf-8")
    return path


class RunningBroker:
    """A real broker (service and Unix socket server) on a thread of this process; ``stop()`` ends it."""

    def __init__(self, tmp_path: Path, sandbox: Sandbox | None = None, clock: Clock | None = None, *,
                 identity_over: dict | None = None, **server_over):
        """With ``sandbox``: holding its identity (``identity_over`` replaces or adds keys, e.g. technician_pin)."""
        config = write_toml(tmp_path / "identity.toml", identity_values(sandbox, **(identity_over or {}))) \
            if sandbox else None
        self.service = BrokerService(IdentityStore(Sources(tmp_path / "state", config)), clock or FakeClock())
        self.path = tmp_path / "broker.sock"
        self.server = UnixServer(self.service, listen_on(self.path), kiosk_uids=[os.getuid()], owned_path=self.path,
                                 **server_over)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(5)
        self.service.close()


# systemd's socket activation, by hand: the listening socket (passed as fd N) becomes fd 3 of the program
# that is then exec'd in the same process, with LISTEN_PID its pid. Run as `python3 -c ACTIVATE N prog args…`
# (the environment carries LISTEN_FDS=1).
ACTIVATE = ("import os, sys; fd = int(sys.argv[1]); os.dup2(fd, 3); fd != 3 and os.close(fd); "
            "os.environ['LISTEN_PID'] = str(os.getpid()); os.execvp(sys.argv[2], sys.argv[2:])")


def start_installed_broker(root: Path, log_path: Path) -> subprocess.Popen:
    """The broker a package installed into ``root`` (a Debian root), started as systemd would from its installed
    units, inside the root: as the unit's user, the socket unit's socket passed in as fd 3, root's credential
    copied to a private folder. Returns once it serves with an identity; its output goes to ``log_path``."""
    from tests.helpers.debroot import chroot_env

    def values(path: Path) -> dict[str, str]:
        return {k.strip(): v.strip() for k, _, v in (line.partition("=") for line in path.read_text().splitlines()
                                                        if "=" in line and not line.startswith("#"))}

    service = values(root / "usr/lib/systemd/system/betshop-kiosk-broker.service")
    dropin = values(root / "etc/systemd/system/betshop-kiosk-broker.service.d/10-desktop-user.conf")
    sock_path = values(root / "usr/lib/systemd/system/betshop-kiosk-broker.socket")["ListenStream"]
    user = service["User"]
    desktop = dropin["Environment"].split("=", 1)[1]
    uid, gid = (int(x) for x in next(line.split(":")[2:4] for line in (root / "etc/passwd").read_text().splitlines()
                                     if line.startswith(f"{user}:")))
    creds = root / "run/credentials/betshop-kiosk-broker.service"
    creds.mkdir(parents=True, exist_ok=True)  # a restart finds it (systemd would have made it afresh)
    name = service["LoadCredential"]
    shutil.copy(root / "etc/credstore" / name, creds / name)
    for path, mode in ((creds / name, 0o400), (creds, 0o500)):
        os.chown(path, uid, gid)
        path.chmod(mode)
    state = root / "var/lib" / service["StateDirectory"]
    state.mkdir(parents=True, exist_ok=True)
    os.chown(state, uid, gid)
    state.chmod(0o700)
    listen = root / sock_path.lstrip("/")
    listen.parent.mkdir(parents=True, exist_ok=True)
    listen.unlink(missing_ok=True)  # a restart: the socket unit's file from before
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(listen))
    listen.chmod(0o666)
    listener.listen(64)
    argv = shlex.split(service["ExecStart"].replace("${BETSHOP_KIOSK_DESKTOP_USER}", desktop))
    fd = listener.fileno()
    with log_path.open("w") as log:
        proc = subprocess.Popen(["chroot", f"--userspec={user}:{user}", str(root), "python3", "-c", ACTIVATE, str(fd),
                                 *argv],
                                env=chroot_env(CREDENTIALS_DIRECTORY=f"/{creds.relative_to(root)}", LISTEN_FDS="1",
                                               STATE_DIRECTORY=f"/{state.relative_to(root)}"),
                                pass_fds=(fd,), stdout=log, stderr=subprocess.STDOUT)
    listener.close()
    deadline = time.monotonic() + 60
    while "broker with an identity" not in log_path.read_text() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "broker with an identity" in log_path.read_text(), log_path.read_text()[-3000:]
    return proc


def stop_installed_broker(proc: subprocess.Popen) -> None:
    """SIGTERM, as systemd stops it; killed after 30 s."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def installed_broker(root: Path, log_path: Path) -> Iterator[subprocess.Popen]:
    """:func:`start_installed_broker`, stopped (SIGTERM, as systemd would) when the block ends."""
    proc = start_installed_broker(root, log_path)
    try:
        yield proc
    finally:
        stop_installed_broker(proc)
