"""The running kiosk's view of updates: what is installed on disk, what the updater last did (Qt-free).

:func:`read_disk` runs on the worker pool every minute (a stat and two small reads; never on the UI
thread); :func:`health_fields` turns it into the /health fields (``version``, ``installed_version``,
``update_pending``, ``update``) that /metrics and the Information screen read too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.updates.layout import Installation
from kiosk.updates.policy import Heartbeat
from kiosk.updates.state import UpdateState, load_state, write_heartbeat
from kiosk.words import Text, Words


@dataclass(frozen=True)
class DiskView:
    installed_release: str | None   # what ``current`` names; None: unreadable
    state: UpdateState              # the updater's record (empty when it never ran)


def read_disk(installation: Installation) -> DiskView:
    return DiskView(installation.installed_release(), load_state(installation.state_file))


def beat(installation: Installation, state: str, now: float, heartbeat_ok: list[bool]) -> None:
    """Write the heartbeat the updater judges a new version by; ``heartbeat_ok[0]`` says whether it could."""
    try:
        write_heartbeat(installation.heartbeat_file, Heartbeat(installation.release, state, os.getpid(), now))
        heartbeat_ok[0] = True
    except OSError:
        heartbeat_ok[0] = False


def pending(installation: Installation | None, disk: DiskView | None) -> bool:
    """Is another release installed than the one running (the next start runs it)?"""
    return (installation is not None and disk is not None and disk.installed_release is not None
            and disk.installed_release != installation.release
            and (installation.prefix / "releases" / disk.installed_release).is_dir())


def health_fields(version: str, installation: Installation | None, disk: DiskView | None) -> dict[str, Any]:
    """``version`` runs; ``installed_version`` starts next (None when the kiosk does not run from an installed
    release); ``update_pending`` when they differ; ``update`` what the updater last did."""
    state = disk.state if disk is not None else UpdateState()
    rollback = state.last_rollback
    return {
        "version": version,
        "installed_version": disk.installed_release if installation is not None and disk is not None else None,
        "update_pending": pending(installation, disk),
        "update": {
            "last_check": _iso(state.last_check_at),
            "last_check_ok": state.last_check_ok,
            "last_result": state.last_result,
            "on_trial": state.trial.version if state.trial is not None else None,
            "rollbacks": state.rollbacks,
            "held": sorted(state.held_versions()),
            "last_rollback": None if rollback is None else {
                "version": rollback.version, "to_version": rollback.to_version, "at": _iso(rollback.at),
                "reason": rollback.reason},
        },
    }


class UpdateWords(Words):
    """The Information screen's update rows (what the updater itself wrote, its result and reasons, stays English)."""


def information_rows(fields: dict[str, Any], daily_restart: str) -> list[tuple[Text, str]]:
    """The Information screen's update rows, from :func:`health_fields`."""
    update = fields.get("update") or {}
    installed = fields.get("installed_version")
    now: Text
    if installed is None:
        now = UpdateWords.tr("not installed from a package here: no automatic updates")
    elif fields.get("update_pending") and daily_restart:
        now = UpdateWords.tr("%1 is installed; the kiosk restarts into it at the %2 fresh start").arg(
            installed, daily_restart)
    elif fields.get("update_pending"):
        now = UpdateWords.tr("%1 is installed; the kiosk restarts into it at the next restart").arg(installed)
    else:
        now = UpdateWords.tr("none pending (%1 is installed)").arg(installed)
    rows: list[tuple[Text, str]] = [(UpdateWords.tr("Update"), now)]
    last_check = UpdateWords.tr("Last update check")
    if update.get("last_check"):
        result = update.get("last_result") or ""
        rows.append((last_check, UpdateWords.tr("%1: %2").arg(_shown(update["last_check"]), result)
                     if update.get("last_check_ok", True)
                     else UpdateWords.tr("%1: failed: %2").arg(_shown(update["last_check"]), result)))
    elif installed is not None:
        rows.append((last_check, UpdateWords.tr("never (see KIOSK_UPDATE_WINDOW and the repository in kiosk doctor)")))
    rollback = update.get("last_rollback")
    if update.get("rollbacks") and rollback:
        held = ", ".join(update.get("held") or []) or UpdateWords.tr("none")
        rows.append((UpdateWords.tr("Rollbacks"), UpdateWords.tr("%1; last %2: %3; back to %4. Held: %5").arg(
            update["rollbacks"], _shown(rollback["at"]), rollback["reason"], rollback["to_version"], held)))
    return rows


def _iso(wall: float | None) -> str | None:
    return None if wall is None else datetime.fromtimestamp(wall).astimezone().isoformat(timespec="seconds")


def _shown(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
