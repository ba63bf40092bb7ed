"""The Windows spooler path (QtPdf → a paged paint device) against a fake printer: a QPdfWriter.

Runs on every platform; the Windows CI workflow runs it on Windows too. The slip PDF is made by the
kiosk's own renderer (real QtWebEngine), the output is read with poppler.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPdfWriter
from PySide6.QtPdf import QPdfDocument

from kiosk.printing.paper import Paper
from kiosk.printing.spooler import PrinterState, SpoolerError
from kiosk.printing.windows import WindowsSpooler, print_pdf

MM_PER_PT = 25.4 / 72


def pdf_pages(path) -> list[tuple[float, float]]:
    """(width, height) in mm of every page, read with QtPdf (no poppler on the Windows runner)."""
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    pages = [(doc.pagePointSize(i).width() * MM_PER_PT, doc.pagePointSize(i).height() * MM_PER_PT)
             for i in range(doc.pageCount())]
    doc.close()
    return pages


def chromium_slip(qtbot, tmp_path, paper: Paper):
    """A two-line slip rendered by the kiosk's SlipRenderer (the PDF the spooler gets)."""
    from PySide6.QtCore import QObject
    from PySide6.QtWebEngineCore import QWebEngineProfile

    from kiosk.printing.capture import Capture, SlipRenderer

    profile = QWebEngineProfile()
    holder = QObject()
    renderer = SlipRenderer(profile, paper, holder)
    done = []
    renderer.rendered.connect(done.append)
    renderer.render(Capture("test", 0.0, html="<h1>WIN SLIP</h1><p>Stake 5.00</p>", base="about:blank"))
    qtbot.waitUntil(lambda: bool(done), timeout=15000)
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(done[0].pdf.read_bytes())
    renderer.close()
    holder.deleteLater()
    qtbot.wait(50)
    del profile
    return pdf, done[0].length_mm


def ink(path) -> float:
    """Share of dark pixels on the first page (raster: the Windows path draws images)."""
    doc = QPdfDocument()
    doc.load(str(path))
    size = doc.pagePointSize(0)
    image = doc.render(0, QSize(round(size.width()), round(size.height())))
    doc.close()
    dark = sum(1 for y in range(image.height()) for x in range(image.width())
               if (c := image.pixelColor(x, y)).alpha() > 128 and c.lightness() < 128)  # not drawn = transparent
    return dark / (image.width() * image.height())


def test_the_slip_is_drawn_on_the_named_printer_at_the_paper_size(qtbot, tmp_path):
    paper = Paper(80)
    pdf, length = chromium_slip(qtbot, tmp_path, paper)
    out = tmp_path / "printer-output.pdf"
    opened = []

    def open_device(name):
        opened.append(name)
        if name != "EPSON TM-T20III Receipt":
            return None
        writer = QPdfWriter(str(out))
        writer.setResolution(203)  # a thermal printer's 8 dots per mm
        return writer

    spooler = WindowsSpooler(open_device=open_device, default_name=lambda: "EPSON TM-T20III Receipt",
                             printer_state=lambda name: "idle")
    job = spooler.submit("", pdf, title="slip 1", paper=paper, length_mm=length)
    assert opened == ["EPSON TM-T20III Receipt"] and job.startswith("EPSON TM-T20III Receipt-")
    pages = pdf_pages(out)
    assert len(pages) == 1
    assert pages[0][0] == pytest.approx(80, abs=1) and pages[0][1] == pytest.approx(length, abs=1)
    assert 0.001 < ink(out) < 0.5  # the slip's text on white paper: neither a blank nor a black sheet
    assert spooler.status("").state is PrinterState.READY


def test_an_unknown_printer_or_a_device_that_will_not_open_is_a_sentence(qtbot, tmp_path):
    paper = Paper(58)
    pdf, length = chromium_slip(qtbot, tmp_path, paper)
    spooler = WindowsSpooler(open_device=lambda name: None, default_name=lambda: "", printer_state=lambda n: None)
    with pytest.raises(SpoolerError, match="There is no printer named 'Nope'"):
        spooler.submit("Nope", pdf, title="t", paper=paper, length_mm=length)
    with pytest.raises(SpoolerError, match="No printer is set"):
        spooler.status("")
    assert WindowsSpooler(printer_state=lambda n: "error").status("X").state is PrinterState.ERROR

    class Closed(QPdfWriter):  # a printer whose driver refuses to start a document
        def __init__(self):
            super().__init__(str(tmp_path / "never.pdf"))

        def paintEngine(self):
            return None

    with pytest.raises(SpoolerError) as e:
        print_pdf(pdf, Closed(), title="t", paper=paper, length_mm=length)
    assert e.value.state is PrinterState.OFFLINE
