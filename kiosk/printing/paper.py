"""Receipt paper geometry (Qt-free): the page is the paper's width, and as long as the content."""

from __future__ import annotations

import math
from dataclasses import dataclass

CSS_PX_PER_MM = 96 / 25.4  # Chromium lays out and prints at 96 CSS px per inch
MIN_LENGTH_MM = 20.0  # a slip shorter than this still feeds enough to tear off
MAX_LENGTH_MM = 2000.0  # Chromium's and the spoolers' practical limit; longer content flows onto a second page
SLACK_MM = 1.0  # rounding between layout and print: never a second page for the last pixel


@dataclass(frozen=True)
class Paper:
    width_mm: float
    margin_mm: float = 0.0

    @property
    def content_width_px(self) -> int:
        """The CSS width the document is laid out at: what fits between the margins."""
        return max(1, math.floor((self.width_mm - 2 * self.margin_mm) * CSS_PX_PER_MM))

    def length_for(self, content_height_px: float) -> float:
        """Page length in mm for content this tall (CSS px): continuous paper, no blank feed."""
        mm = content_height_px / CSS_PX_PER_MM + 2 * self.margin_mm + SLACK_MM
        return round(min(MAX_LENGTH_MM, max(MIN_LENGTH_MM, mm)), 1)

    def cups_media(self, length_mm: float) -> str:
        """The CUPS ``media`` option for one slip, e.g. ``Custom.80x123.4mm``."""
        return f"Custom.{_num(self.width_mm)}x{_num(length_mm)}mm"


def _num(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")
