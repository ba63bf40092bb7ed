"""Helpers for broker tests: a sandbox's identity as the broker reads it, and a real broker in this process."""

from __future__ import annotations

import json
import os
import threading
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
