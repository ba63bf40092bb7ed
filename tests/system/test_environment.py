"""The kiosk's secrets are not in the environment its web engine processes inherit."""

from __future__ import annotations

import signal
import subprocess

import psutil

from kiosk.pin import hash_pin
from kiosk.sandbox import Sandbox
from kiosk.settings import take_secrets_from_environ
from tests.helpers import free_port, sandbox_env
from tests.helpers.process import KIOSK, clean_env, wait_health

SECRET = "Field-Test-Secret-Not-Hex-Shaped"


def test_take_secrets_from_environ_removes_only_the_secrets():
    env = {"KIOSK_SECRET_KEY": "s", "kiosk_technician_pin": "h", "KIOSK_SHOP_NAME": "Shop", "PATH": "/bin"}
    assert take_secrets_from_environ(env) == {"KIOSK_SECRET_KEY": "s", "kiosk_technician_pin": "h"}
    assert env == {"KIOSK_SHOP_NAME": "Shop", "PATH": "/bin"}


def test_web_engine_processes_do_not_inherit_the_secret_key(tmp_path):
    port = free_port()
    pin_hash = hash_pin("246813")
    with Sandbox(secret_key=SECRET) as sb:
        env = clean_env(**sandbox_env(sb, tmp_path / "data", KIOSK_HEALTH_PORT=port,
                                      KIOSK_TECHNICIAN_PIN=pin_hash))
        assert env["KIOSK_SECRET_KEY"] == SECRET
        proc = subprocess.Popen([*KIOSK, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL)
        try:
            wait_health(port, lambda h: h["state"] == "ready")
            engines = [p for p in psutil.Process(proc.pid).children(recursive=True)
                       if "QtWebEngineProcess" in p.name()]
            assert engines, "no web engine process found"
            for p in engines:
                with open(f"/proc/{p.pid}/environ", "rb") as f:
                    environ = f.read()
                assert b"KIOSK_SECRET_KEY" not in environ and SECRET.encode() not in environ, p.cmdline()[:2]
                assert b"KIOSK_TECHNICIAN_PIN" not in environ and pin_hash.encode() not in environ
                assert b"KIOSK_SHOP_NAME" in environ  # the rest of the environment is passed on as before
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.communicate(timeout=30)


def test_a_technician_restart_hands_the_secrets_to_the_new_process(monkeypatch):
    """The restarted kiosk reads its settings again, so it gets back what this one took out."""
    from kiosk import cli

    seen = {}
    monkeypatch.setattr(cli.os, "execve", lambda exe, argv, env: seen.update(exe=exe, argv=argv, env=env))
    monkeypatch.delenv("KIOSK_SECRET_KEY", raising=False)
    cli._restart_self({"KIOSK_SECRET_KEY": SECRET})
    assert seen["env"]["KIOSK_SECRET_KEY"] == SECRET and "KIOSK_SECRET_KEY" not in __import__("os").environ
