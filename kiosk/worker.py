"""Runs blocking calls off the UI thread; results come back on the UI thread by a signal.

The only place in the kiosk that starts threads for work (the health server has its own
listener thread). ``run(fn, on_done, on_error)``: ``fn`` runs on a pool thread, then
exactly one of the callbacks runs on the thread that owns the TaskManager (the UI thread).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(int, bool, object)  # task id, ok, result or exception


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._id, self._fn, self._relay = task_id, fn, relay

    def run(self) -> None:
        try:
            result, ok = self._fn(), True
        except BaseException as e:  # handed to the caller's on_error on the UI thread
            result, ok = e, False
        try:
            self._relay.finished.emit(self._id, ok, result)
        except RuntimeError:
            pass  # the manager was deleted during shutdown; nobody is waiting


class TaskManager(QObject):
    def __init__(self, max_threads: int = 4, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable, Callable | None]] = {}

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None) -> int:
        task_id = next(self._ids)
        self._pending[task_id] = (on_done, on_error)
        self._pool.start(_Task(task_id, fn, self._relay))
        return task_id

    def forget(self, task_id: int) -> None:
        """The caller no longer wants this result (e.g. superseded)."""
        self._pending.pop(task_id, None)

    def pending(self) -> int:
        return len(self._pending)

    def shutdown(self, wait_ms: int = 2000) -> None:
        self._pending.clear()
        self._pool.clear()
        self._pool.waitForDone(wait_ms)

    @Slot(int, bool, object)
    def _on_finished(self, task_id: int, ok: bool, result: Any) -> None:
        callbacks = self._pending.pop(task_id, None)
        if callbacks is None:
            return
        on_done, on_error = callbacks
        if ok:
            on_done(result)
        elif on_error is not None:
            on_error(result)
        else:
            log.error("background task failed: %s", result.__class__.__name__)
