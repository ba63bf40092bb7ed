"""The updater's decisions with a fake clock: the maintenance window (DST, a PC switched off through it, the
fleet's spread) and a new version's trial (waiting for the fresh start, the rollback clock, the network's fault)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest

from kiosk.clock import FakeClock
from kiosk.updates import versions
from kiosk.updates.policy import HEARTBEAT_STALE, Heartbeat, Trial, Verdict, judge, newest_held, to_install
from kiosk.updates.window import RECHECK, RETRY, SPREAD_MAX, Window, check_due, spread

TICK = 60.0  # the timer starts the updater every minute


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


def local(wall: float) -> datetime:
    return datetime.fromtimestamp(wall)


def checks(clock: FakeClock, window: Window, seconds: float, *, on=lambda _local: True, ok=True,
           offset=timedelta(0)) -> list[str]:
    """Run the timer every minute for ``seconds`` (only while ``on(local time)``: the PC is switched on);
    the local times at which the updater asked the repository."""
    asked: list[str] = []
    last = None
    for _ in range(int(seconds // TICK)):
        clock.advance(TICK)
        now = local(clock.wall())
        if not on(now):
            continue
        if check_due(now, window, last_attempt=last, last_ok=ok, offset=offset).due:
            last = now
            asked.append(now.strftime("%Y-%m-%d %H:%M"))
    return asked


# ---- the window ----------------------------------------------------------------------------------------

def test_the_window_is_parsed_and_a_bad_one_is_a_sentence():
    w = Window.parse("03:00-03:50")
    assert str(w) == "03:00–03:50" and w.length == timedelta(minutes=50)
    assert Window.parse("") is None and Window.parse("  ") is None
    assert Window.parse("23:30-00:20").length == timedelta(minutes=50)
    for bad, said in (("3am", "like \"03:00-03:50\""), ("03:00-03:00", "same time"), ("25:00-26:00", "like")):
        with pytest.raises(ValueError, match=said):
            Window.parse(bad)


def test_checks_only_inside_the_window_every_15_minutes(tz):
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2026, 11, 22, 12, 0))
    asked = checks(clock, Window.parse("03:00-03:50"), 2 * 86400)
    assert asked == ["2026-11-23 03:00", "2026-11-23 03:15", "2026-11-23 03:30", "2026-11-23 03:45",
                     "2026-11-24 03:00", "2026-11-24 03:15", "2026-11-24 03:30", "2026-11-24 03:45"]


def test_a_failed_check_is_retried_sooner_but_only_in_the_window(tz):
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2026, 11, 22, 12, 0))
    asked = checks(clock, Window.parse("03:00-03:50"), 86400, ok=False)
    assert asked == [f"2026-11-23 03:{m:02d}" for m in range(0, 50, int(RETRY.total_seconds() // 60))]


def test_a_window_across_midnight(tz):
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2026, 11, 22, 12, 0))
    asked = checks(clock, Window.parse("23:50-00:20"), 86400)
    assert asked == ["2026-11-22 23:50", "2026-11-23 00:05"]


def test_a_terminal_switched_off_through_its_window_catches_up_at_the_next_window_not_at_boot(tz):
    """Off from 22:00 to 09:00: booting at 09:00 (mid-shift) installs nothing; the next night's window does."""
    tz("Europe/Vilnius")
    clock = FakeClock(wall=at(2026, 11, 22, 12, 0))
    first_night_off = lambda t: not (datetime(2026, 11, 22, 22, 0) <= t < datetime(2026, 11, 23, 9, 0))  # noqa: E731
    asked = checks(clock, Window.parse("03:00-03:50"), 2 * 86400, on=first_night_off)
    assert asked[0] == "2026-11-24 03:00"
    assert all(a.endswith(("03:00", "03:15", "03:30", "03:45")) for a in asked)


def test_dst_spring_forward_skips_a_window_in_the_missing_hour_and_fall_back_never_leaves_it(tz):
    """Vilnius: 2027-03-28 03:00 → 04:00 (the window does not occur that night); 2026-10-25 04:00 → 03:00
    (it occurs twice). Every check of a week around each is inside the window, in local time."""
    tz("Europe/Vilnius")
    window = Window.parse("03:00-03:50")
    clock = FakeClock(wall=at(2027, 3, 25, 12, 0))
    spring = checks(clock, window, 5 * 86400)
    assert not [a for a in spring if a.startswith("2027-03-28")]
    assert [a for a in spring if a.startswith("2027-03-29")] == ["2027-03-29 03:00", "2027-03-29 03:15",
                                                                 "2027-03-29 03:30", "2027-03-29 03:45"]
    clock = FakeClock(wall=at(2026, 10, 22, 12, 0))
    autumn = checks(clock, window, 5 * 86400)
    assert [a for a in autumn if a.startswith("2026-10-25")]  # the repeated hour still has its window
    for a in spring + autumn:
        assert "03:00" <= a[-5:] < "03:50", a


def test_outside_the_window_says_when_the_next_one_opens(tz):
    tz("Europe/Vilnius")
    w = Window.parse("03:00-03:50")
    due = check_due(datetime(2026, 11, 22, 14, 0), w, last_attempt=None, last_ok=True)
    assert not due.due and "outside the update window 03:00–03:50" in due.reason and "03:00 on 2026-11-23" in due.reason
    assert check_due(datetime(2026, 11, 22, 14, 0), w, last_attempt=None, last_ok=True, now_requested=True).due
    off = check_due(datetime(2026, 11, 22, 3, 10), None, last_attempt=None, last_ok=True)
    assert not off.due and "KIOSK_UPDATE_WINDOW is empty" in off.reason


def test_terminals_spread_their_first_check_over_the_window_start():
    w = Window.parse("03:00-03:50")
    offsets = {spread(f"machine-{i}", w) for i in range(200)}
    assert all(timedelta(0) <= o < SPREAD_MAX for o in offsets)
    assert len(offsets) > 150  # hundreds of terminals do not ask in the same second
    assert spread("machine-7", w) == spread("machine-7", w)
    assert spread("m", Window.parse("03:00-03:06")) < timedelta(minutes=2)  # a short window: a third of it
    opened = datetime(2026, 11, 22, 3, 0)
    offset = timedelta(minutes=4, seconds=30)
    assert not check_due(opened + timedelta(minutes=4), w, last_attempt=None, last_ok=True, offset=offset).due
    assert check_due(opened + timedelta(minutes=5), w, last_attempt=None, last_ok=True, offset=offset).due


def test_the_window_closes_before_the_fresh_start():
    assert Window.parse("03:00-03:50").ends_before("04:00")
    assert not Window.parse("03:30-04:30").ends_before("04:00")
    assert Window.parse("23:00-23:30").ends_before("00:15")
    assert RECHECK > RETRY


# ---- a new version on trial ----------------------------------------------------------------------------

PID_OLD, PID_NEW = 100, 200


class Terminal:
    """What the updater sees each minute: the heartbeat the kiosk wrote, whether its pid lives, the API."""

    def __init__(self, clock: FakeClock):
        self.clock = clock
        self.beat: Heartbeat | None = None
        self.pids: set[int] = set()
        self.api = True
        self.probes = 0

    def kiosk(self, release: str, state: str, pid: int) -> None:
        self.beat = Heartbeat(release, state, pid, self.clock.wall())
        if state in ("restarting", "stopped"):
            self.pids.discard(pid)
        else:
            self.pids.add(pid)

    def answers(self) -> bool:
        self.probes += 1
        return self.api

    def judge(self, trial: Trial, limit: float = 600.0) -> tuple[Verdict, Trial]:
        alive = self.beat is not None and self.beat.alive(self.clock.wall(), self.pids.__contains__)
        return judge(trial, self.beat, alive, self.clock.wall(), self.answers, limit)


def trial_at(clock: FakeClock) -> Trial:
    return Trial("betshop-kiosk-system", "1.0.3", "1.0.3", "1.0.2", "1.0.2", installed_at=clock.wall())


def run_minutes(term: Terminal, trial: Trial, minutes: int, limit: float = 600.0,
                every_minute=lambda minute: None) -> tuple[Verdict, Trial, int]:
    verdict = Verdict.WATCHING
    for minute in range(1, minutes + 1):
        term.clock.advance(TICK)
        every_minute(minute)
        verdict, trial = term.judge(trial, limit)
        if verdict in (Verdict.PROVEN, Verdict.ROLL_BACK):
            return verdict, trial, minute
    return verdict, trial, minutes


def test_the_clock_does_not_run_while_the_old_version_runs_until_its_fresh_start():
    clock = FakeClock(wall=at(2026, 11, 22, 3, 5))
    term = Terminal(clock)
    term.kiosk("1.0.2", "ready", PID_OLD)
    # 55 minutes of the old kiosk serving players (heartbeat every minute): no clock, no API probes.
    verdict, trial, _ = run_minutes(term, trial_at(clock), 55, every_minute=lambda m: term.kiosk("1.0.2", "ready", PID_OLD))
    assert verdict is Verdict.WAITING_FOR_RESTART and trial.unready_seconds == 0 and term.probes == 0


def test_a_new_version_that_never_comes_up_is_rolled_back_after_ten_minutes_of_the_api_answering():
    clock = FakeClock(wall=at(2026, 11, 22, 4, 0))
    term = Terminal(clock)
    term.kiosk("1.0.2", "ready", PID_OLD)
    trial = trial_at(clock)
    verdict, trial = term.judge(trial)
    assert verdict is Verdict.WAITING_FOR_RESTART
    term.kiosk("1.0.2", "restarting", PID_OLD)  # the fresh start: the old one exits into the new, which dies
    verdict, trial, minute = run_minutes(term, trial, 30)
    assert verdict is Verdict.ROLL_BACK and minute == 10 and trial.unready_seconds == 600


def test_while_the_api_does_not_answer_the_fault_may_be_the_networks_and_the_clock_stops():
    clock = FakeClock(wall=at(2026, 11, 22, 4, 0))
    term = Terminal(clock)
    term.kiosk("1.0.2", "restarting", PID_OLD)
    _, trial = term.judge(trial_at(clock))

    def network(minute: int) -> None:
        term.api = not 3 <= minute < 63  # an hour's outage from the third minute
    verdict, trial, minute = run_minutes(term, trial, 120, every_minute=network)
    assert verdict is Verdict.ROLL_BACK and minute == 63 + 7  # 2 minutes before the outage, 8 after it


def test_a_new_version_that_reaches_ready_is_proven_and_a_slow_start_is_fine():
    clock = FakeClock(wall=at(2026, 11, 22, 4, 0))
    term = Terminal(clock)
    term.kiosk("1.0.2", "restarting", PID_OLD)
    trial = trial_at(clock)

    def starts_slowly(minute: int) -> None:
        term.kiosk("1.0.3", "ready" if minute >= 9 else "authenticating", PID_NEW)
    verdict, trial, minute = run_minutes(term, trial, 30, every_minute=starts_slowly)
    assert verdict is Verdict.PROVEN and minute == 9


def test_a_new_version_stuck_on_its_error_screen_is_rolled_back():
    clock = FakeClock(wall=at(2026, 11, 22, 4, 0))
    term = Terminal(clock)
    _, trial = term.judge(trial_at(clock))
    verdict, _trial, minute = run_minutes(term, trial, 30, every_minute=lambda m: term.kiosk("1.0.3", "error", PID_NEW))
    assert verdict is Verdict.ROLL_BACK and minute == 10


def test_a_heartbeat_that_stopped_or_whose_process_is_gone_is_not_a_running_kiosk():
    clock = FakeClock(wall=at(2026, 11, 22, 4, 0))
    beat = Heartbeat("1.0.2", "ready", PID_OLD, clock.wall())
    assert beat.alive(clock.wall(), lambda pid: True)
    assert not beat.alive(clock.wall(), lambda pid: False)
    clock.advance(HEARTBEAT_STALE + 1)
    assert not beat.alive(clock.wall(), lambda pid: True)  # a frozen kiosk writes nothing
    assert not Heartbeat("1.0.2", "restarting", PID_OLD, clock.wall()).alive(clock.wall(), lambda pid: True)


def test_a_pc_asleep_between_two_runs_adds_at_most_two_minutes_to_the_clock():
    clock = FakeClock(wall=at(2026, 11, 22, 4, 0))
    term = Terminal(clock)
    trial = trial_at(clock)
    _, trial = term.judge(trial)
    clock.advance(3 * 3600)
    verdict, trial = term.judge(trial)
    assert verdict is Verdict.WATCHING and trial.unready_seconds == 120


# ---- what to install -------------------------------------------------------------------------------------

def test_a_held_version_is_not_installed_again_but_a_newer_one_is_tried():
    offered = ["1.0.1", "1.0.2", "1.0.3"]
    assert to_install("1.0.2", offered, set()) == "1.0.3"
    assert to_install("1.0.2", offered, {"1.0.3"}) is None
    assert newest_held("1.0.2", offered, {"1.0.3"}) == "1.0.3"
    assert to_install("1.0.2", [*offered, "1.0.4"], {"1.0.3"}) == "1.0.4"
    assert to_install("1.0.3", offered, set()) is None  # never a downgrade by itself
    assert to_install("1.0.2", ["1.0.2"], set()) is None


@pytest.mark.parametrize("older, newer", [
    ("1.0", "1.0.1"), ("1.0~rc1", "1.0"), ("1.0~dev1", "1.0~rc1"), ("1.9", "1.10"), ("2.0", "1:0.1"),
    ("0.1.0", "0.1.0+b1"), ("1.0-1", "1.0-2"), ("1.0a", "1.0b"), ("1.0", "1.0a"), ("1.0.0", "1.0.00.1"),
])
def test_debian_version_order(older, newer):
    assert versions.compare(older, newer) == -1
    assert versions.compare(newer, older) == 1
    assert versions.compare(newer, newer) == 0


def test_equal_spellings_and_a_bad_version():
    assert versions.compare("1.0", "1.00") == 0 and versions.compare("0:1.0", "1.0") == 0
    with pytest.raises(ValueError, match="not a Debian package version"):
        versions.parse("latest")
