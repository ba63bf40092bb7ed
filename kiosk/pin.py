"""The technician PIN: stored only as a salted slow hash; five wrong tries lock the door, longer each time.

New PINs have 6 to 12 digits; a 4- or 5-digit PIN hashed by an older version still opens the door.
Lockouts escalate (5 min, 15 min, 1 h, then 4 h each) until the right PIN is entered, and their
state lives in a small JSON file in the data dir, so restarting the kiosk does not reset them.

Qt-free: the PIN pad asks :class:`TechnicianDoor`, and ``kiosk set-pin`` uses
:func:`hash_pin` and :func:`write_pin_hash`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.clock import Clock, say_duration
from kiosk.words import Text, Words


class PinWords(Words):
    """The technician PIN: its rule, choosing a new one, and the PIN pad's answers."""


# scrypt, the stdlib's memory-hard KDF: ~50 ms a try on a betshop PC, 16 MiB of memory.
_N, _R, _P = 2**14, 8, 1
_PREFIX = "scrypt"
_HASH_RE = re.compile(r"^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$")
PIN_MIN, PIN_MAX = 6, 12
PIN_RE = re.compile(rf"^\d{{{PIN_MIN},{PIN_MAX}}}$")  # for new PINs; older 4-digit hashes still verify
PIN_RULE = PinWords.tr("%1 to %2 digits").arg(PIN_MIN, PIN_MAX)
DEMO_PIN = "123456"
LOCKOUTS = (300.0, 900.0, 3600.0, 4 * 3600.0)  # the 1st, 2nd, 3rd, … lockout; the last one repeats
STATE_FILE = "technician-door.json"

log = logging.getLogger(__name__)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    if not PIN_RE.match(pin):
        raise ValueError(f"the PIN must be {PIN_RULE}")
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"{_PREFIX}${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


class NewPin:
    """Choosing a new PIN: typed, checked against the rule, typed again and compared (``kiosk set-pin``,
    ``kiosk setup`` and the setup screen's PIN pad)."""

    def __init__(self) -> None:
        self._first: str | None = None
        self.pin: str | None = None  # set once the second entry matched the first

    @property
    def prompt(self) -> Text:
        return PinWords.tr("Enter the new PIN") if self._first is None else PinWords.tr("Enter the same PIN again")

    def enter(self, pin: str) -> Text | None:
        """Take one entry: None when it is taken, else why not (then it starts again from the first entry)."""
        if self._first is None:
            if not PIN_RE.match(pin):
                return PinWords.tr("the PIN must be %1").arg(PIN_RULE)
            self._first = pin
            return None
        first, self._first = self._first, None
        if pin != first:
            return PinWords.tr("the two PINs differ")
        self.pin = pin
        return None


def is_pin_hash(text: str) -> bool:
    return bool(_HASH_RE.match(text.strip()))


def verify_pin(pin: str, stored: str) -> bool:
    m = _HASH_RE.match(stored.strip())
    if not m:
        return False
    n, r, p = (int(x) for x in m.group(1, 2, 3))
    salt, expected = base64.b64decode(m.group(4)), base64.b64decode(m.group(5))
    try:
        digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected)


@dataclass(frozen=True)
class DoorAnswer:
    opened: bool
    message: str
    locked_for: float = 0.0  # seconds until the PIN pad takes tries again


class TechnicianDoor:
    """Checks PINs and counts wrong ones; after ``max_wrong`` the door stays shut, longer each time.

    With ``state_file`` the wrong-try count, the lockout level and the end of a lockout (wall time)
    survive a restart. A missing, corrupt or unwritable file never stops the kiosk: the door then
    keeps its state in memory and says so once in the log.
    """

    def __init__(self, pin_hash: str | None, clock: Clock, *, max_wrong: int = 5,
                 lockouts: tuple[float, ...] = LOCKOUTS, state_file: Path | None = None):
        self._hash = pin_hash
        self._clock = clock
        self._max_wrong = max_wrong
        self._lockouts = lockouts
        self._state_file = state_file
        self._wrong = 0
        self._level = 0  # lockouts so far since the right PIN was last entered
        self._locked_until = 0.0  # monotonic
        self._save_failed = False
        self._load()

    @property
    def enabled(self) -> bool:
        return bool(self._hash)

    @property
    def lockout_level(self) -> int:
        return self._level

    def locked_for(self) -> float:
        return max(0.0, self._locked_until - self._clock.monotonic())

    def _next_lockout(self) -> float:
        return self._lockouts[min(self._level, len(self._lockouts) - 1)]

    def try_pin(self, pin: str) -> DoorAnswer:
        if not self._hash:
            return DoorAnswer(False, PinWords.tr("No technician PIN is set on this kiosk."))
        left = self.locked_for()
        if left > 0:
            return DoorAnswer(False, PinWords.tr("Too many wrong PINs. Try again in %1.").arg(say_duration(left)), left)
        if verify_pin(pin, self._hash):
            if self._wrong or self._level:
                self._wrong, self._level = 0, 0
                self._save()
            return DoorAnswer(True, "")
        self._wrong += 1
        if self._wrong >= self._max_wrong:
            lockout = self._next_lockout()
            self._wrong = 0
            self._level += 1
            self._locked_until = self._clock.monotonic() + lockout
            self._save()
            log.warning("technician PIN pad locked for %s after %d wrong PINs (lockout %d)",
                        say_duration(lockout), self._max_wrong, self._level)
            return DoorAnswer(False, PinWords.tr("Too many wrong PINs. The PIN pad is locked for %1.").arg(
                say_duration(lockout)), lockout)
        self._save()
        return DoorAnswer(False, PinWords.tr("Wrong PIN. Tries left: %1.").arg(self._max_wrong - self._wrong))

    # ---- state that survives a restart ------------------------------------------------------
    def _load(self) -> None:
        if self._state_file is None:
            return
        try:
            raw = self._state_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as e:
            log.warning("the technician door's state file %s cannot be read (%s); starting unlocked",
                        self._state_file, e.__class__.__name__)
            return
        try:
            data = json.loads(raw)
            wrong, level, until = int(data["wrong"]), int(data["level"]), float(data["locked_until_wall"])
        except (ValueError, TypeError, KeyError):
            log.warning("the technician door's state file %s is damaged; starting unlocked", self._state_file)
            return
        self._wrong = min(max(wrong, 0), self._max_wrong - 1)
        self._level = min(max(level, 0), 1000)
        if self._level:
            # Never longer than the lockout that was set: a wall clock set back must not lock the door for years.
            left = min(until - self._clock.wall(), self._lockouts[min(self._level - 1, len(self._lockouts) - 1)])
            if left > 0:
                self._locked_until = self._clock.monotonic() + left

    def _save(self) -> None:
        if self._state_file is None:
            return
        left = self.locked_for()
        data = {"wrong": self._wrong, "level": self._level,
                "locked_until_wall": self._clock.wall() + left if left > 0 else 0.0}
        tmp = self._state_file.with_name(self._state_file.name + ".tmp")
        try:
            self._state_file.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self._state_file)
            self._save_failed = False
        except OSError as e:
            if not self._save_failed:
                log.warning("the technician door's state cannot be saved to %s (%s); a restart would reset "
                            "the lockout", self._state_file, e.strerror or e.__class__.__name__)
            self._save_failed = True


def write_pin_hash(config_file: Path, pin_hash: str) -> None:
    """Set ``technician_pin`` in the TOML config, keeping everything else (comments included)."""
    from kiosk.configfile import write_config

    write_config(config_file, {"technician_pin": pin_hash})
