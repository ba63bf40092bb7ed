"""``kiosk print-test [--printer NAME] [--config FILE]``: the technician's test page from a shell.

Lays the page out with the kiosk's own path (QtWebEngine, offscreen when there is no display),
hands it to the spooler and waits until it leaves the queue. Exit codes: kiosk.exitcodes.PrintTestExit.
"""

from __future__ import annotations

import os
import sys

from kiosk.exitcodes import PrintTestExit
from kiosk.settings import ConfigSource

WAIT_SECONDS = 30.0


def main(args, config: ConfigSource) -> int:
    from kiosk.settings import ConfigError

    if args.printer is not None:
        config = config.overriding(printer=args.printer)  # --printer wins, checked like the setting
    try:
        settings = config.load()
    except ConfigError as e:
        print(e, file=sys.stderr)
        return PrintTestExit.CONFIG
    if settings.printer == "off":
        print("kiosk print-test: printing is off (KIOSK_PRINTER=off); give --printer NAME to test a printer.",
              file=sys.stderr)
        return PrintTestExit.PRINTING_OFF
    if sys.platform.startswith("linux") and not any(
            os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a technician's ssh shell: no window is needed
    return _print(settings)


def _print(settings) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from kiosk.clock import SystemClock
    from kiosk.printing.service import PrintService, print_test_page
    from kiosk.ui.app import EventLoop, make_application
    from kiosk.worker import TaskManager

    make_application()
    clock = SystemClock()
    holder = QWebEngineProfile()  # off the record; a parent for the hidden page, deleted before the profile
    pages = QObject()
    tasks = TaskManager()
    service = PrintService(settings, holder, tasks, clock, render_parent=pages)
    loop: EventLoop[int] = EventLoop(PrintTestExit.NOT_PRINTED, on_signal=PrintTestExit.NOT_PRINTED)
    watch = _Watch(service, clock, loop)
    service.spooled.connect(watch.spooled)
    service.changed.connect(watch.check)
    loop.every(500, watch.check)
    from kiosk.ui.language import english

    print_test_page(service, english())  # the command line is English; the technician menu prints in its language
    try:
        return loop.run()
    finally:
        service.stop()
        tasks.shutdown()
        pages.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del holder


class _Watch:
    """Follows the test page from the spooler to the printer, and ends the loop with the outcome in words."""

    def __init__(self, service, clock, loop):
        self.service, self.clock, self.loop = service, clock, loop
        self.started = clock.monotonic()
        self.job: str | None = None

    def spooled(self, job: str) -> None:
        self.job = job
        print(f"Test page handed to {self.service.desk.name} as job {job}; waiting for the printer…")

    def check(self) -> None:
        from kiosk.printing.spooler import PrinterState

        desk, job, waited = self.service.desk, self.job, self.clock.monotonic() - self.started
        if desk.counts["failed"]:
            self._fail(f"the test page was not printed: {desk.last_error}")
        elif job and not desk.outstanding and desk.state is not PrinterState.UNKNOWN:
            print(f"The test page was printed on {desk.name} (job {job}).")
            self.loop.finish(PrintTestExit.PRINTED)
        elif waited > WAIT_SECONDS:
            where = f" It waits in the queue as job {job}; cancel it with: cancel {job}." if job else ""
            self._fail(f"the test page did not reach the printer within {WAIT_SECONDS:.0f} s: "
                       f"{desk.problem or 'no answer from the print system'}.{where}")
        elif job and desk.problem and waited > 5:
            self._fail(f"{desk.problem}; the test page waits in the queue as job {job} "
                       f"and prints when the printer is ready (cancel it with: cancel {job}).")

    def _fail(self, sentence: str) -> None:
        print(f"kiosk print-test: {sentence}", file=sys.stderr)
        self.loop.finish(PrintTestExit.NOT_PRINTED)
