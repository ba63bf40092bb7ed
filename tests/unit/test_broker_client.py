"""The kiosk's side over a real Unix socket to a real broker (in this process) and the real sandbox."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from kiosk.autologin.webshop import AnswerTooLarge, AutologinRejected, LinkRefused, WebshopClient, WebshopUnavailable
from kiosk.broker import client, protocol
from kiosk.broker.client import BrokerClient, link_source
from kiosk.broker.server import listen_on, role_for
from kiosk.broker.service import Role
from kiosk.sandbox import Sandbox
from kiosk.settings import ConfigError, explicit_settings, load_settings
from tests.helpers.broker import SECRET, identity_values
from tests.helpers.broker import RunningBroker as Running


@pytest.fixture
def upstream():
    with Sandbox(secret_key=SECRET) as sandbox:
        yield sandbox


@pytest.fixture
def broker(tmp_path, upstream):
    running = Running(tmp_path, upstream)
    yield running
    running.stop()


def kiosk_settings(sandbox, path, **over):
    values = {"allowed_hosts": [sandbox.address], "auth_url": sandbox.auth_url, "broker": str(path)}
    values.update(over)
    return explicit_settings(**values)


def test_the_kiosk_gets_its_link_through_the_broker_without_ever_holding_the_secret(broker, upstream):
    settings = kiosk_settings(upstream, broker.path)
    assert settings.secret_key is None and settings.partner_id is None
    source = link_source(settings)
    assert isinstance(source, BrokerClient)
    link = source.request_link()
    assert link.url.startswith(upstream.base_url) and (link.shop_id, link.pos_id, link.user_id) == (6202, 6228, 6280)
    assert link.latency > 0 and upstream.counters["auth_ok"] == 1
    source.close()


def test_without_a_broker_the_kiosk_asks_the_webshop_itself(upstream, tmp_path):
    settings = explicit_settings(**upstream.kiosk_settings(data_dir=tmp_path))
    source = link_source(settings)
    assert isinstance(source, WebshopClient)
    source.close()


@pytest.mark.parametrize("mode, error, transient", [
    ("500", WebshopUnavailable, True),
    ("oversized", AnswerTooLarge, True),
    ("foreign_url", LinkRefused, False),
])
def test_failures_come_back_as_the_webshop_clients_own_errors(broker, upstream, mode, error, transient):
    upstream.set_auth_failure(mode)
    with pytest.raises(error) as raised:
        link_source(kiosk_settings(upstream, broker.path)).request_link()
    assert raised.value.transient is transient and str(raised.value)


def test_retry_after_reaches_the_kiosk_as_it_would_from_the_webshop(broker, upstream):
    upstream.set_auth_failure("503", retry_after=7)
    with pytest.raises(WebshopUnavailable) as raised:
        link_source(kiosk_settings(upstream, broker.path)).request_link()
    assert raised.value.retry_after == 7.0 and "7 seconds" in str(raised.value)


def test_a_broker_without_identity_is_a_technicians_job_not_a_fast_retry(tmp_path, upstream):
    running = Running(tmp_path)
    try:
        with pytest.raises(AutologinRejected, match="holds no identity"):
            link_source(kiosk_settings(upstream, running.path)).request_link()
    finally:
        running.stop()


def test_the_kiosks_own_allowed_hosts_still_judge_a_link_from_the_broker(broker, upstream):
    settings = kiosk_settings(upstream, broker.path, allowed_hosts=["webshop.betgames.tv"])
    with pytest.raises(LinkRefused, match="not in KIOSK_ALLOWED_HOSTS"):
        link_source(settings).request_link()


def test_a_broker_that_is_not_running_is_a_transient_failure_that_says_where(tmp_path, upstream):
    settings = kiosk_settings(upstream, tmp_path / "nobody-here.sock")
    with pytest.raises(WebshopUnavailable, match="no broker socket at .*nobody-here.sock.*systemctl status") as raised:
        link_source(settings).request_link()
    assert raised.value.transient


def test_a_silent_broker_is_given_up_on(tmp_path, upstream):
    path = tmp_path / "silent.sock"
    listener = listen_on(path)  # accepts (the backlog) and never answers
    try:
        started = time.monotonic()
        with pytest.raises(WebshopUnavailable, match="did not answer properly"):
            BrokerClient(kiosk_settings(upstream, path), timeout=0.5).request_link()
        assert time.monotonic() - started < 5
    finally:
        listener.close()


def test_an_oversized_answer_is_not_read(tmp_path, upstream):
    path = tmp_path / "big.sock"
    listener = listen_on(path)

    def answer_too_much():
        conn, _ = listener.accept()
        protocol.receive(protocol.SocketStream(conn), timeout=5)
        conn.sendall(protocol.HEADER.pack(10 * 1024 * 1024) + b"{" * 65536)
        time.sleep(0.5)
        conn.close()

    threading.Thread(target=answer_too_much, daemon=True).start()
    try:
        with pytest.raises(WebshopUnavailable, match="over the 16384 byte limit"):
            BrokerClient(kiosk_settings(upstream, path), timeout=5).request_link()
    finally:
        listener.close()


# ---- the server's manners with its peers ------------------------------------------------------------

def raw_connect(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(10)
    s.connect(str(path))
    return s


def test_the_broker_drops_a_peer_that_says_nothing(tmp_path, upstream):
    running = Running(tmp_path, upstream, request_timeout=0.3)
    try:
        s = raw_connect(running.path)
        started = time.monotonic()
        assert s.recv(100) == b"", "closed without an answer"
        assert time.monotonic() - started < 5
        s.close()
        assert client.call(str(running.path), protocol.request(protocol.Op.LINK), timeout=10)["ok"], "still serving"
    finally:
        running.stop()


def test_the_broker_answers_an_oversized_or_malformed_request_with_a_reason_and_closes(broker):
    for raw in (protocol.HEADER.pack(1 << 20), protocol.HEADER.pack(5) + b"nope!"):
        s = raw_connect(broker.path)
        s.sendall(raw)
        answer = protocol.receive(protocol.SocketStream(s), timeout=5)
        assert answer["ok"] is False and answer["error"]["kind"] == "bad_request"
        assert s.recv(10) == b""
        s.close()


def test_only_the_kiosk_user_and_root_are_answered():
    assert role_for(0, [1000]) is Role.ADMIN
    assert role_for(1000, [1000]) is Role.KIOSK
    assert role_for(1001, [1000]) is None
    assert role_for(65534, []) is None


def test_status_and_hand_over_for_technicians(tmp_path, upstream):
    running = Running(tmp_path)
    try:
        assert client.status(str(running.path))["has_identity"] is False
        answer = client.hand_over(str(running.path), identity_values(upstream))
        assert answer["ok"], answer
        assert client.status(str(running.path))["identity"]["partner_id"] == upstream.partner_id
    finally:
        running.stop()


# ---- settings in broker mode --------------------------------------------------------------------------

def test_in_broker_mode_the_kiosk_needs_no_identity_of_its_own(kiosk_env, tmp_path):
    from kiosk.settings import IDENTITY_FIELDS

    config = tmp_path / "kiosk.toml"
    config.write_text('broker = "/run/betshop-kiosk/broker.sock"\n', encoding="utf-8")
    settings = load_settings(config, require=IDENTITY_FIELDS)
    assert settings.broker == "/run/betshop-kiosk/broker.sock"
    config.write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match="KIOSK_PARTNER_ID: is required"):
        load_settings(config, require=IDENTITY_FIELDS)  # direct mode: as today


def test_a_secret_in_the_kiosks_settings_in_broker_mode_is_a_configuration_error_saying_how_to_move_it(
        kiosk_env, tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('broker = "/run/betshop-kiosk/broker.sock"\nsecret_key = "s3cr3t-value"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_settings(config)
    text = str(raised.value)
    assert "KIOSK_SECRET_KEY: must not be set in broker mode" in text and "sudo kiosk broker import" in text
    assert f"from {config}, key 'secret_key'" in text and "s3cr3t-value" not in text


@pytest.mark.parametrize("value", ["relative/broker.sock", "/" + "x" * 120])
def test_the_broker_setting_must_be_a_socket_path(kiosk_env, value):
    kiosk_env.setenv("KIOSK_BROKER", value)
    with pytest.raises(ConfigError, match="KIOSK_BROKER: must be the absolute path of the broker's socket"):
        load_settings()
