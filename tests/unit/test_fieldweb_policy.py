"""The Qt-free halves of the field-test fixes: the navigation verdicts for frames and blank pages, and the
session's answers to a page that left the webshop, a refused redirect, and a main document that never came."""

from __future__ import annotations

import pytest

from kiosk.autologin.navigation import NavigationPolicy, Verdict
from kiosk.autologin.session import RetryPolicy, ScreenKind, Session, State
from kiosk.settings import explicit_settings
from tests.unit.test_session import LINK, WEBSHOP, Recorder


@pytest.fixture
def policy(tmp_path):
    return NavigationPolicy(explicit_settings(
        partner_id=1, secret_key="k" * 16, shop_name="s", pos_name="p", user_name="u", data_dir=tmp_path,
        allowed_hosts=["webshop.betgames.tv", "127.0.0.1"]))


@pytest.mark.parametrize("url, verdict", [
    ("about:blank", Verdict.NOT_A_PAGE),
    ("about:srcdoc", Verdict.NOT_A_PAGE),
    ("https://webshop.betgames.tv/webshop/", Verdict.ALLOW),
    ("data:text/html,<h1>out</h1>", Verdict.FORBIDDEN_SCHEME),
    ("view-source:https://webshop.betgames.tv/webshop/", Verdict.FORBIDDEN_SCHEME),
    ("chrome://gpu", Verdict.FORBIDDEN_SCHEME),
    ("mailto:support@example.com", Verdict.FORBIDDEN_SCHEME),
])
def test_the_main_frame_verdicts(policy, url, verdict):
    assert policy.judge(url) is verdict
    assert policy.is_webshop_page(url) is (verdict is Verdict.ALLOW)


@pytest.mark.parametrize("url, verdict", [
    ("about:blank", Verdict.ALLOW),  # an iframe's own empty document
    ("about:srcdoc", Verdict.ALLOW),
    ("https://webshop.betgames.tv/widgets/chat", Verdict.ALLOW),
    ("https://webshop.betgames.tv/webshop/login", Verdict.ALLOW),  # the login page is the top level's matter
    ("https://ads.example.com/frame", Verdict.FOREIGN_HOST),
    ("http://webshop.betgames.tv/widgets/chat", Verdict.INSECURE),
    ("mailto:support@example.com", Verdict.FORBIDDEN_SCHEME),
    ("tel:+37060000000", Verdict.FORBIDDEN_SCHEME),
    ("betshop-helper://open", Verdict.FORBIDDEN_SCHEME),
    ("javascript:alert(1)", Verdict.FORBIDDEN_SCHEME),
    ("file:///etc/passwd", Verdict.FORBIDDEN_SCHEME),
])
def test_the_subframe_verdicts(policy, url, verdict):
    assert policy.judge_frame(url) is verdict


def ready_session(fx, clock) -> Session:
    s = Session(fx, clock, rng=lambda: 1.0)
    s.start()
    s.on_link(LINK)
    s.on_page_loaded(WEBSHOP, True)
    assert s.state is State.READY
    return s


def test_a_page_that_left_the_webshop_is_not_ready_and_gets_a_fresh_link_behind_the_splash(clock):
    fx = Recorder()
    s = ready_session(fx, clock)
    seen = []
    s.subscribe(lambda s: seen.append((s.state, s.stats.page_url)))
    s.on_page_left("about:blank")
    assert s.state is State.AUTHENTICATING and fx.requests == 2
    assert fx.screens[-1].kind is ScreenKind.SPLASH
    assert (State.READY, "about:blank") not in seen
    s.on_page_left("about:blank")  # DOMContentLoaded and the load event say it again: one fresh link
    assert fx.requests == 2


def test_a_webshop_that_keeps_going_blank_ends_on_the_error_screen_not_in_a_link_loop(clock):
    fx = Recorder()
    s = ready_session(fx, clock)
    for _ in range(2):  # blank at once after every fresh link
        s.on_page_left("about:blank")
        s.on_link(LINK)
        s.on_page_loaded(WEBSHOP, True)
    s.on_page_left("about:blank")
    assert s.state is State.ERROR and fx.requests == 3  # not a fresh link every few seconds for ever
    assert "blank page" in fx.screens[-1].reason and "keeps trying" in fx.screens[-1].reason


def test_a_blank_page_after_a_long_shift_is_just_a_fresh_link(clock):
    fx = Recorder()
    s = ready_session(fx, clock)
    for _ in range(4):
        clock.advance(3600)  # ready a whole hour each time
        s.on_page_left("about:blank")
        assert s.state is State.AUTHENTICATING
        s.on_link(LINK)
        s.on_page_loaded(WEBSHOP, True)


@pytest.mark.parametrize("verdict, words", [
    ("foreign_host", ["evil.example", "KIOSK_ALLOWED_HOSTS"]),
    ("insecure", ["plain http at evil.example", "KIOSK_AUTH_URL"]),
    ("forbidden_scheme", ["evil.example", "KIOSK_ALLOWED_HOSTS"]),
])
def test_a_refused_redirect_while_loading_is_an_error_naming_host_and_setting(clock, verdict, words):
    fx = Recorder()
    s = Session(fx, clock)
    s.start()
    s.on_link(LINK)
    s.on_redirect_refused("evil.example", verdict)
    assert s.state is State.ERROR
    assert all(w in s.stats.last_error for w in words) and "in time" not in s.stats.last_error
    assert s.retry_at == clock.monotonic() + RetryPolicy().error_interval


def test_a_refused_navigation_on_a_ready_page_changes_nothing(clock):
    fx = Recorder()
    s = ready_session(fx, clock)
    s.on_redirect_refused("evil.example", "foreign_host")
    assert s.state is State.READY


def test_the_main_document_guard_is_a_minute_and_says_what_did_not_arrive(clock):
    fx = Recorder()
    s = Session(fx, clock, rng=lambda: 1.0)
    s.start()
    s.on_link(LINK)
    clock.advance(59)
    s.wake()
    assert s.state is State.LOADING
    clock.advance(1)
    s.wake()
    assert s.state is State.OFFLINE and "did not arrive within 60 seconds" in s.stats.last_error
