"""Where the webshop sends a login link that is no good, and whether KIOSK_LOGIN_URL_PATTERN knows that page
(Qt-free; blocking: run it on a worker thread).

The seed says an invalid autologin link "redirects to the login page". So a well-formed link with a token
that cannot be valid, followed through its redirects without rendering anything, lands on the webshop's
login page, with no credentials needed. If the pattern does not match where it lands, a running kiosk would
call that login page "ready": say which URL the webshop uses and suggest a pattern that matches it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx

from kiosk import redact
from kiosk.autologin.navigation import NavigationPolicy, Verdict
from kiosk.hosts import HostEntry, entries_of, is_loopback
from kiosk.httpclient import make_client
from kiosk.settings import Settings, env_name, explicit_settings
from kiosk.words import Words, joined


class LoginPageWords(Words):
    """The doctor's and the setup form's look at where an invalid login link lands."""

TIMEOUT = httpx.Timeout(connect=5.0, read=8.0, write=8.0, pool=5.0)
MAX_REDIRECTS = 10
INVALID_TOKEN = "0" * 64  # the seed's token is 64 characters; this one is never issued
SEED_LINK_PATH = "/webshop/integrations/login/{user_id}/{token}"  # the seed's GET …/login/:id/:token
WEBSHOP_HOST = "webshop.betgames.tv"  # the seed's webshop, when an entry covers it


@dataclass(frozen=True)
class LoginPageResult:
    checked: bool                 # False: the webshop could not be asked (network); says nothing about the pattern
    ok: bool
    sentence: str                 # never a real link or token
    landing: str | None = None    # scheme://host/path where the invalid link landed
    suggestion: str | None = None  # a KIOSK_LOGIN_URL_PATTERN that matches it


def invalid_link(settings: Settings, link_url: str | None = None) -> str:
    """A well-formed autologin link whose token cannot be valid: the shape of a real link when one is at hand
    (the setup screen's Test connection just got one), else the seed's path on the webshop's allowed host."""
    if link_url:
        parts = urlsplit(link_url)
        head = parts.path.rstrip("/").rpartition("/")[0]
        return urlunsplit((parts.scheme, parts.netloc, f"{head}/{INVALID_TOKEN}", "", ""))
    entry = _webshop_entry(entries_of(settings.allowed_hosts))
    host = WEBSHOP_HOST if entry.domain and entry.covers_host(WEBSHOP_HOST) else entry.host
    shown = f"[{host}]" if ":" in host else host
    netloc = shown if entry.port is None else f"{shown}:{entry.port}"
    scheme = "http" if is_loopback(host) else "https"
    return f"{scheme}://{netloc}" + SEED_LINK_PATH.format(user_id=1, token=INVALID_TOKEN)


def _webshop_entry(entries: tuple[HostEntry, ...]) -> HostEntry:
    exact = [e for e in entries if not e.domain]
    return next((e for e in entries if e.covers_host(WEBSHOP_HOST)), exact[0] if exact else entries[0])


def suggest_pattern(landing: str, link: str) -> str | None:
    """``^https?://[^/?#]+/account/login(?:[/?#]|$)`` for a landing page ``https://shop/account/login``; None when
    no pattern on the path alone can tell that page (the home page, or the link itself)."""
    path = urlsplit(landing).path.rstrip("/")
    if not path:
        return None
    pattern = r"^https?://[^/?#]+" + re.escape(path) + r"(?:[/?#]|$)"
    if re.search(pattern, link):
        return None
    try:
        explicit_settings(login_url_pattern=pattern)  # the kiosk's own check: never matches an autologin link
    except ValueError:
        return None
    return pattern


def check_login_page(settings: Settings, link_url: str | None = None, *,
                     transport: httpx.BaseTransport | None = None) -> LoginPageResult:
    link = invalid_link(settings, link_url)
    shown_link = redact.redact_url(link).replace(INVALID_TOKEN, "<invalid token>")
    try:
        with make_client(TIMEOUT, transport=transport) as client:
            client.max_redirects = MAX_REDIRECTS
            with client.stream("GET", link, follow_redirects=True, headers={"Accept": "text/html"}) as answer:
                status, landing, hops = answer.status_code, str(answer.url), len(answer.history)
    except httpx.TooManyRedirects:
        return LoginPageResult(True, False, LoginPageWords.tr(
            "an invalid login link (%1) redirects more than %2 times; check the webshop's address with BetGames").arg(
            shown_link, MAX_REDIRECTS))
    except (httpx.HTTPError, OSError) as e:
        return LoginPageResult(False, True, LoginPageWords.tr(
            "the webshop could not be asked where an invalid login link goes (%1); check the shop's internet "
            "access").arg(e.__class__.__name__))
    return judge_landing(settings, link, landing, status, hops)


def judge_landing(settings: Settings, link: str, landing: str, status: int, hops: int) -> LoginPageResult:
    """The verdict on where the invalid link landed (a pure function: no socket)."""
    policy = NavigationPolicy(settings)
    shown = redact.redact_url(landing).replace(INVALID_TOKEN, "<invalid token>")
    name = env_name("login_url_pattern")
    if policy.is_login_page(landing):
        return LoginPageResult(True, True, LoginPageWords.tr(
            "an invalid login link lands on %1, which %2 recognises as the login page").arg(shown, name), shown)
    if hops == 0:
        return LoginPageResult(False, True, LoginPageWords.tr(
            "the webshop answered an invalid login link with HTTP %1 at %2 instead of sending it to a login page, so %3 "
            "cannot be checked; make sure KIOSK_ALLOWED_HOSTS names the webshop's own host").arg(status, shown, name),
            shown)
    suggestion = suggest_pattern(landing, link)
    if policy.judge(landing) is Verdict.FOREIGN_HOST:
        found = LoginPageWords.tr("an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk "
                                  "sent there would show that login page and call it ready; that host is not in "
                                  "KIOSK_ALLOWED_HOSTS either")
    else:
        found = LoginPageWords.tr("an invalid login link lands on %1 (HTTP %2), which %3 (%4) does not match: a kiosk "
                                  "sent there would show that login page and call it ready")
    found = found.arg(shown, status, name, settings.login_url_pattern)
    if suggestion is not None:
        advice = LoginPageWords.tr("Set %1 to %2").arg(name, suggestion)
    else:
        advice = LoginPageWords.tr("The webshop's login page has no address of its own to match; ask BetGames which URL "
                                   "it uses")
    return LoginPageResult(True, False, joined([found, advice], ". "), shown, suggestion)
