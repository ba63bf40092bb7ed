"""A throwaway signed apt repository of .deb files, served on loopback, for the fleet tests.

Debian's own tools: ``apt-ftparchive`` (apt-utils) writes Packages and Release, ``gpg`` (gnupg) signs
them with a key made for the test. The layout is a plain ``dists/SUITE/main`` + ``pool/`` repository, as
installer/linux/build-apt-repo.sh makes (swap this for it once it exists). Old versions stay in the pool,
so a terminal can be rolled back to the version it had.
"""

from __future__ import annotations

import functools
import gzip
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SUITE = "stable"


def _run(cmd: list, **kw) -> str:
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=120, **kw)
    assert done.returncode == 0, f"{cmd[0]} exited {done.returncode}: {done.stderr[-2000:]}"
    return done.stdout


class AptRepo:
    """``publish(deb)`` adds a package and re-signs; ``url`` and ``public_key`` are what a terminal needs."""

    def __init__(self, work: Path):
        self.root = work / "repo"
        self.gnupg = work / "gnupg"
        self.gnupg.mkdir(mode=0o700, parents=True)
        (self.root / "pool/main").mkdir(parents=True)
        _run(["gpg", "--homedir", self.gnupg, "--batch", "--passphrase", "", "--quick-gen-key",
              "betshop-kiosk test repository <repo@localhost>", "ed25519", "sign", "1d"])
        self.public_key = _run(["gpg", "--homedir", self.gnupg, "--armor", "--export"])
        self._server: ThreadingHTTPServer | None = None

    def publish(self, *debs: Path) -> None:
        for deb in debs:
            shutil.copy(deb, self.root / "pool/main" / deb.name)
        dist = self.root / "dists" / SUITE
        for arch in ("amd64", "all"):
            d = dist / "main" / f"binary-{arch}"
            d.mkdir(parents=True, exist_ok=True)
            packages = _run(["apt-ftparchive", "packages", "pool"], cwd=self.root)
            (d / "Packages").write_text(packages)
            (d / "Packages.gz").write_bytes(gzip.compress(packages.encode()))
        release = _run(["apt-ftparchive", "-o", f"APT::FTPArchive::Release::Suite={SUITE}",
                        "-o", f"APT::FTPArchive::Release::Codename={SUITE}",
                        "-o", "APT::FTPArchive::Release::Architectures=amd64 all",
                        "-o", "APT::FTPArchive::Release::Components=main", "release", dist])
        (dist / "Release").write_text(release)
        for old in ("InRelease", "Release.gpg"):
            (dist / old).unlink(missing_ok=True)
        gpg = ["gpg", "--homedir", self.gnupg, "--batch", "--yes"]
        _run([*gpg, "--clearsign", "-o", dist / "InRelease", dist / "Release"])
        _run([*gpg, "--armor", "--detach-sign", "-o", dist / "Release.gpg", dist / "Release"])

    def serve(self) -> AptRepo:
        class Quiet(SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(self.root)))
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        subprocess.run(["gpgconf", "--homedir", str(self.gnupg), "--kill", "all"], capture_output=True)


def build_system_deb(out: Path, *, version: str | None = None, broken: bool = False) -> Path:
    """The system-Qt .deb of this checkout (installer/linux/build-deb.sh --system-qt), optionally with another
    version and, for a rollback test, a kiosk that exits at start as a bad release would."""
    from tests.helpers.debroot import ROOT

    src = ROOT
    if version is not None or broken:
        src = out / f"src-{version or 'same'}{'-broken' if broken else ''}"
        for part in ("kiosk", "resources", "installer", "docs"):  # the packages carry some of docs/
            shutil.copytree(ROOT / part, src / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        init = src / "kiosk/__init__.py"
        if version is not None:
            text = init.read_text()
            assert '__version__ = "' in text
            init.write_text("\n".join(f'__version__ = "{version}"' if line.startswith("__version__") else line
                                      for line in text.splitlines()) + "\n")
        if broken:
            cli = src / "kiosk/cli.py"
            text = cli.read_text()
            marker = "def main(argv: list[str] | None = None) -> int:\n"
            assert marker in text
            cli.write_text(text.replace(marker, marker + "    raise SystemExit(70)  # a release that cannot start\n"))
    # A copy has no .venv: the vendored publicsuffixlist comes from the Python running the tests, as for the checkout.
    done = _run([src / "installer/linux/build-deb.sh", "--system-qt", "--out", out, "--compress", "gzip"],
                env={**os.environ, "PYTHON": sys.executable})
    return Path(done.strip().splitlines()[-1])
