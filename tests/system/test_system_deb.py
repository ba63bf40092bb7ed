"""The Debian 13 flavour for real: betshop-kiosk-system_*_all.deb in a real Debian 13 (trixie) root.

As root: ``debootstrap --variant=minbase trixie`` from the machine's Debian mirror, kept in
``/var/cache/betshop-kiosk-ci`` (``BETSHOP_KIOSK_CI_CACHE``) between runs together with the
downloaded packages and a layer with the package's dependencies (``apt-get satisfy`` of its
Depends field, keyed by it, rebuilt weekly); each run works on an overlay of them, so the cache
stays clean. The built .deb is installed with ``apt-get install ./…deb`` (its dependencies
resolve from Debian: wrong ones fail here), then the installed ``betshop-kiosk run`` is started inside the root,
offscreen, against the sandbox on this machine's loopback: it must reach ready and report in
``/health`` that its engine (Debian's QtWebEngine, Python 3.13, PySide6 6.8) plays H.264 and AAC.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from kiosk.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("BETSHOP_KIOSK_CI_CACHE", "/var/cache/betshop-kiosk-ci"))
SUITE = "trixie"
DEFAULT_MIRROR = "http://deb.debian.org/debian"
DEFAULT_SECURITY = "http://deb.debian.org/debian-security"
# What the suites need besides the package's dependencies (Debian's pytest, pytest-qt, …).
TEST_PACKAGES = ("python3-pytest python3-pytestqt python3-pytest-timeout python3-psutil python3-pyside6.qttest "
                 "python3-yaml python3-pyside6.qtpdf")
LAYER_MAX_AGE = 7 * 24 * 3600

pytestmark = pytest.mark.slow


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
        if done.exists() and time.time() - done.stat().st_mtime < LAYER_MAX_AGE:
            return layer / "upper"
        for old in CACHE.glob(f"{SUITE}-deps-*"):
            shutil.rmtree(old, ignore_errors=True)
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


@pytest.fixture(scope="module")
def system_deb(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    done = run([ROOT / "installer/linux/build-deb.sh", "--system-qt", "--out", out, "--compress", "gzip"], timeout=300)
    deb = Path(done.stdout.strip().splitlines()[-1])
    assert re.fullmatch(r"betshop-kiosk-system_[^_]+_all\.deb", deb.name), deb.name
    return deb


@pytest.fixture(scope="module")
def trixie(system_deb, tmp_path_factory):
    """A Debian 13 root with the package installed by apt (shared by this module's tests)."""
    if os.geteuid() != 0:
        pytest.fail("this test builds a Debian 13 root with debootstrap and chroot: run it as root (CI does)")
    started = time.monotonic()
    base = base_root()
    depends = " ".join(run(["dpkg-deb", "-f", system_deb, "Depends"]).stdout.split())
    layer = dependency_layer(base, depends)
    with mounted_root([layer, base] if layer else [base], tmp_path_factory.mktemp("trixie")) as (root, _overlaid):
        shutil.copy(system_deb, root / "tmp" / system_deb.name)
        run(["chroot", root, "apt-get", "update", "-qq"], env=chroot_env())
        run(["chroot", root, "apt-get", "install", "-y", "-qq", "--no-install-recommends", f"./tmp/{system_deb.name}"],
            env=chroot_env())
        if layer is None:
            run(["chroot", root, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *TEST_PACKAGES.split()],
                env=chroot_env())
        print(f"\nDebian 13 root ready and the .deb installed in {time.monotonic() - started:.0f} s")
        yield root


@pytest.mark.timeout(1800)  # a cold run makes the Debian root first (about 2 minutes here, more on a slow mirror)
def test_the_debian13_package_installs_reaches_ready_and_plays_h264(system_deb, trixie):
    root = trixie
    started = time.monotonic()
    installed = run(["chroot", root, "dpkg-query", "-W", "-f", "${Status} ${Version}\n",
                     "betshop-kiosk-system", "python3-pyside6.qtwebenginecore"], env=chroot_env()).stdout
    assert installed.count("install ok installed") == 2, installed
    version = run(["chroot", root, "betshop-kiosk", "--version"], env=chroot_env()).stdout
    assert version.startswith("betshop-kiosk "), version
    # The maintainer scripts ran: config written, desktop user created, the kiosk byte-compiled for this Python.
    assert (root / "etc/xdg/betshop-kiosk/kiosk.toml").is_file()
    assert list((root / "opt/betshop-kiosk/_internal/kiosk/__pycache__").glob("cli.cpython-3*.pyc"))

    port = free_port()
    with Sandbox() as sandbox:
        env = chroot_env(**sandbox.kiosk_env(), KIOSK_HEALTH_PORT=str(port), KIOSK_DATA_DIR="/tmp/kiosk-data",
                         QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1")
        log_path = root.parent / "kiosk.log"
        with log_path.open("w") as log:
            kiosk = subprocess.Popen(["chroot", str(root), "betshop-kiosk", "run"], env=env,
                                     stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
            seen: dict | None = None
            try:
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline and kiosk.poll() is None:
                    seen = health(port) or seen
                    if seen and seen.get("state") == "ready" and seen.get("media") is not None:
                        break
                    time.sleep(0.5)
            finally:
                if kiosk.poll() is None:
                    os.killpg(kiosk.pid, signal.SIGTERM)
                try:
                    code = kiosk.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(kiosk.pid, signal.SIGKILL)
                    code = kiosk.wait()
        output = log_path.read_text(errors="replace")
        tail = output[-4000:]
        assert seen is not None, f"the kiosk never answered /health (exit {code}):\n{tail}"
        assert seen["state"] == "ready", f"{seen}\n{tail}"
        assert seen["media"] == {"h264": True, "aac": True, "vp9": True, "av1": True, "opus": True}, f"{seen['media']}\n{tail}"
        assert code == 143, f"stopped by SIGTERM, the kiosk exited {code}:\n{tail}"
        assert sandbox.counters["login_page_served"] == 0
    probe = [line for line in output.splitlines() if "video:" in line]
    print(f"\nin the Debian 13 root: start → ready → probed → stopped in {time.monotonic() - started:.0f} s; "
          f".deb {system_deb.stat().st_size / 1024:.0f} KB", *probe, sep="\n")


@pytest.mark.timeout(1800)
def test_the_unit_and_gui_suites_pass_on_debian13_python_and_pyside6(trixie):
    """The code runs on Debian 13's Python 3.13 and PySide6 6.8 as well as on the pinned wheels."""
    root = trixie
    src = root / "src"
    # The checkout as it is (some tests read README.md and installer/), without builds or environments.
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", ".venv*", "dist", "build", "__pycache__", "*.pyc",
                                                              ".ruff_cache", ".pytest_cache", "*.egg-info"))
    done = subprocess.run(["chroot", str(root), "sh", "-c",
                           "cd /src && python3 -m pytest -q -p no:cacheprovider -W error::DeprecationWarning "
                           # Printing needs a CUPS scheduler of its own, which a chroot sharing the host's
                           # network and cupsd cannot have: the host suite prints for real (marker "cups").
                           "-m 'not cups' tests/unit tests/gui"],
                          env=chroot_env(), capture_output=True, text=True, timeout=1500)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, f"on Debian 13's Python and PySide6:\n{done.stdout[-6000:]}\n{done.stderr[-2000:]}"
    versions = run(["chroot", root, "python3", "-c", "import sys, PySide6; from PySide6 import QtWebEngineCore as w; "
                    "print(sys.version.split()[0], PySide6.__version__, w.qWebEngineChromiumVersion())"],
                   env=chroot_env()).stdout.strip()
    print(f"\nPython, PySide6, Chromium in the Debian 13 root: {versions}; {summary}")
