"""Where an installed kiosk lives, and how a running one keeps its own version's files (Qt-free).

An installed kiosk is a set of *releases* side by side, and a pointer to the one to start::

    /opt/betshop-kiosk/kiosk               the launcher: starts releases/<current>/kiosk
    /opt/betshop-kiosk/current             the name of the installed release ("1.0.2")
    /opt/betshop-kiosk/releases/1.0.1/     a release (the kiosk program and everything it reads)
    /opt/betshop-kiosk/releases/1.0.2/
    /opt/betshop-kiosk/package/            (Linux) the release as the .deb ships it, copied into releases/

Installing a version adds a release directory and rewrites ``current``; it never touches the
release a kiosk is running from. The launcher resolves ``current`` once, when it starts the
kiosk, so the running process finds every module it imports late (technician screens,
diagnostics, setup) and every asset it reads late in its *own* release for as long as it runs,
and a restart (the daily fresh start) brings up the installed one. Each running kiosk holds a
shared lock on its release's ``.in-use`` file, and old releases are removed only when nobody
holds it (``support/kiosk-release prune``). On Windows the same layout lives under
``C:\\Program Files\\betshop-kiosk`` (files of a running program cannot be replaced there at all).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import kiosk

RELEASE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+~_-]{0,63}$")
IN_USE = ".in-use"


def default_state_dir() -> Path:
    """Where the updater and the kiosk exchange state (update-state.json, kiosk/heartbeat.json)."""
    if os.name == "nt":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "betshop-kiosk" / "updates"
    return Path("/var/lib/betshop-kiosk")


@dataclass(frozen=True)
class Installation:
    prefix: Path     # /opt/betshop-kiosk
    release: str     # the release this process runs from
    state_dir: Path  # /var/lib/betshop-kiosk

    @property
    def release_dir(self) -> Path:
        return self.prefix / "releases" / self.release

    @property
    def launcher(self) -> Path:
        return self.prefix / ("kiosk.exe" if os.name == "nt" else "kiosk")

    @property
    def state_file(self) -> Path:
        return self.state_dir / "update-state.json"

    @property
    def heartbeat_file(self) -> Path:
        return self.state_dir / "kiosk" / "heartbeat.json"

    def installed_release(self) -> str | None:
        """The release ``current`` names (what the next start runs); None if it cannot be read."""
        return read_current(self.prefix)


def read_current(prefix: Path) -> str | None:
    try:
        with open(prefix / "current", encoding="utf-8") as f:
            name = f.read(200).strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name if RELEASE_RE.match(name) else None


def installation_of(code_dir: Path, state_dir: Path | None = None) -> Installation | None:
    """The installation whose release holds the ``kiosk`` package at ``code_dir``, or None when the code does
    not run from a release (a source checkout, a wheel): ``<prefix>/releases/<release>/_internal/kiosk``."""
    internal = code_dir.parent
    release_dir = internal.parent
    releases = release_dir.parent
    if internal.name != "_internal" or releases.name != "releases" or not RELEASE_RE.match(release_dir.name):
        return None
    return Installation(releases.parent, release_dir.name, state_dir or default_state_dir())


def running_installation() -> Installation | None:
    """This process's installation, resolved from where its code was loaded (once, at start)."""
    return installation_of(Path(kiosk.__file__).resolve().parent)


_held: list[IO[bytes]] = []


def hold_release(installation: Installation | None) -> bool:
    """Hold a shared lock on this release's ``.in-use`` for the life of the process, so that pruning old
    releases never removes the one it runs from. False when there is nothing to hold (not installed, Windows,
    or a release made before these files existed)."""
    if installation is None or os.name == "nt" or _held:
        return bool(_held)
    import fcntl

    try:
        f = open(installation.release_dir / IN_USE, "rb")  # noqa: SIM115 (held open until the process ends)
    except OSError:
        return False
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        f.close()
        return False
    _held.append(f)  # closed on exec (Python's files are not inheritable): a restart holds its own
    return True


def restart_command(installation: Installation | None, argv: list[str]) -> list[str] | None:
    """How to start the *installed* release with this process's arguments (the launcher resolves ``current``
    again); None when not installed (then the caller re-executes itself)."""
    if installation is None or not installation.launcher.exists():
        return None
    return [str(installation.launcher), *argv[1:]]

