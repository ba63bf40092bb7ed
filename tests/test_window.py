"""The real window (QtWebEngine, offscreen) against the real sandbox over loopback HTTP."""

from __future__ import annotations

import httpx
import pytest

from kiosk.controller import KioskController
from kiosk.health import HealthServer
from kiosk.sandbox import Sandbox
from kiosk.session import State
from tests.helpers import sandbox_settings

WAIT = 15_000  # ms; generous for a 2-core CI machine, never a timing assertion


@pytest.fixture
def sb():
    with Sandbox(poll_interval=0.2) as sandbox:
        yield sandbox


@pytest.fixture
def make_kiosk(qtbot, tmp_path):
    made = []

    def make(sandbox, **over) -> KioskController:
        health = HealthServer(0).start()
        c = KioskController(sandbox_settings(sandbox, tmp_path / f"data{len(made)}", **over), health=health)
        c.start()
        c.show()
        made.append((c, health))
        return c

    yield make
    for c, health in made:
        c.shutdown()
        health.stop()


def health_of(c: KioskController) -> dict:
    return httpx.get(f"http://127.0.0.1:{c.health.port}/health", timeout=5).json()


def wait_state(qtbot, c, state: State, timeout=WAIT):
    qtbot.waitUntil(lambda: c.session.state is state, timeout=timeout)


def run_js(qtbot, c, script: str):
    box = []
    c.page.runJavaScript(script, 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    return box[0]


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
    wait_state(qtbot, c, State.READY, timeout=30_000)
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
