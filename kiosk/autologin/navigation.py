"""Where the view may go: a Qt-free verdict on every main-frame URL.

The Qt page turns each navigation into ``judge(url)`` and acts on the verdict; all the
policy lives here so it is testable without a browser.
"""

from __future__ import annotations

import enum
import re
from urllib.parse import urlsplit

from kiosk.settings import Settings, is_loopback_host


class Verdict(str, enum.Enum):
    ALLOW = "allow"
    LOGIN_PAGE = "login_page"          # get a fresh autologin link instead
    FOREIGN_HOST = "foreign_host"      # not in KIOSK_ALLOWED_HOSTS
    INSECURE = "insecure"              # plain http to a non-loopback host
    FORBIDDEN_SCHEME = "forbidden_scheme"  # file:, data:, javascript:, view-source:, chrome:, qrc:, mailto:, …
    NOT_A_PAGE = "not_a_page"          # about:blank: a white page, never the webshop


class NavigationPolicy:
    def __init__(self, settings: Settings):
        self._settings = settings
        self._login = re.compile(settings.login_url_pattern)

    def is_login_page(self, url: str) -> bool:
        return bool(self._login.search(url))

    def judge(self, url: str) -> Verdict:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            return Verdict.NOT_A_PAGE if scheme == "about" else Verdict.FORBIDDEN_SCHEME
        host = (parts.hostname or "").lower()
        if not self._settings.is_allowed_host(host):
            return Verdict.FOREIGN_HOST
        if scheme == "http" and not is_loopback_host(host):
            return Verdict.INSECURE
        if self.is_login_page(url):
            return Verdict.LOGIN_PAGE
        return Verdict.ALLOW

    def judge_frame(self, url: str) -> Verdict:
        """A subframe (iframe) navigation: http(s) on an allowed host, or an empty frame; never another
        scheme (mailto:, tel:, an app's own scheme would launch an outside program)."""
        if url in ("about:blank", "about:srcdoc"):
            return Verdict.ALLOW  # an iframe's own empty or inline document; it leaves nothing
        verdict = self.judge(url)
        return Verdict.ALLOW if verdict is Verdict.LOGIN_PAGE else verdict  # the login page is the top level's matter

    def is_webshop_page(self, url: str) -> bool:
        """Only a main document on an allowed host counts as the webshop being on screen."""
        return self.judge(url) is Verdict.ALLOW
