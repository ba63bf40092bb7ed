"""The technician's test page (resources/print_test.html), filled in for this kiosk and printer."""

from __future__ import annotations

import time
from html import escape
from string import Template

from kiosk import __version__, assets


def test_page(settings, printer_name: str) -> str:
    paper = f"{settings.paper_width_mm:g} mm wide, margins {settings.print_margins_mm:g} mm"
    return Template(assets.text("print_test.html")).substitute(
        printer=escape(printer_name or "(system default)"), paper=escape(paper),
        shop=escape(settings.shop_name or "-"), pos=escape(settings.pos_name or "-"),
        when=escape(time.strftime("%Y-%m-%d %H:%M:%S")), version=escape(__version__))
