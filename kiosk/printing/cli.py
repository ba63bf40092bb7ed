"""``kiosk print-test [--printer NAME] [--config FILE]``: the technician's test page from a shell.

Lays the page out with the kiosk's own path (QtWebEngine, offscreen when there is no display),
hands it to the spooler and waits until it leaves the queue. Exit codes: kiosk.exitcodes.PrintTestExit.
"""

from __future__ import annotations

import os
import sys

from kiosk.exitcodes import PrintTestExit

WAIT_SECONDS = 30.0


def main(args) -> int:
    from kiosk.settings import ConfigError, load_settings

    if args.printer is not None:
        os.environ["KIOSK_PRINTER"] = args.printer  # --printer wins, checked like the setting
    try:
        settings = load_settings(args.config)
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
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from kiosk.app import make_application
    from kiosk.clock import SystemClock
    from kiosk.printing.desk import PrinterState
    from kiosk.printing.service import PrintService, print_test_page
    from kiosk.worker import TaskManager

    app = make_application()
    clock = SystemClock()
    holder = QWebEngineProfile()  # off the record; a parent for the hidden page, deleted before the profile
    pages = QObject()
    tasks = TaskManager()
    service = PrintService(settings, holder, tasks, clock, render_parent=pages)
    result = {"code": PrintTestExit.NOT_PRINTED, "job": None}
    started = clock.monotonic()

    def check() -> None:
        desk = service.desk
        if desk.counts["failed"]:
            print(f"kiosk print-test: the test page was not printed: {desk.last_error}", file=sys.stderr)
            app.quit()
        elif result["job"] and not desk.outstanding and desk.state is not PrinterState.UNKNOWN:
            print(f"The test page was printed on {desk.name} (job {result['job']}).")
            result["code"] = PrintTestExit.PRINTED
            app.quit()
        elif clock.monotonic() - started > WAIT_SECONDS:
            where = f" It waits in the queue as job {result['job']}; cancel it with: cancel {result['job']}." \
                if result["job"] else ""
            print(f"kiosk print-test: the test page did not reach the printer within {WAIT_SECONDS:.0f} s: "
                  f"{desk.problem or 'no answer from the print system'}.{where}", file=sys.stderr)
            app.quit()
        elif result["job"] and desk.problem and clock.monotonic() - started > 5:
            print(f"kiosk print-test: {desk.problem}; the test page waits in the queue as job {result['job']} "
                  f"and prints when the printer is ready (cancel it with: cancel {result['job']}).", file=sys.stderr)
            app.quit()

    def spooled(job: str) -> None:
        result["job"] = job
        print(f"Test page handed to {service.desk.name} as job {job}; waiting for the printer…")

    service.spooled.connect(spooled)
    service.changed.connect(check)
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    print_test_page(service)
    try:
        app.exec()
    finally:
        timer.stop()
        service.stop()
        tasks.shutdown()
        pages.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del holder
    return result["code"]
