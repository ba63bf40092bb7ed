"""The Debian 13 flavour for real: betshop-kiosk-system_*_all.deb in a real Debian 13 (trixie) root
(tests/helpers/debroot.py: debootstrap, cached between runs, an overlay per test).

The built .deb is installed with ``apt-get install ./…deb`` (its dependencies resolve from Debian:
wrong ones fail here), then the installed ``betshop-kiosk run`` is started inside the root, offscreen,
against the sandbox on this machine's loopback: it must reach ready and report in ``/health`` that its
engine (Debian's QtWebEngine, Python 3.13, PySide6 6.8) plays H.264 and AAC.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.sandbox import Sandbox
from tests.helpers.debroot import (
    ROOT,
    TEST_PACKAGES,
    base_root,
    chroot_env,
    dependency_layer,
    free_port,
    health,
    mounted_root,
    run,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def system_deb(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    done = run([ROOT / "installer/linux/build-deb.sh", "--system-qt", "--out", out, "--compress", "gzip"], timeout=300,
               env={**os.environ, "PYTHON": sys.executable})  # its publicsuffixlist goes into the .deb
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
    # The maintainer scripts ran: config written, desktop user created, the release made from the package's
    # files and byte-compiled for this Python.
    assert (root / "etc/xdg/betshop-kiosk/kiosk.toml").is_file()
    release = (root / "opt/betshop-kiosk/current").read_text().strip()
    assert list((root / f"opt/betshop-kiosk/releases/{release}/_internal/kiosk/__pycache__").glob("cli.cpython-3*.pyc"))

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
    # The checkout as it is (some tests read docs/, README.md and installer/), without builds or environments.
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", ".venv*", "dist", "build", "__pycache__", "*.pyc",
                                                              ".ruff_cache", ".pytest_cache", "*.egg-info"))
    done = subprocess.run(["chroot", str(root), "sh", "-c",
                           "cd /src && python3 -m pytest -q -p no:cacheprovider -W error::DeprecationWarning "
                           # Printing needs a CUPS scheduler of its own, which a chroot sharing the host's
                           # network and cupsd cannot have: the host suite prints for real (marker "cups").
                           "-m 'not cups' tests/unit tests/gui"],
                          # publicsuffixlist, which Debian 13 does not package, as the installed kiosk finds it.
                          env=chroot_env(PYTHONPATH="/opt/betshop-kiosk/_internal/vendor"), capture_output=True,
                          text=True, timeout=1500)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, f"on Debian 13's Python and PySide6:\n{done.stdout[-6000:]}\n{done.stderr[-2000:]}"
    versions = run(["chroot", root, "python3", "-c", "import sys, PySide6; from PySide6 import QtWebEngineCore as w; "
                    "print(sys.version.split()[0], PySide6.__version__, w.qWebEngineChromiumVersion())"],
                   env=chroot_env()).stdout.strip()
    print(f"\nPython, PySide6, Chromium in the Debian 13 root: {versions}; {summary}")
