"""A frame's document → a vector PDF at the receipt width, as long as its content (Qt, UI thread, async).

The frame is copied the moment it calls print() (webshops print from an iframe they remove at
once): its DOM without scripts, canvases as images. The copy is laid out again on a hidden page of
the same profile, JavaScript off (so a slip that prints itself on load cannot loop), at the paper's
width; its height gives the page length, and Chromium prints it as vectors.
"""

from __future__ import annotations

import itertools
import json
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QSizeF, QTimer, QUrl, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import QWebEngineFrame, QWebEnginePage, QWebEngineProfile, QWebEngineSettings

from kiosk.printing.paper import Paper
from kiosk.printing.spooler import PrinterWords

log = logging.getLogger(__name__)

APPLICATION_WORLD = 1  # QWebEngineScript.ApplicationWorld: the page's own scripts cannot see or change ours
RENDER_TIMEOUT_MS = 15_000
MAX_HTML = 2_000_000  # setHtml's limit (a data: URL)

# Runs in the printing frame. The DOM as it is now; scripts, frames and plug-ins dropped; canvases
# (barcodes, QR codes) become images; form fields keep what was typed.
SERIALIZE = r"""(() => {
  const doc = document.documentElement.cloneNode(true);
  const live = document.querySelectorAll('canvas'), copies = doc.querySelectorAll('canvas');
  copies.forEach((c, i) => {
    const img = document.createElement('img');
    try { img.src = live[i].toDataURL(); } catch (e) {}
    img.width = live[i].width; img.height = live[i].height;
    img.setAttribute('style', c.getAttribute('style') || '');
    c.replaceWith(img);
  });
  const inputs = document.querySelectorAll('input, textarea'), inputCopies = doc.querySelectorAll('input, textarea');
  inputCopies.forEach((el, i) => { if (el.tagName === 'TEXTAREA') el.textContent = inputs[i].value;
                                   else el.setAttribute('value', inputs[i].value); });
  doc.querySelectorAll('script, noscript, iframe, frame, object, embed, base').forEach(e => e.remove());
  doc.querySelectorAll('*').forEach(e => { for (const a of [...e.attributes])
    if (a.name.startsWith('on')) e.removeAttribute(a.name); });
  return JSON.stringify({html: '<!DOCTYPE html>' + doc.outerHTML, base: document.baseURI, title: document.title});
})()"""

# Runs in the hidden copy. Print rules become the only rules (@media print → all, screen → none), so the
# layout measured is the one Chromium prints; then the document is laid out at the paper's width.
MEASURE = """(() => {
  const flip = (media) => { const t = media.mediaText;
    if (/\\bprint\\b/.test(t) && !/\\bscreen\\b/.test(t)) media.mediaText = 'all';
    else if (/\\bscreen\\b/.test(t) && !/\\bprint\\b/.test(t)) media.mediaText = 'not all'; };
  const walk = (rules) => { for (const r of rules) { if (r.media) flip(r.media); if (r.cssRules) walk(r.cssRules); } };
  for (const sheet of document.styleSheets) { try { if (sheet.media.length) flip(sheet.media); walk(sheet.cssRules); }
    catch (e) {} }  // another origin's stylesheet cannot be read; it prints as it is
  const h = document.documentElement; h.style.width = '%dpx'; h.style.overflow = 'visible';
  return Math.ceil(Math.max(h.getBoundingClientRect().height, document.body ? document.body.scrollHeight : 0));
})()"""

_ids = itertools.count(1)


@dataclass
class Capture:
    source: str  # "main frame" or "frame"
    requested_at: float
    html: str = ""
    base: str = ""
    title: str = ""
    number: int = field(default_factory=lambda: next(_ids))
    pdf: Path | None = None
    length_mm: float = 0.0


def capture_frame(frame: QWebEngineFrame, fallback_base: str, on_done: Callable[[dict | None], None]) -> None:
    """Copy the frame's document now; ``on_done`` gets ``{html, base, title}`` or None (frame gone)."""
    def answered(result) -> None:
        try:
            data = json.loads(result) if isinstance(result, str) else None
        except ValueError:
            data = None
        if data is not None and not data.get("base", "").startswith(("http:", "https:")):
            data["base"] = fallback_base  # about:blank / about:srcdoc frames resolve against their page
        on_done(data)

    frame.runJavaScript(SERIALIZE, APPLICATION_WORLD, answered)


class SlipRenderer(QObject):
    """Renders one capture at a time on a hidden page of the given profile."""

    rendered = Signal(object)  # Capture with .pdf and .length_mm
    failed = Signal(object, object)  # Capture, reason (a Text, for the cashier's banner)

    def __init__(self, profile: QWebEngineProfile, paper: Paper, parent: QObject):
        super().__init__(parent)
        self.paper = paper
        self._dir = Path(tempfile.mkdtemp(prefix="kiosk-slips-"))
        # Parented to the kiosk's view: deleted with the pages, before the profile.
        self.page = QWebEnginePage(profile, parent)
        s = self.page.settings()
        s.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.PrintElementBackgrounds, False)  # as Chrome: heat and paper
        self.page.loadFinished.connect(self._loaded)
        self.page.pdfPrintingFinished.connect(self._printed)
        self._current: Capture | None = None
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self._fail(PrinterWords.tr(
            "The slip took longer than 15 seconds to lay out.")))

    @property
    def busy(self) -> bool:
        return self._current is not None

    def render(self, capture: Capture) -> None:
        if len(capture.html.encode()) > MAX_HTML:
            self.failed.emit(capture, PrinterWords.tr("The slip's page is larger than 2 MB."))
            return
        self._current = capture
        self._timeout.start(RENDER_TIMEOUT_MS)
        self.page.setHtml(capture.html, QUrl(capture.base))

    def _loaded(self, ok: bool) -> None:
        if self._current is None:
            return
        if not ok:
            self._fail(PrinterWords.tr("The slip's page could not be laid out."))
            return
        self.page.runJavaScript(MEASURE % self.paper.content_width_px, APPLICATION_WORLD, self._measured)

    def _measured(self, height) -> None:
        c = self._current
        if c is None:
            return
        if not isinstance(height, (int, float)):
            self._fail(PrinterWords.tr("The slip's length could not be measured."))
            return
        c.length_mm = self.paper.length_for(height)
        c.pdf = self._dir / f"slip-{c.number}.pdf"
        size = QPageSize(QSizeF(self.paper.width_mm, c.length_mm), QPageSize.Unit.Millimeter, "receipt",
                         QPageSize.SizeMatchPolicy.ExactMatch)
        m = self.paper.margin_mm
        layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(m, m, m, m), QPageLayout.Unit.Millimeter)
        self.page.printToPdf(str(c.pdf), layout)

    def _printed(self, path: str, ok: bool) -> None:
        c = self._current
        if c is None or c.pdf is None or path != str(c.pdf):
            return
        if not ok:
            self._fail(PrinterWords.tr("The slip could not be turned into a PDF."))
            return
        self._timeout.stop()
        self._current = None
        self.rendered.emit(c)

    def _fail(self, reason: str) -> None:
        c, self._current = self._current, None
        self._timeout.stop()
        if c is not None:
            self.failed.emit(c, reason)

    def close(self) -> None:
        """Remove the folder of PDFs waiting to be spooled (each is removed once the spooler has it)."""
        import shutil

        shutil.rmtree(self._dir, ignore_errors=True)

    def discard(self, capture: Capture) -> None:
        if capture.pdf is not None:
            capture.pdf.unlink(missing_ok=True)
