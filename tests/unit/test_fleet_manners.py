"""Fleet manners of one terminal: backoff when a server answered, the probe shortcut, Retry-After, the Try again
gap, and the autologin deadline and size cap. The session with a fake clock; the client against the sandbox."""

from __future__ import annotations

import time
from email.utils import formatdate

import pytest

from kiosk.autologin import webshop
from kiosk.autologin.session import RetryPolicy, ScreenKind, Session, State
from kiosk.autologin.webshop import WebshopClient, WebshopUnavailable, parse_retry_after
from kiosk.sandbox import Sandbox
from tests.helpers import free_port
from tests.unit.test_session import LINK, WEBSHOP, Recorder

ANSWERED = WebshopUnavailable("The autologin service at api.example has a problem (HTTP 500).")
REFUSED = WebshopUnavailable("The autologin service at api.example cannot be reached.", unreachable=True)


def busy(seconds: float) -> WebshopUnavailable:
    return WebshopUnavailable("busy", retry_after=seconds)


@pytest.fixture
def fx():
    return Recorder()


def run_for(s: Session, clock, seconds: float, error, *, probe: bool | None = True, step: float = 0.25):
    """Every request fails with ``error`` at once; a probe reports ``probe`` every second, as the controller's."""
    end = clock.monotonic() + seconds
    next_probe = clock.monotonic() + 1
    while clock.monotonic() < end:
        if s.state is State.AUTHENTICATING:
            s.on_link_failed(error)
        clock.advance(step)
        if probe is not None and clock.monotonic() >= next_probe:
            next_probe += 1
            s.on_probe(probe)
        if s.retry_at is not None and clock.monotonic() >= s.retry_at:
            s.wake()


@pytest.mark.parametrize("jitter", [0.0, 0.5, 1.0])
def test_a_server_answering_500_for_40_s_gets_at_most_5_requests_even_with_the_probe_succeeding(fx, clock, jitter):
    s = Session(fx, clock, rng=lambda: jitter)
    s.start()
    run_for(s, clock, 40, ANSWERED)
    assert fx.requests <= 3  # was 41: every probe that connected retried at once
    assert s.state is State.OFFLINE


def test_equal_jitter_envelope_for_an_answered_failure(fx, clock):
    s = Session(fx, clock, rng=lambda: 0.0)  # the bottom of the range: half the envelope
    s.start()
    delays = []
    for _ in range(7):
        s.on_link_failed(ANSWERED)
        delays.append(s.retry_at - clock.monotonic())
        clock.advance(delays[-1])
        s.wake()
    assert delays == [15, 30, 30, 30, 30, 30, 30]  # the first retry in 15-30 s, then 30-60 s


def test_the_probe_shortcuts_only_an_unreachable_upstream_coming_back(fx, clock):
    s = Session(fx, clock, rng=lambda: 1.0)
    s.start()
    for _ in range(5):  # grow the backoff
        s.on_link_failed(REFUSED)
        clock.advance(s.retry_at - clock.monotonic())
        s.wake()
    s.on_link_failed(REFUSED)
    s.on_probe(False)
    assert s.state is State.OFFLINE
    s.on_probe(True)
    assert s.state is State.AUTHENTICATING and fx.requests == 7
    s.on_link_failed(ANSWERED)  # it answers now, with a 500: no more shortcuts
    for _ in range(5):
        s.on_probe(True)
        s.on_network_back()
    assert s.state is State.OFFLINE and fx.requests == 7


def test_retry_after_is_honoured_with_jitter_on_top_and_the_screen_counts_it_down(fx, clock):
    s = Session(fx, clock, rng=lambda: 1.0)
    s.start()
    s.on_link_failed(busy(120))
    wait = s.retry_at - clock.monotonic()
    assert 120 <= wait <= 120 + 60
    screen = fx.screens[-1]
    assert screen.kind is ScreenKind.OFFLINE and screen.retry_at == s.retry_at
    assert screen.tap_at == pytest.approx(clock.monotonic() + 120)
    s.on_probe(False)
    s.on_probe(True)
    s.on_network_back()
    clock.advance(119)
    assert s.try_again() is False  # a tap never bypasses Retry-After
    s.wake()
    assert fx.requests == 1 and s.state is State.OFFLINE
    clock.advance(wait - 119)
    s.wake()
    assert fx.requests == 2


@pytest.mark.parametrize("asked", [7200, 10**9])
def test_retry_after_is_capped_at_15_minutes(fx, clock, asked):
    s = Session(fx, clock, rng=lambda: 1.0)
    s.start()
    s.on_link_failed(busy(asked))
    wait = s.retry_at - clock.monotonic()
    assert 900 <= wait <= 960
    assert s.snapshot()["retry_after"] == 900


@pytest.mark.parametrize("asked", [0, 1])
def test_a_tiny_retry_after_over_and_over_still_backs_off(fx, clock, asked):
    s = Session(fx, clock, rng=lambda: 0.0)
    s.start()
    waits = []
    for _ in range(8):
        s.on_link_failed(busy(asked))
        waits.append(s.retry_at - clock.monotonic())
        clock.advance(waits[-1])
        s.wake()
    assert waits[-1] >= 30 and sum(waits) >= 60  # not ~1 request a second for as long as it says 0


def test_retry_after_spreads_a_crowd(clock):
    import random

    rng = random.Random(7)
    waits = []
    for _ in range(200):
        s = Session(Recorder(), clock, rng=rng.random)
        s.start()
        s.on_link_failed(busy(60))
        waits.append(s.retry_at - clock.monotonic())
    assert min(waits) >= 60 and max(waits) - min(waits) > 20  # not all in the same second


def test_try_again_reaches_the_api_at_most_once_in_10_s(fx, clock):
    s = Session(fx, clock, rng=lambda: 1.0)
    s.start()
    s.on_link_failed(ANSWERED)
    assert fx.screens[-1].tap_at is None  # nothing tapped yet: the button is live
    assert s.try_again() is True and fx.requests == 2
    s.on_link_failed(ANSWERED)
    assert fx.screens[-1].tap_at == pytest.approx(clock.monotonic() + RetryPolicy().tap_gap)
    for _ in range(9):
        clock.advance(1)
        assert s.try_again() is False
    assert fx.requests == 2
    clock.advance(1)
    assert s.try_again() is True and fx.requests == 3


def test_results_backoff_and_seconds_since_ready_are_published(fx, clock):
    s = Session(fx, clock, rng=lambda: 1.0)
    s.start()
    s.on_link(LINK)
    s.on_page_loaded(WEBSHOP, True)
    assert s.snapshot()["seconds_since_ready"] == 0
    s.on_load_failed("gone")
    assert s.snapshot()["backoff_seconds"] == 30
    clock.advance(30)
    s.wake()
    s.on_link_failed(ANSWERED)
    assert s.snapshot()["backoff_seconds"] == 60
    clock.advance(60)
    s.wake()
    s.on_link_failed(busy(30))
    snap = s.snapshot()
    assert snap["autologin_results"] == {"ok": 1, "rejected": 0, "unavailable": 1, "throttled": 1, "refused": 0}
    assert snap["seconds_since_ready"] == 90
    assert snap["backoff_seconds"] == pytest.approx(30 + 15)  # Retry-After, and half of it as jitter at most
    assert snap["retry_after"] == 30
    clock.advance(45)
    s.wake()
    s.on_link(LINK)
    s.on_page_loaded(WEBSHOP, True)
    snap = s.snapshot()
    assert snap["seconds_since_ready"] == 0 and snap["backoff_seconds"] is None and snap["retry_after"] is None


# ---- the client against the sandbox ---------------------------------------------------


@pytest.fixture
def sandbox():
    with Sandbox() as sb:
        yield sb


def client_for(sb: Sandbox, tmp_path, **kw) -> WebshopClient:
    from tests.helpers import sandbox_settings

    return WebshopClient(sandbox_settings(sb, tmp_path), **kw)


def test_a_trickling_answer_is_cut_at_the_deadline(sandbox, tmp_path):
    sandbox.set_auth_failure("trickle")
    sandbox.trickle_interval = 0.2  # a byte every 0.2 s: each read is quick, the whole would take ~40 s
    client = client_for(sandbox, tmp_path, deadline=1.5)
    started = time.monotonic()
    with pytest.raises(WebshopUnavailable, match="took longer than 2 seconds") as caught:
        client.request_link()
    assert time.monotonic() - started < 1.5 + 3  # cut by the deadline, not by the answer ending
    assert caught.value.transient and not caught.value.unreachable
    client.close()


def test_the_default_deadline_is_20_s_and_the_cap_64_kib():
    assert webshop.DEADLINE == 20 and webshop.MAX_ANSWER == 64 * 1024


def test_an_oversized_answer_is_refused_as_transient(sandbox, tmp_path):
    sandbox.set_auth_failure("oversized")
    client = client_for(sandbox, tmp_path)
    with pytest.raises(WebshopUnavailable, match="larger than 64 KiB") as caught:
        client.request_link()
    assert caught.value.transient
    client.close()


@pytest.mark.parametrize("mode,status", [("503", 503), ("503_date", 503), ("429", 429)])
def test_retry_after_is_read_as_seconds_or_a_date(sandbox, tmp_path, mode, status):
    sandbox.set_auth_failure(mode, retry_after=30)
    client = client_for(sandbox, tmp_path)
    with pytest.raises(WebshopUnavailable, match=f"HTTP {status}") as caught:
        client.request_link()
    assert caught.value.retry_after == pytest.approx(30, abs=1.5)  # an HTTP date has whole seconds
    assert "30 seconds" in str(caught.value) or "29 seconds" in str(caught.value)
    client.close()


def test_a_500_answered_and_a_closed_port_did_not(sandbox, tmp_path):
    sandbox.set_auth_failure("500")
    client = client_for(sandbox, tmp_path)
    with pytest.raises(WebshopUnavailable) as answered:
        client.request_link()
    assert not answered.value.unreachable and answered.value.retry_after is None
    client.close()
    closed = Sandbox(port=free_port())  # never started: nothing listens
    client = client_for(closed, tmp_path)
    with pytest.raises(WebshopUnavailable) as refused:
        client.request_link()
    assert refused.value.unreachable
    client.close()


def test_the_sandbox_control_endpoint_sets_retry_after(sandbox):
    import httpx

    r = httpx.post(sandbox.base_url + "/sandbox/auth-failure", json={"mode": "503", "retry_after": 42}, timeout=5)
    assert r.status_code == 200
    r = httpx.post(sandbox.auth_url, json={}, timeout=5)
    assert r.status_code == 503 and r.headers["Retry-After"] == "42"
    bad = httpx.post(sandbox.base_url + "/sandbox/auth-failure", json={"mode": "503", "retry_after": "soon"}, timeout=5)
    assert bad.status_code == 400 and "retry_after" in bad.json()["error"]["message"]


def test_parse_retry_after():
    now = 1_790_000_000.0
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after(formatdate(now + 90, usegmt=True), now) == pytest.approx(90)
    assert parse_retry_after(formatdate(now - 90, usegmt=True), now) == 0  # a date in the past: now
    for unreadable in (None, "", "soon", "-5", "1.5", "Fri, 99 Foo 2026"):
        assert parse_retry_after(unreadable, now) is None


# ---- a webshop page still loaded behind the offline screen (issue 18) ---------------------------------------

LOGIN = "https://webshop.betgames.tv/webshop/login"


def expired_during_outage(fx, clock, error, *, jitter: float = 1.0) -> Session:
    """Ready for a minute, then the webshop's session ends while the API fails with ``error``."""
    s = Session(fx, clock, rng=lambda: jitter)
    s.start()
    s.on_link(LINK)
    s.on_page_loaded(WEBSHOP, True)
    clock.advance(60)
    s.on_login_page_seen(LOGIN)  # the session ended: one fresh link asked for …
    s.on_link_failed(error)  # … and the API is down
    return s


def run_with_page(s: Session, clock, seconds: float, error, *, every: float = 1.0, taps: float | None = None) -> list:
    """The stale page heads for its login page every ``every`` s; requests fail with ``error``; wakes on time.
    ``taps``: a cashier taps Try again this often. Returns the times of the requests."""
    fx = s._fx
    asked = []
    end = clock.monotonic() + seconds
    next_signal, next_tap = clock.monotonic() + every, clock.monotonic() + (taps or seconds + 1)
    while clock.monotonic() < end:
        before = fx.requests
        if clock.monotonic() >= next_signal:
            next_signal += every
            s.on_login_page_seen(LOGIN)
        if clock.monotonic() >= next_tap:
            next_tap += taps
            s.try_again()
        if s.retry_at is not None and clock.monotonic() >= s.retry_at:
            s.wake()
        if fx.requests > before:
            asked.append(clock.monotonic())
        if s.state is State.AUTHENTICATING:
            s.on_link_failed(error)
        clock.advance(0.1)
    return asked


@pytest.mark.parametrize("jitter", [0.0, 1.0])
def test_login_page_signals_during_a_backoff_bring_no_request_forward(fx, clock, jitter):
    s = expired_during_outage(fx, clock, ANSWERED, jitter=jitter)
    assert fx.requests == 2 and s.state is State.OFFLINE
    asked = run_with_page(s, clock, 40, ANSWERED)
    assert len(asked) <= 2  # before: a request at every signal (28 in 40 s)
    assert s.state is State.OFFLINE  # never the loop guard's error: no fresh link ever landed on the login page
    assert s.snapshot()["login_redirects"] >= 40


def test_every_request_goes_out_when_health_said_it_would(fx, clock):
    s = expired_during_outage(fx, clock, ANSWERED)
    said = s.snapshot()["next_retry_in"]
    asked = run_with_page(s, clock, 200, ANSWERED)
    assert asked and abs(asked[0] - (clock.monotonic() - 200) - said) <= 0.1
    for earlier, later in zip(asked, asked[1:], strict=False):
        assert later - earlier >= 15  # one request per backoff slot, never sooner


def test_retry_after_holds_against_the_page_and_the_tap(fx, clock):
    s = expired_during_outage(fx, clock, busy(30))
    asked = run_with_page(s, clock, 29.9, busy(30), taps=2.0)
    assert asked == []  # neither the page's signals nor a cashier tapping every 2 s asked before 30 s


def test_an_error_screen_is_waited_out_whatever_the_page_does(fx, clock):
    s = expired_during_outage(fx, clock, webshop.AutologinRejected("Incorrect hash"))
    assert s.state is State.ERROR
    asked = run_with_page(s, clock, 299, webshop.AutologinRejected("Incorrect hash"))
    assert asked == []
    assert s.state is State.ERROR


def test_the_loop_guard_counts_fresh_links_that_land_on_the_login_page_not_an_ended_session(fx, clock):
    s = Session(fx, clock, rng=lambda: 1.0)
    s.start()
    s.on_link(LINK)
    s.on_page_loaded(WEBSHOP, True)
    clock.advance(60)
    s.on_login_page_seen(LOGIN)  # the session simply ended: not a link that did not stick
    for _ in range(2):
        s.on_link(LINK)
        s.on_login_page_seen(LOGIN)  # a fresh link redirected to the login page
        assert s.state is State.AUTHENTICATING
    s.on_link(LINK)
    s.on_login_page_seen(LOGIN)
    assert s.state is State.ERROR and "3 times in a row" in s.stats.last_error


def test_the_daily_fresh_start_and_a_renderer_crash_during_a_backoff_keep_its_time(fx, clock):
    s = expired_during_outage(fx, clock, ANSWERED)
    retry_at, requests = s.retry_at, fx.requests
    s.refresh("daily fresh start", new_page=True)
    s.on_renderer_gone("crashed")
    assert fx.recreated == 2  # fresh pages behind the offline screen …
    assert fx.requests == requests and s.retry_at == retry_at and s.state is State.OFFLINE  # … and no request


def test_a_technicians_new_link_during_a_backoff_is_a_tap(fx, clock):
    s = expired_during_outage(fx, clock, ANSWERED)
    s.refresh("a technician asked for a new login link", tapped=True)
    assert fx.requests == 3
    s.on_link_failed(ANSWERED)
    s.refresh("a technician asked for a new login link", tapped=True)  # again at once: the 10 s gap holds
    assert fx.requests == 3 and s.state is State.OFFLINE


def test_a_webshop_host_nobody_answers_backs_off_from_1_s_and_the_api_probe_does_not_shortcut_it(fx, clock):
    s = Session(fx, clock, rng=lambda: 1.0)
    s.start()
    s.on_link(LINK)
    s.on_load_failed("The webshop page could not be loaded (net::ERR_CONNECTION_REFUSED).", unreachable=True)
    assert s.retry_at - clock.monotonic() == 1.0  # nothing answered: the short backoff, as for the API
    s.on_probe(True)  # the autologin API answers; the webshop's host may still be down
    assert s.state is State.OFFLINE and fx.requests == 1


def test_a_retry_from_the_offline_screen_keeps_that_screen_saying_it_tries(fx, clock):
    s = expired_during_outage(fx, clock, ANSWERED)
    clock.advance(s.retry_at - clock.monotonic())
    s.wake()
    assert s.state is State.AUTHENTICATING
    screen = fx.screens[-1]
    assert screen.kind is ScreenKind.OFFLINE and screen.trying and screen.retry_at is None  # no splash flashing by
    assert screen.reason == s.stats.last_error
    s.on_link(LINK)
    assert fx.screens[-1].kind is ScreenKind.SPLASH  # the API answered: signing in to the webshop
