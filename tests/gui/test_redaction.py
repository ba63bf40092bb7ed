"""What the real page does is logged as scheme://host/path: no query string, no fragment."""

from __future__ import annotations

import logging

from kiosk.autologin.session import State
from tests.helpers.fixtures import WAIT, run_js, wait_state


def test_refused_navigations_and_console_lines_lose_their_queries(qtbot, sb, make_kiosk, caplog):
    caplog.set_level(logging.DEBUG)
    c = make_kiosk(sb)
    wait_state(qtbot, c, State.READY)
    run_js(qtbot, c, f"location.href = 'http://127.0.0.2:{sb.port}/bet?player=Query-Player-Id#Fragment-Ticket'; 1")
    qtbot.waitUntil(lambda: bool(c.page.refused), timeout=WAIT)
    assert c.page.refused[-1][0] == f"http://127.0.0.2:{sb.port}/bet"
    run_js(qtbot, c, "console.log('fetch https://api.example/v1/ticket?session=Console-Session-Id failed'); 1")
    qtbot.waitUntil(lambda: "js console: fetch https://api.example/v1/ticket failed" in caplog.text, timeout=WAIT)
    for leaked in ("Query-Player-Id", "Fragment-Ticket", "Console-Session-Id"):
        assert leaked not in caplog.text
