"""/metrics on the shop LAN (kiosk/monitoring/lan.py) over real loopback HTTP: only /metrics, only for the
allowed networks, basic auth from an exporter-toolkit web.yml, and a sentence for every bad setting.

Another source address than loopback, and TLS, are in tests/system/test_lan_metrics_netns.py.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import bcrypt
import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk.autologin.session import Snapshot
from kiosk.monitoring.health import HealthServer
from kiosk.monitoring.lan import (
    Gate,
    MetricsListener,
    WebConfigError,
    load_web_config,
    parse_listen,
    parse_networks,
    start_lan_metrics,
)
from kiosk.monitoring.metrics import render_metrics
from kiosk.settings import ConfigError, load_settings
from tests.helpers.debroot import free_port


@pytest.fixture
def health():
    server = HealthServer(0).start()
    server.publish(Snapshot({"state": "ready", "shop_id": 7}, retry_at=None, started_at=0.0))
    yield server
    server.stop()


def lan(health: HealthServer, networks: list[str], **kw) -> MetricsListener:
    return MetricsListener(("127.0.0.1", 0), lambda: render_metrics(health.current),
                           networks=parse_networks(networks), **kw).start()


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def write_web(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "web.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_allowed_scraper_gets_the_kiosks_metrics_and_nothing_else(health):
    listener = lan(health, ["127.0.0.0/8"])
    try:
        url = f"http://127.0.0.1:{listener.port}"
        reply = httpx.get(url + "/metrics", timeout=5)
        assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/plain; version=0.0.4")
        families = {f.name: f for f in text_string_to_metric_families(reply.text)}
        assert families["kiosk_ready"].samples[0].value == 1
        for path in ("/health", "/", "/metrics/../health", "/health?x=/metrics"):
            other = httpx.get(url + path, timeout=5)
            assert other.status_code == 404 and "state" not in other.text, path
        # The loopback server still answers /health as before, with the running version.
        assert httpx.get(f"http://127.0.0.1:{health.port}/health", timeout=5).json()["state"] == "ready"
    finally:
        listener.stop()


def test_a_source_outside_the_allowed_networks_gets_no_answer_at_all(health, caplog):
    listener = lan(health, ["10.20.0.0/16", "::1/128"])
    try:
        with caplog.at_level(logging.WARNING, "kiosk.monitoring.lan"):
            for _ in range(2):
                with pytest.raises(httpx.TransportError):  # closed before a byte of HTTP: no status, no body
                    httpx.get(f"http://127.0.0.1:{listener.port}/metrics", timeout=5)
        refused = [r.getMessage() for r in caplog.records]
        assert refused == ["metrics: refused a connection from 127.0.0.1 (not in KIOSK_METRICS_ALLOW)"]  # once
    finally:
        listener.stop()


def test_the_gate_reads_ipv4_clients_of_a_dual_stack_listener_and_single_addresses():
    gate = Gate(parse_networks(["10.20.0.0/16", "192.168.5.9"]))
    assert gate.admits("10.20.3.4") and gate.admits("::ffff:10.20.3.4") and gate.admits("192.168.5.9")
    assert not gate.admits("10.21.0.1") and not gate.admits("192.168.5.10") and not gate.admits("not-an-ip")


def test_basic_auth_admits_the_listed_user_with_the_right_password_only(health, tmp_path):
    hashed = bcrypt.hashpw(b"scrape-me", bcrypt.gensalt(rounds=4)).decode()
    web = load_web_config(write_web(tmp_path, f"basic_auth_users:\n  prometheus: '{hashed}'\n"))
    listener = lan(health, ["127.0.0.1/32"], web=web)
    try:
        url = f"http://127.0.0.1:{listener.port}/metrics"
        assert httpx.get(url, headers=basic("prometheus", "scrape-me"), timeout=5).status_code == 200
        assert httpx.get(url, headers=basic("prometheus", "scrape-me"), timeout=5).status_code == 200  # cached
        for headers in ({}, basic("prometheus", "wrong"), basic("root", "scrape-me"), {"Authorization": "Basic !!"},
                        {"Authorization": "Bearer x"}):
            reply = httpx.get(url, headers=headers, timeout=5)
            assert reply.status_code == 401 and "kiosk_" not in reply.text, headers
            assert reply.headers["www-authenticate"].startswith("Basic realm=")
        # /health is not behind the password either: it is simply not here.
        assert httpx.get(url.replace("/metrics", "/health"), headers=basic("prometheus", "scrape-me"),
                         timeout=5).status_code == 404
    finally:
        listener.stop()


@pytest.mark.parametrize(("text", "says"), [
    ("basic_auth_users:\n  prometheus: scrape-me\n", "the password of 'prometheus' in {p} is not a bcrypt hash"),
    ("tls_server_config:\n  cert_file: no.crt\n  key_file: no.key\n", "the certificate {d}/no.crt or key {d}/no.key"),
    ("tls_server_config:\n  cert_file: a.crt\n", "tls_server_config: key_file is missing in {p}"),
    ("tls_server_config:\n  cert_file: a\n  key_file: b\n  min_version: TLS10\n", "min_version 'TLS10' in {p}"),
    ("tls_server_config:\n  cert_file: a\n  key_file: b\n  cipher_suites: [x]\n",
     "tls_server_config: cipher_suites in {p} is not supported by the kiosk"),
    ("http_server_config:\n  http2: true\n", "http_server_config in {p} is not supported by the kiosk"),
    ("basic_auth_users: [a, b]\n", "basic_auth_users in {p} must map user names to bcrypt hashes"),
    ("tls_server_config: {cert_file: a\n", "{p} is not valid YAML"),
    ("- a\n", "{p} must be a mapping"),
])
def test_a_bad_web_config_is_a_sentence_naming_the_file_and_the_key(tmp_path, text, says):
    path = write_web(tmp_path, text)
    with pytest.raises(WebConfigError) as e:
        load_web_config(path)
    assert says.format(p=path, d=tmp_path) in str(e.value)
    assert "scrape-me" not in str(e.value)  # a password typed into the file is never echoed


def test_an_empty_web_config_means_plain_http_without_users(tmp_path):
    web = load_web_config(write_web(tmp_path, "# nothing yet\n"))
    assert web.tls is None and not web.users


def test_a_listener_that_cannot_start_says_why_in_health_and_the_log_and_the_kiosk_runs_on(health, tmp_path, caplog):
    class S:
        metrics_listen = "127.0.0.1:1"
        metrics_allow = ["127.0.0.0/8"]
        metrics_web_config = str(tmp_path / "missing-web.yml")

    with caplog.at_level(logging.ERROR, "kiosk.monitoring.lan"):
        assert start_lan_metrics(S(), lambda: "", health.publish_section) is None
    section = health.current()["metrics_listen"]
    assert section["error"].startswith(f"not serving /metrics on the LAN: the metrics web config {S.metrics_web_config}")
    assert caplog.records[0].getMessage() == section["error"]
    S.metrics_web_config = ""
    busy = lan(health, ["127.0.0.0/8"])
    try:
        S.metrics_listen = f"127.0.0.1:{busy.port}"
        assert start_lan_metrics(S(), lambda: "", health.publish_section) is None
        assert "cannot listen on 127.0.0.1:" in health.current()["metrics_listen"]["error"]
    finally:
        busy.stop()


def test_a_started_listener_reports_itself_in_health(health):
    class S:
        metrics_listen = f"127.0.0.1:{free_port()}"
        metrics_allow = ["127.0.0.0/8"]
        metrics_web_config = ""

    listener = start_lan_metrics(S(), lambda: "kiosk_ready 1\n", health.publish_section)
    assert listener is not None
    try:
        assert health.current()["metrics_listen"] == {"address": S.metrics_listen, "tls": False, "basic_auth": False,
                                                      "error": None}
        assert httpx.get(f"http://127.0.0.1:{listener.port}/metrics", timeout=5).text == "kiosk_ready 1\n"
    finally:
        listener.stop()


def test_listen_addresses_and_networks_are_checked():
    assert parse_listen("0.0.0.0:9464") == ("0.0.0.0", 9464)
    assert parse_listen("[::]:9464") == ("::", 9464)
    for bad, says in (("9464", "an address and a port"), ("kiosk.lan:9464", "not an IP address"),
                      ("0.0.0.0:99999", "not a port number"), ("0.0.0.0:", "not a port number")):
        with pytest.raises(ValueError, match=says):
            parse_listen(bad)
    with pytest.raises(ValueError, match="'10.0.0.0/33' is not a network"):
        parse_networks(["10.0.0.0/33"])


def test_the_settings_name_the_field_the_problem_and_where_it_came_from(kiosk_env, tmp_path):
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('metrics_listen = "0.0.0.0:9464"\nmetrics_allow = ["10.20.0.0/16", "shop-lan"]\n')
    with pytest.raises(ConfigError) as e:
        load_settings(cfg)
    msg = str(e.value)
    assert "KIOSK_METRICS_LISTEN: serves the kiosk's /metrics on the LAN, so KIOSK_HEALTH_PORT" in msg
    assert f"(from {cfg}, key 'metrics_listen')" in msg
    assert "KIOSK_METRICS_ALLOW: 'shop-lan' is not a network" in msg and f"(from {cfg}, key 'metrics_allow')" in msg
    kiosk_env.setenv("KIOSK_HEALTH_PORT", "9100")
    kiosk_env.setenv("KIOSK_METRICS_ALLOW", '["10.20.0.7"]')
    s = load_settings(cfg)
    assert s.metrics_listen == "0.0.0.0:9464" and s.metrics_allow == ["10.20.0.7/32"]
    assert load_settings(tmp_path / "kiosk.toml").metrics_web_config == ""
