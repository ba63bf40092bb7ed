"""Faults tried against the real kiosk (in-process, real QtWebEngine, loopback sandbox): time to recover.

Prints the fault table of docs/how-it-works/self-healing.md. Timings are measured, never asserted.
Run: ./dev.sh bench  (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_recovery.py)
"""

from __future__ import annotations

import os
import signal
import statistics
import tempfile
import time
from functools import partial
from pathlib import Path

from benchlib import offscreen_env
from benchlib import until as wait_until

from kiosk.autologin.session import State
from kiosk.sandbox import Sandbox, free_port
from kiosk.settings import explicit_settings
from kiosk.terminal import KioskController
from kiosk.ui.app import make_application

offscreen_env()  # before the application and the web engine exist
app = make_application()
until = partial(wait_until, app)  # until(predicate, timeout=60.0): spins the event loop
RUNS = int(os.environ.get("BENCH_RUNS", "3"))




def kiosk(sb, **over) -> KioskController:
    c = KioskController(explicit_settings(**sb.kiosk_settings(data_dir=Path(tempfile.mkdtemp(prefix="bench-")), **over)))
    c.start()
    c.show()
    return c


def ready(c):
    return lambda: c.session.state is State.READY


def loaded(c) -> None:
    """Until the page's load event: the kiosk is ready at DOMContentLoaded, and Chromium may drop a Reload
    issued while the first load is still under way."""
    state: list[str] = []

    def complete() -> bool:
        if not state or state[-1] != "pending":
            state.append("pending")
            c.page.runJavaScript("document.readyState", 0, state.append)
        return "complete" in state

    until(complete)


def renderer_killed() -> float:
    with Sandbox(poll_interval=0.2) as sb:
        c = kiosk(sb)
        until(ready(c))
        os.kill(c.page.renderProcessPid(), signal.SIGKILL)
        t = time.monotonic()
        until(lambda: c.session.stats.renderer_restarts == 1)
        until(ready(c))
        c.shutdown()
        return time.monotonic() - t


def renderer_hung() -> float:
    with Sandbox(poll_interval=0.2) as sb:
        c = kiosk(sb)
        until(ready(c))
        t = time.monotonic()
        c.page.runJavaScript("setTimeout(() => { for (;;) {} }, 0); 1")
        until(lambda: c.session.stats.renderer_restarts == 1)
        until(ready(c))
        c.shutdown()
        return time.monotonic() - t


def session_expired() -> float:
    with Sandbox(poll_interval=0.2) as sb:
        c = kiosk(sb)
        until(ready(c))
        t = time.monotonic()
        sb.expire_sessions()
        until(lambda: c.session.stats.autologin_requests == 2)
        until(ready(c))
        c.shutdown()
        return time.monotonic() - t


def upstream_late_at_boot() -> float:
    port = free_port()
    c = kiosk(Sandbox(port=port))  # nothing listens yet
    until(lambda: c.session.stats.autologin_requests >= 5)  # the backoff has grown
    with Sandbox(port=port, poll_interval=0.2):
        t = time.monotonic()
        until(ready(c))
        c.shutdown()
        return time.monotonic() - t


def network_lost_and_back() -> float:
    port = free_port()
    sb = Sandbox(port=port, poll_interval=0.2).start()
    c = kiosk(sb)
    until(ready(c))
    loaded(c)
    sb.stop()
    c.page.triggerAction(c.page.WebAction.Reload)
    until(lambda: c.session.state is State.OFFLINE)
    time.sleep(0)
    until(lambda: c.session.stats.autologin_requests >= 4)
    with Sandbox(port=port, poll_interval=0.2):
        t = time.monotonic()
        until(ready(c))
        c.shutdown()
        return time.monotonic() - t


def outage_on_screen(frozen: bool = True) -> float:
    """The webshop on screen, its session ends while the API answers 500, the kiosk waits on its offline screen
    (the page frozen behind it, or, for comparison, left polling), then the API answers: retry → ready."""
    from kiosk.ui.shell import KioskShell

    rest = KioskShell._rest_page
    if not frozen:
        KioskShell._rest_page = lambda self: None  # the comparison only: the page keeps running behind the screen
    try:
        with Sandbox(poll_interval=1.0) as sb:
            c = kiosk(sb)
            until(ready(c))
            loaded(c)
            sb.set_auth_failure("500")
            sb.expire_sessions()
            until(lambda: c.session.state is State.OFFLINE)
            checks = sb.counters["session_checks"]
            end = time.monotonic() + 5.0
            until(lambda: time.monotonic() >= end)  # five seconds behind the offline screen
            CHECKS_WHILE_OFFLINE.append(sb.counters["session_checks"] - checks)
            sb.set_auth_failure(None)
            t = time.monotonic()
            c.session.try_again()  # the retry, now rather than in 15-30 s
            until(ready(c))
            c.shutdown()
            return time.monotonic() - t
    finally:
        KioskShell._rest_page = rest


CHECKS_WHILE_OFFLINE: list[int] = []


def wrong_secret_to_error_screen() -> float:
    with Sandbox() as sb:
        t = time.monotonic()
        c = kiosk(sb, secret_key="wrong")
        until(lambda: c.session.state is State.ERROR)
        c.shutdown()
        return time.monotonic() - t


FAULTS = [
    ("Renderer process killed (SIGKILL)", "fresh page + fresh autologin", "kill → ready", renderer_killed),
    ("Page hung (JS busy loop)", "watchdog (ping 10 s, 15 s timeout) kills the renderer, fresh page + login",
     "hang → ready", renderer_hung),
    ("Webshop session expired", "login page refused, fresh link", "expiry → ready", session_expired),
    ("Upstream down at boot, back later", "offline screen with countdown; 1 s probe retries at once",
     "upstream answering → ready", upstream_late_at_boot),
    ("Network lost mid-shift, back later", "offline screen (never Chromium's error page); probe",
     "upstream answering → ready", network_lost_and_back),
    ("API down while the webshop is on screen (session ended), back later",
     "offline screen; the page frozen behind it (polls nothing); retry", "retry → ready", outage_on_screen),
    ("… the same with the page left running behind the screen (comparison only)",
     "the page polls its session and heads for its login page each second", "retry → ready",
     partial(outage_on_screen, frozen=False)),
    ("Wrong secret key (HTTP 400 Incorrect hash)", "error screen with the reason; retry every 5 min",
     "start → error screen", wrong_secret_to_error_screen),
]


def main() -> None:
    print(f"\n| fault tried | what the kiosk did | measured | median of {RUNS} (s) |")
    print("|---|---|---|---|")
    only = os.environ.get("BENCH_ONLY")  # a word of the fault's name: run just those
    for name, did, span, fn in FAULTS:
        if only and only.lower() not in name.lower():
            continue
        CHECKS_WHILE_OFFLINE.clear()
        times = [fn() for _ in range(RUNS)]
        note = f" ({statistics.median(CHECKS_WHILE_OFFLINE):.0f} session checks in 5 s offline)" if CHECKS_WHILE_OFFLINE else ""
        print(f"| {name} | {did}{note} | {span} | {statistics.median(times):.2f} |", flush=True)


if __name__ == "__main__":
    main()
