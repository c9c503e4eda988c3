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
