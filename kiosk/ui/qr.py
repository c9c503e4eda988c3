"""QR codes with segno, rendered crisp at the size they are shown."""

from __future__ import annotations

import io

from PySide6.QtGui import QPixmap


def qr_pixmap(data: str, size: int = 220, dark: str = "#000000", light: str = "#FFFFFF") -> QPixmap:
    """A square QR code of `data`, about `size` pixels, with a quiet zone."""
    import segno  # on first use: it is not needed to paint the home screen

    code = segno.make(data, error="m", micro=False)
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size // modules), border=4, dark=dark, light=light)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
