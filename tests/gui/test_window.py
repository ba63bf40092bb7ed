"""The real window (QtWebEngine, offscreen) against the real sandbox over loopback HTTP."""

from __future__ import annotations

import pytest

from kiosk.autologin.session import State
from kiosk.languages import LANGUAGES
from tests.helpers.fixtures import WAIT, health_of, run_js, wait_state


def test_start_shows_the_splash_then_the_webshop_with_ids_in_health(qtbot, sb, make_kiosk):
    c = make_kiosk(sb)
    assert c.session.state is State.AUTHENTICATING
    assert c.window.currentWidget() is c.window.splash  # never a white page
    wait_state(qtbot, c, State.READY)
    assert c.window.currentWidget() is c.view
    h = health_of(c)
    assert h["state"] == "ready"
    assert h["shop_id"] and h["pos_id"] and h["user_id"]
    assert h["page_url"].endswith("/webshop/")
    assert h["autologin_requests"] == 1 and h["login_redirects"] == 0 and h["last_error"] is None
    assert "John Smith" in run_js(qtbot, c, "document.title")


def test_expiry_gets_a_fresh_link_and_the_login_page_is_never_requested(qtbot, sb, make_kiosk):
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.READY)
    sb.expire_sessions()  # the page's session poll now sends it to the login page
    qtbot.waitUntil(lambda: c.session.stats.autologin_requests == 2, timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    h = health_of(c)
    assert h["login_redirects"] >= 1 and h["state"] == "ready"
    assert sb.counters["login_page_served"] == 0
    assert sb.counters["links_redeemed"] == 2


def test_a_server_redirect_to_the_login_page_is_intercepted_too(qtbot, sb, make_kiosk):
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.READY)
    sb.expire_sessions()
    c.page.triggerAction(c.page.WebAction.Reload)  # /webshop/ now answers 302 → /webshop/login
    qtbot.waitUntil(lambda: c.session.stats.autologin_requests >= 2, timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    assert sb.counters["login_page_served"] == 0


def test_upstream_failing_at_boot_shows_offline_then_recovers(qtbot, sb, make_kiosk):
    sb.set_auth_failure("500")
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.OFFLINE)
    assert c.window.currentWidget() is c.window.status
    assert "HTTP 500" in c.window.status.reason.text()
    assert c.window.status.countdown.text().startswith("Trying again")
    assert health_of(c)["state"] == "offline"
    sb.set_auth_failure(None)
    wait_state(qtbot, c, State.READY, timeout=45_000)  # a 500 is retried in 15-30 s (fleet manners)
    assert c.window.currentWidget() is c.view
    assert health_of(c)["last_error"] is None


def test_incorrect_hash_shows_the_error_screen_with_the_reason(qtbot, sb, make_kiosk):
    c = make_kiosk(sb, secret_key="wrong-secret")
    wait_state(qtbot, c, State.ERROR)
    assert c.window.currentWidget() is c.window.status
    text = c.window.status.reason.text()
    assert "Incorrect hash" in text and "secret key" in text
    assert "wrong-secret" not in text
    left = c.window.status.seconds_left()
    assert 290 <= left <= 300
    assert "Incorrect hash" in health_of(c)["last_error"]


def test_a_script_navigation_to_a_foreign_host_is_refused(qtbot, sb, make_kiosk):
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.READY)
    before = c.page.url().toString()
    foreign = f"http://127.0.0.2:{sb.port}/webshop/"
    run_js(qtbot, c, f"location.href = {foreign!r}; 1")
    qtbot.waitUntil(lambda: bool(c.page.refused), timeout=WAIT)
    assert c.page.refused[-1][1] == "foreign_host"
    qtbot.wait(300)
    assert c.page.url().toString() == before
    assert c.session.state is State.READY


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(1024, 768), (800, 600)])
def test_a_long_offline_screen_never_makes_the_window_wider_than_its_screen(qtbot, sb, make_kiosk, language, size):
    """Seen at 1024×768 on a bare X server: the offline title's one long line (plus the screen's margins)
    made the window 1154 px wide, the words centred off the right edge. 800×600: an old terminal. In every
    language the kiosk speaks (Polish and Spanish run longest), every word of it shown whole."""
    from kiosk.autologin.session import Screen, ScreenKind, SessionWords
    from kiosk.autologin.webshop import WebshopWords
    from kiosk.clock import say_duration

    c = make_kiosk(sb, fullscreen=False, language=language)
    reason = WebshopWords.tr("The autologin service at %1 is busy (HTTP %2) and asked to be tried again in %3.").arg(
        "api.betgames.example", 503, say_duration(125))
    c.window.show_screen(Screen(ScreenKind.OFFLINE, SessionWords.tr("The webshop cannot be reached right now"), reason,
                                retry_at=c.clock.monotonic() + 3725, tap_at=c.clock.monotonic() + 7265))
    c.window.resize(*size)
    status = c.window.status
    w, h = size

    def fits():
        assert c.window.width() == w and c.window.height() == h, c.window.size()
        for label in (status.title, status.reason, status.countdown):
            assert label.geometry().right() < w and label.height() >= label.heightForWidth(label.width())
        button = status.retry_button
        assert button.geometry().right() < w and button.geometry().bottom() < h
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width(), button.text()
    qtbot.waitUntil(fits, timeout=WAIT)
    if language != "en":
        assert status.title.text() != "The webshop cannot be reached right now"
