"""Both themes meet WCAG 2.1 AA contrast (4.5:1) for every text/background pair they use."""

from __future__ import annotations

import pytest

from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, Palette


def luminance(hex_color: str) -> float:
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def pairs(p: Palette) -> list[tuple[str, str, str]]:
    result = [
        ("text on window", p.text, p.window),
        ("text on surface", p.text, p.surface),
        ("muted on window", p.muted, p.window),
        ("muted on surface", p.muted, p.surface),
        ("header text", p.header_text, p.header),
        ("accent buttons", p.accent_text, p.accent),
        ("important notice", p.important_text, p.important),
        ("info notice", p.info_text, p.info),
        ("positive on window", p.positive, p.window),
        ("positive on surface", p.positive, p.surface),
    ]
    if p is NORMAL:
        result += [(f"tile badge {i}", "#FFFFFF", colour) for i, colour in enumerate(p.tiles)]
    return result


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
def test_every_text_pair_meets_wcag_aa(palette: Palette) -> None:
    failing = {
        name: round(contrast(fg, bg), 2)
        for name, fg, bg in pairs(palette)
        if contrast(fg, bg) < 4.5
    }
    assert not failing


def test_high_contrast_is_really_higher() -> None:
    assert contrast(HIGH_CONTRAST.text, HIGH_CONTRAST.window) >= 15
