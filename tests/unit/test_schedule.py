"""The daily fresh start against local HH:MM at every check (Qt-free, fake clock, real time zones)."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from kiosk.autologin.schedule import DailyFreshStart
from kiosk.clock import FakeClock

CHECK = 30.0  # the controller checks every 30 s


@pytest.fixture
def tz(monkeypatch):
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def at(*args) -> float:
    return datetime(*args).timestamp()  # local time, in the zone the test set


def run(plan: DailyFreshStart, clock: FakeClock, seconds: float) -> list[str]:
    """Check every 30 s for ``seconds``; the local times at which it fired."""
    fired = []
    for _ in range(int(seconds // CHECK)):
        clock.advance(CHECK)
        if plan.check(clock.wall()):
            fired.append(datetime.fromtimestamp(clock.wall()).strftime("%Y-%m-%d %H:%M"))
    return fired


def test_fires_once_a_day_at_hhmm(tz):
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2026, 11, 22, 3, 0))
    plan = DailyFreshStart("04:00", clock.wall())
    assert run(plan, clock, 3 * 86400) == ["2026-11-22 04:00", "2026-11-23 04:00", "2026-11-24 04:00"]


def test_started_after_hhmm_waits_for_tomorrow(tz):
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2026, 11, 22, 4, 10))
    plan = DailyFreshStart("04:00", clock.wall())
    assert run(plan, clock, 86400) == ["2026-11-23 04:00"]


def test_a_clock_jump_forward_mid_shift_does_not_fire_it(tz):
    """A dead CMOS battery: the PC boots in 2000, NTP sets the clock to today at 14:00."""
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2000, 1, 1, 0, 5))
    plan = DailyFreshStart("04:00", clock.wall())
    clock.set_wall(at(2026, 11, 22, 14, 0))
    assert run(plan, clock, 86400) == ["2026-11-23 04:00"]


def test_a_clock_jump_back_over_hhmm_does_not_fire_it_twice(tz):
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2026, 11, 22, 3, 59))
    plan = DailyFreshStart("04:00", clock.wall())
    assert run(plan, clock, 120) == ["2026-11-22 04:00"]
    clock.jump_wall(-2 * 3600)  # 02:01: set back by a technician
    assert run(plan, clock, 4 * 3600) == []


def test_a_clock_set_ahead_into_the_window_fires_it_then(tz):
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2026, 11, 22, 2, 0))
    plan = DailyFreshStart("04:00", clock.wall())
    clock.set_wall(at(2026, 11, 22, 4, 20))
    assert run(plan, clock, 60) == ["2026-11-22 04:20"]


def test_dst_spring_forward_past_a_missing_hhmm_fires_once(tz):
    tz("Europe/Vilnius")  # 2026-03-29 03:00 -> 04:00
    clock = FakeClock(wall=at(2026, 3, 29, 2, 0))
    plan = DailyFreshStart("03:30", clock.wall())
    assert run(plan, clock, 4 * 3600) == ["2026-03-29 04:00"]


def test_dst_fall_back_repeats_hhmm_but_fires_once(tz):
    tz("Europe/Vilnius")  # 2026-10-25 04:00 -> 03:00
    clock = FakeClock(wall=at(2026, 10, 25, 2, 0))
    plan = DailyFreshStart("03:30", clock.wall())
    assert run(plan, clock, 5 * 3600) == ["2026-10-25 03:30"]


def test_a_window_across_midnight(tz):
    tz("UTC")
    clock = FakeClock(wall=at(2026, 11, 22, 22, 0))
    plan = DailyFreshStart("23:45", clock.wall())
    assert run(plan, clock, 86400) == ["2026-11-22 23:45"]


def test_off_when_empty():
    assert DailyFreshStart.from_setting("", 0.0) is None


def test_a_clock_set_back_by_days_does_not_postpone_it(tz):
    """The PC booted with its clock days ahead; NTP sets it back: the next 04:00 still fires."""
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2026, 11, 25, 10, 0))
    plan = DailyFreshStart("04:00", clock.wall())
    clock.set_wall(at(2026, 11, 22, 10, 0))
    assert run(plan, clock, 86400) == ["2026-11-23 04:00"]
