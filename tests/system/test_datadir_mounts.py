"""A data dir on a read-only or a full file system (real tmpfs mounts; needs root, as CI runs)."""

from __future__ import annotations

import contextlib
import os
import subprocess

import pytest

from kiosk.datadir import data_dir_problems
from kiosk.sandbox import Sandbox
from tests.helpers import free_port, sandbox_env
from tests.helpers.process import KIOSK, clean_env, wait_health


@contextlib.contextmanager
def tmpfs(path, options: str):
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        (pytest.fail if os.environ.get("CI") else pytest.skip)("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_read_only_file_system(tmp_path):
    with tmpfs(tmp_path / "ro", "ro,size=4m") as mnt:
        problems = data_dir_problems(mnt / "data")
    assert len(problems) == 1 and "not writable" in problems[0] and "Read-only file system" in problems[0]


def test_a_full_file_system(tmp_path):
    with tmpfs(tmp_path / "full", "size=1m") as mnt:
        with contextlib.suppress(OSError), open(mnt / "filler", "wb") as f:
            while True:
                f.write(b"\0" * 65536)
        problems = data_dir_problems(mnt / "data")
    assert len(problems) == 1 and "No space left on device" in problems[0]


def test_kiosk_run_on_a_read_only_data_dir_shows_the_webshop(tmp_path):
    port = free_port()
    with tmpfs(tmp_path / "ro", "ro,size=4m") as mnt, Sandbox() as sb:
        proc = subprocess.Popen([*KIOSK, "run"], env=clean_env(**sandbox_env(sb, mnt, KIOSK_HEALTH_PORT=port)),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        try:
            health = wait_health(port, lambda h: h["state"] == "ready")
            assert proc.poll() is None and "Read-only file system" in health["degraded"][0]
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=30)
    assert "running degraded" in err
