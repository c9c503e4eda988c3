"""QR codes with segno, rendered crisp at the size they are shown."""

from __future__ import annotations

from typing import Any

import segno
from PySide6.QtGui import QColor, QPainter, QPixmap

QUIET_ZONE = 4
"""Light modules around the code, as the QR standard asks."""


def qr_code(data: str) -> Any:
    """The segno code of `data`: UTF-8 with an ECI header when it is not plain ASCII.

    The fewest modules that hold it (error correction L, raised where the same size has room
    for more): a code on a screen is never soiled or torn, and a phone held at arm's length
    reads large modules best; at level M a calendar entry took version 14 (issue 23).
    """
    utf8 = not data.isascii()
    return segno.make(
        data, error="l", boost_error=True, micro=False, encoding="utf-8" if utf8 else None, eci=utf8
    )


def qr_pixmap(data: str, size: int = 220, dark: str = "#000000", light: str = "#FFFFFF") -> QPixmap:
    """A QR code of `data` on a light square of exactly `size` pixels, with a quiet zone.

    Modules keep whole pixels; what is left over widens the quiet zone, so that codes of
    different lengths side by side are squares of one size (issue 23). Text beyond ASCII is
    UTF-8 with an ECI header: without it a common scanner read Latin-1 'Björna' as 'Bj顤na'.
    """
    code = qr_code(data)
    modules = code.symbol_size(scale=1, border=QUIET_ZONE)[0]
    scale = max(1, size // modules)
    side = max(size, modules * scale)
    # Module by module onto the square: no PNG written and read back for each code on a page.
    offset = (side - modules * scale) // 2 + QUIET_ZONE * scale
    square = QPixmap(side, side)
    square.fill(QColor(light))
    painter = QPainter(square)
    ink = QColor(dark)
    for y, row in enumerate(code.matrix):
        for x, module in enumerate(row):
            if module:
                painter.fillRect(offset + x * scale, offset + y * scale, scale, scale, ink)
    painter.end()
    return square
