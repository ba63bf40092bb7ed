"""A few hundred simulated terminals (the real Session on one fake clock) through a vendor outage and a boot."""

from __future__ import annotations

import json

from kiosk.autologin.fleet import Fleet, Scenario, simulate
from kiosk.autologin.session import Session

KEYS = ("peak_rps_outage", "mean_rps_outage", "requests_per_terminal_outage", "ready_s_p50", "ready_s_p99",
        "ready_s_all", "rejected_503", "wall_s")


def test_the_fleet_is_made_of_the_real_session():
    fleet = Fleet(Scenario(terminals=3))
    assert all(type(t.session) is Session for t in fleet.terminals)


def test_a_few_hundred_terminals_stay_polite_through_a_10_minute_outage_and_all_come_back():
    n = 400
    fig = simulate(Scenario(terminals=n, duration=1200))
    assert fig["down_at_return"] == n  # every terminal met the outage
    assert fig["mean_rps_outage"] <= n / 30  # was ~n/22: full jitter from 1 s, and the probe retrying at once
    assert fig["requests_per_terminal_outage"] <= 10
    assert fig["never_ready_again"] == 0
    assert fig["ready_s_all"] <= 90


def test_stale_pages_heading_for_their_login_page_every_second_do_not_storm_the_api():
    n = 300
    fig = simulate(Scenario(terminals=n, duration=900, session_lifetime=60, page_poll=1.0))
    assert fig["login_page_signals"] > 50 * n  # every terminal's page kept asking through the outage …
    assert fig["mean_rps_outage"] <= n / 30  # … and the API saw its backoff only (was over half the fleet a second)
    assert fig["peak_rps_outage"] <= n / 15  # a few hundred terminals make a noisy peak; 10,000 stay under n/30
    assert fig["requests_per_terminal_outage"] <= 15  # one per backoff slot: 30-60 s over 10 minutes
    assert fig["never_ready_again"] == 0


def test_over_capacity_the_api_answers_503_and_retry_after_brings_everyone_in():
    n = 300
    fig = simulate(Scenario(terminals=n, duration=600, outage_end=None, boot_window=1, capacity=20))
    assert fig["rejected_503"] > 0  # 300 terminals in one second against 20/s
    assert fig["never_ready_again"] == 0
    assert fig["ready_s_all"] <= 90


def test_bench_prints_the_figures_as_one_json_line(capsys):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "fleet_sim.py"
    spec = importlib.util.spec_from_file_location("fleet_sim", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--json", "--terminals", "200", "--minutes", "15"]) == 0
    fig = json.loads(capsys.readouterr().out)
    assert set(KEYS) <= set(fig) and fig["terminals"] == 200
    assert bench.main(["--json", "--boot", "--terminals", "200", "--minutes", "5"]) == 0
    boot = json.loads(capsys.readouterr().out)
    assert boot["scenario"] == "boot" and boot["never_ready_again"] == 0
