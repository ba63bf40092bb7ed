"""A central Prometheus scraping a real kiosk over the shop LAN: another address than loopback is a network
namespace made here (a veth pair, 10.200.x.0/30, removed afterwards), the kiosk a real ``kiosk run`` against
the sandbox with KIOSK_METRICS_LISTEN on all addresses.

From the namespace: /metrics works when its address is allowed, the connection is refused unanswered when it
is not, /health is never answered there (nor its loopback port reachable), and with a web config TLS and basic
auth are required.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import bcrypt
import pytest

from kiosk.sandbox import Sandbox
from tests.helpers import free_port, sandbox_env
from tests.helpers.process import KIOSK, clean_env, wait_health

HOST, PEER = "10.200.47.1", "10.200.47.2"

# Runs inside the namespace: one request, the outcome as JSON (status and body, or the error's class).
SCRAPE = textwrap.dedent("""
    import json, ssl, sys, httpx
    url, verify, auth = sys.argv[1], sys.argv[2], sys.argv[3]
    try:
        r = httpx.get(url, timeout=5, verify=ssl.create_default_context(cafile=verify) if verify != "-" else True,
                      auth=tuple(auth.split(":", 1)) if auth != "-" else None)
        print(json.dumps({"status": r.status_code, "body": r.text}))
    except httpx.HTTPError as e:
        print(json.dumps({"error": type(e).__name__}))
""")


@pytest.fixture(scope="module")
def lan():
    """The namespace ``bk-lan-<pid>``, reached from this machine over a veth pair; yields a function that runs
    one scrape from inside it."""
    if os.geteuid() != 0:
        pytest.fail("this test makes a network namespace: run it as root (CI does)")
    ns, host_if, peer_if = f"bk-lan-{os.getpid()}", f"bkh{os.getpid() % 100000}", f"bkp{os.getpid() % 100000}"
    steps = [["ip", "netns", "add", ns],
             ["ip", "link", "add", host_if, "type", "veth", "peer", "name", peer_if],
             ["ip", "link", "set", peer_if, "netns", ns],
             ["ip", "addr", "add", f"{HOST}/30", "dev", host_if],
             ["ip", "link", "set", host_if, "up"],
             ["ip", "-n", ns, "addr", "add", f"{PEER}/30", "dev", peer_if],
             ["ip", "-n", ns, "link", "set", peer_if, "up"],
             ["ip", "-n", ns, "link", "set", "lo", "up"]]
    try:
        for step in steps:
            subprocess.run(step, check=True, capture_output=True, timeout=30)

        def scrape(url: str, verify: str = "-", auth: str = "-") -> dict:
            done = subprocess.run(["ip", "netns", "exec", ns, sys.executable, "-c", SCRAPE, url, verify, auth],
                                  capture_output=True, text=True, timeout=60)
            assert done.returncode == 0, done.stderr[-2000:]
            return json.loads(done.stdout)

        yield scrape
    finally:
        subprocess.run(["ip", "link", "del", host_if], capture_output=True)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)


def run_kiosk(sb: Sandbox, data: Path, **env: str):
    health = free_port()
    proc = subprocess.Popen([*KIOSK, "run"], env=clean_env(**sandbox_env(sb, data, KIOSK_HEALTH_PORT=health, **env)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        wait_health(health, lambda h: h["state"] == "ready" and "metrics_listen" in h, timeout=60)
    except AssertionError:
        proc.kill()
        raise AssertionError(proc.communicate(timeout=30)[1][-3000:]) from None
    return proc, health


def stop(proc) -> str:
    proc.send_signal(signal.SIGTERM)
    return proc.communicate(timeout=30)[1]


@pytest.mark.timeout(300)
def test_from_another_address_metrics_only_when_allowed_and_never_health(lan, tmp_path):
    metrics = free_port()
    with Sandbox() as sb:
        proc, health = run_kiosk(sb, tmp_path / "a", KIOSK_METRICS_LISTEN=f"0.0.0.0:{metrics}",
                                 KIOSK_METRICS_ALLOW=json.dumps([f"{PEER}/32"]))
        try:
            got = lan(f"http://{HOST}:{metrics}/metrics")
            assert got["status"] == 200 and "kiosk_ready 1.0" in got["body"], got
            for path in ("/health", "/"):
                got = lan(f"http://{HOST}:{metrics}{path}")
                assert got["status"] == 404 and '"state"' not in got["body"], (path, got)
            assert "error" in lan(f"http://{HOST}:{health}/health")  # the loopback port is not on the LAN
        finally:
            stop(proc)

        proc, health = run_kiosk(sb, tmp_path / "b", KIOSK_METRICS_LISTEN=f"0.0.0.0:{metrics}")  # default: loopback
        try:
            assert lan(f"http://{HOST}:{metrics}/metrics") == {"error": "RemoteProtocolError"}  # closed unanswered
        finally:
            log = stop(proc)
        assert f"metrics: refused a connection from {PEER} (not in KIOSK_METRICS_ALLOW)" in log


@pytest.mark.timeout(300)
def test_from_another_address_tls_and_basic_auth_as_the_web_config_says(lan, tmp_path):
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "2", "-subj", f"/CN={HOST}", "-addext", f"subjectAltName=IP:{HOST}",
                    "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"], check=True, capture_output=True)
    hashed = bcrypt.hashpw(b"s3cret-scrape", bcrypt.gensalt(rounds=4)).decode()
    (tmp_path / "web.yml").write_text(f"tls_server_config:\n  cert_file: cert.pem\n  key_file: key.pem\n"
                                      f"basic_auth_users:\n  prometheus: '{hashed}'\n")
    metrics, ca = free_port(), str(tmp_path / "cert.pem")
    with Sandbox() as sb:
        proc, health = run_kiosk(sb, tmp_path / "data", KIOSK_METRICS_LISTEN=f"0.0.0.0:{metrics}",
                                 KIOSK_METRICS_ALLOW=json.dumps([f"{PEER}/32"]),
                                 KIOSK_METRICS_WEB_CONFIG=str(tmp_path / "web.yml"))
        try:
            url = f"https://{HOST}:{metrics}/metrics"
            got = lan(url, ca, "prometheus:s3cret-scrape")
            assert got["status"] == 200 and "kiosk_autologin_requests_total" in got["body"], got
            assert lan(url, ca)["status"] == 401
            assert lan(url, ca, "prometheus:guess")["status"] == 401
            assert lan(url.replace("/metrics", "/health"), ca, "prometheus:s3cret-scrape")["status"] == 404
            assert "error" in lan(f"http://{HOST}:{metrics}/metrics")  # plain HTTP gets no answer
            assert "error" in lan(url)  # nor a client that does not trust the terminal's certificate
        finally:
            stop(proc)


@pytest.mark.timeout(300)
def test_a_terminal_that_is_not_set_up_is_seen_unconfigured_from_the_lan(lan, tmp_path):
    """After a bad settings rollout the central Prometheus still scrapes it, so KioskUnconfigured can fire."""
    health, metrics = free_port(), free_port()
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text(f'shop_name = "Shop"\nhealth_port = {health}\nmetrics_listen = "0.0.0.0:{metrics}"\n'
                   f'metrics_allow = ["{PEER}/32"]\n', encoding="utf-8")
    proc = subprocess.Popen([*KIOSK, "run", "--config", str(cfg)],
                            env=clean_env(KIOSK_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        wait_health(health, lambda h: h["state"] == "unconfigured" and "metrics_listen" in h, timeout=60)
        got = lan(f"http://{HOST}:{metrics}/metrics")
        assert got["status"] == 200 and 'kiosk_state{kiosk_state="unconfigured"} 1.0' in got["body"], got
        assert lan(f"http://{HOST}:{metrics}/health")["status"] == 404
    finally:
        stop(proc)
