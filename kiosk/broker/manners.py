"""The broker's own manners toward the API, whatever the kiosk sends (Qt-free, clock injected).

At most one request every ``interval`` seconds with a burst of ``burst`` (a token bucket), and
never before the upstream's ``Retry-After`` has passed. A compromised kiosk asking in a loop
gets "throttled, ask again in N s" answers; the API sees no more than ``burst + t / interval``
requests in any ``t`` seconds.
"""

from __future__ import annotations

import threading

from kiosk.clock import Clock

INTERVAL = 2.0
BURST = 5


class Manners:
    def __init__(self, clock: Clock, *, interval: float = INTERVAL, burst: int = BURST):
        if interval <= 0 or burst < 1:
            raise ValueError("interval must be positive and burst at least 1")
        self._clock = clock
        self.interval = interval
        self.burst = burst
        self._tokens = float(burst)
        self._refilled_at = clock.monotonic()
        self._not_before: float | None = None
        self._lock = threading.Lock()

    def ask(self) -> float:
        """0.0 when a request may go upstream now (it is counted), else the seconds to wait before asking again."""
        with self._lock:
            now = self._clock.monotonic()
            self._refill(now)
            held = 0.0 if self._not_before is None else max(0.0, self._not_before - now)
            if held > 0:
                return held
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return 0.0
            return (1.0 - self._tokens) * self.interval

    def honour(self, retry_after: float) -> None:
        """The upstream said when: nothing goes upstream before that (a longer hold is kept)."""
        with self._lock:
            until = self._clock.monotonic() + max(0.0, retry_after)
            if self._not_before is None or until > self._not_before:
                self._not_before = until

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self._refilled_at)
        self._tokens = min(float(self.burst), self._tokens + elapsed / self.interval)
        self._refilled_at = now
