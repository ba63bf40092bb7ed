"""The technician menu's *Diagnostics*: the doctor's checks on screen, each row as it finishes.

The checks run on the worker pool (they wait on DNS, TCP, TLS and a real autologin request);
each finished check comes back to the UI thread and fills its row.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.settings import ConfigSource
from kiosk.technician.doctor import Check, Status, iter_checks
from kiosk.ui.language import Translation, shop
from kiosk.ui.widgets import Mark, Spinner, Symbol, clear_layout, plain_label, styled, touch_button
from kiosk.words import Words
from kiosk.worker import TaskManager


class DiagnosticsWords(Words):
    """The Diagnostics screen's own words (each check's name and finding come from the doctor)."""

_SYMBOL = {Status.OK: Symbol.TICK, Status.WARN: Symbol.CLOCK, Status.FAIL: Symbol.ALERT, Status.SKIP: Symbol.CLOCK}


class _Relay(QObject):
    check = Signal(object)


class DiagnosticsPage(QWidget):
    back = Signal()
    finished = Signal(list)  # every Check, once all are done

    def __init__(self, tasks: TaskManager, config: ConfigSource, parent: QWidget | None = None, *,
                 lang: Translation | None = None):
        super().__init__(parent)
        styled(self, "diagnostics")
        self.tasks, self.config = tasks, config
        self.lang = lang or shop()
        t = self.lang.text
        self.checks: list[Check] = []
        self._relay = _Relay(self)
        self._relay.check.connect(self._add, Qt.ConnectionType.QueuedConnection)
        self._run_id = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(60, 36, 60, 28)
        head = QHBoxLayout()
        title = QLabel(t(DiagnosticsWords.tr("Diagnostics")))
        title.setObjectName("setupTitle")
        self.summary = QLabel("")
        self.summary.setObjectName("setupLead")
        self.spinner = Spinner()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.summary)
        head.addWidget(self.spinner)
        lay.addLayout(head)
        # The checks scroll (a finger drags them): several take more than a line, and a 1024x768 screen is short.
        checks = QWidget()
        checks.setObjectName("diagnosticsChecks")
        self.grid = QGridLayout(checks)
        self.grid.setContentsMargins(0, 0, 6, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(2, 1)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.area = QScrollArea()
        self.area.setObjectName("diagnosticsArea")
        self.area.setWidget(checks)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        lay.addWidget(self.area, 1)
        row = QHBoxLayout()
        row.addWidget(touch_button(t(DiagnosticsWords.tr("Back")), "diag_back", self.back))
        row.addStretch(1)
        self.again = touch_button(t(DiagnosticsWords.tr("Run again")), "diag_again", self.run)
        row.addWidget(self.again)
        lay.addLayout(row)

    def run(self) -> None:
        clear_layout(self.grid)
        self.checks = []
        self._run_id += 1
        run_id, relay, config = self._run_id, self._relay, self.config
        self.summary.setText(self.lang.text(DiagnosticsWords.tr("Checking…")))
        self.spinner.show()
        self.again.setEnabled(False)

        def work() -> int:  # on a worker thread: each check is handed to the UI thread as it finishes
            for c in iter_checks(config, display=False):
                try:
                    relay.check.emit((run_id, c))
                except RuntimeError:
                    break  # the page is gone
            return run_id

        self.tasks.run(work, self._done, lambda _e: self._done(run_id))

    def _add(self, item) -> None:
        run_id, c = item
        if run_id != self._run_id:
            return
        row = len(self.checks)
        self.checks.append(c)
        mark = Mark(_SYMBOL[c.status], 30)
        name, detail = QLabel(self.lang.text(c.name)), plain_label(QLabel(self.lang.text(c.detail)))
        name.setObjectName("checkName")
        detail.setObjectName("checkDetail")
        detail.setWordWrap(True)
        self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(detail, row, 2)

    def _done(self, run_id: int) -> None:
        if run_id != self._run_id:
            return
        self.spinner.hide()
        self.again.setEnabled(True)
        failed = sum(not c.ok for c in self.checks)
        self.summary.setText(self.lang.text(DiagnosticsWords.tr("All checks passed") if not failed else
                                            DiagnosticsWords.tr("%n check(s) failed", "", failed)))
        self.finished.emit(list(self.checks))
