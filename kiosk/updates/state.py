"""What the updater remembers, and the kiosk's heartbeat: two small JSON files (Qt-free).

``update-state.json`` (written by the updater as root, readable by all): the last check and its
result, the version on trial, held versions, rollbacks. The running kiosk reads it for /health and
the Information screen; ``kiosk doctor`` shows it. ``kiosk/heartbeat.json`` (written by the kiosk's
desktop user): which release runs and in what state, read by the updater. Both are replaced
atomically (a reader sees the old or the new file, never half of one); a damaged or missing file
reads as empty, never as an error.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from kiosk.updates.policy import Heartbeat, Trial

MAX_BYTES = 256 * 1024  # a file larger than this is not ours: read as empty


@dataclass
class Held:
    version: str
    at: float
    reason: str


@dataclass
class Rollback:
    version: str        # the version that did not reach ready
    to_version: str     # the version reinstalled
    at: float
    reason: str


@dataclass
class UpdateState:
    package: str | None = None              # the flavour installed here (betshop-kiosk or betshop-kiosk-system)
    installed_version: str | None = None    # as the updater last saw it
    last_check_at: float | None = None      # wall time of the last repository check (attempted)
    last_check_ok: bool = True
    last_result: str | None = None          # one sentence: what the last check did
    trial: Trial | None = None
    held: list[Held] = field(default_factory=list)
    rollbacks: int = 0
    last_rollback: Rollback | None = None

    def held_versions(self) -> set[str]:
        return {h.version for h in self.held}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> UpdateState:
        if not isinstance(data, dict):
            return cls()
        try:
            trial = data.get("trial")
            rollback = data.get("last_rollback")
            return cls(
                package=_str(data.get("package")),
                installed_version=_str(data.get("installed_version")),
                last_check_at=_float(data.get("last_check_at")),
                last_check_ok=bool(data.get("last_check_ok", True)),
                last_result=_str(data.get("last_result")),
                trial=_make(Trial, trial) if isinstance(trial, dict) else None,
                held=[h for h in (_make(Held, x) for x in data.get("held") or [] if isinstance(x, dict)) if h],
                rollbacks=int(data.get("rollbacks") or 0),
                last_rollback=_make(Rollback, rollback) if isinstance(rollback, dict) else None,
            )
        except (TypeError, ValueError):
            return cls()


def _str(v: object) -> str | None:
    return v if isinstance(v, str) else None


def _float(v: object) -> float | None:
    return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None


def _make(kind: Any, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(kind)}
    try:
        return kind(**{k: v for k, v in data.items() if k in names})
    except TypeError:
        return None


def read_json(path: Path) -> object:
    """The parsed file, or None if it is missing, unreadable, too large or not JSON."""
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError:
        return None
    if len(raw) > MAX_BYTES:
        return None
    try:
        return json.loads(raw.decode("utf-8-sig"))  # Windows PowerShell 5.1 writes a byte order mark
    except ValueError:
        return None


def write_json(path: Path, data: object, mode: int = 0o644) -> None:
    """Replace ``path`` atomically; raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            if hasattr(os, "fchmod"):  # not on Windows, where the directory's ACL decides
                os.fchmod(f.fileno(), mode)
            json.dump(data, f, indent=1, sort_keys=True)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def load_state(path: Path) -> UpdateState:
    return UpdateState.from_json(read_json(path))


def save_state(path: Path, state: UpdateState) -> None:
    write_json(path, state.to_json())


def read_heartbeat(path: Path) -> Heartbeat | None:
    data = read_json(path)
    if not isinstance(data, dict):
        return None
    release, state, pid, at = data.get("release"), data.get("state"), data.get("pid"), _float(data.get("at"))
    if not isinstance(release, str) or not isinstance(state, str) or not isinstance(pid, int) or at is None:
        return None
    return Heartbeat(release=release, state=state, pid=pid, at=at)


def write_heartbeat(path: Path, beat: Heartbeat) -> None:
    write_json(path, asdict(beat))
