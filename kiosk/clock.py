"""The one clock the Qt-free brain reads, so tests and the fleet simulator can fake it."""

from __future__ import annotations

import math
import time
from typing import Protocol

from kiosk.words import Text, Words


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def wall(self) -> float: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: float = 1000.0, wall: float = 1_790_000_000.0):
        self._t = start
        self._wall_offset = wall - start

    def monotonic(self) -> float:
        return self._t

    def wall(self) -> float:
        return self._t + self._wall_offset

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not go backwards")
        self._t += seconds

    def jump_wall(self, seconds: float) -> None:
        """The wall clock is set (NTP, a technician, DST is not this: that is local time only); either way."""
        self._wall_offset += seconds

    def set_wall(self, wall: float) -> None:
        self._wall_offset = wall - self._t


class ClockWords(Words):
    """Durations: every countdown, lockout and wait the screens show."""


def say_duration(seconds: float) -> Text:
    """A duration as people read it on a screen: "45 seconds", "4 min 05 s", "15 minutes", "1 hour".

    The one formatter for every countdown, lockout and wait the kiosk shows. Rounds up, so a
    countdown never says 0 while something is still pending.
    """
    s = max(0, math.ceil(seconds))
    if s < 120:
        return ClockWords.tr("%n second(s)", "", s)
    if s < 3600:
        m, r = divmod(s, 60)
        return ClockWords.tr("%n minute(s)", "", m) if r == 0 else ClockWords.tr("%1 min %2 s").arg(m, f"{r:02d}")
    h, r = divmod(s, 3600)
    m = r // 60
    if m == 0:
        return ClockWords.tr("%n hour(s)", "", h)
    return ClockWords.tr("%1 h %2 min").arg(h, f"{m:02d}")
