"""When the daily fresh start is due, in local time (Qt-free, clock-driven)."""

from __future__ import annotations

from datetime import datetime, timedelta


def seconds_until_daily(now_wall: float, hhmm: str) -> float | None:
    """Seconds from ``now_wall`` (epoch seconds) to the next local ``HH:MM``; None when off."""
    if not hhmm:
        return None
    hour, minute = (int(x) for x in hhmm.split(":"))
    now = datetime.fromtimestamp(now_wall)
    due = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if due <= now:
        due += timedelta(days=1)
    # Through the epoch, so a DST change in between is counted right.
    return max(1.0, due.timestamp() - now_wall)
