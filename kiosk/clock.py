"""The one clock the Qt-free brain reads, so tests and the fleet simulator can fake it."""

from __future__ import annotations

import math
import time
from typing import Protocol


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


def say_duration(seconds: float) -> str:
    """A duration as people read it on a screen: "45 seconds", "4 min 05 s", "15 minutes", "1 hour".

    The one formatter for every countdown, lockout and wait the kiosk shows. Rounds up, so a
    countdown never says 0 while something is still pending.
    """
    s = max(0, math.ceil(seconds))
    if s < 120:
        return f"{s} second" if s == 1 else f"{s} seconds"
    if s < 3600:
        m, r = divmod(s, 60)
        return f"{m} minutes" if r == 0 else f"{m} min {r:02d} s"
    h, r = divmod(s, 3600)
    m = r // 60
    if m == 0:
        return "1 hour" if h == 1 else f"{h} hours"
    return f"{h} h {m:02d} min"
