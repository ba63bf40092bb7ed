"""Fleet manners of the real kiosk (real QtWebEngine offscreen, loopback sandbox): a failing API gets a few polite
requests, "Try again now" waits between taps and for Retry-After, and a trickling or oversized answer is offline."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.autologin import webshop
from kiosk.autologin.session import State
from tests.helpers.fixtures import WAIT, health_of, wait_state


def test_an_api_answering_500_gets_few_requests_though_the_network_is_fine(qtbot, sb, make_kiosk):
    sb.set_auth_failure("500")
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.OFFLINE)
    qtbot.wait(12_000)  # the 1 s probe connects all along: before, each success retried at once (41 in 40 s)
    assert sb.counters["auth_requests"] <= 2
    assert c.session.state is State.OFFLINE
    sb.set_auth_failure(None)
    wait_state(qtbot, c, State.READY, timeout=35_000)  # the first retry after a 500 comes within 30 s
    assert c.window.currentWidget() is c.view


def test_try_again_reaches_the_api_once_in_10_s_and_the_button_shows_the_wait(qtbot, sb, make_kiosk):
    sb.set_auth_failure("500")
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.OFFLINE)
    button = c.window.status.retry_button
    assert button.isEnabled() and button.text() == "Try again now"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sb.counters["auth_requests"] == 2, timeout=WAIT)
    wait_state(qtbot, c, State.OFFLINE)
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=WAIT)
    assert button.text().startswith("Try again in ") and button.text().endswith("seconds")
    for _ in range(5):  # a bored player hammering the button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        c.shell.retryRequested.emit()  # even past the disabled button
    qtbot.wait(500)
    assert sb.counters["auth_requests"] == 2
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)  # 10 s after the tap
    assert button.text() == "Try again now"
    sb.set_auth_failure(None)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_state(qtbot, c, State.READY)


def test_retry_after_sets_the_countdown_and_no_tap_comes_sooner(qtbot, sb, make_kiosk):
    sb.set_auth_failure("503_date", retry_after=120)
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.OFFLINE)
    status = c.window.status
    qtbot.waitUntil(lambda: not status.retry_button.isEnabled(), timeout=WAIT)
    assert 118 <= status.seconds_left() <= 120 + 60
    assert status.countdown.text().startswith("Trying again in ")
    assert "asked to be tried again in" in status.reason.text()
    assert status.retry_button.text().startswith("Try again in ")
    c.shell.retryRequested.emit()
    qtbot.wait(300)
    assert sb.counters["auth_requests"] == 1
    assert 110 <= health_of(c)["next_retry_in"] <= 180


def test_a_trickling_answer_is_offline_at_the_deadline_not_stuck_signing_in(qtbot, sb, make_kiosk, monkeypatch):
    monkeypatch.setattr(webshop, "DEADLINE", 2.0)  # 20 s in the product
    sb.trickle_interval = 0.3  # the answer would take a minute, each byte well inside the read timeout
    sb.set_auth_failure("trickle")
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.OFFLINE)
    assert "took longer than 2 seconds" in c.window.status.reason.text()
    assert c.window.currentWidget() is c.window.status


def test_an_oversized_answer_is_offline(qtbot, sb, make_kiosk):
    sb.set_auth_failure("oversized")
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.OFFLINE)
    assert "larger than 64 KiB" in c.window.status.reason.text()
