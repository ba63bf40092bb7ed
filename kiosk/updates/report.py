"""What ``kiosk doctor`` says about updates: the repository, the last check and its result (Qt-free)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from kiosk import __version__
from kiosk.updates.apt import SOURCES, read_repository
from kiosk.updates.layout import Installation
from kiosk.updates.state import load_state
from kiosk.updates.status import health_fields, read_disk
from kiosk.updates.window import Window


def updates_report(installation: Installation | None, update_window: str, daily_restart: str,
                   sources: Path = SOURCES) -> tuple[str, str]:
    """("ok" | "warn" | "skip", at most three short lines: the Diagnostics screen shows them beside the others)."""
    if installation is None:
        return "skip", "this kiosk does not run from an installed package: no automatic updates"
    warn = False
    where = ""
    if os.name != "nt":
        repository = read_repository(sources)
        if repository is None:
            where, warn = f"no repository ({sources} is missing; see docs/it/updates.md)", True
        else:
            where, warn = f"repository {repository.describe()}", not repository.signed or not repository.enabled
    window = Window.parse(update_window)
    if window is None:
        when, warn = "automatic updates off (KIOSK_UPDATE_WINDOW is empty)", True
    elif not daily_restart:
        when, warn = f"window {window}, but no daily fresh start: an update waits for a restart", True
    elif not window.ends_before(daily_restart):
        when, warn = f"window {window} does not close before the {daily_restart} fresh start", True
    else:
        when = f"window {window}, fresh start {daily_restart}"
    lines = ["; ".join(part for part in (where, when) if part)]
    state = load_state(installation.state_file)
    if state.last_check_at is None:
        lines.append("never checked yet")
    else:
        failed = "" if state.last_check_ok else "FAILED: "
        warn = warn or not state.last_check_ok
        lines.append(f"last check {datetime.fromtimestamp(state.last_check_at):%Y-%m-%d %H:%M}: {failed}"
                     f"{state.last_result or ''}")
    installed = health_fields(__version__, installation, read_disk(installation))["installed_version"]
    if state.rollbacks and state.last_rollback is not None:
        held = ", ".join(sorted(state.held_versions())) or "none"
        lines.append(f"{state.rollbacks} rollback(s), the last: {state.last_rollback.reason}; held {held} "
                     "(`kiosk update --unhold VERSION`)")
        warn = True
    elif state.trial is not None:
        lines.append(f"{state.trial.version} is on trial: rolled back if it does not reach ready in time")
    elif installed and installed != __version__:
        lines.append(f"{installed} is installed; this kiosk ({__version__}) restarts into it at its fresh start")
    return ("warn" if warn else "ok"), "\n".join(lines)
