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


class _Watch:
    """Every 50 ms: which screen the window shows, and when each autologin request reached the sandbox."""

    def __init__(self, c, sb):
        from PySide6.QtCore import QTimer

        self.c, self.sb = c, sb
        self.screens: list[str] = []
        self.requests: list[float] = []  # time.monotonic() when the sandbox had counted one more
        self.health: list[tuple[float, float | None]] = []  # (time, next_retry_in) as /health said it
        self._seen = sb.counters["auth_requests"]
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(50)

    def _tick(self) -> None:
        import time

        w = self.c.window
        self.screens.append("web" if w.currentWidget() is w.view else
                            "status" if w.currentWidget() is w.status else "splash")
        n = self.sb.counters["auth_requests"]
        self.requests += [time.monotonic()] * (n - self._seen)
        self._seen = n

    def stop(self) -> None:
        self._timer.stop()


def _expire_while_the_api_fails(qtbot, sb, c, mode: str, **kw) -> _Watch:
    """The webshop is on screen, the API starts failing, then the webshop's session ends (its page polls
    every 0.2 s and heads for its login page on the first 401)."""
    sb.set_auth_failure(mode, **kw)
    before = sb.counters["auth_requests"]
    sb.expire_sessions()
    wait_state(qtbot, c, State.OFFLINE)
    assert sb.counters["auth_requests"] == before + 1  # the expiry asked once
    return _Watch(c, sb)


def test_an_outage_while_the_webshop_is_on_screen_asks_once_per_backoff_not_at_every_login_signal(qtbot, sb,
                                                                                                    ready_kiosk):
    import time

    c = ready_kiosk()
    watch = _expire_while_the_api_fails(qtbot, sb, c, "500")
    started = time.monotonic()
    qtbot.wait(2_000)
    checks = sb.counters["session_checks"]
    qtbot.wait(38_000)
    watch.stop()
    # Behind the offline screen the page is frozen: its session check (every 0.2 s) stopped.
    assert sb.counters["session_checks"] - checks <= 1, "the page kept polling the webshop behind the offline screen"
    requests = sb.counters["auth_requests"] - 1  # the first link
    # Before: each login-page signal of the stale page asked at once (28 in 40 s at 1 poll/s).
    assert requests <= 3, f"{requests} autologin requests in 40 s of an outage"
    assert set(watch.screens) == {"status"}, f"screens shown during the outage: {sorted(set(watch.screens))}"
    assert c.session.state is State.OFFLINE
    # /health's next_retry_in is when the next request really goes out.
    said = health_of(c)["next_retry_in"]
    asked_at = time.monotonic()
    sb.set_auth_failure(None)
    watch = _Watch(c, sb)
    wait_state(qtbot, c, State.READY, timeout=int((said + 15) * 1000))
    watch.stop()
    assert watch.requests, "the kiosk became ready without asking for a link"
    assert watch.requests[0] - asked_at >= said - 1.5, (said, watch.requests[0] - asked_at)
    assert time.monotonic() - started < 40 + 60 + 15  # within the backoff's bound (60 s after a second failure)
    assert sb.counters["login_page_served"] == 0


def test_retry_after_holds_while_the_webshop_heads_for_its_login_page(qtbot, sb, ready_kiosk):
    import time

    c = ready_kiosk()
    start = time.monotonic()
    watch = _expire_while_the_api_fails(qtbot, sb, c, "503", retry_after=30)
    qtbot.waitUntil(lambda: bool(watch.requests), timeout=60_000)  # 30 s + up to 15 s of jitter
    watch.stop()
    assert watch.requests[0] - start >= 30, f"the next request came {watch.requests[0] - start:.1f} s after a Retry-After of 30"
    assert set(watch.screens) == {"status"}, f"screens shown during the wait: {sorted(set(watch.screens))}"


def test_a_routine_expiry_asks_once_though_the_old_page_keeps_heading_for_its_login_page(qtbot, sb, ready_kiosk):
    c = ready_kiosk()
    sb.latency = 0.4  # a webshop 0.4 s away: the old page polls (and is refused its login page) while the link loads
    for round_ in range(3):
        qtbot.wait(5_500)  # a session that lived this long simply ended (one sooner counts toward the loop guard)
        before = sb.counters["auth_requests"]
        ready_count = c.session.stats.ready_count
        sb.expire_sessions()  # the old page polls every 0.2 s and heads for its login page until it is replaced
        qtbot.waitUntil(lambda: c.session.stats.ready_count > ready_count, timeout=WAIT)  # noqa: B023
        qtbot.wait(600)
        assert sb.counters["auth_requests"] == before + 1, f"expiry {round_ + 1}: one fresh link, not more"
        assert c.session.state is State.READY
    assert c.session.stats.autologin_results["ok"] == 4
