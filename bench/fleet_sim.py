"""A fleet of terminals through a vendor outage, simulated: the real Qt-free Session and its retry policy,
N instances on one fake clock (kiosk/autologin/fleet.py), no threads, no sleeps.

With no arguments it runs the scenario of docs/it/fleet.md: 10,000 terminals, all ready, the autologin API answering
500 for 10 minutes, then back with a capacity of 500 requests/s (the excess answered 503, Retry-After: 5),
30 simulated minutes. ``--boot``: the whole fleet powered on within one minute (a region-wide power cut),
no outage. ``--json`` prints one JSON line instead of the table.

Run: .venv/bin/python bench/fleet_sim.py [--boot] [--json] [--terminals N] ...
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.autologin.fleet import Scenario, simulate

LABELS = {
    "peak_rps_outage": "peak requests/s during the outage",
    "mean_rps_outage": "mean requests/s during the outage",
    "requests_per_terminal_outage": "requests per terminal during the outage",
    "peak_rps_after": "peak requests/s in the 5 min after the API returns",
    "mean_rps_after_5min": "mean requests/s in the 5 min after the API returns",
    "peak_rps": "peak requests/s",
    "requests_per_terminal": "requests per terminal",
    "ready_s_p50": "ready, median (s after the API returns / after power-on)",
    "ready_s_p99": "ready, 99th percentile (s)",
    "ready_s_all": "all ready (s)",
    "login_page_signals": "login-page signals from stale pages",
    "rejected_503": "answered 503 (over capacity)",
    "failed_500": "answered 500 (outage)",
    "never_ready_again": "terminals not ready by the end",
    "wall_s": "wall time of the simulation (s)",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--terminals", type=int, default=10_000)
    ap.add_argument("--minutes", type=float, default=30, help="simulated minutes (default 30)")
    ap.add_argument("--outage-minutes", type=float, default=10, help="API answering 500 from the start (default 10)")
    ap.add_argument("--capacity", type=float, default=500, help="requests/s the API serves once back (default 500)")
    ap.add_argument("--retry-after", type=float, default=5, help="Retry-After of the 503 over capacity (default 5)")
    ap.add_argument("--latency", type=float, default=0.2, help="seconds any answer takes (default 0.2)")
    ap.add_argument("--session-lifetime", type=float, default=600,
                    help="seconds a webshop session lasts; ready terminals' sessions end spread over one lifetime, "
                         "so this is also how soon every terminal meets the outage (default 600)")
    ap.add_argument("--boot", action="store_true", help="all terminals powered on within --boot-window, no outage")
    ap.add_argument("--boot-window", type=float, default=60, help="seconds over which the fleet powers on (default 60)")
    ap.add_argument("--page-poll", type=float, default=1.0, metavar="SECONDS",
                    help="a page whose session ended polls it this often and heads for its login page each time, "
                         "until a fresh link replaces it (default 1; 0 = no page modelled)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="one JSON line")
    a = ap.parse_args(argv)
    scenario = Scenario(terminals=a.terminals, duration=a.minutes * 60, capacity=a.capacity,
                        busy_retry_after=a.retry_after, latency=a.latency, session_lifetime=a.session_lifetime,
                        seed=a.seed, outage_end=None if a.boot else a.outage_minutes * 60,
                        page_poll=a.page_poll or None,
                        boot_window=a.boot_window if a.boot else None)
    figures = simulate(scenario)
    figures["scenario"] = "boot" if a.boot else "outage"
    if a.json:
        print(json.dumps(figures))
        return 0
    title = (f"{a.terminals} terminals powered on within {a.boot_window:g} s, API capacity {a.capacity:g}/s"
             if a.boot else
             f"{a.terminals} terminals, API answering 500 for {a.outage_minutes:g} min, then {a.capacity:g} req/s "
             f"(excess 503, Retry-After {a.retry_after:g}), sessions of {a.session_lifetime:g} s")
    title += f"; stale pages poll every {a.page_poll:g} s" if a.page_poll else "; no page modelled"
    print(title)
    for key, label in LABELS.items():
        if key in figures:
            print(f"  {label:<58} {figures[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
