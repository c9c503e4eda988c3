"""QR codes with segno, rendered crisp at the size they are shown."""

from __future__ import annotations

import io
from typing import Any

import segno
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap


def qr_code(data: str) -> Any:
    """The segno code of `data`: UTF-8 with an ECI header when it is not plain ASCII."""
    utf8 = not data.isascii()
    return segno.make(data, error="m", micro=False, encoding="utf-8" if utf8 else None, eci=utf8)


def qr_pixmap(data: str, size: int = 220, dark: str = "#000000", light: str = "#FFFFFF") -> QPixmap:
    """A QR code of `data` on a light square of exactly `size` pixels, with a quiet zone.

    Modules keep whole pixels; what is left over widens the quiet zone, so that codes of
    different lengths side by side are squares of one size (issue 23). Text beyond ASCII is
    UTF-8 with an ECI header: without it a common scanner read Latin-1 'Björna' as 'Bj顤na'.
    """
    code = qr_code(data)
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size // modules), border=4, dark=dark, light=light)
    drawn = QPixmap()
    drawn.loadFromData(buffer.getvalue(), "PNG")
    side = max(size, drawn.width())
    square = QPixmap(side, side)
    square.fill(QColor(light))
    painter = QPainter(square)
    painter.drawPixmap(QPoint((side - drawn.width()) // 2, (side - drawn.height()) // 2), drawn)
    painter.end()
    return square
