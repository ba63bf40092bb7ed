"""`kiosk broker` as its own process: small (no Qt), and refusing to run as the user it keeps the secret from."""

from __future__ import annotations

import os
import pwd
import signal
import subprocess
import sys
import time

from kiosk.broker import client, protocol
from kiosk.sandbox import Sandbox
from tests.helpers.broker import SECRET, identity_values, write_toml
from tests.helpers.process import clean_env


def test_the_broker_process_never_imports_qt(tmp_path):
    with Sandbox(secret_key=SECRET) as sandbox:
        config = write_toml(tmp_path / "identity.toml", identity_values(sandbox))
        sock = tmp_path / "broker.sock"
        proc = subprocess.Popen([sys.executable, "-X", "importtime", "-m", "kiosk", "broker", "--config", str(config),
                                 "--socket", str(sock), "--allow-user", "nobody", "--state-dir", str(tmp_path / "state")],
                                env=clean_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 30
            while not sock.exists() and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            for op in (protocol.Op.LINK, protocol.Op.TEST, protocol.Op.STATUS):  # every path a request takes
                assert client.call(str(sock), protocol.request(op), timeout=30)["ok"]
        finally:
            proc.send_signal(signal.SIGTERM)
            _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err[-2000:]
    imported = [line.rsplit("|", 1)[-1].strip() for line in err.splitlines() if line.startswith("import time:")]
    assert "kiosk.broker.server" in imported and "kiosk.autologin.webshop" in imported, "importtime saw the broker"
    qt = [m for m in imported if m.split(".")[0] in ("PySide6", "shiboken6")]
    assert not qt, f"kiosk broker imported Qt: {qt[:5]}"


def test_the_broker_refuses_to_run_as_the_kiosk_user_and_needs_to_know_who_that_is(tmp_path):
    me = pwd.getpwuid(os.getuid()).pw_name
    done = subprocess.run([sys.executable, "-m", "kiosk", "broker", "--socket", str(tmp_path / "b.sock"),
                           "--allow-user", me], env=clean_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "must not run as the kiosk's desktop user" in done.stderr
    done = subprocess.run([sys.executable, "-m", "kiosk", "broker", "--socket", str(tmp_path / "b.sock")],
                          env=clean_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "--allow-user NAME" in done.stderr
    done = subprocess.run([sys.executable, "-m", "kiosk", "broker", "--socket", str(tmp_path / "b.sock"),
                           "--allow-user", "no-such-user-here"], env=clean_env(), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and "there is no user 'no-such-user-here'" in done.stderr
    assert "Traceback" not in done.stderr
