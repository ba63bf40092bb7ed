"""The broker's brain against the real sandbox (loopback HTTP), with a fake clock for its manners."""

from __future__ import annotations

import json

import pytest

from kiosk.autologin.webshop import autologin_hash
from kiosk.broker.identity import Identity, parse_identity
from kiosk.broker.protocol import Kind, Op, request
from kiosk.broker.service import BrokerService, Role, proof
from kiosk.broker.store import IdentityStore, Sources
from kiosk.clock import FakeClock
from kiosk.pin import hash_pin
from kiosk.sandbox import Sandbox
from tests.helpers.broker import SECRET, identity_values, write_toml


@pytest.fixture
def upstream():
    with Sandbox(secret_key=SECRET) as sandbox:
        yield sandbox


def make_service(tmp_path, sandbox=None, clock=None, **over) -> BrokerService:
    config = write_toml(tmp_path / "identity.toml", identity_values(sandbox, **over)) if sandbox else None
    store = IdentityStore(Sources(state_dir=tmp_path / "state", config_file=config))
    return BrokerService(store, clock or FakeClock())


def secrets_of(sandbox: Sandbox) -> list[str]:
    return [sandbox.secret_key, autologin_hash(sandbox.secret_key, sandbox.partner_id)]


def test_a_link_request_gets_a_link_and_the_ids(tmp_path, upstream):
    service = make_service(tmp_path, upstream)
    answer = service.handle(request(Op.LINK), Role.KIOSK)
    assert answer["ok"] is True
    link = answer["link"]
    assert link["url"].startswith(upstream.base_url + "/webshop/integrations/") and link["user_id"] == 6280
    assert {link["shop_id"], link["pos_id"]} == {6202, 6228}
    assert upstream.counters["auth_ok"] == 1


def test_a_connection_test_says_where_the_link_would_go_but_sends_no_link(tmp_path, upstream):
    service = make_service(tmp_path, upstream)
    answer = service.handle(request(Op.TEST), Role.KIOSK)
    assert answer["ok"] and answer["test"]["host"] == "127.0.0.1" and "url" not in answer["test"]
    assert upstream.issued_tokens[-1] not in json.dumps(answer)


def test_a_link_request_naming_another_shop_is_refused_and_never_reaches_the_api(tmp_path, upstream):
    service = make_service(tmp_path, upstream)
    answer = service.handle({"v": 1, "op": "link", "shop_name": "Someone else's shop"}, Role.KIOSK)
    assert answer["ok"] is False and answer["error"]["kind"] == Kind.CARRIES_IDENTITY.value
    assert upstream.counters.get("auth_requests", 0) == 0


def test_no_identity_yet_is_said_and_is_not_retried_fast(tmp_path):
    service = make_service(tmp_path)
    answer = service.handle(request(Op.LINK), Role.KIOSK)
    assert answer["error"]["kind"] == "no_identity" and answer["error"]["transient"] is False
    assert "sudo kiosk setup" in answer["error"]["message"]


@pytest.mark.parametrize("mode, kind, transient", [
    ("500", "unavailable", True),
    ("html", "unavailable", True),
    ("oversized", "too_large", True),
    ("trickle", "too_slow", True),
    ("foreign_url", "refused", False),
])
def test_each_failure_comes_back_with_its_kind(tmp_path, upstream, mode, kind, transient):
    from kiosk.autologin.webshop import WebshopClient

    config = write_toml(tmp_path / "identity.toml", identity_values(upstream))
    # The webshop client's own deadline, shortened: a trickling answer is given up on in 1.5 s, not 20.
    service = BrokerService(IdentityStore(Sources(tmp_path / "state", config)), FakeClock(),
                            client_factory=lambda settings: WebshopClient(settings, deadline=1.5))
    upstream.set_auth_failure(mode)
    error = service.handle(request(Op.LINK), Role.KIOSK)["error"]
    assert (error["kind"], error["transient"]) == (kind, transient), error
    assert error["message"]


def test_a_wrong_secret_is_rejected_and_the_answer_holds_neither_secret_nor_hash(tmp_path, upstream):
    wrong = "not-the-" + SECRET
    service = make_service(tmp_path, upstream, secret_key=wrong)
    error = service.handle(request(Op.LINK), Role.KIOSK)["error"]
    assert error["kind"] == "rejected" and error["transient"] is False
    text = json.dumps(error)
    assert wrong not in text and autologin_hash(wrong, upstream.partner_id) not in text


def test_no_answer_of_any_request_carries_the_secret_or_the_hash(tmp_path, upstream):
    pin_hash = hash_pin("246810")
    service = make_service(tmp_path, upstream, technician_pin=pin_hash)
    answers = [service.handle(request(op), role) for op in (Op.LINK, Op.TEST, Op.STATUS) for role in Role]
    answers.append(service.handle(request(Op.STATUS, challenge="ab" * 16), Role.KIOSK))
    answers.append(service.handle(request(Op.SET_IDENTITY, identity={"shop_name": "X"}, pin="000000"), Role.KIOSK))
    answers.append(service.handle(request(Op.SET_IDENTITY, identity={"shop_name": "Y"}, pin="246810"), Role.KIOSK))
    upstream.set_auth_failure("rich_error")
    answers.append(service.handle(request(Op.LINK), Role.KIOSK))
    text = json.dumps(answers)
    for secret in (*secrets_of(upstream), pin_hash):
        assert secret not in text
    assert sum(a["ok"] for a in answers) >= 8


def test_an_upstream_echoing_the_secret_never_gets_it_past_the_broker(tmp_path, upstream):
    """A rejection whose message repeats the hash and the key (a debugging proxy, a careless API)."""
    import http.server
    import threading

    key, partner = upstream.secret_key, upstream.partner_id
    echo = f"Incorrect hash {autologin_hash(key, partner)} for key {key}"

    class Echo(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            body = json.dumps({"error": {"code": 400, "message": echo}}).encode()
            self.send_response(400)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        service = make_service(tmp_path, upstream, auth_url=f"http://127.0.0.1:{server.server_port}/auth")
        error = service.handle(request(Op.LINK), Role.KIOSK)["error"]
    finally:
        server.shutdown()
        server.server_close()
    assert error["kind"] == "rejected" and "[redacted]" in error["message"]
    for secret in secrets_of(upstream):
        assert secret not in json.dumps(error)


# ---- manners ---------------------------------------------------------------------------------------

def test_a_hundred_requests_at_once_reach_the_api_five_times(tmp_path, upstream):
    clock = FakeClock()
    service = make_service(tmp_path, upstream, clock)
    answers = [service.handle(request(Op.LINK), Role.KIOSK) for _ in range(100)]
    assert upstream.counters["auth_requests"] == 5
    throttled = [a["error"] for a in answers if not a["ok"]]
    assert len(throttled) == 95 and {e["kind"] for e in throttled} == {"throttled"}
    assert all(e["transient"] and 0 < e["retry_after"] <= 2.0 for e in throttled)
    clock.advance(2.0)
    service.handle(request(Op.LINK), Role.KIOSK)
    service.handle(request(Op.LINK), Role.KIOSK)
    assert upstream.counters["auth_requests"] == 6


def test_the_upstreams_retry_after_is_passed_on_and_kept_by_the_broker(tmp_path, upstream):
    clock = FakeClock()
    service = make_service(tmp_path, upstream, clock)
    upstream.set_auth_failure("503", retry_after=30)
    first = service.handle(request(Op.LINK), Role.KIOSK)["error"]
    assert first["kind"] == "throttled" and first["retry_after"] == 30.0 and "30 seconds" in first["message"]
    upstream.set_auth_failure(None)
    clock.advance(10)
    held = service.handle(request(Op.LINK), Role.KIOSK)["error"]
    assert held["kind"] == "throttled" and held["retry_after"] == 20.0
    assert "asked to be tried again" in held["message"], "the upstream's own words while its Retry-After holds"
    assert upstream.counters["auth_requests"] == 1, "nothing went upstream before the Retry-After passed"
    clock.advance(20)
    assert service.handle(request(Op.LINK), Role.KIOSK)["ok"]
    assert upstream.counters["auth_requests"] == 2


# ---- status and hand-over --------------------------------------------------------------------------

def test_status_proves_the_secret_without_saying_it(tmp_path, upstream):
    service = make_service(tmp_path, upstream)
    status = service.handle(request(Op.STATUS, challenge="0f" * 16), Role.KIOSK)["status"]
    assert status["has_identity"] and status["identity"]["shop_name"] == upstream.kiosk_settings()["shop_name"]
    assert status["proof"] == proof(upstream.secret_key, "0f" * 16)
    assert status["proof"] != proof("another secret", "0f" * 16)
    assert "secret_key" not in status["identity"] and "technician_pin" not in status["identity"]


def test_the_kiosk_user_may_hand_over_the_first_identity_and_it_is_kept(tmp_path, upstream):
    service = make_service(tmp_path)
    answer = service.handle(request(Op.SET_IDENTITY, identity=identity_values(upstream)), Role.KIOSK)
    assert answer["ok"], answer
    assert service.handle(request(Op.LINK), Role.KIOSK)["ok"]
    state = tmp_path / "state" / "identity.toml"
    assert state.stat().st_mode & 0o777 == 0o600
    again = make_service(tmp_path)  # a restarted broker: the handed-over identity wins
    assert again.identity is not None and again.identity.secret_key == upstream.secret_key


def test_once_it_holds_one_the_kiosk_user_needs_the_pin_the_broker_checks(tmp_path, upstream):
    service = make_service(tmp_path, upstream, technician_pin=hash_pin("246810"))
    change = {"shop_name": "Kaunas, Laisvės al. 1"}
    refused = service.handle(request(Op.SET_IDENTITY, identity=change), Role.KIOSK)["error"]
    assert refused["kind"] == "not_allowed" and "technician PIN" in refused["message"]
    wrong = service.handle(request(Op.SET_IDENTITY, identity=change, pin="135790"), Role.KIOSK)["error"]
    assert wrong["kind"] == "wrong_pin" and "tries left" in wrong["message"].lower()
    assert service.identity.shop_name != change["shop_name"]
    ok = service.handle(request(Op.SET_IDENTITY, identity=change, pin="246810"), Role.KIOSK)
    assert ok["ok"] and ok["stored"]["shop_name"] == change["shop_name"]
    assert service.identity.secret_key == upstream.secret_key, "an empty secret in a hand-over keeps the one held"


def test_wrong_pins_lock_the_broker_out_like_the_door(tmp_path, upstream):
    service = make_service(tmp_path, upstream, technician_pin=hash_pin("246810"))
    for _ in range(5):
        last = service.handle(request(Op.SET_IDENTITY, identity={"shop_name": "X"}, pin="111111"), Role.KIOSK)
    assert last["error"]["kind"] == "wrong_pin" and last["error"]["retry_after"] == 300.0
    right = service.handle(request(Op.SET_IDENTITY, identity={"shop_name": "X"}, pin="246810"), Role.KIOSK)
    assert right["error"]["kind"] == "wrong_pin" and "Too many wrong PINs" in right["error"]["message"]


def test_without_a_pin_only_root_changes_an_identity(tmp_path, upstream):
    service = make_service(tmp_path, upstream)
    refused = service.handle(request(Op.SET_IDENTITY, identity={"shop_name": "X"}, pin="123456"), Role.KIOSK)
    assert refused["error"]["kind"] == "not_allowed" and "sudo kiosk setup" in refused["error"]["message"]
    assert service.handle(request(Op.SET_IDENTITY, identity={"shop_name": "X"}), Role.ADMIN)["ok"]


def test_a_handed_over_identity_that_does_not_pass_the_checks_is_refused_by_field(tmp_path, upstream):
    service = make_service(tmp_path)
    bad = identity_values(upstream, partner_id="twelve", auth_url="ftp://x", secret_key="")
    error = service.handle(request(Op.SET_IDENTITY, identity=bad), Role.ADMIN)["error"]
    assert error["kind"] == "invalid" and set(error["fields"]) == {"partner_id", "auth_url", "secret_key"}
    assert not (tmp_path / "state" / "identity.toml").exists()


def test_the_identity_file_round_trips_and_hides_the_secret_from_repr(upstream):
    identity = parse_identity(identity_values(upstream, technician_pin=hash_pin("246810"), proxy="http://u:pw@p:3128"),
                              "test")
    assert isinstance(identity, Identity) and upstream.secret_key not in repr(identity)
    import tomllib

    assert parse_identity(tomllib.loads(identity.to_toml()), "again") == identity
    assert identity.public()["proxy"] == "http://p:3128" and identity.public()["pin_set"] is True
