"""Real local users for system tests (as root): made with useradd, removed with userdel afterwards."""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class User:
    name: str
    uid: int
    gid: int
    home: Path

    def popen_args(self) -> dict:
        """subprocess arguments that run a child as this user (its groups only)."""
        return {"user": self.uid, "group": self.gid, "extra_groups": []}


def lookup(name: str) -> User:
    entry = pwd.getpwnam(name)
    return User(entry.pw_name, entry.pw_uid, entry.pw_gid, Path(entry.pw_dir))


@contextlib.contextmanager
def local_user(name: str | None = None, *, system: bool = False, prefix: str = "kt") -> Iterator[User]:
    """A user that exists for the block; an existing user of that name is used and left alone."""
    if os.geteuid() != 0:
        raise AssertionError("creating users needs root (CI runs the system tests as root)")
    name = name or f"{prefix}{secrets.token_hex(3)}"
    created = False
    try:
        pwd.getpwnam(name)
    except KeyError:
        args = ["useradd", "--user-group", "--shell", "/bin/sh"]
        args += ["--system", "--no-create-home", "--home-dir", "/nonexistent"] if system else ["--create-home"]
        done = subprocess.run([*args, name], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, f"useradd {name}: {done.stderr}"
        created = True
    try:
        yield lookup(name)
    finally:
        if created:
            user = lookup(name)
            for pid in pids_of(user.uid):  # what the test started as this user, by id
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, 9)
            subprocess.run(["userdel", *([] if system else ["--remove"]), name], capture_output=True, timeout=60)


def pids_of(uid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def python_for_others() -> tuple[list[str], dict[str, str]]:
    """A Python command other users can run, with this checkout's packages: this interpreter when every
    user may run it, else the system's python3 of the same version with this environment's packages
    on PYTHONPATH (a pyenv interpreter under /root is root's alone)."""
    import shutil
    import sys
    import sysconfig

    exe = Path(os.path.realpath(sys.executable))
    if all(os.stat(p).st_mode & 0o001 for p in (exe, *exe.parents)):
        return [sys.executable], {}
    system = shutil.which("python3", path="/usr/bin:/bin")
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    if system is None or subprocess.run([system, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                        capture_output=True, text=True).stdout.strip() != version:
        raise AssertionError(f"{exe} cannot be run by other users, and there is no /usr/bin/python3 {version} to use "
                             "instead; run the tests from a virtualenv made with the system's python3")
    root = Path(__file__).resolve().parents[2]
    return [system], {"PYTHONPATH": f"{root}:{sysconfig.get_paths()['purelib']}"}
