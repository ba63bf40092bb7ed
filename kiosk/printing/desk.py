"""The printing brain (Qt-free): slips in order, the printer's state, and what the cashier is told.

Driven by events (a print call, a job handed to the spooler, a status read from it) and a clock.
It never reprints by itself: a bet slip is money. A job the spooler holds stays there and prints
when the printer is back; the desk only watches it leave the queue.
"""

from __future__ import annotations

import logging

from kiosk.clock import Clock, say_duration
from kiosk.printing.spooler import PROBLEM_STATES, PrinterState, PrinterStatus, PrinterWords, Spooler, SpoolerError
from kiosk.words import Text

log = logging.getLogger(__name__)

OFF = "off"
STUCK_AFTER = 120.0  # a job still queued this long while the printer says it is fine is stuck
POLL_BUSY = 1.0  # seconds between status reads while a slip is out or the printer has a problem
POLL_IDLE = 30.0  # otherwise: notice "out of paper" before the next bet is sold


class PrintDesk:
    def __init__(self, printer: str, clock: Clock):
        self.printer = printer.strip()
        self.enabled = self.printer.lower() != OFF
        self.clock = clock
        self.name = self.printer if self.enabled else OFF
        self.state = PrinterState.UNKNOWN if self.enabled else PrinterState.DISABLED
        self.problem: str | None = None  # the printer's current trouble
        self.last_error: str | None = None
        self.unprinted: str | None = None  # a slip that never reached the spooler; shown until dismissed
        self.counts = {"spooled": 0, "printed": 0, "failed": 0, "ignored": 0}
        self.outstanding: dict[str, float] = {}  # job id → when it was spooled
        self.last_spool_latency: float | None = None
        # Until the webshop first prints, trouble is reported in /health only: a shop that never prints
        # (no printer, KIOSK_PRINTER left empty) gets no banner. After that, trouble shows at once.
        self.attempted = False

    # ---- events --------------------------------------------------------------------------
    def requested(self, source: str) -> bool:
        """A page called print(); False when printing is off (the call is logged and ignored)."""
        if not self.enabled:
            self.counts["ignored"] += 1
            log.info("print call from the %s ignored: KIOSK_PRINTER is off", source)
            return False
        self.attempted = True
        return True

    def spooled(self, job_id: str, requested_at: float | None = None) -> None:
        now = self.clock.monotonic()
        self.counts["spooled"] += 1
        self.outstanding[job_id] = now
        self.unprinted = None
        if requested_at is not None:
            self.last_spool_latency = now - requested_at
        if self.state not in PROBLEM_STATES:
            self.state = PrinterState.PRINTING
        log.info("slip handed to the spooler as job %s", job_id)

    def failed(self, reason: str, state: PrinterState | None = None) -> None:
        """A slip that could not be made or handed to the spooler: it is lost to the kiosk, so say so."""
        self.counts["failed"] += 1
        self.last_error = reason
        self.unprinted = reason
        if state is not None:
            self.state = state
        log.error("a slip was not printed: %s", reason)

    def status_seen(self, status: PrinterStatus) -> None:
        now = self.clock.monotonic()
        self.name = status.name
        for job_id in [j for j in self.outstanding if j not in status.pending]:
            del self.outstanding[job_id]
            self.counts["printed"] += 1
            log.info("job %s left the spooler (printed)", job_id)
        state, problem = status.state, status.problem
        if state not in PROBLEM_STATES and self.outstanding:
            oldest = now - min(self.outstanding.values())
            if oldest >= STUCK_AFTER:
                state = PrinterState.ERROR
                problem = PrinterWords.tr("A slip has waited %1 in the printer queue").arg(say_duration(oldest))
        if problem and problem != self.problem:
            self.last_error = problem
            log.warning("printer %s: %s", status.name, problem)
        elif self.problem and not problem:
            log.info("printer %s: the problem cleared (%s)", status.name, state.value)
        self.state, self.problem = state, problem

    def status_failed(self, error: SpoolerError) -> None:
        message = error.args[0] if error.args and isinstance(error.args[0], Text) else str(error)
        if message != self.problem:
            log.warning("printer status unknown: %s", message)
            self.last_error = message
        self.state, self.problem = error.state, message

    def dismiss(self) -> None:
        """The cashier has read that a slip was not printed."""
        self.unprinted = None

    # ---- reading -------------------------------------------------------------------------
    @property
    def poll_every(self) -> float | None:
        if not self.enabled:
            return None
        # Every second while a slip is out or the cashier sees a problem; a shop that has not printed (or has
        # no printer at all) is read every POLL_IDLE, not polled every second for months.
        busy = self.outstanding or (self.problem and self.attempted)
        return POLL_BUSY if busy else POLL_IDLE

    @property
    def banner(self) -> str | None:
        """One or two plain sentences for the slim banner over the webshop, or None (a Text: the cashier reads it in
        the shop's language)."""
        if not self.enabled or not self.attempted:
            return None
        if self.problem:
            # The kiosk's own problem sentences end without a full stop; a spooler's words may not.
            problem = self.problem if isinstance(self.problem, Text) else self.problem.rstrip(". ")
            n = len(self.outstanding)
            if n == 1:
                return PrinterWords.tr("%1; the last slip was not printed. It waits in the queue and prints when the "
                                       "printer is ready: do not print it again.").arg(problem)
            if n:
                return PrinterWords.tr("%1; %n slip(s) were not printed. They wait in the queue and print when the "
                                       "printer is ready: do not print them again.", "", n).arg(problem)
            if self.unprinted:
                return PrinterWords.tr("%1; the last slip was not printed.").arg(problem)
            return PrinterWords.tr("%1. Check it before the next slip.").arg(problem)
        if self.unprinted:
            return PrinterWords.tr("The last slip was not printed: %1").arg(self.unprinted)
        return None

    @property
    def dismissable(self) -> bool:
        return self.unprinted is not None and not self.problem

    def snapshot(self) -> dict[str, object]:
        """The ``printer`` section of /health."""
        return {"name": self.name or "(system default)", "state": self.state.value,
                "jobs_printed": self.counts["printed"], "jobs_failed": self.counts["failed"],
                "jobs_waiting": len(self.outstanding), "jobs_spooled": self.counts["spooled"],
                "jobs_ignored": self.counts["ignored"], "last_error": self.last_error,
                "last_spool_latency": None if self.last_spool_latency is None else round(self.last_spool_latency, 3)}


def make_spooler() -> Spooler:
    """The platform's spooler: CUPS on Linux, the Windows print system on Windows."""
    import sys

    if sys.platform == "win32":
        from kiosk.printing.windows import WindowsSpooler

        return WindowsSpooler()
    from kiosk.printing.cups import CupsSpooler

    return CupsSpooler()
