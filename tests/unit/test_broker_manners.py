"""The broker's manners toward the API, with a fake clock: once per 2 s, a burst of 5, Retry-After kept."""

from __future__ import annotations

from kiosk.broker.manners import Manners
from kiosk.clock import FakeClock


def test_a_burst_of_five_then_one_every_two_seconds():
    clock = FakeClock()
    manners = Manners(clock)
    assert [manners.ask() for _ in range(5)] == [0.0] * 5
    assert manners.ask() == 2.0  # the sixth waits for a token
    clock.advance(1.0)
    assert manners.ask() == 1.0
    clock.advance(1.0)
    assert manners.ask() == 0.0
    assert manners.ask() == 2.0


def test_a_hundred_at_once_get_five_through():
    clock = FakeClock()
    manners = Manners(clock)
    assert sum(manners.ask() == 0.0 for _ in range(100)) == 5


def test_upstream_requests_never_exceed_five_plus_half_the_seconds():
    clock = FakeClock()
    manners = Manners(clock)
    allowed = 0
    for step in range(600):  # ten asks a second for a minute
        allowed += manners.ask() == 0.0
        clock.advance(0.1)
        assert allowed <= 5 + (step + 1) * 0.1 / 2
    assert allowed == 5 + 29  # the bucket refills at one per 2 s


def test_the_bucket_never_holds_more_than_the_burst():
    clock = FakeClock()
    manners = Manners(clock)
    clock.advance(3600)
    assert sum(manners.ask() == 0.0 for _ in range(20)) == 5


def test_retry_after_holds_every_request_until_it_passes():
    clock = FakeClock()
    manners = Manners(clock)
    manners.honour(30.0)
    assert manners.ask() == 30.0
    clock.advance(29.5)
    assert manners.ask() == 0.5
    clock.advance(0.5)
    assert manners.ask() == 0.0


def test_a_shorter_retry_after_does_not_shorten_a_longer_hold():
    clock = FakeClock()
    manners = Manners(clock)
    manners.honour(60.0)
    manners.honour(5.0)
    assert manners.ask() == 60.0
