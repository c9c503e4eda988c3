"""Feed text and pictures are bounded: Markdown loads no local file, pictures decode at display size."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QTextDocument, QTextImageFormat

from kiosk.ui.imageloader import read_bounded
from kiosk.ui.inert import inert_markdown

HOSTILE = (
    'Välkommen! ![en bild](/dev/zero) och ![pipa][p] och <img src="/etc/passwd">\n\n'
    "[p]: /tmp/a-named-pipe\n\n**Fet** text och [en länk](https://example.se)."
)


def images_in(markdown: str) -> list[str]:
    """The image sources Qt would load while laying out `markdown`."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    return found


def test_feed_markdown_names_no_file_for_qt_to_load(qapp) -> None:  # type: ignore[no-untyped-def]
    assert images_in(HOSTILE)  # what Qt would read as it is
    text = inert_markdown(HOSTILE)
    assert images_in(text) == []
    assert "en bild" in text and "**Fet**" in text and "(https://example.se)" in text


def test_an_8000_pixel_jpeg_is_decoded_at_display_size(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = QImage(8000, 8000, QImage.Format.Format_Grayscale8)
    big.fill(128)
    path = tmp_path / "huge.jpg"
    assert big.save(str(path), "JPEG", 50)
    del big
    image = read_bounded(str(path), QSize(1920, 1080))
    assert 1920 <= image.width() < 2100 and image.height() == image.width()


def test_a_named_pipe_in_place_of_a_picture_is_no_picture(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pipe = tmp_path / "pipe.jpg"
    os.mkfifo(pipe)
    assert read_bounded(str(pipe)).isNull()  # and returned: nobody writes to the pipe
