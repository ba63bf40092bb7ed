"""The technician PIN: stored only as a salted slow hash; five wrong tries lock the door for 5 minutes.

Qt-free: the PIN pad asks :class:`TechnicianDoor`, and ``kiosk set-pin`` uses
:func:`hash_pin` and :func:`write_pin_hash`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.clock import Clock, say_duration

# scrypt, the stdlib's memory-hard KDF: ~50 ms a try on a betshop PC, 16 MiB of memory.
_N, _R, _P = 2**14, 8, 1
_PREFIX = "scrypt"
_HASH_RE = re.compile(r"^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$")
PIN_RE = re.compile(r"^\d{4,12}$")


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    if not PIN_RE.match(pin):
        raise ValueError("the PIN must be 4 to 12 digits")
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"{_PREFIX}${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


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
    """Checks PINs and counts wrong ones; after ``max_wrong`` the door stays shut for ``lockout`` seconds."""

    def __init__(self, pin_hash: str | None, clock: Clock, *, max_wrong: int = 5, lockout: float = 300.0):
        self._hash = pin_hash
        self._clock = clock
        self._max_wrong = max_wrong
        self._lockout = lockout
        self._wrong = 0
        self._locked_until = 0.0

    @property
    def enabled(self) -> bool:
        return bool(self._hash)

    def locked_for(self) -> float:
        return max(0.0, self._locked_until - self._clock.monotonic())

    def try_pin(self, pin: str) -> DoorAnswer:
        if not self.enabled:
            return DoorAnswer(False, "No technician PIN is set on this kiosk.")
        left = self.locked_for()
        if left > 0:
            return DoorAnswer(False, f"Too many wrong PINs. Try again in {say_duration(left)}.", left)
        if verify_pin(pin, self._hash):
            self._wrong = 0
            return DoorAnswer(True, "")
        self._wrong += 1
        if self._wrong >= self._max_wrong:
            self._wrong = 0
            self._locked_until = self._clock.monotonic() + self._lockout
            return DoorAnswer(False, f"Too many wrong PINs. The PIN pad is locked for {say_duration(self._lockout)}.",
                              self._lockout)
        return DoorAnswer(False, f"Wrong PIN. {self._max_wrong - self._wrong} tries left.")


def write_pin_hash(config_file: Path, pin_hash: str) -> None:
    """Set ``technician_pin`` in the TOML config, keeping everything else (comments included)."""
    import tomlkit

    doc = tomlkit.parse(config_file.read_text(encoding="utf-8")) if config_file.exists() else tomlkit.document()
    doc["technician_pin"] = pin_hash
    config_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = config_file.with_name(config_file.name + ".tmp")
    tmp.write_text(tomlkit.dumps(doc), encoding="utf-8")
    if config_file.exists():
        st = config_file.stat()
        os.chmod(tmp, st.st_mode & 0o777)
        if hasattr(os, "chown"):  # keep it readable by the kiosk user when root writes it
            os.chown(tmp, st.st_uid, st.st_gid)
    else:
        os.chmod(tmp, 0o600)
    os.replace(tmp, config_file)
