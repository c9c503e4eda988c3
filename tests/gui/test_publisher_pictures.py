"""Pictures imported into the source folder are scaled down with Qt, so kiosks never fetch camera originals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kiosk.errors import FeedError
from kiosk.services.pictures import LONGEST_SIDE, import_picture


def test_a_large_photo_becomes_a_jpeg_at_most_the_longest_side(tmp_path: Path) -> None:
    photo = QImage(4000, 3000, QImage.Format.Format_RGB32)
    photo.fill(Qt.GlobalColor.darkGreen)
    original = tmp_path / "Sommar i Björna.png"
    assert photo.save(str(original))

    ref = import_picture(tmp_path / "source", original)

    assert ref == "images/sommar-i-bjorna.jpg"
    stored = QImage(str(tmp_path / "source" / ref))
    assert (stored.width(), stored.height()) == (LONGEST_SIDE, LONGEST_SIDE * 3 // 4)
    assert (tmp_path / "source" / ref).stat().st_size < original.stat().st_size


def test_a_file_that_is_no_picture_is_refused_in_plain_swedish(tmp_path: Path) -> None:
    text = tmp_path / "inte-en-bild.jpg"
    text.write_text("hej", encoding="utf-8")
    with pytest.raises(FeedError, match="ingen bild"):
        import_picture(tmp_path / "source", text)
