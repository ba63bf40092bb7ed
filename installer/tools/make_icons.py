"""Draws the application icon and writes resources/kiosk.png (256 px) and resources/kiosk.ico
(16–256 px, PNG-compressed entries). resources/kiosk.svg is the same drawing by hand.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python installer/tools/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
NAVY, AMBER, WHITE = "#0d1b2a", "#f5b301", "#ffffff"


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # drawn on the SVG's 256-unit square
    bg = QPainterPath()
    bg.addRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    p.fillPath(bg, QColor(NAVY))
    p.setPen(QPen(QColor(AMBER), 16))  # the terminal's screen …
    p.drawRoundedRect(QRectF(52, 56, 152, 108), 14, 14)
    pen = QPen(QColor(AMBER), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)  # … on its stand
    p.drawLine(QPointF(128, 172), QPointF(128, 200))
    p.drawLine(QPointF(92, 204), QPointF(164, 204))
    tick = QPen(QColor(WHITE), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(tick)  # always logged in
    p.drawPolyline([QPointF(96, 112), QPointF(120, 134), QPointF(162, 88)])
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(data)


def ico_bytes(sizes: tuple[int, ...]) -> bytes:
    """An ICO file whose entries are PNGs (understood by Windows Vista and later)."""
    blobs = [png_bytes(draw(s)) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    for s, blob in zip(sizes, blobs, strict=True):
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return header + entries + b"".join(blobs)


def main() -> int:
    QGuiApplication(sys.argv[:1])
    (RESOURCES / "kiosk.png").write_bytes(png_bytes(draw(256)))
    (RESOURCES / "kiosk.ico").write_bytes(ico_bytes((16, 24, 32, 48, 64, 128, 256)))
    print(f"wrote {RESOURCES / 'kiosk.png'} and {RESOURCES / 'kiosk.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
