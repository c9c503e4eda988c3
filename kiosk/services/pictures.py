"""Pictures imported into a source folder, scaled down with Qt so kiosks download no camera originals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

from kiosk.errors import FeedError
from kiosk.textfold import slug

LONGEST_SIDE = 1600
"""Pixels: sharp on a 1920x1080 kiosk's widest card, a tenth of a phone photo's bytes."""
QUALITY = 85


def import_picture(root: Path, path: Path) -> str:
    """Copy `path` into `root`/images/ as a JPEG at most LONGEST_SIDE wide or high.

    Returns the reference for an item field ("images/name.jpg"); FeedError in plain Swedish
    when the file is not a picture Qt can read or cannot be written.
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone's portrait photo stays upright
    image = reader.read()
    if image.isNull():
        raise FeedError(f"{path.name} är ingen bild som kan läsas (JPEG eller PNG behövs).")
    if max(image.width(), image.height()) > LONGEST_SIDE:
        image = image.scaled(
            LONGEST_SIDE,
            LONGEST_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    if image.hasAlphaChannel():  # JPEG has no transparency: white, as on a kiosk card
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    name = slug(path.stem) or "bild"
    target = root / "images" / f"{name}.jpg"
    target.parent.mkdir(parents=True, exist_ok=True)
    # PySide6 takes the format as str at run time although its stubs say bytes.
    if not image.save(str(target), "JPEG", QUALITY):  # type: ignore[call-overload]
        raise FeedError(f"Bilden kunde inte sparas i {target.parent}.")
    return f"images/{target.name}"
