"""``kiosk update``: the updater, run as root every minute by betshop-kiosk-update.timer (Qt-free).

Each run does at most one of these, then exits:

1. a version on trial: judge it (kiosk/updates/policy.py) and, if it did not reach ready within the
   limit while the autologin API answered, reinstall the previous version from the local cache,
   hold the bad one and say so (update-state.json → /health, /metrics, Information, doctor);
2. in the maintenance window (or with ``--now``): refresh the partner's repository and install a
   newer version that is not held. The running kiosk is left alone: it restarts into the new
   version at its daily fresh start.

It imports nothing from Qt (a test checks), so it runs on a terminal whose display is dead.
"""

from __future__ import annotations

import fcntl
import os
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.clock import Clock, SystemClock, say_duration
from kiosk.exitcodes import ExitCode
from kiosk.settings import Settings
from kiosk.updates.apt import Apt, UpdateError, read_repository
from kiosk.updates.layout import Installation, default_state_dir, running_installation
from kiosk.updates.policy import Trial, Verdict, judge, newest_held, to_install
from kiosk.updates.state import Held, Rollback, UpdateState, load_state, read_heartbeat, save_state
from kiosk.updates.window import Due, Window, check_due, spread

DEFAULT_PREFIX = Path("/opt/betshop-kiosk")
LOCK_FILE = Path("/run/lock/betshop-kiosk-update.lock")
LOCK_WAIT = 600.0  # `--now` waits this long for a timer run that is installing


@dataclass
class Updater:
    settings: Settings
    installation: Installation
    apt: Apt
    clock: Clock
    api_answers: Callable[[], bool]
    pid_exists: Callable[[int], bool]
    machine_id: str
    say: Callable[[str], None]
    _prune_after: bool = False  # old releases and cached .debs go once the state is saved

    def run(self, *, now_requested: bool = False, quiet: bool = False) -> int:
        state = load_state(self.installation.state_file)
        if state.trial is None:
            due = self._due(state, now_requested)
            if not due.due:  # most runs: over in a moment, without asking dpkg anything
                if not quiet:
                    installed = self.apt.installed()
                    self.say(f"kiosk update: nothing to do: {due.reason} (installed: "
                             f"{' '.join(installed) if installed else 'no betshop-kiosk package'})")
                return ExitCode.OK
        installed = self.apt.installed()
        if installed is None:
            self.say("kiosk update: no betshop-kiosk package is installed here (install the .deb from the "
                     "partner's repository first; docs/it/updates.md)")
            return ExitCode.FAILED
        package, version = installed
        before = state.to_json()
        state.package, state.installed_version = package, version
        code: int = ExitCode.OK
        self._prune_after = False
        if state.trial is not None:
            code, message = self._follow_trial(state)
            if message:
                self.say(message)
            elif now_requested or not quiet:
                t = state.trial
                assert t is not None
                self.say(f"kiosk update: {t.version} is on trial until the kiosk shows it ready (rollback clock "
                         f"{say_duration(t.unready_seconds)} of {say_duration(self.settings.update_rollback_after)});"
                         " nothing else is installed meanwhile")
        elif self._due(state, now_requested).due:
            code = self._check_now(state, package, version)
        if state.to_json() != before:
            save_state(self.installation.state_file, state)  # first: /health and doctor show the verdict at once
        if self._prune_after:
            self._prune(package, state.installed_version or version)
        return code

    # ---- a version on trial -------------------------------------------------------------------
    def _follow_trial(self, state: UpdateState) -> tuple[int, str | None]:
        trial = state.trial
        assert trial is not None
        now = self.clock.wall()
        beat = read_heartbeat(self.installation.heartbeat_file)
        alive = beat is not None and beat.alive(now, self.pid_exists)
        limit = self.settings.update_rollback_after
        verdict, state.trial = judge(trial, beat, alive, now, self.api_answers, limit)
        if verdict is Verdict.PROVEN:
            state.trial = None
            state.last_result = f"{trial.version} installed {_at(trial.installed_at)}; ready on screen since {_at(now)}"
            self._prune_after = True
            return ExitCode.OK, f"kiosk update: {state.last_result}"
        if verdict is Verdict.ROLL_BACK:
            return self._roll_back(state, trial, limit)
        return ExitCode.OK, None

    def _roll_back(self, state: UpdateState, trial: Trial, limit: float) -> tuple[int, str]:
        now = self.clock.wall()
        reason = (f"{trial.version} did not reach ready within {say_duration(limit)} while the autologin API "
                  f"answered")
        deb = self.apt.cached(trial.package, trial.previous_version)
        try:
            if deb is None:
                raise UpdateError(f"no copy of {trial.previous_version} is kept in {self.apt.cache}")
            self.apt.install(deb)
        except UpdateError as e:
            state.trial = replace(trial, unready_seconds=0.0)  # try again in a while, not every minute
            state.last_result = f"{reason}; rolling back to {trial.previous_version} failed: {e}"
            state.last_check_ok = False
            return ExitCode.FAILED, f"kiosk update: {state.last_result}"
        state.held = [h for h in state.held if h.version != trial.version]
        state.held.append(Held(trial.version, now, f"{reason}; rolled back on {_at(now)}"))
        try:
            self.apt.hold(trial.package, state.held)
        except OSError as e:
            self.say(f"kiosk update: could not write {self.apt.pins} ({e.strerror}); {trial.version} is held by "
                     "the updater only")
        state.rollbacks += 1
        state.last_rollback = Rollback(trial.version, trial.previous_version, now, reason)
        state.trial = None
        state.installed_version = trial.previous_version
        state.last_result = f"{reason}: rolled back to {trial.previous_version} and held {trial.version}"
        return ExitCode.OK, f"kiosk update: {state.last_result}"

    # ---- the repository -------------------------------------------------------------------------
    def _due(self, state: UpdateState, now_requested: bool) -> Due:
        local = datetime.fromtimestamp(self.clock.wall())
        window = Window.parse(self.settings.update_window)
        last = datetime.fromtimestamp(state.last_check_at) if state.last_check_at is not None else None
        return check_due(local, window, last_attempt=last, last_ok=state.last_check_ok,
                         offset=spread(self.machine_id, window) if window else timedelta(0),
                         now_requested=now_requested)

    def _check_now(self, state: UpdateState, package: str, version: str) -> int:
        state.last_check_at = self.clock.wall()
        self._prune(package, version)  # releases no kiosk runs any more, before adding one
        try:
            state.last_result = self._check(state, package, version)
            state.last_check_ok = True
        except UpdateError as e:
            state.last_result = str(e)
            state.last_check_ok = False
            self.say(f"kiosk update: {e}")
            return ExitCode.FAILED
        self.say(f"kiosk update: {state.last_result}")
        return ExitCode.OK

    def _check(self, state: UpdateState, package: str, version: str) -> str:
        repository = read_repository(self.apt.sources)
        if repository is None:
            raise UpdateError(f"no repository is configured: {self.apt.sources} is missing (docs/it/updates.md says "
                              "how to point a terminal at the partner's repository)")
        self.apt.refresh()
        available = self.apt.available(package, repository)
        held = state.held_versions()
        target = to_install(version, available, held)
        if target is None:
            blocked = newest_held(version, available, held)
            if blocked is not None:
                return f"{package} {version} stays: {blocked} is held since its rollback; a newer one will be tried"
            return f"up to date: {package} {version} ({repository.describe()})"
        try:
            self.apt.keep(package, version)  # what a rollback reinstalls
        except UpdateError as e:
            self.say(f"kiosk update: warning: {e}; a rollback to {version} would not be possible")
        deb = self.apt.keep(package, target)
        previous_release = self.installation.installed_release() or version
        beat = read_heartbeat(self.installation.heartbeat_file)
        kiosk_running = beat is not None and beat.alive(self.clock.wall(), self.pid_exists)
        self.apt.install(deb)
        release = self.installation.installed_release() or target
        state.installed_version = target
        self.apt.prune_cache(package, target)
        if not kiosk_running:
            return (f"installed {package} {target} (was {version}); no kiosk was running, so it starts with the "
                    "next start and is not on trial")
        state.trial = Trial(package=package, version=target, release=release, previous_version=version,
                            previous_release=previous_release, installed_at=self.clock.wall())
        when = f"at its daily fresh start ({self.settings.daily_restart})" if self.settings.daily_restart \
            else "when it next restarts (the daily fresh start is off)"
        return f"installed {package} {target} (was {version}); the running kiosk restarts into it {when}"

    def _prune(self, package: str, installed: str) -> None:
        """Old releases nobody runs any more (support/kiosk-release prune), and cached .debs of other versions."""
        script = self.installation.prefix / "support" / "kiosk-release"
        if script.exists():
            subprocess.run([str(script), "prune"], capture_output=True, timeout=300)
        try:
            self.apt.prune_cache(package, installed)
        except OSError:
            pass

    def release_hold(self, version: str) -> int:
        state = load_state(self.installation.state_file)
        if version not in state.held_versions():
            held = ", ".join(sorted(state.held_versions())) or "none"
            self.say(f"kiosk update: {version} is not held (held: {held})")
            return ExitCode.CONFIG
        state.held = [h for h in state.held if h.version != version]
        installed = self.apt.installed()
        if installed is not None:
            self.apt.hold(installed[0], state.held)
        save_state(self.installation.state_file, state)
        self.say(f"kiosk update: {version} is no longer held; the next check in the window may install it")
        return ExitCode.OK


def _at(wall: float) -> str:
    return datetime.fromtimestamp(wall).strftime("%Y-%m-%d %H:%M")


def _pid_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _machine_id() -> str:
    try:
        return Path("/etc/machine-id").read_text(encoding="ascii").strip() or socket.gethostname()
    except (OSError, UnicodeDecodeError):
        return socket.gethostname()


def _lock(wait: float) -> object | None:
    """The updater's own lock (a timer run and a technician's `--now` never overlap); None if busy."""
    LOCK_FILE.parent.mkdir(parents=True, exist_ok=True)
    f = open(LOCK_FILE, "w")  # noqa: SIM115 (held until the command ends)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return f
        except BlockingIOError:
            if time.monotonic() >= deadline:
                f.close()
                return None
            time.sleep(1.0)


def main(args: object) -> int:
    """``kiosk update [--now] [--quiet] [--unhold VERSION] [--config FILE]`` (argparse namespace from kiosk.cli)."""
    from kiosk.settings import ConfigError, load_settings

    if os.name == "nt":
        print("kiosk update: on Windows the scheduled task kiosk-update.ps1 installs updates (docs/it/updates.md)")
        return ExitCode.FAILED
    config = getattr(args, "config", None)
    try:
        settings = load_settings(config)
    except ConfigError as e:
        print(e)
        return ExitCode.CONFIG
    if os.geteuid() != 0:
        print("kiosk update: run it as root (the timer betshop-kiosk-update.timer does)")
        return ExitCode.FAILED
    installation = running_installation() or Installation(DEFAULT_PREFIX, "", default_state_dir())
    from kiosk.autologin.webshop import probe

    updater = Updater(settings, installation, Apt(), SystemClock(), lambda: probe(settings.auth_url, timeout=5.0),
                      _pid_exists, _machine_id(), lambda line: print(line, flush=True))
    lock = _lock(LOCK_WAIT if getattr(args, "now", False) or getattr(args, "unhold", None) else 0.0)
    if lock is None:
        if not getattr(args, "quiet", False):
            print("kiosk update: another update run is in progress")
        return ExitCode.OK
    unhold = getattr(args, "unhold", None)
    if unhold:
        return updater.release_hold(unhold)
    return updater.run(now_requested=bool(getattr(args, "now", False)), quiet=bool(getattr(args, "quiet", False)))
