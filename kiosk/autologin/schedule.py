"""When the daily fresh start is due, in local time (Qt-free, clock-driven).

Not an absolute time computed once: at every check the local wall-clock time is compared with
``HH:MM``, and the fresh start fires once per local date, when the local time is at or past
``HH:MM`` but less than :data:`WINDOW` after it. So a clock that jumps (NTP correcting a dead
CMOS battery's year 2000, a technician setting the clock, DST) neither fires it mid-shift nor
moves it: a jump *into* the window fires it then, a jump past the window skips that day, and a
jump back over ``HH:MM`` does not fire it twice on one date. A DST day whose ``HH:MM`` does not
exist (spring forward) fires at the first check after the gap; one where it occurs twice (fall
back) fires once.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

WINDOW = timedelta(hours=1)  # a PC asleep (or a clock off) through the whole hour skips that day


class DailyFreshStart:
    def __init__(self, hhmm: str, now_wall: float):
        hour, minute = (int(x) for x in hhmm.split(":"))
        self.at = time(hour, minute)
        now = datetime.fromtimestamp(now_wall)
        # Started at or after today's HH:MM: today's is done (the kiosk has just started fresh).
        self.last_date: date = now.date() if now.time() >= self.at else now.date() - timedelta(days=1)

    @classmethod
    def from_setting(cls, hhmm: str, now_wall: float) -> DailyFreshStart | None:
        """None when the setting is empty (off)."""
        return cls(hhmm, now_wall) if hhmm else None

    def check(self, now_wall: float) -> bool:
        """True once per local date, at the first check in ``[HH:MM, HH:MM + WINDOW)``."""
        now = datetime.fromtimestamp(now_wall)
        for day in (now.date(), now.date() - timedelta(days=1)):  # the window may cross midnight
            due = datetime.combine(day, self.at)
            if due <= now < due + WINDOW and day != self.last_date:
                self.last_date = day
                return True
        return False
