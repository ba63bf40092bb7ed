"""The updater's hands on Debian: the partner's apt repository, dpkg, pins and the local cache (Qt-free).

Only the partner's source is refreshed (Debian's own lists are apt-daily.timer's business), only the
flavour installed here is ever named (``betshop-kiosk`` or ``betshop-kiosk-system``), and every
version the updater installs, and the one it replaces, is kept as a .deb in
``/var/cache/betshop-kiosk/debs`` so that a rollback needs neither the repository nor the network.
A held version is pinned away (``Pin-Priority: -1``) for apt as a whole, so no other apt run
installs it either; a newer version is not affected by the pin.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from kiosk.updates import versions
from kiosk.updates.state import Held

SOURCES = Path("/etc/apt/sources.list.d/betshop-kiosk.sources")
PINS = Path("/etc/apt/preferences.d/betshop-kiosk-held.pref")
CACHE = Path("/var/cache/betshop-kiosk/debs")
APT_ARCHIVES = Path("/var/cache/apt/archives")
FLAVOURS = ("betshop-kiosk-system", "betshop-kiosk")
TIMEOUT = 1800.0  # an install waits up to 5 minutes for another apt run's lock, then has its own time

Runner = Callable[..., subprocess.CompletedProcess[str]]


class UpdateError(Exception):
    """A step failed; ``str()`` is a sentence for the partner's IT (the repository, the network, dpkg)."""


@dataclass(frozen=True)
class Repository:
    """The partner's repository as the terminal's ``betshop-kiosk.sources`` names it."""

    uris: tuple[str, ...]
    suites: tuple[str, ...]
    components: tuple[str, ...]
    signed: bool    # a Signed-By: key (a file or the key itself)
    enabled: bool

    def describe(self) -> str:
        where = " ".join(self.uris) or "no URIs"
        what = " ".join((*self.suites, *self.components))
        notes = [] if self.signed else ["no Signed-By key: apt will refuse it"]
        if not self.enabled:
            notes.append("disabled (Enabled: no)")
        return f"{where} {what}".strip() + (f" ({'; '.join(notes)})" if notes else "")


def parse_sources(text: str) -> Repository | None:
    """The first stanza of a deb822 .sources file (its continuation lines folded), or None if it has none."""
    fields: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if fields:
                break
            continue
        if line[0] in " \t" and key is not None:
            fields[key] += "\n" + line.strip()
            continue
        key, _, value = line.partition(":")
        key = key.strip().lower()
        fields[key] = value.strip()
    if "uris" not in fields:
        return None
    return Repository(uris=tuple(fields.get("uris", "").split()), suites=tuple(fields.get("suites", "").split()),
                      components=tuple(fields.get("components", "").split()),
                      signed=bool(fields.get("signed-by", "").strip()),
                      enabled=fields.get("enabled", "yes").strip().lower() not in ("no", "false", "0"))


def read_repository(path: Path = SOURCES) -> Repository | None:
    try:
        return parse_sources(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def parse_madison(text: str, uris: Sequence[str]) -> list[str]:
    """Versions ``apt-cache madison`` lists from one of ``uris`` ("pkg | 1.0.2 | http://… stable/main all Packages")."""
    roots = [u.rstrip("/") for u in uris]
    found = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and any(parts[2].startswith(root + " ") or parts[2].startswith(root + "/")
                                   for root in roots):
            found.append(parts[1])
    return list(dict.fromkeys(found))


def pin_text(package: str, held: Sequence[Held]) -> str:
    """apt preferences that keep every held version of ``package`` from being installed by anyone."""
    stanzas = [f"Explanation: betshop-kiosk updater: {h.reason}\nPackage: {package}\nPin: version {h.version}\n"
               f"Pin-Priority: -1\n" for h in held]
    head = "# Written by `kiosk update` after a rollback; `kiosk update --unhold VERSION` lifts a hold.\n\n"
    return head + "\n".join(stanzas)


def deb_name(package: str, version: str, arch: str) -> str:
    """The .deb's file name as apt writes it (an epoch's colon escaped)."""
    return f"{package}_{version.replace(':', '%3a')}_{arch}.deb"


class Apt:
    """apt-get, apt-cache and dpkg-query, run for the updater (as root)."""

    def __init__(self, *, sources: Path = SOURCES, pins: Path = PINS, cache: Path = CACHE,
                 archives: Path = APT_ARCHIVES, run: Runner = subprocess.run):
        self.sources, self.pins, self.cache, self.archives = sources, pins, cache, archives
        self._run = run

    def _call(self, args: list[str], what: str, *, cwd: Path | None = None) -> str:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive", "LC_ALL": "C.UTF-8"}
        try:
            done = self._run(args, capture_output=True, text=True, timeout=TIMEOUT, env=env, cwd=cwd)
        except FileNotFoundError:
            raise UpdateError(f"{what}: {args[0]} is missing on this system") from None
        except subprocess.TimeoutExpired:
            raise UpdateError(f"{what}: {args[0]} did not finish within {TIMEOUT / 60:.0f} minutes") from None
        if done.returncode != 0:
            raise UpdateError(f"{what} failed: {_apt_reason(done.stderr or done.stdout)}")
        return done.stdout

    def installed(self) -> tuple[str, str] | None:
        """(package, version) of the flavour installed here, or None."""
        try:
            out = self._run(["dpkg-query", "-W", "-f", "${Package}\t${Version}\t${db:Status-Abbrev}\n", *FLAVOURS],
                            capture_output=True, text=True, timeout=60).stdout
        except (OSError, subprocess.TimeoutExpired):
            return None
        for line in out.splitlines():
            package, _, rest = line.partition("\t")
            version, _, status = rest.partition("\t")
            if status.startswith("ii") and package in FLAVOURS:
                return package, version
        return None

    def architecture(self) -> str:
        return self._call(["dpkg", "--print-architecture"], "reading the architecture").strip()

    def refresh(self) -> None:
        """``apt-get update`` of the partner's source only (Debian's lists are kept as they are)."""
        self._call(["apt-get", "update", "-q", "-o=DPkg::Lock::Timeout=300", f"-o=Dir::Etc::SourceList={self.sources}",
                    "-o=Dir::Etc::SourceParts=/nonexistent", "-o=APT::Get::List-Cleanup=0"],
                   "updating the package list from the partner's repository")

    def available(self, package: str, repository: Repository) -> list[str]:
        out = self._call(["apt-cache", "madison", package], "reading the versions offered")
        return parse_madison(out, repository.uris)

    def cached(self, package: str, version: str) -> Path | None:
        found = sorted(self.cache.glob(deb_name(package, version, "*")))
        return found[0] if found else None

    def keep(self, package: str, version: str) -> Path:
        """The version's .deb in the local cache: already there, else downloaded from the repository (apt checks it
        against the signed index), else (a version the repository no longer offers) the copy apt kept when it
        installed it."""
        found = self.cached(package, version)
        if found is not None:
            return found
        self.cache.mkdir(parents=True, exist_ok=True)
        try:
            self._call(["apt-get", "download", "-q", "-o=DPkg::Lock::Timeout=300", f"{package}={version}"],
                       f"downloading {package} {version}", cwd=self.cache)
        except UpdateError:
            for deb in sorted(self.archives.glob(deb_name(package, version, "*"))):
                target = self.cache / deb.name
                shutil.copy2(deb, target.with_suffix(".part"))
                os.replace(target.with_suffix(".part"), target)
                return target
            raise
        found = self.cached(package, version)
        if found is None:
            raise UpdateError(f"downloading {package} {version} left no .deb in {self.cache}")
        return found

    def install(self, deb: Path) -> None:
        """Install (or downgrade to) a .deb from the cache, with its dependencies, never asking anything."""
        self._call(["apt-get", "install", "-y", "-q", "--allow-downgrades", "-o=DPkg::Lock::Timeout=300",
                    "-o=Dpkg::Options::=--force-confdef", "-o=Dpkg::Options::=--force-confold", str(deb.resolve())],
                   f"installing {deb.name}")

    def hold(self, package: str, held: Sequence[Held]) -> None:
        if not held:
            self.pins.unlink(missing_ok=True)
            return
        self.pins.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.pins.with_name(f".{self.pins.name}.new")
        tmp.write_text(pin_text(package, held), encoding="utf-8")
        os.chmod(tmp, 0o644)
        os.replace(tmp, self.pins)

    def prune_cache(self, package: str, installed: str) -> None:
        """Keep the installed version's .deb and the newest older one (what a rollback needs); drop the rest."""
        debs: dict[str, Path] = {}
        for deb in self.cache.glob("*.deb"):
            name, _, rest = deb.name.partition("_")
            version = unquote(rest.rpartition("_")[0])
            if name == package and version:
                debs[version] = deb
            else:
                deb.unlink(missing_ok=True)  # the other flavour's, or not a package file
        older = versions.newest([v for v in debs if versions.compare(v, installed) < 0])
        for version, deb in debs.items():
            if version not in (installed, older):
                deb.unlink(missing_ok=True)

def _apt_reason(output: str) -> str:
    """apt's own error lines (E:, W:), which name the repository and what is wrong with it; else the last line."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith(("E:", "Err:"))] or [line for line in lines
                                                                               if line.startswith("W:")]
    picked = errors[-3:] if errors else lines[-1:]
    text = " ".join(picked) or "no output"
    return text if len(text) <= 600 else text[:597] + "..."
