"""Where the view may go: a Qt-free verdict on every main-frame and subframe URL.

The Qt page turns each navigation into ``judge(url)`` (or ``judge_frame``) and acts on the verdict;
all the policy lives here so it is testable without a browser. Which host is which comes from
:mod:`kiosk.hosts` (entries parsed once, here).
"""

from __future__ import annotations

import enum
import re
from collections import deque
from collections.abc import Callable
from urllib.parse import urlsplit

from kiosk import redact
from kiosk.hosts import Address, HostEntry, address_of, entries_of, first_match, is_loopback, near_miss
from kiosk.settings import Settings
from kiosk.words import Words


class NavigationWords(Words):
    """Why the kiosk runs degraded on a page: a login form the pattern does not recognise."""


class Verdict(str, enum.Enum):
    ALLOW = "allow"
    LOGIN_PAGE = "login_page"          # get a fresh autologin link instead
    FOREIGN_HOST = "foreign_host"      # not in KIOSK_ALLOWED_HOSTS (or, in a frame, KIOSK_FRAME_HOSTS)
    INSECURE = "insecure"              # plain http to a non-loopback host
    FORBIDDEN_SCHEME = "forbidden_scheme"  # file:, data:, javascript:, view-source:, chrome:, qrc:, mailto:, …
    NOT_A_PAGE = "not_a_page"          # about:blank: a white page, never the webshop


class NavigationPolicy:
    def __init__(self, settings: Settings):
        self._settings = settings
        self._login = re.compile(settings.login_url_pattern)
        self.allowed: tuple[HostEntry, ...] = entries_of(settings.allowed_hosts)
        self.frames: tuple[HostEntry, ...] = entries_of(settings.frame_hosts)

    def is_login_page(self, url: str) -> bool:
        return bool(self._login.search(url))

    def judge(self, url: str) -> Verdict:
        """A main-frame navigation: only KIOSK_ALLOWED_HOSTS, at their ports; a frame-only host is foreign here."""
        early = _scheme_verdict(url)
        if early is not None:
            return early
        address = address_of(url)
        if address is None or first_match(self.allowed, address) is None:
            return Verdict.FOREIGN_HOST
        if _insecure(url, address):
            return Verdict.INSECURE
        if self.is_login_page(url):
            return Verdict.LOGIN_PAGE
        return Verdict.ALLOW

    def judge_frame(self, url: str) -> Verdict:
        """A subframe (iframe) navigation: http(s) on an allowed or frame-only host, or an empty frame; never
        another scheme (mailto:, tel:, an app's own scheme would launch an outside program)."""
        if url in ("about:blank", "about:srcdoc"):
            return Verdict.ALLOW  # an iframe's own empty or inline document; it leaves nothing
        verdict = self.judge(url)
        if verdict is Verdict.FOREIGN_HOST:
            address = address_of(url)
            if address is not None and first_match(self.frames, address) is not None:
                # https only; plain http only on loopback, the same exception as the main page's (a sandbox).
                return Verdict.INSECURE if _insecure(url, address) else Verdict.ALLOW
        return Verdict.ALLOW if verdict is Verdict.LOGIN_PAGE else verdict  # the login page is the top level's matter

    def is_webshop_page(self, url: str) -> bool:
        """Only a main document on an allowed host counts as the webshop being on screen."""
        return self.judge(url) is Verdict.ALLOW

    def hint(self, url: str, *, main_frame: bool = True) -> str | None:
        """For a host refused as foreign: the entry that nearly allowed it (did you mean '*.betgames.tv'?)."""
        address = address_of(url)
        if address is None:
            return None
        return near_miss(address, self.allowed, self.frames, main_frame=main_frame)


def _scheme_verdict(url: str) -> Verdict | None:
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        return None
    return Verdict.NOT_A_PAGE if scheme == "about" else Verdict.FORBIDDEN_SCHEME


def _insecure(url: str, address: Address) -> bool:
    return urlsplit(url).scheme.lower() == "http" and not is_loopback(address.host)


class RefusedNavigations:
    """The latest refused navigations, for /health: what was refused, why, and the entry that nearly allowed it."""

    KEEP = 10

    def __init__(self) -> None:
        self.count = 0
        self._latest: deque[dict[str, str | None]] = deque(maxlen=self.KEEP)
        self._listeners: list[Callable[[dict[str, object]], None]] = []

    def subscribe(self, fn: Callable[[dict[str, object]], None]) -> None:
        self._listeners.append(fn)

    def add(self, url: str, verdict: str, frame: str, hint: str | None) -> None:
        """``url``: already redacted (scheme://host/path)."""
        self.count += 1
        self._latest.append({"url": url, "verdict": verdict, "frame": frame, "hint": hint})
        snapshot = self.snapshot()
        for fn in self._listeners:
            fn(snapshot)

    def snapshot(self) -> dict[str, object]:
        return {"count": self.count, "latest": list(self._latest)}


class LoginFormReports:
    """A main page on an allowed host showing a login form that KIOSK_LOGIN_URL_PATTERN does not match: the kiosk
    would call it ready. Each URL (scheme://host/path) is reported once; what the kiosk does is unchanged."""

    MAX_URLS = 10  # a webshop with ids in its paths must not grow the list without end

    def __init__(self, policy: NavigationPolicy):
        self._policy = policy
        self.reported: list[str] = []

    def report(self, url: str) -> str | None:
        """The sentence for /health degraded and the log, or None (not an allowed page, the login page, said already)."""
        if self._policy.judge(url) is not Verdict.ALLOW:
            return None  # the login page is recognised already; a foreign page is not the kiosk's to judge
        shown = redact.redact_url(url)[:200]
        if shown in self.reported or len(self.reported) >= self.MAX_URLS:
            return None
        self.reported.append(shown)
        return NavigationWords.tr("a login form is on screen at %1, but KIOSK_LOGIN_URL_PATTERN does not match that URL, "
                                  "so the kiosk cannot tell it is logged out there; run `kiosk doctor` (login page) "
                                  "and correct the pattern").arg(shown)
