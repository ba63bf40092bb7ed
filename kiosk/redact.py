"""Keeps secrets out of everything the kiosk writes: logs, health output, error messages.

The code never formats a secret on purpose; this is the safety net. Every secret the
process learns (secret key, hash, link tokens, player session and 2FA tokens, phone
numbers, SMS codes) is registered here, and every log record passes through
:class:`RedactingFilter` before any handler writes it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from urllib.parse import urlsplit, urlunsplit

from kiosk.words import Text

MASK = "[redacted]"

# Autologin link tokens are 64 characters; mask them in any URL even before registration.
_LINK_TOKEN_RE = re.compile(r"(/login/\d+/)[^/?#\s\"']+")
_UUID_RE = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
_HEX64_RE = re.compile(r"\b[0-9a-fA-F]{64}\b")

# Bounded: a kiosk runs for months and sees a player token, number and code per verification.
# The oldest per-player values go first; the process's own long-lived secrets are pinned.
MAX_SECRETS = 4096

_lock = threading.Lock()
_secrets: OrderedDict[str, None] = OrderedDict()  # least recently registered first
_pinned: set[str] = set()
_sorted: list[str] | None = None  # longest first, rebuilt after a change


def register(*secrets: str | None, pin: bool = False) -> None:
    """Remember values that must never be written anywhere (short values are ignored).

    Register only values the kiosk has validated or received from its own upstreams, never
    whatever a web page sends. ``pin=True`` keeps a value for the life of the process (the
    secret key and its hash); the others are kept in a bounded most-recent list.
    """
    global _sorted
    with _lock:
        for s in secrets:
            if not s or len(s) < 3:
                continue
            if pin:
                _pinned.add(s)
                _secrets.pop(s, None)
            elif s not in _pinned:
                _secrets[s] = None
                _secrets.move_to_end(s)
                while len(_secrets) > MAX_SECRETS:
                    _secrets.popitem(last=False)
            _sorted = None


def is_registered(secret: str) -> bool:
    with _lock:
        return secret in _secrets or secret in _pinned


def registered_count() -> int:
    with _lock:
        return len(_secrets) + len(_pinned)


def _known() -> list[str]:
    global _sorted
    with _lock:
        if _sorted is None:
            _sorted = sorted((*_pinned, *_secrets), key=len, reverse=True)
        return _sorted


def redact(text: str) -> str:
    """Return ``text`` with every registered secret and every token-shaped string masked. A :class:`Text` stays
    translatable: its arguments are masked (its source is the kiosk's own words), unless something secret-shaped
    still shows in the whole, which is then masked as plain English."""
    if isinstance(text, Text):
        kept = text.map_args(redact)
        plain = _redact(str(kept))
        return kept if plain == str(kept) else plain
    return _redact(text)


def _redact(text: str) -> str:
    if not text:
        return text
    known = _known()
    for s in known:
        if s in text:
            text = text.replace(s, MASK)
    text = _LINK_TOKEN_RE.sub(lambda m: m.group(1) + MASK, text)
    text = _UUID_RE.sub(MASK, text)
    return _HEX64_RE.sub(MASK, text)


def redact_url(url: str) -> str:
    """``scheme://host/path`` only: query strings and fragments carry tokens, ids and player data."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return MASK
    if parts.scheme in ("http", "https", "ws", "wss", "file", "ftp") or parts.netloc:
        url = urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))
    elif parts.scheme == "about":
        url = f"about:{parts.path}"
    else:  # data:, blob:, javascript:, mailto:… — their "path" is content: the scheme says enough
        url = f"{parts.scheme}:" if parts.scheme else url.split("?", 1)[0].split("#", 1)[0]
    return redact(url)


_URL_IN_TEXT_RE = re.compile(r"\b(?:https?|wss?|ftp)://[^\s\"'<>]+", re.IGNORECASE)


def redact_urls_in(text: str) -> str:
    """Every URL inside free text (a console line) cut to ``scheme://host/path``, then :func:`redact`."""
    return redact(_URL_IN_TEXT_RE.sub(lambda m: redact_url(m.group(0)), text or ""))


def mask_phone(number: str | None) -> str:
    """``44-123456789`` -> ``••••••789``: enough for a player to recognise, too little to leak."""
    if not number:
        return ""
    digits = re.sub(r"\D", "", number)
    return "•" * max(len(digits) - 3, 0) + digits[-3:]


class RedactingFilter(logging.Filter):
    """Attach to every handler: formats the record once and masks what must not be written."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not take logging down
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            import traceback
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True
