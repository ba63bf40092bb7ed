"""The updater's decisions (Qt-free, clock-driven): what to install, and whether a new version proved itself.

After an update the new version is *on trial*: it must reach ready within the rollback limit
(``KIOSK_UPDATE_ROLLBACK_AFTER``, 10 minutes) of the moments the autologin API answered, counted
from when the old kiosk stopped. While the old version still runs (the update waits for the daily
fresh start) the clock does not run; while the API does not answer the fault may be the network's,
so it does not run either. What the kiosk is doing comes from its heartbeat file.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace

from kiosk.updates import versions

HEARTBEAT_EVERY = 60.0   # the running kiosk rewrites its heartbeat at least this often
HEARTBEAT_STALE = 150.0  # older than this, the kiosk that wrote it is not running
TICK_CAP = 120.0         # one judgement counts at most this long (a PC asleep between two runs counts nothing more)


@dataclass(frozen=True)
class Heartbeat:
    """What the running kiosk last said about itself (kiosk/updates/watch.py writes it)."""

    release: str   # the release it runs from (its directory under releases/)
    state: str     # the session's state ("ready", "offline", …), or "restarting" / "stopped" as it exits
    pid: int
    at: float      # wall-clock time of writing

    def alive(self, now: float, pid_exists: Callable[[int], bool]) -> bool:
        return (self.state not in ("restarting", "stopped") and now - self.at <= HEARTBEAT_STALE
                and pid_exists(self.pid))


@dataclass(frozen=True)
class Trial:
    """A version installed by the updater that has not yet shown it reaches ready."""

    package: str
    version: str            # Debian version on trial
    release: str            # its release directory name
    previous_version: str   # what to roll back to
    previous_release: str
    installed_at: float
    unready_seconds: float = 0.0  # API answering, old kiosk gone, new one not ready: the rollback clock
    judged_at: float | None = None


class Verdict(str, enum.Enum):
    PROVEN = "proven"                      # the new version reached ready: the trial is over
    WAITING_FOR_RESTART = "waiting"        # the old version still runs (until its fresh start): no clock
    WATCHING = "watching"                  # not ready yet; the clock runs while the API answers
    ROLL_BACK = "roll back"                # not ready within the limit while the API answered


def judge(trial: Trial, beat: Heartbeat | None, alive: bool, now: float, api_answers: Callable[[], bool],
          limit: float) -> tuple[Verdict, Trial]:
    """The verdict on ``trial`` now, and the trial with its clock brought up to date.

    ``api_answers`` is only called when the clock would run (it probes the network)."""
    if beat is not None and alive and beat.release == trial.release and beat.state == "ready":
        return Verdict.PROVEN, trial
    if beat is not None and alive and beat.release == trial.previous_release:
        return Verdict.WAITING_FOR_RESTART, replace(trial, judged_at=now)
    elapsed = 0.0 if trial.judged_at is None else min(max(0.0, now - trial.judged_at), TICK_CAP)
    unready = trial.unready_seconds + (elapsed if elapsed and api_answers() else 0.0)
    trial = replace(trial, unready_seconds=unready, judged_at=now)
    return (Verdict.ROLL_BACK if unready >= limit else Verdict.WATCHING), trial


def to_install(installed: str, available: list[str], held: set[str]) -> str | None:
    """The newest version offered that is newer than the installed one and not held; None: nothing to do.

    A held version (rolled back) is never offered again, but a newer one than it is tried."""
    candidates = [v for v in available if v not in held and versions.compare(v, installed) > 0]
    return versions.newest(candidates)


def newest_held(installed: str, available: list[str], held: set[str]) -> str | None:
    """The newest version offered that is held and newer than the installed one (to say why nothing happens)."""
    return versions.newest([v for v in available if v in held and versions.compare(v, installed) > 0])
