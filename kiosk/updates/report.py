"""What ``kiosk doctor`` says about updates: the repository, the last check and its result (Qt-free)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from kiosk import __version__
from kiosk.updates.apt import SOURCES, read_repository
from kiosk.updates.layout import Installation
from kiosk.updates.state import load_state
from kiosk.updates.status import UpdateWords, health_fields, read_disk
from kiosk.updates.window import Window
from kiosk.words import joined


def updates_report(installation: Installation | None, update_window: str, daily_restart: str,
                   sources: Path = SOURCES) -> tuple[str, str]:
    """("ok" | "warn" | "skip", at most three short lines: the Diagnostics screen shows them beside the others, in the
    kiosk's language; the command line in English)."""
    if installation is None:
        return "skip", UpdateWords.tr("this kiosk does not run from an installed package: no automatic updates")
    warn = False
    where: str = ""
    if os.name != "nt":
        repository = read_repository(sources)
        if repository is None:
            where, warn = UpdateWords.tr("no repository (%1 is missing; see docs/it/updates.md)").arg(str(sources)), True
        else:
            where = UpdateWords.tr("repository %1").arg(repository.describe())
            warn = not repository.signed or not repository.enabled
    window = Window.parse(update_window)
    when: str
    if window is None:
        when, warn = UpdateWords.tr("automatic updates off (KIOSK_UPDATE_WINDOW is empty)"), True
    elif not daily_restart:
        when, warn = UpdateWords.tr("window %1, but no daily fresh start: an update waits for a restart").arg(
            str(window)), True
    elif not window.ends_before(daily_restart):
        when, warn = UpdateWords.tr("window %1 does not close before the %2 fresh start").arg(str(window),
                                                                                             daily_restart), True
    else:
        when = UpdateWords.tr("window %1, fresh start %2").arg(str(window), daily_restart)
    lines: list[str] = [joined([part for part in (where, when) if part], "; ")]
    state = load_state(installation.state_file)
    if state.last_check_at is None:
        lines.append(UpdateWords.tr("never checked yet"))
    else:
        at = f"{datetime.fromtimestamp(state.last_check_at):%Y-%m-%d %H:%M}"
        warn = warn or not state.last_check_ok
        lines.append(UpdateWords.tr("last check %1: %2").arg(at, state.last_result or "") if state.last_check_ok
                     else UpdateWords.tr("last check %1: FAILED: %2").arg(at, state.last_result or ""))
    installed = health_fields(__version__, installation, read_disk(installation))["installed_version"]
    if state.rollbacks and state.last_rollback is not None:
        held = ", ".join(sorted(state.held_versions())) or UpdateWords.tr("none")
        lines.append(UpdateWords.tr("%n rollback(s), the last: %1; held %2 (`kiosk update --unhold VERSION`)", "",
                                    state.rollbacks).arg(state.last_rollback.reason, held))
        warn = True
    elif state.trial is not None:
        lines.append(UpdateWords.tr("%1 is on trial: rolled back if it does not reach ready in time").arg(
            state.trial.version))
    elif installed and installed != __version__:
        lines.append(UpdateWords.tr("%1 is installed; this kiosk (%2) restarts into it at its fresh start").arg(
            installed, __version__))
    return ("warn" if warn else "ok"), joined(lines, "\n")
