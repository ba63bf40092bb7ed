"""The running kiosk's side of updates (Qt): notice an installed update, show it, restart into it politely.

Every minute, and as soon as the file system says the install folder or the updater's state changed
(inotify, through QFileSystemWatcher), on the worker pool: read what ``current`` names and what the
updater last did, and write the heartbeat the updater judges a new version by. The UI thread only
receives the result.
An installed update is shown (/health ``installed_version``, ``update_pending``, /metrics,
Information) and waits: the kiosk restarts into it at its daily fresh start, or at once while it
shows the offline or error screen (no player is being served then), never while the webshop is
on screen. The restart is the technician's Restart (``ExitCode.RESTART``): on Linux the process
re-executes the launcher, which starts the installed release; on Windows the autostart wrapper does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from kiosk import __version__
from kiosk.autologin.session import Session, State
from kiosk.clock import Clock
from kiosk.updates.layout import Installation
from kiosk.updates.status import beat, health_fields, read_disk
from kiosk.worker import TaskManager

log = logging.getLogger(__name__)

POLL_MS = 60_000
SETTLE_MS = 500  # after a change on disk, look once things settled (dpkg writes several files)
NOT_SERVING = (State.OFFLINE, State.ERROR)  # a screen of our own, no player at the webshop


class UpdateWatch(QObject):
    def __init__(self, installation: Installation | None, session: Session, tasks: TaskManager, clock: Clock, *,
                 restart: Callable[[str], None], daily_restart: str, health: Any = None,
                 parent: QObject | None = None, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self.installation = installation
        self.session, self.tasks, self.clock = session, tasks, clock
        self._restart, self._daily_restart, self._health = restart, daily_restart, health
        self.fields: dict[str, Any] = health_fields(__version__, installation, None)
        self._polling = False
        self._restarting = False
        self._told: str | None = None  # the pending release already logged
        self._state: State | None = None
        self._heartbeat_ok = [True]
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self.poll)
        self._disk = QFileSystemWatcher(self)
        self._disk.directoryChanged.connect(lambda _path: self._settle.start(SETTLE_MS))
        self._publish()
        session.subscribe(self._on_session)
        if installation is not None:
            for d in (installation.prefix, installation.state_dir):  # `current` is renamed into place there
                if d.is_dir():
                    self._disk.addPath(str(d))
            self._timer.start(poll_ms)
            self.poll()

    @property
    def pending(self) -> bool:
        return bool(self.fields.get("update_pending"))

    def poll(self) -> None:
        """Look at the disk (on a worker) and write the heartbeat."""
        if self.installation is None:
            return
        if self._polling:
            self._settle.start(SETTLE_MS)  # once this one is back
            return
        self._polling = True
        inst, state, now, ok = self.installation, self.session.state.value, self.clock.wall(), self._heartbeat_ok

        def work() -> dict[str, Any]:
            beat(inst, state, now, ok)
            return health_fields(__version__, inst, read_disk(inst))

        self.tasks.run(work, self._on_disk, self._on_error)

    def fresh_start(self) -> bool:
        """The daily fresh start is due: restart into an installed update (True), or leave it to the page (False)."""
        if not self.pending:
            return False
        self._restart_into("the daily fresh start")
        return True

    def stop(self) -> None:
        """At exit: tell the updater at once that this kiosk is gone (it may be restarting into a new version)."""
        self._timer.stop()
        self._settle.stop()
        if self.installation is not None:
            beat(self.installation, "restarting" if self._restarting else "stopped", self.clock.wall(),
                 self._heartbeat_ok)

    # ---- results -----------------------------------------------------------------------------------
    def _on_disk(self, fields: dict[str, Any]) -> None:
        self._polling = False
        if not self._heartbeat_ok[0] and self.installation is not None:
            log.warning("cannot write %s: the updater cannot see this kiosk, so it never rolls back an update "
                        "(check the folder's owner; the installer makes it)", self.installation.heartbeat_file)
            self._heartbeat_ok[0] = True  # said once per failure streak
        self.fields = fields
        self._publish()
        installed = fields.get("installed_version")
        if self.pending and installed != self._told:
            self._told = installed
            when = f"at its daily fresh start ({self._daily_restart})" if self._daily_restart else "when it next restarts"
            log.info("version %s is installed; this kiosk (%s) keeps running and restarts into it %s, or at once "
                     "while it shows the offline or error screen", installed, __version__, when)
        self._restart_if_idle()

    def _on_error(self, error: BaseException) -> None:
        self._polling = False
        log.error("reading the installed version failed unexpectedly: %s", error.__class__.__name__)

    def _on_session(self, session: Session) -> None:
        if session.state is not self._state:
            self._state = session.state
            if self.installation is not None:
                inst, state, now, ok = self.installation, session.state.value, self.clock.wall(), self._heartbeat_ok
                self.tasks.run(lambda: beat(inst, state, now, ok), lambda _r: None)
            self._restart_if_idle()

    def _restart_if_idle(self) -> None:
        if self.pending and self.session.state in NOT_SERVING:
            self._restart_into(f"the {self.session.state.value} screen is showing (no player is served)")

    def _restart_into(self, why: str) -> None:
        if self._restarting:
            return
        self._restarting = True
        self._timer.stop()
        self._settle.stop()
        log.info("restarting into the installed version %s: %s", self.fields.get("installed_version"), why)
        self._restart(f"restarting into the installed version {self.fields.get('installed_version')}: {why}")

    def _publish(self) -> None:
        if self._health is not None:
            for name, value in self.fields.items():
                self._health.publish_section(name, value)
