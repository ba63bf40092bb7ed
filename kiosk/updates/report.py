"""What ``kiosk doctor`` says about updates: the repository, the last check and its result (Qt-free)."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk import __version__
from kiosk.updates.apt import SOURCES, read_repository
from kiosk.updates.layout import Installation
from kiosk.updates.state import load_state
from kiosk.updates.status import _shown, health_fields, read_disk
from kiosk.updates.window import Window


def updates_report(installation: Installation | None, update_window: str, daily_restart: str,
                   sources: Path = SOURCES) -> tuple[str, str]:
    """("ok" | "warn" | "skip", the lines a technician reads)."""
    if installation is None:
        return "skip", "this kiosk does not run from an installed package: no automatic updates"
    warn = []
    lines = []
    if os.name != "nt":
        repository = read_repository(sources)
        if repository is None:
            lines.append(f"repository: none ({sources} is missing; docs/updates.md says how to add it)")
            warn.append("no repository")
        else:
            lines.append(f"repository: {repository.describe()}")
            if not repository.signed or not repository.enabled:
                warn.append("repository")
    window = Window.parse(update_window)
    if window is None:
        lines.append("window: off (KIOSK_UPDATE_WINDOW is empty): nothing is installed by itself")
        warn.append("window off")
    elif not daily_restart:
        lines.append(f"window: {window}; but the daily fresh start is off, so an update waits for a restart")
        warn.append("no fresh start")
    elif not window.ends_before(daily_restart):
        lines.append(f"window: {window}; it does not close before the daily fresh start {daily_restart}")
        warn.append("window after the fresh start")
    else:
        lines.append(f"window: {window}, before the daily fresh start at {daily_restart}")
    state = load_state(installation.state_file)
    fields = health_fields(__version__, installation, read_disk(installation))
    if state.last_check_at is None:
        lines.append("last check: never")
    else:
        result = state.last_result or ""
        lines.append(f"last check: {_shown(fields['update']['last_check'])}: {'' if state.last_check_ok else 'FAILED: '}"
                     f"{result}")
        if not state.last_check_ok:
            warn.append("last check failed")
    installed = fields["installed_version"]
    lines.append(f"installed: {installed or 'unknown'}" + ("; the kiosk restarts into it at its fresh start"
                                                           if installed and installed != __version__ else ""))
    if state.trial is not None:
        lines.append(f"on trial: {state.trial.version} (rolled back if it does not reach ready in time)")
    if state.rollbacks and state.last_rollback is not None:
        held = ", ".join(sorted(state.held_versions())) or "none"
        lines.append(f"rollbacks: {state.rollbacks}; last: {state.last_rollback.reason}; held: {held} "
                     "(`kiosk update --unhold VERSION` lets one be installed again)")
        warn.append("rolled back")
    return ("warn" if warn else "ok"), "\n".join(lines)
