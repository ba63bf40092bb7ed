"""The Qt-free state machine, driven by events and a fake clock; no sleeps."""

from __future__ import annotations

import pytest

from kiosk.autologin.session import RetryPolicy, ScreenKind, Session, State
from kiosk.autologin.webshop import AutologinLink, AutologinRejected, LinkRefused, WebshopUnavailable

LINK = AutologinLink("https://webshop.betgames.tv/webshop/integrations/auth/login/6280/" + "t" * 64,
                     6202, 6228, 6280, latency=0.05)
WEBSHOP = "https://webshop.betgames.tv/webshop/"
LOGIN = "https://webshop.betgames.tv/webshop/login"


class Recorder:
    """The Effects a real window would carry out, written down."""

    def __init__(self):
        self.requests = 0
        self.loads: list[str] = []
        self.screens = []
        self.wake: float | None = None
        self.recreated = 0
        self.exits: list[tuple[int, str]] = []

    def request_link(self):
        self.requests += 1

    def load(self, url):
        self.loads.append(url)

    def show_screen(self, screen):
        self.screens.append(screen)

    def wake_at(self, when):
        self.wake = when

    def recreate_page(self):
        self.recreated += 1

    def exit(self, code, reason):
        self.exits.append((code, reason))


@pytest.fixture
def fx():
    return Recorder()


def make(fx, clock, rng=lambda: 1.0):
    return Session(fx, clock, rng=rng)


def ready(s: Session):
    s.on_link(LINK)
    s.on_page_loaded(WEBSHOP, True)


def test_start_asks_for_a_link_and_shows_the_splash(fx, clock):
    s = make(fx, clock)
    s.start()
    assert s.state is State.AUTHENTICATING
    assert fx.requests == 1
    assert fx.screens[-1].kind is ScreenKind.SPLASH


def test_link_then_load_reaches_ready_with_ids(fx, clock):
    s = make(fx, clock)
    s.start()
    clock.advance(0.4)
    s.on_link(LINK)
    assert s.state is State.LOADING and fx.loads == [LINK.url]
    clock.advance(0.6)
    s.on_page_loaded(WEBSHOP, True)
    snap = s.snapshot()
    assert snap["state"] == "ready"
    assert (snap["shop_id"], snap["pos_id"], snap["user_id"]) == (6202, 6228, 6280)
    assert snap["time_to_first_ready"] == pytest.approx(1.0)
    assert fx.screens[-1].kind is ScreenKind.WEB


def test_expiry_gets_a_fresh_link_and_keeps_the_webshop_on_screen(fx, clock):
    s = make(fx, clock)
    s.start()
    ready(s)
    clock.advance(60)
    s.on_login_page_seen(LOGIN)
    assert s.state is State.AUTHENTICATING and fx.requests == 2
    assert fx.screens[-1].kind is ScreenKind.WEB  # no splash flash for a routine refresh
    ready(s)
    assert s.snapshot()["login_redirects"] == 1 and s.state is State.READY


def test_unreachable_backs_off_exponentially_from_1_s_capped_at_60(fx, clock):
    s = make(fx, clock, rng=lambda: 1.0)  # the top of the jitter range shows the envelope
    s.start()
    delays = []
    for _ in range(9):
        s.on_link_failed(WebshopUnavailable("down", unreachable=True))
        assert s.state is State.OFFLINE
        delays.append(s.retry_at - clock.monotonic())
        clock.advance(delays[-1])
        s.wake()
        assert s.state is State.AUTHENTICATING
    assert delays == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_equal_jitter_waits_at_least_half_the_envelope(fx, clock):
    s = make(fx, clock, rng=lambda: 0.0)
    s.start()
    s.on_link_failed(WebshopUnavailable("down", unreachable=True))
    s.wake()
    s.on_link_failed(WebshopUnavailable("down", unreachable=True))
    assert s.retry_at - clock.monotonic() == pytest.approx(1.0)  # half of 2 s, never 0


def test_offline_does_not_retry_before_its_time(fx, clock):
    s = make(fx, clock)
    s.start()
    s.on_link_failed(WebshopUnavailable("The autologin service cannot be reached."))
    clock.advance(0.5)
    s.wake()
    assert s.state is State.OFFLINE and fx.requests == 1
    screen = fx.screens[-1]
    assert screen.kind is ScreenKind.OFFLINE and "cannot be reached" in screen.reason
    assert screen.retry_at == s.retry_at


def test_backoff_resets_after_ready(fx, clock):
    s = make(fx, clock)
    s.start()
    for _ in range(4):
        s.on_link_failed(WebshopUnavailable("down"))
        clock.advance(60)
        s.wake()
    ready(s)
    s.on_load_failed("gone")
    assert s.retry_at - clock.monotonic() == pytest.approx(RetryPolicy().answered_base)


@pytest.mark.parametrize("error", [AutologinRejected("Incorrect hash"), LinkRefused("foreign")])
def test_rejected_or_refused_is_an_error_retried_every_5_minutes(fx, clock, error):
    s = make(fx, clock)
    s.start()
    s.on_link_failed(error)
    assert s.state is State.ERROR
    assert s.snapshot()["last_error"] == str(error)
    assert fx.screens[-1].kind is ScreenKind.ERROR
    clock.advance(299)
    s.wake()
    assert s.state is State.ERROR and fx.requests == 1
    clock.advance(1)
    s.wake()
    assert s.state is State.AUTHENTICATING and fx.requests == 2


def test_three_links_landing_on_the_login_page_in_a_row_is_an_error_not_a_loop(fx, clock):
    s = make(fx, clock)
    s.start()
    for _ in range(2):
        s.on_link(LINK)
        s.on_login_page_seen(LOGIN)
        assert s.state is State.AUTHENTICATING
    s.on_link(LINK)
    s.on_login_page_seen(LOGIN)
    assert s.state is State.ERROR
    assert "login page 3 times in a row" in s.snapshot()["last_error"]
    assert fx.requests == 3
    assert s.retry_at - clock.monotonic() == 300


def test_bounced_right_after_ready_counts_toward_the_loop(fx, clock):
    s = make(fx, clock)
    s.start()
    for _ in range(3):
        ready(s)
        clock.advance(1)
        s.on_login_page_seen(LOGIN)
    assert s.state is State.ERROR


def test_sessions_that_lived_a_while_never_add_up_to_an_error(fx, clock):
    s = make(fx, clock)
    s.start()
    for _ in range(10):
        ready(s)
        clock.advance(60)
        s.on_login_page_seen(LOGIN)
        assert s.state is State.AUTHENTICATING
    assert s.snapshot()["login_redirects"] == 10


def test_a_link_that_never_finishes_loading_goes_offline(fx, clock):
    s = make(fx, clock)
    s.start()
    s.on_link(LINK)
    assert fx.wake == clock.monotonic() + RetryPolicy().load_timeout
    clock.advance(RetryPolicy().load_timeout)
    s.wake()
    assert s.state is State.OFFLINE


def test_network_back_retries_at_once(fx, clock):
    s = make(fx, clock)
    s.start()
    for _ in range(6):
        s.on_link_failed(WebshopUnavailable("down", unreachable=True))
        clock.advance(s.retry_at - clock.monotonic())
        s.wake()
    s.on_link_failed(WebshopUnavailable("down", unreachable=True))
    s.on_network_back()
    assert s.state is State.AUTHENTICATING


def test_renderer_crash_recreates_the_page_and_logs_in_again(fx, clock):
    s = make(fx, clock)
    s.start()
    ready(s)
    s.on_renderer_gone("crashed")
    assert fx.recreated == 1 and s.state is State.AUTHENTICATING
    assert fx.screens[-1].kind is ScreenKind.SPLASH
    assert s.snapshot()["renderer_restarts"] == 1


def test_three_crashes_within_5_minutes_exit_for_the_supervisor(fx, clock):
    s = make(fx, clock)
    s.start()
    for _ in range(2):
        ready(s)
        s.on_renderer_gone("crashed")
        clock.advance(100)
    assert fx.exits == []
    ready(s)
    s.on_renderer_gone("crashed")
    assert fx.exits and fx.exits[0][0] != 0


def test_crashes_spread_over_time_do_not_exit(fx, clock):
    s = make(fx, clock)
    s.start()
    for _ in range(5):
        ready(s)
        s.on_renderer_gone("crashed")
        clock.advance(200)
    assert fx.exits == []


def test_duplicate_login_page_events_send_one_request(fx, clock):
    s = make(fx, clock)
    s.start()
    ready(s)
    clock.advance(60)
    s.on_login_page_seen(LOGIN)
    s.on_login_page_seen(LOGIN)  # the page's poll fired twice
    assert fx.requests == 2
    ready(s)
    clock.advance(1)
    s.on_login_page_seen(LOGIN)
    assert s.state is State.AUTHENTICATING  # the duplicate did not count toward the loop limit


def test_page_url_in_snapshot_is_redacted(fx, clock):
    s = make(fx, clock)
    s.start()
    s.on_link(LINK)
    s.on_url_changed(LINK.url)
    assert "t" * 64 not in s.snapshot()["page_url"]
