"""The technician's test page (resources/print_test.html), filled in for this kiosk and printer, in a language."""

from __future__ import annotations

import time
from collections.abc import Callable
from html import escape
from string import Template

from kiosk import __version__, assets
from kiosk.words import Num, Words


class TestPageWords(Words):
    """The printer test page's headings and labels."""


def test_page(settings, printer_name: str, say: Callable[[str], str] = str, *, lang: str = "en",
              when: str | None = None) -> str:
    """The page's HTML; ``say`` translates its words (the English by default), ``when`` the printing time as the
    language writes it, ``lang`` its ``<html lang>``."""
    paper = TestPageWords.tr("%1 mm wide, margins %2 mm").arg(Num(settings.paper_width_mm, _decimals(settings.paper_width_mm)),
                                                             Num(settings.print_margins_mm,
                                                                 _decimals(settings.print_margins_mm)))
    words = {
        "title": TestPageWords.tr("Kiosk printer test page"), "heading": TestPageWords.tr("PRINTER TEST PAGE"),
        "printer_label": TestPageWords.tr("Printer"), "paper_label": TestPageWords.tr("Paper"),
        "shop_label": TestPageWords.tr("Betshop"), "pos_label": TestPageWords.tr("Point of sale"),
        "when_label": TestPageWords.tr("Printed at"), "kiosk_label": TestPageWords.tr("Kiosk"),
        "ruler": TestPageWords.tr("The ruler should span the paper from edge to edge."),
        "printer": printer_name or TestPageWords.tr("(system default)"), "paper": paper,
    }
    return Template(assets.text("print_test.html")).substitute(
        {key: escape(say(text)) for key, text in words.items()}, lang=escape(lang),
        shop=escape(settings.shop_name or "-"), pos=escape(settings.pos_name or "-"),
        when=escape(when or time.strftime("%Y-%m-%d %H:%M:%S")), version=escape(__version__))


def _decimals(mm: float) -> int:
    return 0 if float(mm).is_integer() else 1
