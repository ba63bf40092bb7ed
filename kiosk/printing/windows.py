"""The Windows spooler: the PDF rendered page by page at the printer's resolution (QtPdf) onto a QPrinter.

Blocking, for a worker thread (QPainter on a QPrinter is thread-safe). Kept apart from the Linux
path; tests drive it with a QPdfWriter standing in for the printer.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from kiosk.printing.paper import Paper
from kiosk.printing.spooler import PrinterState, PrinterStatus, PrinterWords, SpoolerError

_jobs = itertools.count(1)


def open_printer(name: str):
    """A QPrinter on the named Windows printer, or None if there is no such printer."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return printer if printer.isValid() else None


def default_printer_name() -> str:
    from PySide6.QtPrintSupport import QPrinterInfo

    return QPrinterInfo.defaultPrinterName()


def print_pdf(pdf: Path, device, *, title: str, paper: Paper, length_mm: float) -> int:
    """Draw every page of ``pdf`` onto ``device`` (a QPrinter, or any QPagedPaintDevice); returns the page count."""
    from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    if doc.load(str(pdf)) != QPdfDocument.Error.None_:
        raise SpoolerError(PrinterWords.tr("The slip's PDF could not be read for printing"), PrinterState.ERROR)
    size = QPageSize(QSizeF(paper.width_mm, length_mm), QPageSize.Unit.Millimeter, "receipt",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    if hasattr(device, "setFullPage"):
        device.setFullPage(True)
    if hasattr(device, "setDocName"):
        device.setDocName(title)
    painter = QPainter()
    if not painter.begin(device):
        raise SpoolerError("The printer could not be opened for printing; check that it is switched on and "
                           "its driver is installed.", PrinterState.OFFLINE)
    try:
        dpi = device.resolution()
        for i in range(doc.pageCount()):
            if i:
                device.newPage()
            pt = doc.pagePointSize(i)
            px = QSize(round(pt.width() / 72 * dpi), round(pt.height() / 72 * dpi))
            painter.drawImage(QRect(0, 0, px.width(), px.height()), _on_white(doc.render(i, px)))
        return doc.pageCount()
    finally:
        painter.end()
        doc.close()


def _on_white(image):
    """The page flattened onto white paper: some printer drivers print transparent pixels black."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    p = QPainter(flat)
    p.drawImage(0, 0, image)
    p.end()
    return flat


class WindowsSpooler:
    name = "Windows"

    def __init__(self, open_device: Callable[[str], object] = open_printer,
                 default_name: Callable[[], str] = default_printer_name,
                 printer_state: Callable[[str], object] | None = None):
        self._open = open_device
        self._default = default_name
        self._state = printer_state or _printer_state

    def resolve(self, printer: str) -> str:
        if printer:
            return printer
        name = self._default()
        if not name:
            raise SpoolerError(PrinterWords.tr("No printer is set: set KIOSK_PRINTER to the receipt printer's name, or a "
                                               "Windows default printer"), PrinterState.ERROR)
        return name

    def submit(self, printer: str, pdf: Path, *, title: str, paper: Paper, length_mm: float) -> str:
        name = self.resolve(printer)
        device = self._open(name)
        if device is None:
            raise SpoolerError(_no_such_printer(name), PrinterState.ERROR)
        print_pdf(pdf, device, title=title, paper=paper, length_mm=length_mm)
        return f"{name}-{next(_jobs)}"

    def status(self, printer: str) -> PrinterStatus:
        name = self.resolve(printer)
        state = self._state(name)
        if state is None:
            raise SpoolerError(_no_such_printer(name), PrinterState.ERROR)
        if state == "error":
            return PrinterStatus(name, PrinterState.ERROR, PrinterWords.tr("The receipt printer reports an error (paper, "
                                                                           "cover or connection)"))
        if state == "aborted":
            return PrinterStatus(name, PrinterState.STOPPED, PrinterWords.tr("The receipt printer's queue is paused"))
        # Qt cannot list a Windows printer's queue: a slip counts as printed once the spooler has it.
        return PrinterStatus(name, PrinterState.PRINTING if state == "active" else PrinterState.READY, None)


def _no_such_printer(name: str) -> str:
    return PrinterWords.tr("There is no printer named '%1'; check KIOSK_PRINTER against Settings > Printers").arg(name)


def _printer_state(name: str) -> str | None:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        return None
    return {QPrinter.PrinterState.Idle: "idle", QPrinter.PrinterState.Active: "active",
            QPrinter.PrinterState.Aborted: "aborted"}.get(info.state(), "error")

