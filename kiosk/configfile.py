"""Writes the kiosk's TOML config: merged key by key, comments and order kept, atomically, mode 0600 (Qt-free).

The one writer of ``kiosk.toml`` (``kiosk set-pin``, ``kiosk setup``, the setup screen). A value
``None`` removes its key. The file is replaced in one rename, so a power cut leaves the old file
or the new one, never half of each; the file is 0600 and an existing one keeps
its owner.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any


class ConfigWriteError(Exception):
    """The config file could not be written. ``str()`` is a sentence for a technician; ``invalid``: the
    file is there but is not TOML (fix the file) rather than unwritable (fix permissions)."""

    def __init__(self, message: str, *, invalid: bool = False):
        super().__init__(message)
        self.invalid = invalid


def merged_text(existing: str, values: Mapping[str, Any]) -> str:
    """``existing`` TOML text with ``values`` set (None removes a key), everything else as it was."""
    import tomlkit

    doc = tomlkit.parse(existing) if existing.strip() else tomlkit.document()
    for key, value in values.items():
        if value is None:
            if key in doc:
                del doc[key]
        elif isinstance(value, Path):
            doc[key] = str(value)
        else:
            doc[key] = value
    return tomlkit.dumps(doc)


def write_config(path: Path, values: Mapping[str, Any]) -> None:
    """Set ``values`` in the TOML file at ``path`` (created if missing), keeping everything else."""
    try:
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigWriteError(f"{path} cannot be read ({_why(e)}); nothing was changed.") from None
    try:
        text = merged_text(existing, values)
    except Exception as e:  # tomlkit's parse errors have no common base worth naming
        raise ConfigWriteError(f"{path} is not valid TOML ({e.__class__.__name__}); fix or remove it first. "
                               "Nothing was changed.", invalid=True) from None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not os.access(path.parent, os.W_OK) and os.access(path, os.W_OK):
            _write_in_place(path, text)  # the installers' folder is root's; the kiosk user owns only the file
        else:
            _write_beside(path, text)
    except OSError as e:
        folder = "" if os.access(path.parent, os.W_OK) else f" (the folder {path.parent} is not writable either)"
        raise ConfigWriteError(f"{path} cannot be written ({_why(e)}){folder}; run it as the user who owns the "
                               "config file, or as root/administrator. Nothing was changed.") from None


def _write_beside(path: Path, text: str) -> None:
    """A new file next to the old one, renamed over it: a power cut leaves the old or the new file, never half."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # 0600, O_EXCL
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if path.exists() and hasattr(os, "geteuid") and os.geteuid() == 0:
            st = path.stat()  # root writing for the kiosk user keeps the file theirs
            os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_in_place(path: Path, text: str) -> None:
    """Rewrite the file itself (when only the file, not its folder, is writable)."""
    fd = os.open(path, os.O_WRONLY)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        if hasattr(os, "fchmod"):
            try:
                os.fchmod(f.fileno(), 0o600)  # it holds the secret key
            except PermissionError:
                pass  # writable but not ours (a group's file): its mode is its owner's business
        f.write(text)
        f.truncate()  # only after the new text is in: the old one is never cut short first
        f.flush()
        os.fsync(f.fileno())


def write_problem(path: Path) -> ConfigWriteError | None:
    """Why :func:`write_config` would fail on ``path`` (unreadable, not TOML, not writable), before anyone
    types the answers; None when it would not."""
    try:
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as e:
        return ConfigWriteError(f"{path} cannot be read ({_why(e)}); nothing was changed.")
    try:
        merged_text(existing, {})
    except Exception as e:
        return ConfigWriteError(f"{path} is not valid TOML ({e.__class__.__name__}); fix or remove it first. "
                                "Nothing was changed.", invalid=True)
    folder = next((p for p in (path.parent, *path.parent.parents) if p.exists()), path.parent)
    writable = os.access(path, os.W_OK) if path.exists() else os.access(folder, os.W_OK)
    if not writable and not os.access(path.parent if path.parent.exists() else folder, os.W_OK):
        return ConfigWriteError(f"{path} cannot be written (neither it nor the folder {folder} is writable for this "
                                "user); run it as the user who owns the config file, or as root/administrator. "
                                "Nothing was changed.")
    return None


def _why(e: BaseException) -> str:
    return getattr(e, "strerror", None) or e.__class__.__name__
