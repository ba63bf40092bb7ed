"""window.kiosk.verifyMobile from a real page in the real kiosk view, over loopback HTTP.

The kiosk is the real controller and window against the sandbox (offscreen QtWebEngine); the
test taps the native panel like the player would and reads the SMS code from the sandbox outbox.
"""

from __future__ import annotations

import json
import logging

import pytest
from PySide6.QtCore import Qt

from kiosk.autologin.session import State
from kiosk.sandbox import Sandbox
from kiosk.ui.verify.bridge import VerificationUi
from kiosk.verification.flow import Step
from tests.helpers.fixtures import run_js, wait_state

WAIT = 15_000  # ms; generous for a 2-core CI machine, never a timing assertion
BRAND = 1009


@pytest.fixture
def make_kiosk(make_kiosk, qtbot):
    """The shared real-window kiosk (tests/kiosk_fixtures.py), with the verification bridge installed."""
    def make(sandbox, **over):
        c = make_kiosk(sandbox, **over)
        ui = c.add_verification()
        wait_state(qtbot, c, State.READY)
        return c, ui

    return make


def js_until(qtbot, c, script: str, accept=bool):
    """Evaluate ``script`` in the page until ``accept(value)``; returns that value."""
    seen = []

    def check() -> bool:
        seen.append(run_js(qtbot, c, script))
        return accept(seen[-1])

    qtbot.waitUntil(check, timeout=WAIT)
    return seen[-1]


def verify_status(qtbot, c, expected: str) -> str:
    return js_until(qtbot, c, "document.getElementById('verify-status').dataset.status",
                    lambda s: s == expected)


def tap(qtbot, ui: VerificationUi, name: str) -> None:
    button = ui.panel.button(name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_step(qtbot, ui: VerificationUi, step: Step) -> None:
    qtbot.waitUntil(lambda: ui.panel.isVisible() and ui.panel.flow.step is step and not ui.panel.waiting,
                    timeout=WAIT)


def verify_on_the_panel(qtbot, ui: VerificationUi, sb: Sandbox) -> None:
    """What the player does once the panel is up: confirm the number, type the code, done."""
    wait_step(qtbot, ui, Step.CONFIRM_NUMBER)
    tap(qtbot, ui, "confirm")
    wait_step(qtbot, ui, Step.ENTER_CODE)
    for d in sb.last_code():
        tap(qtbot, ui, f"key_{d}")
    tap(qtbot, ui, "key_ok")
    wait_step(qtbot, ui, Step.VERIFIED)
    tap(qtbot, ui, "done")


def call_verify(qtbot, c, token: str, slot: str) -> None:
    """The page's own script asks the kiosk, keeping the answer in window[slot]."""
    run_js(qtbot, c, f"window.{slot} = null; window.kiosk.verifyMobile({json.dumps(token)})"
                     f".then(function (r) {{ window.{slot} = JSON.stringify(r); }}); 1")


def answer(qtbot, c, slot: str) -> dict:
    return json.loads(js_until(qtbot, c, f"window.{slot}"))


def test_the_webshop_button_verifies_the_phone_through_the_panel(qtbot, sb, make_kiosk):
    c, ui = make_kiosk(sb)
    verify_status(qtbot, c, "ready")  # the page found window.kiosk
    run_js(qtbot, c, "document.getElementById('verify-button').click(); 1")
    qtbot.waitUntil(ui.panel.isVisible, timeout=WAIT)
    assert ui.panel.geometry() == c.window.rect()  # over the web view, all of it
    verify_status(qtbot, c, "pending")
    verify_on_the_panel(qtbot, ui, sb)
    verify_status(qtbot, c, "verified")
    shown = run_js(qtbot, c, "document.getElementById('verify-status').textContent")
    assert shown.startswith("Status: verified")
    assert sb.player_data(sb.demo_player_token)["mobile"]["verification_status"] == 1
    assert ui.panel.isHidden()


def test_the_promise_gets_the_new_login_tokens_and_the_log_gets_none(qtbot, sb, make_kiosk, caplog):
    caplog.set_level(logging.DEBUG)
    c, ui = make_kiosk(sb)
    player = sb.add_player(brand_id=BRAND, number="370-61234567")
    call_verify(qtbot, c, player, "__result")
    verify_on_the_panel(qtbot, ui, sb)
    result = answer(qtbot, c, "__result")
    assert result["status"] == "verified"
    assert result["token"] and result["auth_token"]
    assert result["updated_fields"] == {"mobile_number": "370-61234567", "verification_status": "1"}
    assert sb.player_data(result["token"])["mobile"]["verification_status"] == 1  # a login the page can use
    logged = caplog.text
    assert "phone verification answered to the page: verified" in logged
    for secret in (player, result["token"], result["auth_token"], sb.last_code(), "61234567"):
        assert secret not in logged


def test_one_verification_at_a_time_and_cancel_resolves_cancelled(qtbot, sb, make_kiosk):
    c, ui = make_kiosk(sb)
    call_verify(qtbot, c, sb.demo_player_token, "__first")
    wait_step(qtbot, ui, Step.CONFIRM_NUMBER)
    call_verify(qtbot, c, sb.demo_player_token, "__second")
    assert answer(qtbot, c, "__second") == {"status": "failed", "reason": "busy"}
    assert run_js(qtbot, c, "String(window.__first === null)") == "true"  # still open
    tap(qtbot, ui, "cancel")
    assert answer(qtbot, c, "__first") == {"status": "cancelled", "reason": "cancelled"}
    assert ui.panel.isHidden()


def test_a_bad_session_token_fails_in_plain_words(qtbot, sb, make_kiosk):
    c, ui = make_kiosk(sb)
    call_verify(qtbot, c, "", "__empty")
    assert answer(qtbot, c, "__empty") == {"status": "failed", "reason": "session_invalid"}
    assert ui.panel.isHidden()
    call_verify(qtbot, c, "no-such-session", "__unknown")
    wait_step(qtbot, ui, Step.FAILED)
    assert "log in again" in ui.panel.message.text()
    tap(qtbot, ui, "done")
    assert answer(qtbot, c, "__unknown") == {"status": "failed", "reason": "session_invalid"}


def test_the_bridge_survives_a_new_page(qtbot, sb, make_kiosk):
    c, ui = make_kiosk(sb)
    old = c.page
    c.session.refresh("test: a fresh page", new_page=True)
    qtbot.waitUntil(lambda: c.page is not old and c.session.state is State.READY, timeout=WAIT)
    verify_status(qtbot, c, "ready")
    call_verify(qtbot, c, sb.demo_player_token, "__again")
    wait_step(qtbot, ui, Step.CONFIRM_NUMBER)
    tap(qtbot, ui, "cancel")
    assert answer(qtbot, c, "__again")["status"] == "cancelled"


def test_a_new_document_cancels_the_verification_and_gets_no_answer(qtbot, sb, make_kiosk):
    c, ui = make_kiosk(sb)
    call_verify(qtbot, c, sb.demo_player_token, "__gone")
    wait_step(qtbot, ui, Step.CONFIRM_NUMBER)
    c.page.triggerAction(c.page.WebAction.Reload)
    qtbot.waitUntil(ui.panel.isHidden, timeout=WAIT)
    verify_status(qtbot, c, "ready")
    assert run_js(qtbot, c, "typeof window.__gone") == "undefined"
    assert not ui.panel.busy


def test_a_refused_navigation_keeps_the_document_and_its_answer(qtbot, sb, make_kiosk):
    c, ui = make_kiosk(sb)
    call_verify(qtbot, c, sb.demo_player_token, "__kept")
    wait_step(qtbot, ui, Step.CONFIRM_NUMBER)
    run_js(qtbot, c, f"location.href = 'http://127.0.0.2:{sb.port}/webshop/'; 1")  # refused by the policy
    qtbot.waitUntil(lambda: bool(c.page.refused), timeout=WAIT)
    assert ui.panel.isVisible() and ui.panel.busy
    tap(qtbot, ui, "cancel")
    assert answer(qtbot, c, "__kept") == {"status": "cancelled", "reason": "cancelled"}


def test_without_gateway_settings_the_page_has_no_kiosk_object(qtbot, sb, make_kiosk):
    c, ui = make_kiosk(sb, gateway_url=None, brand_id=None)
    assert ui is None
    assert run_js(qtbot, c, "typeof window.kiosk") == "undefined"
    verify_status(qtbot, c, "unavailable")
    run_js(qtbot, c, "document.getElementById('verify-button').click(); 1")
    verify_status(qtbot, c, "unavailable")


# A page that is not on an allowed host gets no window.kiosk. The navigation policy keeps foreign
# hosts out of the main frame, but a script's about:blank commits without asking it (the kiosk then
# fetches a fresh link; held back here to look at the blank document): there the web channel's transport exists
# (it belongs to the page, not the document), so a script speaking the channel protocol by hand
# reaches the slot, which must refuse by the page's URL.
_RAW_CHANNEL_CALL = """
(function () {
  window.__raw = null;
  var t = qt.webChannelTransport;
  var idx = {};
  t.onmessage = function (m) {
    var msg = typeof m.data === "string" ? JSON.parse(m.data) : m.data;
    if (msg.type === 10 && msg.id === 1) {
      msg.data.kiosk.methods.forEach(function (p) { idx[p[0]] = p[1]; });
      msg.data.kiosk.signals.forEach(function (p) { idx[p[0]] = p[1]; });
      t.send(JSON.stringify({type: 4}));
      t.send(JSON.stringify({type: 7, object: "kiosk", signal: idx.verificationFinished}));
      t.send(JSON.stringify({type: 6, object: "kiosk", method: idx.verifyMobile, id: 2,
                             args: [%s, "raw-1"]}));
    } else if (msg.type === 1 && msg.args && msg.args[0] === "raw-1") {
      window.__raw = JSON.stringify(msg.args[1]);
    }
  };
  t.send(JSON.stringify({type: 3, id: 1}));
  return 1;
})()
"""


def test_a_page_off_the_allowed_hosts_gets_no_kiosk_and_the_slot_refuses_it(qtbot, sb, make_kiosk):
    c, ui = make_kiosk(sb)
    c.shell.pageLeft.disconnect()  # no recovery to the webshop during this test
    run_js(qtbot, c, "location.href = 'about:blank'; 1")
    qtbot.waitUntil(lambda: c.page.url().toString() == "about:blank", timeout=WAIT)
    js_until(qtbot, c, "document.readyState", lambda s: s == "complete")
    assert run_js(qtbot, c, "typeof window.kiosk") == "undefined"
    assert run_js(qtbot, c, "typeof qt === 'object' && !!qt.webChannelTransport") is True
    run_js(qtbot, c, _RAW_CHANNEL_CALL % json.dumps(sb.demo_player_token))
    assert json.loads(js_until(qtbot, c, "window.__raw")) == {"status": "failed", "reason": "not_allowed"}
    assert ui.panel.isHidden() and not ui.panel.busy


def test_only_validated_session_tokens_are_registered_for_redaction(qtbot, sb, make_kiosk):
    from kiosk import redact

    c, ui = make_kiosk(sb)
    junk = "junk-from-the-page-" + "x" * 600  # longer than any session token: refused, never registered
    call_verify(qtbot, c, junk, "__junk")
    assert answer(qtbot, c, "__junk") == {"status": "failed", "reason": "session_invalid"}
    assert not redact.is_registered(junk)
    call_verify(qtbot, c, sb.demo_player_token, "__first")
    wait_step(qtbot, ui, Step.CONFIRM_NUMBER)
    busy = "second-token-while-busy-abcdef"
    call_verify(qtbot, c, busy, "__busy")
    assert answer(qtbot, c, "__busy") == {"status": "failed", "reason": "busy"}
    assert not redact.is_registered(busy)
    assert redact.is_registered(sb.demo_player_token)  # the one the panel took
    tap(qtbot, ui, "cancel")


def test_a_request_made_while_the_page_still_loads_images_survives_the_load_event(qtbot, make_kiosk):
    # Ready comes at DOMContentLoaded; the page's images still arrive afterwards. The end of that
    # same load is not a new document: the player's panel stays and the answer reaches the page.
    from kiosk.sandbox.assets import HeavyPage

    with Sandbox(poll_interval=0.2, latency=0.25, heavy=HeavyPage(stalled=False)) as slow:
        c, ui = make_kiosk(slow)
        assert run_js(qtbot, c, "document.readyState") != "complete"  # the load event is still to come
        run_js(qtbot, c, "document.getElementById('verify-button').click(); 1")
        qtbot.waitUntil(ui.panel.isVisible, timeout=WAIT)
        js_until(qtbot, c, "document.readyState", lambda s: s == "complete")
        verify_on_the_panel(qtbot, ui, slow)
        verify_status(qtbot, c, "verified")
