"""A simulated fleet: N real :class:`~kiosk.autologin.session.Session` objects on one fake clock, against a
simulated autologin API with a capacity, an outage window and answers that take time. No Qt, no threads,
no sleeps: an event queue moves the one :class:`~kiosk.clock.FakeClock` from event to event.

Each terminal is the real session with its real retry policy; only the world around it is simulated
(the API, the page load, the webshop session ending). ``bench/fleet_sim.py`` prints the figures;
a test drives a few hundred terminals through an outage.
"""

from __future__ import annotations

import heapq
import logging
import math
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk.autologin.session import RetryPolicy, Screen, ScreenKind, Session, State
from kiosk.autologin.webshop import AutologinLink, WebshopUnavailable
from kiosk.clock import FakeClock

WEBSHOP = "https://webshop.betgames.tv/webshop/"
LOGIN = "https://webshop.betgames.tv/webshop/login"
_LINK = AutologinLink("https://webshop.betgames.tv/webshop/integrations/auth/login/1/simulated", 1, 1, 1, latency=0.2)


@dataclass
class Scenario:
    terminals: int = 10_000
    duration: float = 1800.0          # simulated seconds
    outage_start: float = 0.0         # the API answers 500 from here …
    outage_end: float | None = 600.0  # … to here (None: no outage)
    capacity: float = 500.0           # requests per second the API serves once back; the excess gets 503
    busy_retry_after: float = 5.0     # … with this Retry-After
    latency: float = 0.2              # seconds an answer takes (any answer)
    page_load: float = 1.5            # seconds from a link to the webshop on screen
    session_lifetime: float = 600.0   # a webshop session ends after this; the kiosk then asks for a fresh link
    boot_window: float | None = None  # all terminals start within this many seconds (None: all ready at 0)
    # A webshop page whose session ended polls its session this often and heads for its login page at every
    # answer, for as long as it stays loaded (until a fresh link replaces it): the sandbox page's behaviour, and
    # the worst case, since the real kiosk also freezes the page behind its offline screen. None: no page.
    page_poll: float | None = 1.0
    seed: int = 1
    policy: RetryPolicy = field(default_factory=RetryPolicy)


class _Terminal:
    """The Effects of one terminal: what a window and a worker would do, as events on the fleet's queue."""

    __slots__ = ("fleet", "session", "wake_gen", "load_gen", "life_gen", "probe_gen", "poll_gen", "ready_back",
                 "outcome")

    def __init__(self, fleet: Fleet):
        self.fleet = fleet
        self.wake_gen = self.load_gen = self.life_gen = self.probe_gen = self.poll_gen = 0
        self.ready_back: float | None = None  # first ready at or after the API came back (the boot: after 0)
        self.outcome: WebshopUnavailable | None = None  # the answer on its way (None: a link)
        self.session = Session(self, fleet.clock, policy=fleet.scenario.policy, rng=fleet.rng.random)

    # -- Effects --
    def request_link(self) -> None:
        self.fleet.request(self)

    def load(self, url: str) -> None:
        self.poll_gen += 1  # the stale page is being replaced: its polling ends
        if self.fleet.setting_up:
            return
        self.load_gen += 1
        self.fleet.at(self.fleet.now() + self.fleet.scenario.page_load, _LOADED, self, self.load_gen)

    def show_screen(self, screen: Screen) -> None:
        # The controller's 1 s TCP probe while offline: the network is fine, so it connects. One probe per
        # offline spell stands for all of them (a second "reachable" tells the session nothing new).
        if screen.kind is ScreenKind.OFFLINE and not self.fleet.setting_up:
            self.probe_gen += 1
            self.fleet.at(self.fleet.now() + 1.0, _PROBE, self, self.probe_gen)

    def wake_at(self, when: float | None) -> None:
        self.wake_gen += 1
        if when is not None:
            self.fleet.at(when, _WAKE, self, self.wake_gen)

    def recreate_page(self) -> None:
        self.poll_gen += 1  # a new, empty page: nothing polls

    def exit(self, code: int, reason: str) -> None:
        pass


_WAKE, _ANSWER, _LOADED, _EXPIRED, _BOOT, _PROBE, _POLL = range(7)


class Fleet:
    def __init__(self, scenario: Scenario):
        self.scenario = scenario
        self.clock = FakeClock(start=0.0)
        self.rng = random.Random(scenario.seed)
        self._queue: list[tuple[float, int, int, _Terminal | None, int]] = []
        self._seq = 0
        self.arrivals: Counter[int] = Counter()  # requests reaching the API, per whole second
        self.rejected_503 = 0
        self.login_signals = 0  # "login page seen" from stale pages (Scenario.page_poll)
        self.failed_500 = 0
        self._served: Counter[int] = Counter()
        self.setting_up = False
        self.down_at_back: set[_Terminal] | None = None  # not ready when the API came back (the boot: all)
        self._busy = WebshopUnavailable("The autologin service is busy (HTTP 503).",
                                        retry_after=scenario.busy_retry_after)
        self._down = WebshopUnavailable("The autologin service has a problem (HTTP 500).")
        self.terminals = [_Terminal(self) for _ in range(scenario.terminals)]
        self._handlers: dict[int, Callable[[_Terminal, int], None]] = {
            _WAKE: self._on_wake, _ANSWER: self._on_answer, _LOADED: self._on_loaded, _EXPIRED: self._on_expired,
            _POLL: self._on_poll, _BOOT: self._on_boot, _PROBE: self._on_probe}

    def now(self) -> float:
        return self.clock.monotonic()

    def at(self, when: float, kind: int, terminal: _Terminal | None, gen: int = 0) -> None:
        self._seq += 1
        heapq.heappush(self._queue, (when, self._seq, kind, terminal, gen))

    def request(self, terminal: _Terminal) -> None:
        """The request reaches the API half a round trip later; the API decides then, the answer comes back."""
        if self.setting_up:
            return
        sc = self.scenario
        arrive = self.now() + sc.latency / 2
        second = math.floor(arrive)
        self.arrivals[second] += 1
        if sc.outage_end is not None and sc.outage_start <= arrive < sc.outage_end:
            outcome = self._down
            self.failed_500 += 1
        elif self._served[second] >= sc.capacity:
            outcome = self._busy
            self.rejected_503 += 1
        else:
            self._served[second] += 1
            outcome = None
        terminal.outcome = outcome
        self.at(self.now() + sc.latency, _ANSWER, terminal)

    def run(self) -> dict[str, Any]:
        sc = self.scenario
        started = time.perf_counter()
        logging.getLogger("kiosk.autologin.session").disabled = True  # 100 000s of retry lines say nothing here
        try:
            self._begin()
            while self._queue:
                when, _seq, kind, t, gen = heapq.heappop(self._queue)
                if when > sc.duration:
                    break
                self.clock.advance(max(0.0, when - self.now()))
                self._handle(kind, t, gen)
        finally:
            logging.getLogger("kiosk.autologin.session").disabled = False
        return self._figures(time.perf_counter() - started)

    def _begin(self) -> None:
        sc = self.scenario
        self.at(self._back(), _WAKE, None)  # the API's return: note who is down then
        for t in self.terminals:
            if sc.boot_window is not None:
                self.at(self.rng.random() * sc.boot_window, _BOOT, t)
            else:  # ready for a while: their webshop sessions end at times spread over one lifetime
                self.setting_up = True
                t.session.start()
                t.session.on_link(_LINK)
                t.session.on_page_loaded(WEBSHOP, True)
                self.setting_up = False
                t.life_gen += 1
                self.at(self.rng.random() * sc.session_lifetime, _EXPIRED, t, t.life_gen)

    def _handle(self, kind: int, t: _Terminal | None, gen: int) -> None:
        if t is None:
            self.down_at_back = {t for t in self.terminals if t.session.state is not State.READY}
            return
        self._handlers[kind](t, gen)

    def _on_wake(self, t: _Terminal, gen: int) -> None:
        if gen == t.wake_gen:
            t.session.wake()

    def _on_answer(self, t: _Terminal, gen: int) -> None:
        outcome, t.outcome = t.outcome, None
        if t.session.state is State.AUTHENTICATING:
            if outcome is None:
                t.session.on_link(_LINK)
            else:
                t.session.on_link_failed(outcome)

    def _on_loaded(self, t: _Terminal, gen: int) -> None:
        s = t.session
        if gen != t.load_gen or s.state is not State.LOADING:
            return
        s.on_page_loaded(WEBSHOP, True)
        if s.state is State.READY:
            if t.ready_back is None and self.down_at_back is not None and t in self.down_at_back:
                t.ready_back = self.now()
            t.life_gen += 1
            self.at(self.now() + self.scenario.session_lifetime, _EXPIRED, t, t.life_gen)

    def _on_expired(self, t: _Terminal, gen: int) -> None:
        if gen == t.life_gen and t.session.state is State.READY:
            t.session.on_login_page_seen(LOGIN)
            if self.scenario.page_poll is not None:  # and the page keeps polling its ended session
                t.poll_gen += 1
                self.at(self.now() + self.scenario.page_poll, _POLL, t, t.poll_gen)

    def _on_poll(self, t: _Terminal, gen: int) -> None:
        poll = self.scenario.page_poll
        if gen != t.poll_gen or poll is None:
            return
        self.login_signals += 1
        t.session.on_login_page_seen(LOGIN)
        if gen == t.poll_gen:  # still the same page (the signal may have brought a fresh link)
            self.at(self.now() + poll, _POLL, t, gen)

    def _on_boot(self, t: _Terminal, gen: int) -> None:
        t.session.start()

    def _on_probe(self, t: _Terminal, gen: int) -> None:
        if gen == t.probe_gen and t.session.state is State.OFFLINE:
            t.session.on_probe(True)

    def _back(self) -> float:
        return self.scenario.outage_end if self.scenario.outage_end is not None else 0.0

    def _figures(self, wall: float) -> dict[str, Any]:
        sc = self.scenario
        n = sc.terminals
        fig: dict[str, Any] = {"terminals": n, "simulated_s": sc.duration, "wall_s": round(wall, 2),
                     "rejected_503": self.rejected_503, "failed_500": self.failed_500,
                     "login_page_signals": self.login_signals,
                     "requests_total": sum(self.arrivals.values())}
        if sc.outage_end is not None:
            lo, hi = math.floor(sc.outage_start), math.ceil(sc.outage_end)
            during = [self.arrivals.get(s, 0) for s in range(lo, hi)]
            after = [self.arrivals.get(s, 0) for s in range(hi, hi + 300)]
            fig.update(peak_rps_outage=max(during), mean_rps_outage=round(sum(during) / len(during), 1),
                       requests_per_terminal_outage=round(sum(during) / n, 2),
                       peak_rps_after=max(after), mean_rps_after_5min=round(sum(after) / len(after), 1))
            back = sc.outage_end
        else:
            back = 0.0
            busiest = max(self.arrivals.values()) if self.arrivals else 0
            fig.update(peak_rps=busiest, requests_per_terminal=round(fig["requests_total"] / n, 2))
        waiting = self.down_at_back or set()
        waits = sorted(t.ready_back - back for t in waiting if t.ready_back is not None)
        fig.update(down_at_return=len(waiting), never_ready_again=sum(1 for t in waiting if t.ready_back is None))
        if waits:
            fig.update(ready_s_p50=_pct(waits, 50), ready_s_p99=_pct(waits, 99), ready_s_all=round(waits[-1], 1))
        return fig


def _pct(sorted_values: list[float], p: float) -> float:
    k = max(0, min(len(sorted_values) - 1, math.ceil(p / 100 * len(sorted_values)) - 1))
    return round(sorted_values[k], 1)


def simulate(scenario: Scenario | None = None) -> dict[str, Any]:
    return Fleet(scenario or Scenario()).run()
