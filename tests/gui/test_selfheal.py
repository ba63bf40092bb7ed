"""Self-healing against the real QtWebEngine and the sandbox: crashes, hangs, lost network, daily start."""

from __future__ import annotations

import os
import signal
from datetime import datetime

from kiosk.autologin.session import State
from kiosk.clock import FakeClock
from kiosk.sandbox import Sandbox
from kiosk.terminal import KioskController
from tests.helpers import free_port, sandbox_settings
from tests.helpers.fixtures import WAIT, health_of, run_js, wait_state


def test_a_killed_renderer_gets_a_fresh_page_and_login(qtbot, sb, make_kiosk):
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.READY)
    old_page, pid = c.page, c.page.renderProcessPid()
    assert pid > 0
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: c.session.stats.renderer_restarts == 1, timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    assert c.page is not old_page and c.page.renderProcessPid() not in (0, pid)
    h = health_of(c)
    assert h["renderer_restarts"] == 1 and h["autologin_requests"] == 2
    assert c.window.currentWidget() is c.view


def test_three_crashes_within_five_minutes_exit_non_zero_for_the_supervisor(qtbot, sb, make_kiosk):
    c = make_kiosk(sb)
    exits = []
    c.exitRequested.connect(lambda code, reason: exits.append((code, reason)))
    for n in range(3):
        wait_state(qtbot, c, State.READY)
        os.kill(c.page.renderProcessPid(), signal.SIGKILL)
        qtbot.waitUntil(lambda n=n: c.session.stats.renderer_restarts == n + 1, timeout=WAIT)
    qtbot.waitUntil(lambda: bool(exits), timeout=WAIT)
    code, reason = exits[0]
    assert code != 0 and "3 times within 5 minutes" in reason


def test_a_hung_page_is_treated_as_a_crash(qtbot, sb, make_kiosk):
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.READY)
    c.shell.watchdog.ping_every, c.shell.watchdog.timeout = 0.5, 1.5  # the defaults are 10 s and 15 s
    c.page.runJavaScript("setTimeout(() => { for (;;) {} }, 0); 1")
    qtbot.waitUntil(lambda: c.session.stats.renderer_restarts == 1, timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    assert run_js(qtbot, c, "1 + 1") == 2  # the new page answers


def test_a_failed_page_load_shows_our_offline_screen_and_recovers_when_the_webshop_returns(qtbot, make_kiosk):
    port = free_port()
    sb = Sandbox(port=port, poll_interval=0.2).start()
    try:
        c = make_kiosk(sb)
        wait_state(qtbot, c, State.READY)
        # Ready comes at DOMContentLoaded; a reload issued just before the load event was seen dropped (1 in 4).
        qtbot.waitUntil(lambda: run_js(qtbot, c, "document.readyState") == "complete", timeout=WAIT)
        sb.stop()
        c.page.triggerAction(c.page.WebAction.Reload)
        wait_state(qtbot, c, State.OFFLINE)
        assert c.window.currentWidget() is c.window.status  # never Chromium's error page
        assert "could not be loaded" in c.window.status.reason.text()
        sb = Sandbox(port=port, poll_interval=0.2).start()
        wait_state(qtbot, c, State.READY)
        assert c.window.currentWidget() is c.view
    finally:
        sb.stop()


def test_started_before_the_upstream_the_kiosk_is_ready_soon_after_it_answers(qtbot, make_kiosk):
    port = free_port()
    placeholder = Sandbox(port=port)  # not started: nothing listens on the port yet
    c = make_kiosk(placeholder)
    wait_state(qtbot, c, State.OFFLINE)
    # Let the backoff grow past what a cold retry would give.
    qtbot.waitUntil(lambda: c.session.stats.autologin_requests >= 4, timeout=WAIT)
    with Sandbox(port=port, poll_interval=0.2):
        wait_state(qtbot, c, State.READY)  # the probe notices, not the (now longer) backoff
    assert c.session.stats.time_to_first_ready is not None


def test_the_daily_fresh_start_recreates_the_page_and_logs_in_again(qtbot, sb, tmp_path):
    at = datetime(2026, 11, 22, 3, 59, 50).timestamp()
    clock = FakeClock(wall=at)
    c = KioskController(sandbox_settings(sb, tmp_path, daily_restart="04:00"), clock=clock)
    c.start()
    c.show()
    try:
        wait_state(qtbot, c, State.READY)
        first_page = c.page
        c.check_daily()
        assert c.page is first_page  # not yet 04:00
        clock.advance(15)
        c.check_daily()
        qtbot.waitUntil(lambda: c.session.stats.autologin_requests == 2, timeout=WAIT)
        wait_state(qtbot, c, State.READY)
        assert c.page is not first_page
        clock.advance(60)
        c.check_daily()
        assert c.session.stats.autologin_requests == 2  # once a day, not every check after 04:00
    finally:
        c.shutdown()


def test_what_waits_for_the_first_ready_is_built_at_it_once(qtbot, sb, make_kiosk):
    """kiosk run's printing, keyboard, media probe and update watch (issue 19): right after the first ready, once."""
    c = make_kiosk(sb)
    built = []
    c.after_first_ready(lambda: built.append(c.session.state), at_latest_ms=60_000)
    wait_state(qtbot, c, State.READY)
    qtbot.waitUntil(lambda: built == [State.READY], timeout=WAIT)
    sb.expire_sessions()  # a later ready builds nothing again
    qtbot.waitUntil(lambda: c.session.stats.autologin_requests == 2, timeout=WAIT)
    wait_state(qtbot, c, State.READY)
    qtbot.wait(200)
    assert built == [State.READY]


def test_a_kiosk_that_is_not_ready_gets_them_at_the_latest_time_and_not_again(qtbot, sb, make_kiosk):
    """An outage from the start: the offline screen still gets the keyboard, the printer and a pending update."""
    sb.set_auth_failure("500")
    c = make_kiosk(sb)
    built = []
    c.after_first_ready(lambda: built.append(c.session.state), at_latest_ms=1500)
    wait_state(qtbot, c, State.OFFLINE)
    qtbot.waitUntil(lambda: built == [State.OFFLINE], timeout=WAIT)
    sb.set_auth_failure(None)
    c.shell.retryRequested.emit()  # the offline screen's "Try again"
    wait_state(qtbot, c, State.READY)
    qtbot.wait(200)
    assert built == [State.OFFLINE]
