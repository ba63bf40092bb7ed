"""Allowed hosts tried as a player's page would: another port on an allowed host, a frame-only payment host,
a whole domain, a near miss ("did you mean"), and the request guard holding when the first line is gone."""

from __future__ import annotations

import httpx
import pytest

from kiosk.autologin.session import State
from kiosk.ui.page import KioskPage
from tests.helpers.fixtures import WAIT, health_of, run_js, wait_painted, wait_state


def url_of(c) -> str:
    return c.page.url().toString()


def tap_link(qtbot, c, href: str) -> None:
    """Add a link to the webshop page and tap it, as a player would (a real click, a user gesture)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    style = "position:fixed;left:10px;top:10px;width:200px;height:40px;display:block;background:#fff;z-index:99"
    assert run_js(qtbot, c, f"""(function () {{ var a = document.createElement('a'); a.id = 'test-link';
        a.href = {href!r}; a.textContent = 'elsewhere'; a.style = {style!r}; document.body.appendChild(a);
        return 1; }})()""") == 1
    wait_painted(qtbot, c)
    QTest.mouseClick(c.view.focusProxy(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(60, 30))


def refused_in_health(c) -> list[dict]:
    return (health_of(c).get("navigation_refused") or {}).get("latest", [])


def test_a_link_to_another_port_on_an_allowed_host_is_refused_and_the_webshop_stays(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    wait_painted(qtbot, c)
    health_url = f"http://127.0.0.1:{c.health.port}/health"  # the kiosk's own /health: shop, POS and user ids
    assert httpx.get(health_url, timeout=5).json()["shop_id"]  # it is there, on the webshop's own host
    tap_link(qtbot, c, health_url)
    qtbot.waitUntil(lambda: (f"http://127.0.0.1:{c.health.port}/health", "foreign_host") in c.page.refused,
                    timeout=WAIT)
    run_js(qtbot, c, f"location.href = 'http://127.0.0.1:{sb.port + 1 if sb.port < 65535 else 631}/'; 1")
    qtbot.waitUntil(lambda: len(c.page.refused) >= 2, timeout=WAIT)
    qtbot.wait(500)
    assert url_of(c) == sb.webshop_url and c.session.state is State.READY
    assert "shop_id" not in run_js(qtbot, c, "document.body.innerText")
    latest = refused_in_health(c)
    assert latest[0]["url"] == health_url and latest[0]["frame"] == "main frame"
    assert f"127.0.0.1 is allowed on port {sb.port} only, not on port {c.health.port}" in latest[0]["hint"]
    assert health_of(c)["state"] == "ready"


def test_a_frame_only_host_loads_in_the_webshops_frame_and_is_refused_at_the_top_level(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    assert c.settings.frame_hosts == [f"localhost:{sb.port}"]
    qtbot.waitUntil(lambda: run_js(qtbot, c, "document.getElementById('payment-status').dataset.ready || ''") == "yes",
                    timeout=WAIT)
    assert sb.counters["payment_frame_served"] >= 1 and not c.page.refused
    run_js(qtbot, c, f"location.href = {sb.payment_url!r}; 1")
    qtbot.waitUntil(lambda: (sb.payment_url, "foreign_host") in c.page.refused, timeout=WAIT)
    qtbot.wait(500)
    assert url_of(c) == sb.webshop_url and c.session.state is State.READY
    hint = refused_in_health(c)[-1]["hint"]
    assert "frame-only host" in hint and "KIOSK_FRAME_HOSTS" in hint


def test_without_the_frame_host_the_payment_frame_is_refused(qtbot, sb, ready_kiosk):
    c = ready_kiosk(frame_hosts=[])
    qtbot.waitUntil(lambda: (sb.payment_url, "foreign_host") in c.page.refused, timeout=WAIT)
    assert run_js(qtbot, c, "document.getElementById('payment-status').dataset.ready || ''") == ""
    assert refused_in_health(c)[-1]["frame"] == "subframe"


def test_a_subdomain_covered_by_a_domain_entry_loads_at_the_top_level(qtbot, sb, ready_kiosk):
    c = ready_kiosk(allowed_hosts=[sb.address, f"*.kiosk.localhost:{sb.port}"])
    covered = f"http://games.kiosk.localhost:{sb.port}/"  # Chromium resolves names under localhost to this machine
    run_js(qtbot, c, f"location.href = {covered!r}; 1")
    qtbot.waitUntil(lambda: url_of(c) == covered, timeout=WAIT)
    qtbot.waitUntil(lambda: run_js(qtbot, c, "document.title") == "BetGames sandbox", timeout=WAIT)
    assert not c.page.refused
    stranger = f"http://games.other.localhost:{sb.port}/"
    run_js(qtbot, c, f"location.href = {stranger!r}; 1")
    qtbot.waitUntil(lambda: (stranger, "foreign_host") in c.page.refused, timeout=WAIT)
    assert url_of(c) == covered


def test_a_near_miss_says_which_entry_would_have_allowed_it(qtbot, sb, ready_kiosk, caplog):
    c = ready_kiosk(allowed_hosts=[sb.address, f"kiosk.localhost:{sb.port}"])
    refused = f"http://games.kiosk.localhost:{sb.port}/"
    with caplog.at_level("WARNING", logger="kiosk.ui.page"):
        run_js(qtbot, c, f"location.href = {refused!r}; 1")
        qtbot.waitUntil(lambda: (refused, "foreign_host") in c.page.refused, timeout=WAIT)
    wanted = f"did you mean '*.kiosk.localhost:{sb.port}'?"
    assert wanted in refused_in_health(c)[-1]["hint"]
    assert any(wanted in r.getMessage() and "navigation refused" in r.getMessage() for r in caplog.records)


def test_the_request_guard_holds_when_the_navigation_policy_does_not(qtbot, sb, ready_kiosk, monkeypatch):
    # The first line down: pages that accept every navigation (patched before the kiosk makes its page).
    monkeypatch.setattr(KioskPage, "acceptNavigationRequest", lambda self, url, nav_type, main: True)
    c = ready_kiosk()
    wait_painted(qtbot, c)
    guard = c.shell.profile.login_guard
    health_url = f"http://127.0.0.1:{c.health.port}/health"
    run_js(qtbot, c, f"location.href = {health_url!r}; 1")
    qtbot.waitUntil(lambda: guard.documents_blocked >= 1, timeout=WAIT)
    qtbot.wait(500)
    assert "shop_id" not in (run_js(qtbot, c, "document.body ? document.body.innerText : ''") or "")


@pytest.mark.parametrize("entry", ["127.0.0.1"])
def test_an_entry_without_the_sandbox_port_refuses_the_autologin_link(qtbot, sb, make_kiosk, entry):
    c = make_kiosk(sb, allowed_hosts=[entry])
    wait_state(qtbot, c, State.ERROR)
    reason = c.session.stats.last_error
    assert f"127.0.0.1:{sb.port}" in reason and "KIOSK_ALLOWED_HOSTS" in reason and "default port" in reason


def test_the_phone_bridge_runs_on_every_allowed_entry_and_domain():
    from kiosk.ui.verify.bridge import match_patterns

    assert match_patterns("*.betgames.tv") == ["https://*.betgames.tv/*"]
    assert match_patterns("webshop.example:8443") == ["https://webshop.example/*"]
    assert match_patterns("127.0.0.1:8765") == ["https://127.0.0.1/*", "http://127.0.0.1/*"]
    assert match_patterns("[::1]:8765") == ["https://[::1]/*", "http://[::1]/*"]
    assert match_patterns("*") == []
