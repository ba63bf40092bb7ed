"""A real Debian 13 (trixie) root for system tests, cached between runs.

As root: ``debootstrap --variant=minbase trixie`` from the machine's Debian mirror, kept in
``/var/cache/betshop-kiosk-ci`` (``BETSHOP_KIOSK_CI_CACHE``) between runs together with the
downloaded packages and a layer with a package's dependencies (``apt-get satisfy`` of its
Depends field, keyed by it, rebuilt weekly). Each test works on an overlay of them
(:func:`mounted_root`), so the cache stays clean and parallel runs wait on one lock, never race.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("BETSHOP_KIOSK_CI_CACHE", "/var/cache/betshop-kiosk-ci"))
SUITE = "trixie"
DEFAULT_MIRROR = "http://deb.debian.org/debian"
DEFAULT_SECURITY = "http://deb.debian.org/debian-security"
# What the suites need besides the package's dependencies (Debian's pytest, pytest-qt, …).
TEST_PACKAGES = ("python3-pytest python3-pytestqt python3-pytest-timeout python3-psutil python3-pyside6.qttest "
                 "python3-yaml python3-pyside6.qtpdf")
LAYER_MAX_AGE = 7 * 24 * 3600
LAYERS_KEPT = 3  # branches with different Depends each keep theirs, rather than rebuilding one another's


@contextlib.contextmanager
def layers_in_use(lowers: list[Path]):
    """A shared lock per cached dependency layer for as long as an overlay stands on it: a layer is never
    removed from under a running test (another test's different Depends makes a layer of its own)."""
    held = []
    try:
        for lower in lowers:
            layer = lower.parent if lower.name == "upper" else lower
            if layer.parent == CACHE and layer.name.startswith(f"{SUITE}-deps-"):
                f = open(CACHE / f"{layer.name}.in-use", "w")  # noqa: SIM115 (held until the overlay is gone)
                fcntl.flock(f, fcntl.LOCK_SH)
                held.append(f)
        yield
    finally:
        for f in held:
            f.close()


def _in_use(layer: Path) -> bool:
    with open(CACHE / f"{layer.name}.in-use", "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
    return False


def _remove_unused_layers(keep: Path) -> None:
    """Old dependency layers beyond the newest few, unless a test's overlay stands on one."""
    layers = sorted((p for p in CACHE.glob(f"{SUITE}-deps-*") if p.is_dir() and p != keep),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in layers[LAYERS_KEPT - 1:]:
        if not _in_use(old):  # (a test starting meanwhile waits on the suite lock held by our caller)
            shutil.rmtree(old, ignore_errors=True)


def run(cmd, timeout: float = 900, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout, **kw)
    assert done.returncode == 0, f"{cmd[0]} exited {done.returncode}:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return done


def machine_mirrors() -> tuple[str, str]:
    """The Debian mirror and security mirror this machine's apt uses (a local mirror or proxy in CI),
    else deb.debian.org's."""
    main, security = DEFAULT_MIRROR, DEFAULT_SECURITY
    found_main = found_security = False
    sources = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]
    for path in sources:
        try:
            text = path.read_text()
        except OSError:
            continue
        for url in re.findall(r"(?:^deb\s+(?:\[[^]]*\]\s+)?|^URIs:\s*)(\S+)", text, re.M):
            url = url.rstrip("/")
            if url.endswith("/debian-security") and not found_security:
                security, found_security = url, True
            elif url.endswith("/debian") and not found_main:
                main, found_main = url, True
    return main, security


def base_root() -> Path:
    """The cached Debian 13 minbase root, made once (under a lock, so parallel runs wait rather than race)."""
    base = CACHE / f"{SUITE}-minbase"
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f"{SUITE}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (base / ".betshop-kiosk-complete").exists():
            return base
        debootstrap = shutil.which("debootstrap")
        assert debootstrap, "debootstrap is missing: apt-get install debootstrap (.ci/extra-debian-packages.txt)"
        partial = CACHE / f"{SUITE}-minbase.partial"
        shutil.rmtree(partial, ignore_errors=True)
        shutil.rmtree(base, ignore_errors=True)
        mirror, security = machine_mirrors()
        run([debootstrap, "--variant=minbase", SUITE, partial, mirror], timeout=1800)
        (partial / "etc/apt/sources.list").write_text(
            f"deb {mirror} {SUITE} main\ndeb {mirror} {SUITE}-updates main\ndeb {security} {SUITE}-security main\n")
        (partial / ".betshop-kiosk-complete").touch()
        partial.rename(base)
        return base


@contextlib.contextmanager
def mounted_root(lowers: list[Path], work: Path):
    """A throwaway root: an overlay of the cached layers (top first) with /proc, /sys, /dev, /dev/shm and the
    package cache mounted; without overlayfs (some containers), a copy of the base root. Unmounted afterwards,
    whatever happened. Yields (root, whether it is an overlay)."""
    upper, overlay_work, merged = work / "upper", work / "work", work / "root"
    for d in (upper, overlay_work, merged):
        d.mkdir(parents=True, exist_ok=True)
    archives = CACHE / f"{SUITE}-apt-archives"
    (archives / "partial").mkdir(parents=True, exist_ok=True)
    mounted: list[Path] = []
    with layers_in_use(lowers):
        try:
            lowerdir = ":".join(str(p) for p in lowers)
            overlay = subprocess.run(["mount", "-t", "overlay", "overlay", "-o",
                                      f"lowerdir={lowerdir},upperdir={upper},workdir={overlay_work}", str(merged)],
                                     capture_output=True, text=True)
            if overlay.returncode == 0:
                mounted.append(merged)
            else:
                merged.rmdir()
                run(["cp", "-a", "--reflink=auto", lowers[-1], merged], timeout=600)
            for source, target in (("/proc", "proc"), ("/sys", "sys"), ("/dev", "dev"), ("/dev/shm", "dev/shm"),
                                   (str(archives), "var/cache/apt/archives")):
                (merged / target).mkdir(parents=True, exist_ok=True)
                run(["mount", "--bind", source, merged / target])
                mounted.append(merged / target)
            shutil.copy("/etc/resolv.conf", merged / "etc/resolv.conf")
            yield merged, overlay.returncode == 0
        finally:
            for target in reversed(mounted):
                subprocess.run(["umount", "-l", str(target)], capture_output=True)


def dependency_layer(base: Path, depends: str) -> Path | None:
    """A cached overlay layer over the base root with the package's dependencies (``apt-get satisfy`` of its
    Depends field, resolved from Debian) and the test tools installed: reruns only unpack the kiosk. Keyed by
    the Depends field, so changed dependencies are resolved afresh; rebuilt weekly for Debian's updates.
    None where overlayfs is missing."""
    key = hashlib.sha256(f"{SUITE}\n{depends}\n{TEST_PACKAGES}".encode()).hexdigest()[:16]
    layer = CACHE / f"{SUITE}-deps-{key}"
    with open(CACHE / f"{SUITE}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = layer / ".betshop-kiosk-complete"
        if done.exists() and (time.time() - done.stat().st_mtime < LAYER_MAX_AGE or _in_use(layer)):
            return layer / "upper"  # (an old one a test still stands on is rebuilt by the next run)
        _remove_unused_layers(keep=layer)
        shutil.rmtree(layer, ignore_errors=True)  # this key's, too old
        partial = CACHE / f"{SUITE}-deps.partial"
        shutil.rmtree(partial, ignore_errors=True)
        with mounted_root([base], partial) as (root, overlaid):
            if not overlaid:
                return None
            run(["chroot", root, "apt-get", "update", "-qq"], env=chroot_env())
            run(["chroot", root, "apt-get", "satisfy", "-y", "-qq", "--no-install-recommends", depends], env=chroot_env())
            run(["chroot", root, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *TEST_PACKAGES.split()],
                env=chroot_env())
        shutil.rmtree(partial / "work", ignore_errors=True)
        (partial / "root").rmdir()
        (partial / ".betshop-kiosk-complete").touch()
        partial.rename(layer)
        return layer / "upper"


def chroot_env(**extra: str) -> dict[str, str]:
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "HOME": "/root",
           "DEBIAN_FRONTEND": "noninteractive"}
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def health(port: int) -> dict | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as reply:
            return json.loads(reply.read())
    except OSError:
        return None


