"""The maintenance window: when the updater may install, in local wall-clock time (Qt-free).

``KIOSK_UPDATE_WINDOW = "03:00-03:50"``: the updater checks the partner's repository and installs
only while the local time is inside it, before the daily fresh start that brings the new version
on screen. As :mod:`kiosk.autologin.schedule` does, every check compares the *local* time of day
with the window, so DST needs nothing special: on the spring-forward night a window inside the
skipped hour does not occur (that terminal updates the next night), on the fall-back night it
may occur twice (the second time finds nothing new). A terminal that was off during its window
does nothing when it is switched on mid-shift: it catches up at its next window.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

_WINDOW_RE = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*[-–]\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")

RECHECK = timedelta(minutes=15)  # inside the window, a repository that answered is asked again after this long
RETRY = timedelta(minutes=5)     # … and one that failed after this long
SPREAD_MAX = timedelta(minutes=10)  # terminals spread their first check over the window's first minutes


@dataclass(frozen=True)
class Window:
    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> Window | None:
        """``"HH:MM-HH:MM"`` (it may cross midnight); None for an empty setting (automatic updates off)."""
        if not text.strip():
            return None
        m = _WINDOW_RE.match(text)
        if not m:
            raise ValueError('must be a local time range like "03:00-03:50", or empty to turn automatic updates off')
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        window = cls(time(h1, m1), time(h2, m2))
        if window.start == window.end:
            raise ValueError("starts and ends at the same time: give it at least a few minutes")
        return window

    def __str__(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    @property
    def length(self) -> timedelta:
        today = date(2000, 1, 3)
        end = datetime.combine(today, self.end)
        start = datetime.combine(today, self.start)
        return end - start if end > start else end + timedelta(days=1) - start

    def opened(self, local: datetime) -> datetime | None:
        """When the occurrence of the window that ``local`` is in opened (naive local time); None outside it."""
        for day in (local.date(), local.date() - timedelta(days=1)):  # a window may cross midnight
            opened = datetime.combine(day, self.start)
            if opened <= local < opened + self.length:
                return opened
        return None

    def contains(self, local: datetime) -> bool:
        return self.opened(local) is not None

    def next_opening(self, local: datetime) -> datetime:
        """The next time the window opens after ``local`` (naive local time)."""
        opening = datetime.combine(local.date(), self.start)
        return opening if opening > local else opening + timedelta(days=1)

    def ends_before(self, hhmm: str) -> bool:
        """Does the window close before the daily fresh start ``hhmm`` comes round (within the same night)?"""
        hour, minute = (int(x) for x in hhmm.split(":"))
        at = time(hour, minute)
        night = date(2000, 1, 3)
        opened = datetime.combine(night, self.start)
        fresh = datetime.combine(night, at)
        if fresh < opened:
            fresh += timedelta(days=1)
        return opened + self.length <= fresh


def spread(machine_id: str, window: Window) -> timedelta:
    """A terminal's own, stable delay after the window opens before its first check: hundreds of terminals
    do not ask the repository in the same second."""
    span = min(SPREAD_MAX, window.length / 3)
    seconds = int(span.total_seconds())
    if seconds <= 0:
        return timedelta(0)
    digest = int.from_bytes(hashlib.sha256(machine_id.encode()).digest()[:4], "big")
    return timedelta(seconds=digest % seconds)


@dataclass(frozen=True)
class Due:
    due: bool
    reason: str  # why not, or why now (a sentence for the log and `kiosk doctor`)


def check_due(local: datetime, window: Window | None, *, last_attempt: datetime | None, last_ok: bool,
              offset: timedelta = timedelta(0), now_requested: bool = False) -> Due:
    """Should the updater ask the repository now? ``local`` and ``last_attempt`` are naive local times."""
    if now_requested:
        return Due(True, "asked to update now")
    if window is None:
        return Due(False, "automatic updates are off (KIOSK_UPDATE_WINDOW is empty)")
    opened = window.opened(local)
    if opened is None:
        return Due(False, f"outside the update window {window}; the next one opens "
                          f"{_when(window.next_opening(local), local)}")
    first = opened + offset
    if local < first:
        return Due(False, f"in the update window {window}; this terminal's turn is at {first:%H:%M:%S}")
    if last_attempt is not None and opened <= last_attempt <= local:
        wait = RECHECK if last_ok else RETRY
        if local - last_attempt < wait:
            return Due(False, f"checked at {last_attempt:%H:%M}; next check at {last_attempt + wait:%H:%M}")
    return Due(True, f"in the update window {window}")


def _when(at: datetime, local: datetime) -> str:
    return f"at {at:%H:%M}" if at.date() == local.date() else f"at {at:%H:%M} on {at:%Y-%m-%d}"
