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

MASK = "[redacted]"

# Autologin link tokens are 64 characters; mask them in any URL even before registration.
_LINK_TOKEN_RE = re.compile(r"(/login/\d+/)[^/?#\s\"']+")
_UUID_RE = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
_HEX64_RE = re.compile(r"\b[0-9a-fA-F]{64}\b")

_lock = threading.Lock()
_secrets: set[str] = set()


def register(*secrets: str | None) -> None:
    """Remember values that must never be written anywhere (short values are ignored)."""
    with _lock:
        for s in secrets:
            if s and len(s) >= 3:
                _secrets.add(s)


def redact(text: str) -> str:
    """Return ``text`` with every registered secret and every token-shaped string masked."""
    if not text:
        return text
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for s in known:
        if s in text:
            text = text.replace(s, MASK)
    text = _LINK_TOKEN_RE.sub(lambda m: m.group(1) + MASK, text)
    text = _UUID_RE.sub(MASK, text)
    return _HEX64_RE.sub(MASK, text)


def redact_url(url: str) -> str:
    return redact(url)


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
