"""Wires printing to the kiosk: pages' print calls → capture → PDF → spooler (worker) → desk → banner, /health.

Qt only carries things out; what to tell the cashier is the desk's. One slip at a time, in order:
the next is laid out only when the previous one is in the spooler (or has failed).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWebEngineCore import QWebEnginePage

from kiosk.clock import Clock
from kiosk.printing.capture import Capture, SlipRenderer, capture_frame
from kiosk.printing.desk import PrintDesk, make_spooler
from kiosk.printing.paper import Paper
from kiosk.printing.spooler import PrinterState, PrinterWords, SpoolerError

if TYPE_CHECKING:
    from kiosk.ui.language import Translation

log = logging.getLogger(__name__)
FIRST_POLL_MS = 3000  # the printer's first status read, after the first page has had its start

MAX_QUEUED = 20  # slips waiting to be laid out; more is a page printing in a loop, not a cashier



class PrintService(QObject):
    changed = Signal()  # the desk changed: banner, health, technician information
    spooled = Signal(str)  # job id (tests, bench)

    def __init__(self, settings, profile, tasks, clock: Clock, *, render_parent: QObject, spooler=None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.clock = clock
        self.tasks = tasks
        self.desk = PrintDesk(settings.printer, clock)
        self.paper = Paper(settings.paper_width_mm, settings.print_margins_mm)
        self.spooler = spooler or make_spooler()
        self.renderer = SlipRenderer(profile, self.paper, render_parent)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.failed.connect(self._render_failed)
        self._queue: deque[Capture] = deque()
        self._submitting = False
        self._polling = False
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.timeout.connect(self.poll_now)
        self._listeners: list[Callable[[dict], None]] = []
        self.banner: QObject | None = None  # kiosk.ui.printing.PrintBanner, set by the controller (the window owns it)
        if self.desk.enabled:  # first look once the first page has had its start (not during its load)
            QTimer.singleShot(FIRST_POLL_MS, self.poll_now)

    # ---- pages ----------------------------------------------------------------------------
    def watch(self, page: QWebEnginePage) -> None:
        """Print calls of this page (main frame and every frame) go to the receipt printer, no dialog."""
        page.printRequested.connect(lambda: self._print_requested(page, page.mainFrame(), "main frame"))
        page.printRequestedByFrame.connect(lambda frame: self._print_requested(page, frame, "frame"))

    def _print_requested(self, page: QWebEnginePage, frame, source: str) -> None:
        now = self.clock.monotonic()
        if not self.desk.requested(source):
            self._changed()
            return
        capture = Capture(source, now)
        if len(self._queue) >= MAX_QUEUED:
            self._fail(capture, PrinterWords.tr("The page asked to print more than %1 slips at once; the rest were not "
                                                "printed.").arg(MAX_QUEUED))
            return
        log.info("print call from the %s: slip %d", source, capture.number)

        def copied(data: dict | None) -> None:
            if data is None:
                self._fail(capture, PrinterWords.tr("The page that asked to print was gone before it could be copied."))
                return
            capture.html, capture.base, capture.title = data["html"], data["base"], data.get("title") or ""
            self._queue.append(capture)
            self._next()

        capture_frame(frame, page.url().toString(), copied)

    def print_html(self, html: str, base: str, source: str = "test page") -> None:
        """Print a document the kiosk made itself (the technician's test page)."""
        if not self.desk.requested(source):
            self._changed()
            return
        self._queue.append(Capture(source, self.clock.monotonic(), html=html, base=base, title="Test page"))
        self._next()

    # ---- one slip at a time ----------------------------------------------------------------
    def _next(self) -> None:
        if self._submitting or self.renderer.busy or not self._queue:
            return
        self.renderer.render(self._queue.popleft())

    def _rendered(self, capture: Capture) -> None:
        self._submitting = True
        title = f"betshop-kiosk slip {capture.number}"
        printer, paper, length, pdf = self.desk.printer, self.paper, capture.length_mm, capture.pdf
        assert pdf is not None  # SlipRenderer emits rendered only once the PDF is written (capture.py)
        self.tasks.run(lambda: self.spooler.submit(printer, pdf, title=title, paper=paper, length_mm=length),
                       lambda job_id: self._submitted(capture, job_id),
                       lambda error: self._submit_failed(capture, error))

    def _submitted(self, capture: Capture, job_id: str) -> None:
        self._submitting = False
        self.renderer.discard(capture)
        self.desk.spooled(job_id, capture.requested_at)
        self.spooled.emit(job_id)
        self._changed()
        self.poll_now()
        self._next()

    def _submit_failed(self, capture: Capture, error: BaseException) -> None:
        self._submitting = False
        self.renderer.discard(capture)
        if isinstance(error, SpoolerError):
            self.desk.failed(error.args[0] if error.args else str(error), error.state)
        else:
            log.error("handing a slip to the spooler failed unexpectedly: %s", error.__class__.__name__)
            self.desk.failed(PrinterWords.tr("The print system failed unexpectedly; see the kiosk log."),
                             PrinterState.ERROR)
        self._changed()
        self._schedule_poll()
        self._next()

    def _render_failed(self, capture: Capture, reason: str) -> None:
        self._fail(capture, reason)
        self._next()

    def _fail(self, capture: Capture, reason: str) -> None:
        self.renderer.discard(capture)
        self.desk.failed(reason)
        self._changed()

    # ---- printer state ------------------------------------------------------------------------
    def poll_now(self) -> None:
        if self._polling or not self.desk.enabled:
            return
        self._polling = True
        printer = self.desk.printer
        self.tasks.run(lambda: self.spooler.status(printer), self._status, self._status_failed)

    def _status(self, status) -> None:
        self._polling = False
        self.desk.status_seen(status)
        self._changed()
        self._schedule_poll()

    def _status_failed(self, error: BaseException) -> None:
        self._polling = False
        if not isinstance(error, SpoolerError):
            log.error("reading the printer's state failed unexpectedly: %s", error.__class__.__name__)
            error = SpoolerError(PrinterWords.tr("The printer's state could not be read; see the kiosk log"),
                                 PrinterState.UNKNOWN)
        self.desk.status_failed(error)
        self._changed()
        self._schedule_poll()

    def _schedule_poll(self) -> None:
        every = self.desk.poll_every
        if every is not None:
            self._poll.start(int(every * 1000))

    def dismiss(self) -> None:
        self.desk.dismiss()
        self._changed()

    # ---- publishing ------------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[dict], None]) -> None:
        self._listeners.append(listener)
        listener(self.desk.snapshot())

    def _changed(self) -> None:
        snap = self.desk.snapshot()
        for listener in self._listeners:
            listener(snap)
        self.changed.emit()

    def stop(self) -> None:
        self._poll.stop()
        self._queue.clear()
        self.renderer.close()



def print_test_page(service: PrintService, lang: Translation | None = None) -> None:
    """What the technician menu's "Print a test page" (in the menu's language) and ``kiosk print-test`` (English,
    as the command line) send."""
    from kiosk.printing.testpage import test_page
    from kiosk.ui.language import shop

    lang = lang or shop()
    html = test_page(service.settings, service.desk.name, lang.text, lang=lang.info.accept.split(",")[0],
                     when=lang.date_time())
    service.print_html(html, "about:blank", "test page")
