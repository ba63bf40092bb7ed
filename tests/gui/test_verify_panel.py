"""The phone verification panel, driven like a person: taps on its keys, the code read off the phone.

Real widgets (offscreen), real loopback HTTP against the sandbox gateway, the flow's calls on
the real worker pool. Only the clock is fake, shared by the sandbox and the panel, so the
resend countdown and the idle timeout can be walked through without waiting.
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.autologin.session import Screen, ScreenKind
from kiosk.clock import say_duration
from kiosk.languages import LANGUAGES
from kiosk.sandbox import Sandbox
from kiosk.ui.language import translation
from kiosk.ui.verify.panel import PanelWords, VerificationPanel
from kiosk.ui.window import KioskWindow
from kiosk.verification.flow import IDLE_TIMEOUT, Step
from kiosk.verification.player_data import PlayerDataClient
from kiosk.worker import TaskManager

WAIT = 15_000  # ms; generous for a 2-core CI machine, never a timing assertion
BRAND = 1009
NUMBER = "44-123456789"
MASKED = "••••••••789"


@pytest.fixture
def sb(clock):
    with Sandbox(clock=clock, max_attempts=3) as sandbox:
        yield sandbox


@pytest.fixture
def player(sb):
    return sb.add_player(brand_id=BRAND, number=NUMBER)


@pytest.fixture
def window(qtbot, clock):
    w = KioskWindow(clock.monotonic)  # the real window the panel covers in the kiosk
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def panel(qtbot, sb, window, clock):
    tasks = TaskManager()
    p = VerificationPanel(window, lambda: PlayerDataClient(sb.gateway_url, "v1", BRAND), tasks, clock=clock)
    p.results = []
    p.finished.connect(p.results.append)
    yield p
    tasks.shutdown()


def tap(qtbot, panel, name: str) -> None:
    button = panel.button(name)
    assert button.isVisible(), f"{name} is not on screen"
    assert button.isEnabled(), f"{name} is greyed out"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap_digits(qtbot, panel, digits: str) -> None:
    for d in digits:
        tap(qtbot, panel, f"key_{d}")


def wait_step(qtbot, panel, step: Step) -> None:
    qtbot.waitUntil(lambda: panel.flow.step is step and not panel.waiting, timeout=WAIT)


def wait_finished(qtbot, panel) -> dict:
    qtbot.waitUntil(lambda: bool(panel.results), timeout=WAIT)
    assert len(panel.results) == 1
    return panel.results[0]


def on_screen(panel) -> str:
    """Every text a person could read on the panel right now."""
    widgets = panel.findChildren(QLabel) + panel.findChildren(QAbstractButton)
    return "\n".join(w.text() for w in widgets if w.isVisible())


def wrong(code: str) -> str:
    return ("1" if code[0] != "1" else "2") + code[1:]


@pytest.mark.parametrize("language", LANGUAGES)
def test_covers_the_window_follows_its_size_and_keys_are_finger_sized(qtbot, panel, window, player, language):
    assert panel.isHidden()
    panel.start(player, translation(language))  # in every language the kiosk speaks (Polish and Spanish run longest)
    assert panel.isVisible() and panel.busy
    assert panel.geometry() == window.rect()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: panel.geometry() == window.rect(), timeout=WAIT)
    center = window.rect().center()
    assert panel.isAncestorOf(window.childAt(center)) or window.childAt(center) is panel  # on top
    window.show_screen(Screen(ScreenKind.OFFLINE, "No connection"))  # the kiosk switches screens underneath
    assert window.currentWidget() is window.status
    assert panel.isAncestorOf(window.childAt(center)) or window.childAt(center) is panel  # still on top
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    tap(qtbot, panel, "confirm")
    wait_step(qtbot, panel, Step.ENTER_CODE)
    for name in [f"key_{d}" for d in "0123456789"] + ["key_back", "key_ok", "cancel", "resend"]:
        b = panel.button(name)
        assert b.isVisible() and b.width() >= 64 and b.height() >= 64, name

    def every_text_whole():  # at 1024 px the resend countdown beside the keypad was cut mid-word
        for label in panel.findChildren(QLabel):
            if label.isVisible() and label.text():
                if label.wordWrap():
                    assert label.height() >= label.heightForWidth(label.width()), label.text()
                else:
                    assert label.width() >= label.sizeHint().width(), label.text()
        for button in panel.findChildren(QAbstractButton):
            if button.isVisible() and button.text():
                assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width(), button.text()
    qtbot.waitUntil(every_text_whole, timeout=WAIT)
    wait = say_duration(panel.flow.seconds_until_resend())  # the clock is fake: it says what the panel says
    assert panel.countdown.text() == translation(language).text(PanelWords.tr("You can ask for a new code in %1.").arg(wait))


def test_confirm_the_number_on_file_and_verify_with_the_sms_code(qtbot, panel, sb, player, caplog):
    caplog.set_level(logging.DEBUG)
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    assert panel.number_label.text() == MASKED
    assert "Is " + MASKED in panel.message.text()
    assert panel.button("cancel").isVisible()

    tap(qtbot, panel, "confirm")
    wait_step(qtbot, panel, Step.ENTER_CODE)
    code = sb.last_code(NUMBER)
    assert "We sent a code by SMS to " + MASKED in panel.message.text()
    tap_digits(qtbot, panel, code)
    assert panel.code_display.text().count("●") == len(code)
    text = on_screen(panel)
    assert code not in text and "123456789" not in text and player not in text

    tap(qtbot, panel, "key_ok")
    wait_step(qtbot, panel, Step.VERIFIED)
    assert "is verified" in panel.message.text()
    assert panel.button("done").isVisible()
    tap(qtbot, panel, "done")
    result = wait_finished(qtbot, panel)
    assert panel.isHidden() and not panel.busy
    assert result["status"] == "verified"
    assert result["updated_fields"] == {"mobile_number": NUMBER, "verification_status": "1"}
    assert result["token"] and result["auth_token"]
    assert sb.player_data(result["token"])["mobile"]["verification_status"] == 1  # the new login works
    assert sb.player_data(player)["mobile"]["verification_status"] == 1
    for secret in (player, code, result["token"], "123456789"):
        assert secret not in caplog.text


def test_a_new_number_typed_on_the_keypad(qtbot, panel, sb, player):
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    tap(qtbot, panel, "change_number")
    wait_step(qtbot, panel, Step.ENTER_NUMBER)
    assert panel.cc_field.text() == "+44"  # the country code on file; the number is the player's to type
    assert panel.number_field.text() == ""
    assert not panel.button("key_ok").isEnabled()

    tap(qtbot, panel, "cc_field")
    tap(qtbot, panel, "key_back")
    tap(qtbot, panel, "key_back")
    tap_digits(qtbot, panel, "370")
    assert panel.cc_field.text() == "+370"
    tap(qtbot, panel, "key_ok")  # "Next": on to the number
    tap_digits(qtbot, panel, "612345678")
    tap(qtbot, panel, "key_back")
    tap_digits(qtbot, panel, "9")
    assert panel.number_field.text() == "612 345 679"
    tap(qtbot, panel, "key_ok")
    wait_step(qtbot, panel, Step.ENTER_CODE)
    assert sb.outbox[-1]["mobile_number"] == "370-612345679"
    assert panel.number_label.text().endswith("679")

    tap_digits(qtbot, panel, sb.last_code())
    tap(qtbot, panel, "key_ok")
    wait_step(qtbot, panel, Step.VERIFIED)
    tap(qtbot, panel, "done")
    result = wait_finished(qtbot, panel)
    assert result["status"] == "verified"
    assert result["updated_fields"]["mobile_number"] == "370-612345679"


def test_a_number_too_short_is_refused_without_sending_anything(qtbot, panel, sb, player):
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    tap(qtbot, panel, "change_number")
    tap_digits(qtbot, panel, "1234")
    assert not panel.button("key_ok").isEnabled()  # not a number yet: nothing to send
    tap_digits(qtbot, panel, "5")
    assert panel.button("key_ok").isEnabled()
    assert sb.outbox == []


def test_a_wrong_code_says_so_and_the_player_can_try_again(qtbot, panel, sb, player):
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    tap(qtbot, panel, "confirm")
    wait_step(qtbot, panel, Step.ENTER_CODE)
    code = sb.last_code()

    tap_digits(qtbot, panel, wrong(code))
    tap(qtbot, panel, "key_ok")
    qtbot.waitUntil(lambda: "Invalid code" in panel.message.text(), timeout=WAIT)
    assert panel.flow.step is Step.ENTER_CODE
    assert panel.message.property("tone") == "error"
    assert "●" not in panel.code_display.text()  # an empty box for the next try

    tap_digits(qtbot, panel, code)
    tap(qtbot, panel, "key_ok")
    wait_step(qtbot, panel, Step.VERIFIED)
    tap(qtbot, panel, "done")
    assert wait_finished(qtbot, panel)["status"] == "verified"


def test_the_resend_countdown_is_live_and_resend_waits_for_zero(qtbot, panel, sb, player, clock):
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    tap(qtbot, panel, "confirm")
    wait_step(qtbot, panel, Step.ENTER_CODE)
    resend = panel.button("resend")
    assert "60 s" in panel.countdown.text()
    assert resend.isVisible() and not resend.isEnabled()

    clock.advance(25)
    qtbot.waitUntil(lambda: "35 s" in panel.countdown.text(), timeout=WAIT)
    assert not resend.isEnabled()
    clock.advance(34)
    qtbot.waitUntil(lambda: "in 1 s" in panel.countdown.text(), timeout=WAIT)
    assert not resend.isEnabled()
    clock.advance(1)
    qtbot.waitUntil(resend.isEnabled, timeout=WAIT)
    assert "now" in panel.countdown.text()

    tap(qtbot, panel, "resend")
    wait_step(qtbot, panel, Step.ENTER_CODE)
    assert len(sb.outbox) == 2
    assert "60 s" in panel.countdown.text() and not resend.isEnabled()
    tap_digits(qtbot, panel, sb.last_code())
    tap(qtbot, panel, "key_ok")
    wait_step(qtbot, panel, Step.VERIFIED)


def test_locked_after_the_attempt_limit(qtbot, panel, sb, player):
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    tap(qtbot, panel, "confirm")
    wait_step(qtbot, panel, Step.ENTER_CODE)
    bad = wrong(sb.last_code())
    for _ in range(2):
        tap_digits(qtbot, panel, bad)
        tap(qtbot, panel, "key_ok")
        wait_step(qtbot, panel, Step.ENTER_CODE)
    tap_digits(qtbot, panel, bad)
    tap(qtbot, panel, "key_ok")  # the sandbox allows three attempts
    wait_step(qtbot, panel, Step.LOCKED)
    assert "Too many attempts" in panel.message.text()
    assert not panel.keypad.isVisible()
    assert panel.button("cancel").text() == "Close"
    tap(qtbot, panel, "cancel")
    assert wait_finished(qtbot, panel) == {"status": "locked", "reason": "locked"}
    assert panel.isHidden()


def test_cancel_ends_as_cancelled(qtbot, panel, player):
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    tap(qtbot, panel, "cancel")
    assert wait_finished(qtbot, panel) == {"status": "cancelled", "reason": "cancelled"}
    assert panel.isHidden() and not panel.busy


def test_a_slow_gateway_shows_please_wait_and_cancel_still_works(qtbot, panel, sb, player):
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    sb.latency = 2.0
    tap(qtbot, panel, "confirm")
    assert panel.waiting
    assert panel.pages.currentWidget() is panel.busy_page and panel.spinner.isVisible()
    assert "Please wait" in on_screen(panel)
    tap(qtbot, panel, "cancel")
    assert wait_finished(qtbot, panel) == {"status": "cancelled", "reason": "cancelled"}
    assert panel.isHidden()
    qtbot.waitUntil(lambda: sb.counters["gateway_requests"] == 2, timeout=WAIT)  # the late answer comes …
    qtbot.wait(500)
    assert panel.isHidden() and len(panel.results) == 1  # … and changes nothing:
    assert sb.outbox == []  # no SMS goes out after Cancel


def test_the_gateway_down_is_said_in_plain_words_and_the_player_can_retry(qtbot, panel, sb, player):
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    sb.set_gateway_failure("500")
    tap(qtbot, panel, "confirm")
    qtbot.waitUntil(lambda: "not answering" in panel.message.text(), timeout=WAIT)
    assert panel.flow.step is Step.CONFIRM_NUMBER and panel.button("confirm").isVisible()
    sb.set_gateway_failure(None)
    tap(qtbot, panel, "confirm")
    wait_step(qtbot, panel, Step.ENTER_CODE)


def test_nobody_there_closes_the_panel_as_timed_out(qtbot, panel, player, clock):
    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    clock.advance(IDLE_TIMEOUT - 1)
    qtbot.wait(400)
    assert panel.isVisible()
    clock.advance(1)
    assert wait_finished(qtbot, panel) == {"status": "cancelled", "reason": "timed_out"}
    assert panel.isHidden()


def test_an_already_verified_number_needs_nothing(qtbot, panel, sb):
    token = sb.add_player(brand_id=BRAND, number=NUMBER, verified=True)
    panel.start(token)
    wait_step(qtbot, panel, Step.VERIFIED)
    assert "already verified" in panel.message.text()
    assert sb.outbox == []
    tap(qtbot, panel, "done")
    assert wait_finished(qtbot, panel) == {"status": "verified", "token": None, "auth_token": None,
                                           "updated_fields": None}


def test_an_ended_session_fails_with_a_sentence(qtbot, panel):
    panel.start("not-a-session-token")
    wait_step(qtbot, panel, Step.FAILED)
    assert "log in again" in panel.message.text()
    tap(qtbot, panel, "done")
    assert wait_finished(qtbot, panel) == {"status": "failed", "reason": "session_invalid"}


def test_the_gateways_own_words_are_plain_text_and_cut(qtbot, panel, sb, player):
    from kiosk.sandbox.gateway import RICH_DESCRIPTION

    panel.start(player)
    wait_step(qtbot, panel, Step.CONFIRM_NUMBER)
    sb.set_gateway_failure("rich_422")
    tap(qtbot, panel, "confirm")
    qtbot.waitUntil(lambda: "cannot be processed" in panel.message.text(), timeout=WAIT)
    assert panel.message.textFormat() == Qt.TextFormat.PlainText
    assert panel.message.text().startswith("<h1>Refused</h1>")  # shown as written, never rendered
    assert len(panel.message.text()) <= 500 < len(RICH_DESCRIPTION)
