"""The broker's wire format over real sockets: capped, timed, and no identity in a link request."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest

from kiosk.broker import protocol
from kiosk.broker.protocol import (
    BadRequest,
    Kind,
    Malformed,
    MessageTooLarge,
    Op,
    PeerClosed,
    PeerSilent,
    SocketStream,
    parse_request,
)


@pytest.fixture
def pair():
    a, b = socket.socketpair()
    yield SocketStream(a), SocketStream(b)
    a.close()
    b.close()


def test_a_message_goes_across_whole(pair):
    left, right = pair
    protocol.send(left, protocol.request(Op.LINK), timeout=1)
    assert protocol.receive(right, timeout=1) == {"v": 1, "op": "link"}


def test_a_message_arriving_byte_by_byte_within_its_time_is_read(pair):
    left, right = pair
    data = protocol.encode({"v": 1, "op": "status"})

    def trickle():
        for i in range(len(data)):
            left.sock.sendall(data[i:i + 1])
            time.sleep(0.005)

    threading.Thread(target=trickle, daemon=True).start()
    assert protocol.receive(right, timeout=5) == {"v": 1, "op": "status"}


def test_an_oversized_message_is_refused_from_its_length_alone(pair):
    left, right = pair
    left.sock.sendall(protocol.HEADER.pack(protocol.MAX_MESSAGE + 1))  # and nothing after: never read
    with pytest.raises(MessageTooLarge, match="over the 16384 byte limit"):
        protocol.receive(right, timeout=1)


def test_nothing_over_the_cap_is_sent():
    with pytest.raises(MessageTooLarge):
        protocol.encode({"v": 1, "padding": "x" * protocol.MAX_MESSAGE})


@pytest.mark.parametrize("payload, why", [
    (b"not json", "not UTF-8 JSON"),
    (b"\xff\xfe{}", "not UTF-8 JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b'"link"', "not a JSON object"),
])
def test_a_malformed_message_is_refused(pair, payload, why):
    left, right = pair
    left.sock.sendall(protocol.HEADER.pack(len(payload)) + payload)
    with pytest.raises(Malformed, match=why):
        protocol.receive(right, timeout=1)


def test_a_silent_peer_is_dropped_after_its_time(pair):
    _left, right = pair
    started = time.monotonic()
    with pytest.raises(PeerSilent, match="did not send the message length in time"):
        protocol.receive(right, timeout=0.3)
    assert 0.25 < time.monotonic() - started < 3


def test_a_peer_that_stops_mid_message_is_dropped_at_the_same_deadline(pair):
    left, right = pair
    data = protocol.encode({"v": 1, "op": "link"})
    left.sock.sendall(data[:7])  # the length and a few bytes, then silence: a trickle cannot hold a thread
    with pytest.raises(PeerSilent, match="did not send the message in time"):
        protocol.receive(right, timeout=0.3)


def test_a_peer_that_closes_early_is_said_as_such(pair):
    left, right = pair
    left.sock.sendall(protocol.encode({"v": 1, "op": "link"})[:6])
    left.sock.close()
    with pytest.raises(PeerClosed, match="before the message arrived"):
        protocol.receive(right, timeout=1)


def test_link_and_test_requests_carry_nothing_but_the_operation():
    assert parse_request({"v": 1, "op": "link"}).op is Op.LINK
    assert parse_request({"v": 1, "op": "test"}).op is Op.TEST


@pytest.mark.parametrize("field", ["shop_name", "pos_name", "user_name", "partner_id", "id", "secret_key", "hash",
                                   "auth_url", "identity"])
def test_a_link_request_carrying_an_identity_is_refused(field):
    with pytest.raises(BadRequest) as refused:
        parse_request({"v": 1, "op": "link", field: "Another shop"})
    assert refused.value.kind is Kind.CARRIES_IDENTITY
    assert field in str(refused.value) and "Another shop" not in str(refused.value)


@pytest.mark.parametrize("message, why", [
    ({"op": "link"}, "protocol version 1"),
    ({"v": 2, "op": "link"}, "protocol version 1"),
    ({"v": 1, "op": "give-me-the-secret"}, "no operation the broker knows"),
    ({"v": 1}, "no operation the broker knows"),
    ({"v": 1, "op": "link", "colour": "red"}, "takes no field colour"),
    ({"v": 1, "op": "status", "challenge": "XYZ"}, "16 to 128 lower-case hex"),
    ({"v": 1, "op": "set_identity"}, "needs an 'identity' object"),
    ({"v": 1, "op": "set_identity", "identity": {"shop_name": "A"}, "pin": "12ab"}, "the PIN must be digits"),
])
def test_requests_outside_the_protocol_are_refused_with_a_reason(message, why):
    with pytest.raises(BadRequest, match=why) as refused:
        parse_request(message)
    assert refused.value.kind is Kind.BAD_REQUEST


def test_a_failure_says_its_kind_and_whether_to_retry():
    answer = protocol.failure(Kind.THROTTLED, "busy", retry_after=3.0)
    assert answer["ok"] is False and answer["error"]["transient"] is True and answer["error"]["retry_after"] == 3.0
    assert protocol.failure(Kind.REJECTED, "no")["error"]["transient"] is False
    assert json.loads(protocol.encode(answer)[4:]) == answer
