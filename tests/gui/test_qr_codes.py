"""QR codes a phone reads right: one size side by side, UTF-8 with ECI for 'Björna'."""

from __future__ import annotations

import segno

from kiosk.ui.qr import qr_code, qr_pixmap


def test_a_short_and_a_long_code_side_by_side_are_squares_of_one_size(qtbot) -> None:
    short = qr_pixmap("https://example.se/a", 220)
    long = qr_pixmap("BEGIN:VCALENDAR " + "x" * 300, 220)
    assert short.size() == long.size()
    assert short.width() == short.height() == 220


def test_text_beyond_ascii_is_utf8_with_an_eci_header() -> None:
    """Without ECI a common scanner read the Latin-1 bytes of 'Björna' as 'Bj顤na'."""
    text = "LOCATION:Björna Lanthandel"
    assert (
        qr_code(text).matrix
        == segno.make(text, error="l", micro=False, encoding="utf-8", eci=True).matrix
    )
    assert qr_code(text).matrix != segno.make(text, error="l", micro=False).matrix
    plain = "https://example.se"  # plain ASCII: no header that some scanners stumble over
    assert qr_code(plain).matrix == segno.make(plain, error="l", micro=False).matrix


def test_the_square_shows_every_module_of_the_code_inside_a_quiet_zone(qtbot) -> None:
    text = "https://www.openstreetmap.org/?mlat=63.50000&mlon=18.60000#map=14/63.50000/18.60000"
    image = qr_pixmap(text, 220).toImage()
    matrix = qr_code(text).matrix
    scale = 220 // (len(matrix) + 8)
    offset = (220 - (len(matrix) + 8) * scale) // 2 + 4 * scale
    for y, row in enumerate(matrix):
        for x, module in enumerate(row):
            centre = image.pixelColor(
                offset + x * scale + scale // 2, offset + y * scale + scale // 2
            )
            assert centre.lightness() < 128 if module else centre.lightness() > 128, (x, y)
    for edge in (offset - 1, offset + len(matrix) * scale):  # light all around the code
        assert all(image.pixelColor(edge, i).lightness() > 128 for i in range(220))
        assert all(image.pixelColor(i, edge).lightness() > 128 for i in range(220))
