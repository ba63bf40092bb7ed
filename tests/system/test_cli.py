"""The real `kiosk` command as a separate process: exit codes, messages, and what it writes."""

from __future__ import annotations

import re
import signal
import subprocess
import time

import httpx
import pytest

from kiosk import __version__
from kiosk.autologin.webshop import autologin_hash
from kiosk.sandbox import Sandbox
from tests.helpers import free_port, sandbox_env
from tests.helpers.process import KIOSK, clean_env, wait_health


def test_version():
    out = subprocess.run([*KIOSK, "--version"], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0 and out.stdout.strip() == f"betshop-kiosk {__version__}"


def test_a_bad_configuration_exits_2_with_one_message_and_no_traceback(tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('partner_id = "twelve"\nsecret_key = "file-secret-value"\n', encoding="utf-8")
    env = clean_env(KIOSK_HEALTH_PORT="not-a-port")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):  # with a display it shows the setup screen instead
        env.pop(var, None)
    out = subprocess.run([*KIOSK, "run", "--config", str(cfg)], capture_output=True, text=True, timeout=60,
                         env=env, stdin=subprocess.DEVNULL)
    assert out.returncode == 2
    err = out.stderr
    assert "Traceback" not in err and "file-secret-value" not in err
    assert "KIOSK_PARTNER_ID: Input should be a valid integer" in err and str(cfg) in err
    assert "KIOSK_HEALTH_PORT" in err and "from environment variable KIOSK_HEALTH_PORT" in err
    assert "KIOSK_SHOP_NAME: is required" in err


# Neither hex nor token-shaped: only the redaction registry can mask it, not a generic pattern.
SECRET_KEY = "Partner Key: correct horse battery staple"


def cookie_rows(path) -> list[tuple]:
    """Every row of a Chromium cookie database (values are stored in clear on Linux)."""
    import sqlite3

    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute("SELECT host_key, name, value, encrypted_value, path FROM cookies").fetchall()
    finally:
        db.close()


def test_a_full_run_writes_no_secret_anywhere(tmp_path):
    """Start, refresh after expiry, stop: then scan every byte the process wrote, the cookie database too.

    The secrets are ones no generic pattern catches (a plain-words secret key, base64url link
    tokens), and the webshop page logs all of them to its console, which the kiosk logs at DEBUG:
    only the redaction registry keeps them out (remove ``redact.register`` in
    ``kiosk/autologin/webshop.py`` and this test fails)."""
    from kiosk.sandbox.webshop import SESSION_COOKIE

    data_dir = tmp_path / "data"
    port = free_port()
    with Sandbox(poll_interval=0.2, secret_key=SECRET_KEY, link_tokens="urlsafe", chatty_console=True) as sb:
        env = clean_env(**sandbox_env(sb, data_dir, KIOSK_HEALTH_PORT=port, KIOSK_LOG_LEVEL="DEBUG"))
        proc = subprocess.Popen([*KIOSK, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL)
        try:
            health = [wait_health(port, lambda h: h["state"] == "ready")]
            sb.expire_sessions()
            health.append(wait_health(port, lambda h: h["autologin_requests"] >= 2 and h["state"] == "ready"))
            health.append(httpx.get(f"http://127.0.0.1:{port}/health").text)
        finally:
            proc.send_signal(signal.SIGTERM)
            out, err = proc.communicate(timeout=30)
        assert proc.returncode != 0  # stopped by a signal, not by a technician
        assert sb.counters["login_page_served"] == 0
        tokens = sb.issued_tokens
    assert len(tokens) >= 2 and not any(re.fullmatch(r"[0-9a-fA-F]{64}", t) for t in tokens)
    secrets = [SECRET_KEY, autologin_hash(SECRET_KEY, sb.partner_id), *tokens]
    written = {"stdout": out, "stderr": err, "health": repr(health).encode()}
    for path in data_dir.rglob("*"):
        if path.is_file():
            written[str(path)] = path.read_bytes()
    assert any("logs" in name for name in written), "the log file was not written"
    assert b"webshop ready" in written["stderr"]
    # The console lines that carried the secrets were logged (masked), so the check below means something.
    log_text = (data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    chatter = [line for line in log_text.splitlines() if "webshop debug: link token" in line]
    assert chatter and all("[redacted]" in line for line in chatter)
    # The cookie database, read as a database: the webshop's session cookie is there, no secret is.
    cookie_dbs = [p for p in data_dir.rglob("Cookies") if p.is_file()]
    assert cookie_dbs, "the profile's cookie database was not written"
    rows = [row for db in cookie_dbs for row in cookie_rows(db)]
    assert any(row[1] == SESSION_COOKIE for row in rows), rows
    written["cookie rows"] = repr(rows).encode()
    for name, blob in written.items():
        for secret in secrets:
            assert secret.encode() not in blob, f"a secret leaked into {name}"


def test_verify_mobile_as_a_real_process_reads_the_code_from_stdin(tmp_path):
    with Sandbox() as sb:
        token = sb.add_player(number="44-700123456")
        env = clean_env(KIOSK_GATEWAY_URL=sb.gateway_url, KIOSK_BRAND_ID="1009")
        proc = subprocess.Popen([*KIOSK, "verify-mobile", "--session", token], env=env, text=True,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while sb.last_code() is None and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        code = sb.last_code()
        assert code is not None, "no code was sent"
        out, err = proc.communicate(f"000000\n{code}\n", timeout=30)
    assert proc.returncode == 0, err
    assert "456" in out and "700123456" not in out + err  # masked: last 3 digits only
    for secret in (token, code):
        assert secret not in out + err
    assert "Traceback" not in err


def test_verify_mobile_without_gateway_settings_exits_2():
    out = subprocess.run([*KIOSK, "verify-mobile", "--session", "whatever-token"], capture_output=True,
                         text=True, timeout=60, env=clean_env(), stdin=subprocess.DEVNULL)
    assert out.returncode == 2
    assert "KIOSK_GATEWAY_URL" in out.stderr and "Traceback" not in out.stderr
    assert "whatever-token" not in out.stdout + out.stderr


@pytest.mark.parametrize("platform", [None, "xcb"])  # xcb asked for (a service unit's Environment=) but no X
def test_run_without_a_display_says_so_in_a_sentence(tmp_path, platform):
    with Sandbox() as sb:
        env = clean_env(**sandbox_env(sb, tmp_path / "data"))
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    out = subprocess.run([*KIOSK, "run"], capture_output=True, text=True, timeout=60, env=env,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 1
    assert "no display" in out.stderr and "DISPLAY=:0" in out.stderr and "Traceback" not in out.stderr


def test_a_bad_setting_without_a_display_exits_2_with_the_sentence_not_a_qt_abort(tmp_path):
    with Sandbox() as sb:
        env = clean_env(**sandbox_env(sb, tmp_path / "data"), KIOSK_PAPER_WIDTH_MM="wide", QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    out = subprocess.run([*KIOSK, "run"], capture_output=True, text=True, timeout=60, env=env,
                         stdin=subprocess.DEVNULL)
    assert out.returncode == 2, out.stderr
    assert "KIOSK_PAPER_WIDTH_MM" in out.stderr and "Traceback" not in out.stderr
    assert "platform plugin" not in out.stderr
