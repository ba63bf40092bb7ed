"""The kiosk's brain: when to ask for a link, when to retry, what to show. No Qt here.

Events come in as method calls (``on_link``, ``on_login_page_seen``, ``wake`` …); decisions
go out through an :class:`Effects` object the Qt side implements (ask for a link on a
worker, load a URL, show a screen, set the one wake-up timer). Time comes only from the
injected clock, so every path is testable with a fake clock and no sleeps.
"""

from __future__ import annotations

import enum
import logging
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from kiosk import redact
from kiosk.autologin.webshop import AutologinLink, LinkRefused, WebshopError
from kiosk.clock import Clock, say_duration
from kiosk.exitcodes import ExitCode
from kiosk.words import Words

log = logging.getLogger(__name__)


class SessionWords(Words):
    """The splash, offline and error screens: their titles and the kiosk's own reasons."""


class State(str, enum.Enum):
    STARTING = "starting"
    AUTHENTICATING = "authenticating"
    LOADING = "loading"
    READY = "ready"
    OFFLINE = "offline"
    ERROR = "error"


class ScreenKind(str, enum.Enum):
    SPLASH = "splash"    # signing in: never a white page
    WEB = "web"          # the webshop
    OFFLINE = "offline"  # transient trouble, retrying soon
    ERROR = "error"      # needs a technician, retrying slowly


@dataclass(frozen=True)
class Screen:
    kind: ScreenKind
    title: str = ""
    reason: str | None = None
    retry_at: float | None = None  # clock.monotonic() of the next try
    tap_at: float | None = None  # clock.monotonic() from which "Try again now" may ask again (None: now)
    trying: bool = False  # the next try is under way (the offline or error screen stays, saying so)


@dataclass(frozen=True)
class RetryPolicy:
    base: float = 1.0            # offline backoff: full jitter over base * 2**attempt …
    cap: float = 60.0            # … capped here
    error_interval: float = 300.0  # rejected or refused: our config is wrong, retry slowly
    load_timeout: float = 60.0   # no webshop document on screen by then is a failure (a slow image is not)
    login_loop_limit: int = 3    # fresh links landing on the login page in a row before it is an error
    settled_after: float = 5.0   # ready this long = the last login really worked
    crash_limit: int = 3         # renderer crashes …
    crash_window: float = 300.0  # … within this many seconds: let the supervisor restart us
    certificate_retry: float = 60.0  # a refused certificate may be a wrong clock or a portal: retry each minute
    # Fleet manners (docs/it/fleet.md): one terminal's policy is multiplied by thousands.
    answered_base: float = 30.0  # a server that answered (5xx, a proxy page): first retry in 15-30 s; the fleet sees it too
    retry_after_cap: float = 900.0  # a Retry-After longer than 15 minutes is taken as 15 minutes
    retry_after_jitter: float = 0.5  # up to this fraction of Retry-After added on top (at least 1 s, at most 60 s)
    tap_gap: float = 10.0        # "Try again now" reaches the API at most once in this many seconds


class Effects(Protocol):
    def request_link(self) -> None: ...
    def load(self, url: str) -> None: ...
    def show_screen(self, screen: Screen) -> None: ...
    def wake_at(self, when: float | None) -> None: ...
    def recreate_page(self) -> None: ...
    def exit(self, code: int, reason: str) -> None: ...



class Snapshot(dict[str, Any]):
    """What the session knows, as the JSON-able fields of /health, published after every change.

    Readers on other threads (the health server) keep it as it is and bring the clock-dependent
    fields up to date with :meth:`at`; nobody else recomputes them.
    """

    def __init__(self, fields: dict[str, Any], *, retry_at: float | None, started_at: float,
                 unready_since: float | None = None):
        super().__init__(fields)
        self.retry_at, self.started_at = retry_at, started_at
        self.unready_since = unready_since  # None while ready

    def at(self, now: float) -> dict[str, Any]:
        fields = dict(self)
        fields["uptime"] = round(now - self.started_at, 3)
        fields["next_retry_in"] = None if self.retry_at is None else max(0.0, round(self.retry_at - now, 1))
        fields["seconds_since_ready"] = 0.0 if self.unready_since is None else round(now - self.unready_since, 1)
        return fields


@dataclass
class Stats:
    autologin_requests: int = 0
    login_redirects: int = 0
    renderer_restarts: int = 0
    shop_id: int | None = None
    pos_id: int | None = None
    user_id: int | None = None
    last_error: str | None = None
    page_url: str | None = None
    time_to_first_ready: float | None = None
    last_autologin_latency: float | None = None
    ready_count: int = 0
    state_changes: int = 0
    crash_times: deque[float] = field(default_factory=lambda: deque(maxlen=16))
    degraded: list[str] = field(default_factory=list)  # why the kiosk runs degraded (kiosk/datadir.py)
    autologin_results: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RESULTS, 0))
    backoff_seconds: float | None = None  # the delay chosen by the last offline or error retry
    retry_after: float | None = None      # the upstream's last Retry-After, as honoured (seconds)
    media: dict[str, bool] | None = None  # codec → the web engine plays it (kiosk/monitoring/media.py); None = not probed


# How an autologin request ended, as /metrics counts it.
RESULTS: tuple[str, ...] = ("ok", "rejected", "unavailable", "throttled", "refused")


def result_of(error: WebshopError) -> str:
    if isinstance(error, LinkRefused):
        return "refused"
    if not error.transient:
        return "rejected"
    return "throttled" if error.retry_after is not None else "unavailable"


class Session:
    def __init__(self, effects: Effects, clock: Clock, *, policy: RetryPolicy | None = None,
                 rng: Callable[[], float] = random.random):
        self._fx = effects
        self._clock = clock
        self._policy = policy or RetryPolicy()
        self._rng = rng
        self.state = State.STARTING
        self.stats = Stats()
        self.started_at = clock.monotonic()
        self.screen = Screen(ScreenKind.SPLASH, SessionWords.tr("Starting…"))
        self.retry_at: float | None = None
        self._load_deadline: float | None = None
        self._in_flight = False
        self._backoff_attempt = 0
        self._login_loop = 0
        self._ready_since: float | None = None
        self._has_shown_web = False
        self._listeners: list[Callable[[Session], None]] = []
        self._unready_since: float | None = self.started_at  # when it last stopped being ready (None: ready)
        self._probe_saw_down = False  # this offline spell: the upstream was seen unreachable (not merely failing)
        self._not_before: float | None = None  # the upstream's Retry-After: nothing asks before this
        self._last_tap: float | None = None  # the last "Try again now" that reached the API
        self._retrying_from: ScreenKind | None = None  # a retry from the offline or error screen is out

    # ---- observers (health endpoint, technician info) ----------------------------------
    def subscribe(self, fn: Callable[[Session], None]) -> None:
        self._listeners.append(fn)

    def snapshot(self) -> Snapshot:
        s = self.stats
        fields = {
            "state": self.state.value,
            "page_url": s.page_url,
            "shop_id": s.shop_id,
            "pos_id": s.pos_id,
            "user_id": s.user_id,
            "autologin_requests": s.autologin_requests,
            "login_redirects": s.login_redirects,
            "renderer_restarts": s.renderer_restarts,
            "last_error": s.last_error,
            "time_to_first_ready": s.time_to_first_ready,
            "last_autologin_latency": s.last_autologin_latency,
            "degraded": list(s.degraded),
            "autologin_results": dict(s.autologin_results),
            "backoff_seconds": s.backoff_seconds,
            "retry_after": s.retry_after,
            "media": None if s.media is None else dict(s.media),
        }
        snap = Snapshot(fields, retry_at=self.retry_at, started_at=self.started_at,
                        unready_since=self._unready_since)
        snap.update(snap.at(self._clock.monotonic()))
        return snap

    def add_degraded(self, reason: str) -> None:
        """One more reason the kiosk runs degraded (/health ``degraded``), e.g. a login form the pattern misses."""
        if reason not in self.stats.degraded:
            self.stats.degraded.append(reason)
            self._publish()

    def set_media(self, media: dict[str, bool]) -> None:
        """What the web engine plays, once probed (published in /health and on Information)."""
        self.stats.media = dict(media)
        self._publish()

    # ---- events -------------------------------------------------------------------------
    def start(self) -> None:
        log.info("kiosk starting")
        self._authenticate()

    def on_link(self, link: AutologinLink) -> None:
        self._in_flight = False
        self._retrying_from = None
        s = self.stats
        s.autologin_results["ok"] += 1
        s.retry_after = None
        self._not_before = None
        s.shop_id, s.pos_id, s.user_id = link.shop_id, link.pos_id, link.user_id
        s.last_autologin_latency = round(link.latency, 4)
        self._load_deadline = self._clock.monotonic() + self._policy.load_timeout
        self._set(State.LOADING, None)
        self._fx.load(link.url)
        self._fx.wake_at(self._load_deadline)

    def on_link_failed(self, error: WebshopError) -> None:
        self._in_flight = False
        self.stats.autologin_results[result_of(error)] += 1
        reason = error.text  # the English sentence, translatable where a screen shows it
        if error.transient:
            self._go_offline(reason, unreachable=error.unreachable, retry_after=error.retry_after)
        else:
            self._go_error(reason)

    def on_page_loaded(self, url: str, ok: bool) -> None:
        """A main document on an allowed, non-login URL is on screen (DOMContentLoaded, or its load finished)."""
        self.on_url_changed(url)
        if not ok:
            self.on_load_failed(SessionWords.tr("The webshop page did not load completely."))
            return
        if self.state in (State.LOADING, State.READY):
            self._load_deadline = None
            if self.state is not State.READY:
                self._became_ready()

    def on_url_changed(self, url: str) -> None:
        self.stats.page_url = redact.redact_url(url) if url else None
        self._publish()

    def on_load_failed(self, reason: str, unreachable: bool = False) -> None:
        """The webshop page failed to load; ``unreachable``: nothing answered (DNS, connect), so the short backoff
        and the probe apply, as for an autologin request that reached no server."""
        if self.state in (State.LOADING, State.READY):
            # The probe watches the autologin API, not the webshop's host: it must not shortcut this backoff.
            self._go_offline(reason, unreachable=unreachable, probe_shortcut=False)

    def on_page_left(self, url: str) -> None:
        """The main document on screen is not the webshop (about:blank, …): never ready; a fresh link now."""
        self.stats.page_url = redact.redact_url(url) if url else None
        if self.state in (State.LOADING, State.READY):
            self._has_shown_web = False  # the splash covers the white page until the webshop is back
            if self._bounced():
                self._go_error(SessionWords.tr(
                    "The webshop page left for a blank page %1 times in a row, even with fresh login links. Check the "
                    "webshop (or a proxy in front of it) with BetGames; the kiosk keeps trying.").arg(
                    self._policy.login_loop_limit))
                return
            log.warning("the page left the webshop%s; getting a fresh link", self._loop_note())
            self._authenticate(force=True)  # publishes the new state with the new url
        else:
            self._publish()

    def _bounced(self) -> bool:
        """One more fresh link that did not stick (it landed on the login page or a blank page, or was bounced
        within ``settled_after`` of ready): True at the limit (counter reset). A page that stayed ready for
        ``settled_after`` is not one: its session simply ended, and the count starts again from zero."""
        if self.state is State.READY and self._ready_since is not None \
                and self._clock.monotonic() - self._ready_since >= self._policy.settled_after:
            self._login_loop = 0
            return False
        self._login_loop += 1
        if self._login_loop >= self._policy.login_loop_limit:
            self._login_loop = 0
            return True
        return False

    def _loop_note(self) -> str:
        n = self._login_loop
        return f" ({n} fresh link{'s' if n > 1 else ''} in a row did not stick)" if n else ""

    def _waiting(self) -> bool:
        """Waiting out a backoff or a Retry-After (offline or error screen): the next request has its time."""
        return self.state in (State.OFFLINE, State.ERROR)

    def on_redirect_refused(self, host: str, verdict: str) -> None:
        """While a link loads, the webshop redirected the view somewhere the kiosk may not go."""
        if self.state is not State.LOADING:
            return  # on a loaded page the refusal is the whole answer: the page stays
        self._load_deadline = None
        if verdict == "insecure":
            reason = SessionWords.tr(
                "The webshop's login link redirected the kiosk to plain http at %1; the kiosk opens only https outside "
                "this PC. Check KIOSK_AUTH_URL and any proxy that rewrites https to http.")
        elif verdict == "foreign_host":
            reason = SessionWords.tr("The webshop's login link redirected the kiosk to %1, which is not in "
                                     "KIOSK_ALLOWED_HOSTS; add it there if it is genuine.")
        else:
            reason = SessionWords.tr("The webshop's login link redirected the kiosk to an address it may not open "
                                     "(%1). Check KIOSK_AUTH_URL and KIOSK_ALLOWED_HOSTS.")
        self._go_error(reason.arg(host))

    def on_certificate_error(self, host: str, problem: str) -> None:
        """A certificate was refused (never bypassed): say which host and what is wrong."""
        self._go_error(SessionWords.tr("The secure connection to %1 was refused: %2 Check the PC's date and time; behind "
                                       "a company proxy, install its certificate in the system store.").arg(host, problem),
                       delay=self._policy.certificate_retry)

    def on_login_page_seen(self, url: str) -> None:
        """The webshop tried to go to its login page; the navigation was refused."""
        self.stats.login_redirects += 1
        if self._in_flight or self._waiting():
            # A fresh link is on its way, or the kiosk already knows the session is gone and waits out a
            # backoff: a stale page polling its session every second must not bring the next request forward.
            self._publish()
            return
        if self._bounced():
            self._go_error(SessionWords.tr(
                "The webshop sent the kiosk to its login page %1 times in a row, even with fresh login links. Check "
                "that the POS user is active in the BetGames back office and that the shop, POS and user names are "
                "right.").arg(self._policy.login_loop_limit))
            return
        log.info("webshop went to its login page%s; getting a fresh link", self._loop_note())
        self._authenticate()

    def on_renderer_gone(self, detail: str) -> None:
        now = self._clock.monotonic()
        s = self.stats
        s.renderer_restarts += 1
        s.crash_times.append(now)
        recent = [t for t in s.crash_times if now - t <= self._policy.crash_window]
        log.warning("web page process ended (%s); restart %d", detail, s.renderer_restarts)
        if len(recent) >= self._policy.crash_limit:
            reason = SessionWords.tr("The web page process ended %1 times within %2; exiting so the kiosk is restarted "
                                     "cleanly.").arg(len(recent), say_duration(self._policy.crash_window))
            s.last_error = reason
            self._publish()
            self._fx.exit(ExitCode.RENDERER_CRASHES, reason)
            return
        self._has_shown_web = False  # the old page is gone: show the splash, not a dead view
        self._fx.recreate_page()
        if self._waiting():
            self._publish()  # a fresh page behind the offline screen; the backoff decides when to ask
            return
        self._authenticate(force=True)

    def on_network_back(self) -> None:
        """The OS says connectivity returned: do not wait out a long backoff, if the upstream was unreachable.

        A server that answered (5xx, a proxy's page, a slow answer) is not helped by the network
        being fine: it gets its backoff, or a fleet would retry in step with every probe.
        """
        if self.state is State.OFFLINE and self._probe_saw_down and not self._throttled():
            self._probe_saw_down = False
            log.info("network is back; retrying now")
            self._authenticate()

    def on_probe(self, reachable: bool) -> None:
        """A cheap reachability probe's result: only unreachable → reachable shortcuts the backoff."""
        if self.state is not State.OFFLINE:
            return
        if not reachable:
            self._probe_saw_down = True
        else:
            self.on_network_back()

    def try_again(self, why: str = "technician or cashier tapped Try again") -> bool:
        """"Try again now" was tapped: ask at once, unless a tap asked less than ``tap_gap`` ago or the
        upstream's Retry-After has not passed. Returns whether a request went out."""
        if not self._waiting():
            return False
        now = self._clock.monotonic()
        tap_at = self._tap_at()
        if tap_at is not None and now < tap_at:
            log.info("%s %.0f s too early; waiting", why, tap_at - now)
            return False
        self._last_tap = now
        log.info("fresh login: %s", why)
        self._authenticate(force=True)
        return True

    def refresh(self, why: str, *, new_page: bool = False, tapped: bool = False) -> None:
        """A fresh login on request (technician, daily fresh start). While the kiosk waits out a backoff, a
        technician's request (``tapped``) is a tap on Try again; anything else leaves the next try at its time."""
        if new_page:
            self._has_shown_web = False
            self._fx.recreate_page()
        if self._waiting():
            if tapped:
                self.try_again(why)
            else:
                log.info("%s while waiting to retry; the next try stays in %.0f s", why,
                         max(0.0, (self.retry_at or 0.0) - self._clock.monotonic()))
                self._publish()
            return
        log.info("fresh login: %s", why)
        self._authenticate(force=True)

    def wake(self) -> None:
        """The wake-up timer fired."""
        now = self._clock.monotonic()
        if self.state in (State.OFFLINE, State.ERROR) and self.retry_at is not None and now >= self.retry_at:
            self._authenticate()
        elif self.state is State.LOADING and self._load_deadline is not None and now >= self._load_deadline:
            self._load_deadline = None
            self._go_offline(SessionWords.tr("The webshop page did not arrive within %1.").arg(
                say_duration(self._policy.load_timeout)))
        else:
            self._fx.wake_at(self.retry_at if self.state in (State.OFFLINE, State.ERROR) else self._load_deadline)

    # ---- decisions ----------------------------------------------------------------------
    def _authenticate(self, force: bool = False) -> None:
        if self._in_flight and not force:
            return
        # From the offline or error screen, that screen stays while the request is out (no splash flashing by).
        self._retrying_from = self.screen.kind if self.screen.kind in (ScreenKind.OFFLINE, ScreenKind.ERROR) else None
        self.retry_at = None
        self._load_deadline = None
        self._fx.wake_at(None)
        self.stats.autologin_requests += 1
        self._in_flight = True
        self._set(State.AUTHENTICATING, None)
        self._fx.request_link()

    def _became_ready(self) -> None:
        now = self._clock.monotonic()
        s = self.stats
        if s.time_to_first_ready is None:
            s.time_to_first_ready = round(now - self.started_at, 3)
        s.ready_count += 1
        s.last_error = None
        s.backoff_seconds = None
        self._backoff_attempt = 0
        self._ready_since = now
        self._unready_since = None
        self._has_shown_web = True
        self._fx.wake_at(None)
        self._set(State.READY, None)
        log.info("webshop ready")

    def _go_offline(self, reason: str, *, unreachable: bool = False, retry_after: float | None = None,
                    probe_shortcut: bool = True) -> None:
        p = self._policy
        if retry_after is not None:
            # The upstream said when (429/503): never sooner, capped, and spread so its clients do not return in step.
            wait = min(max(retry_after, 0.0), p.retry_after_cap)
            self.stats.retry_after = wait
            self._not_before = self._clock.monotonic() + wait
            delay = wait + self._rng() * min(max(wait * p.retry_after_jitter, 1.0), 60.0)
            # ... and never faster than the kiosk's own backoff from 1 s: "Retry-After: 0" (or an HTTP date
            # already past on a kiosk whose clock runs fast) must not become a request a second for ever.
            floor = min(p.cap, p.base * 2 ** self._backoff_attempt)
            delay = max(delay, floor / 2 + self._rng() * floor / 2)
        else:
            self.stats.retry_after = None
            # Equal jitter: at least half the envelope, so a fleet failing together spreads out and stays polite.
            envelope = min(p.cap, (p.base if unreachable else p.answered_base) * 2 ** self._backoff_attempt)
            delay = envelope / 2 + self._rng() * envelope / 2
        self._backoff_attempt = min(self._backoff_attempt + 1, 16)
        self._probe_saw_down = unreachable and probe_shortcut
        self._retry_later(State.OFFLINE, reason, max(delay, 0.25))

    def _go_error(self, reason: str, delay: float | None = None) -> None:
        self.stats.retry_after = None
        self._retry_later(State.ERROR, reason, self._policy.error_interval if delay is None else delay)

    def _retry_later(self, state: State, reason: str, delay: float) -> None:
        self.stats.last_error = reason
        self.stats.backoff_seconds = round(delay, 3)
        if self._unready_since is None:
            self._unready_since = self._clock.monotonic()
        self._has_shown_web = False
        self.retry_at = self._clock.monotonic() + delay
        self._ready_since = None
        log.warning("%s: %s (next try in %.1f s)", state.value, reason, delay)
        self._set(state, reason)
        self._fx.wake_at(self.retry_at)

    def _throttled(self) -> bool:
        return self._not_before is not None and self._clock.monotonic() < self._not_before

    def _tap_at(self) -> float | None:
        times = [t for t in (self._not_before,
                             None if self._last_tap is None else self._last_tap + self._policy.tap_gap) if t is not None]
        return max(times) if times else None

    def _set(self, state: State, reason: str | None) -> None:
        if state is not self.state:
            self.stats.state_changes += 1
        self.state = state
        self.screen = self._screen_for(state, reason)
        self._fx.show_screen(self.screen)
        self._publish()

    def _screen_for(self, state: State, reason: str | None) -> Screen:
        if state is State.READY:
            return Screen(ScreenKind.WEB)
        if state is State.AUTHENTICATING and self._retrying_from is not None:
            return Screen(self._retrying_from, self.screen.title, self.stats.last_error, None, self._tap_at(), trying=True)
        if state in (State.STARTING, State.AUTHENTICATING, State.LOADING):
            # Refreshing an expired session: the webshop stays on screen until the new one loads.
            if self._has_shown_web:
                return Screen(ScreenKind.WEB)
            return Screen(ScreenKind.SPLASH, SessionWords.tr("Signing in to the webshop…"))
        if state is State.OFFLINE:
            return Screen(ScreenKind.OFFLINE, SessionWords.tr("The webshop cannot be reached right now"), reason,
                          self.retry_at, self._tap_at())
        return Screen(ScreenKind.ERROR, SessionWords.tr("The kiosk needs a technician"), reason, self.retry_at,
                      self._tap_at())

    def _publish(self) -> None:
        for fn in self._listeners:
            fn(self)
