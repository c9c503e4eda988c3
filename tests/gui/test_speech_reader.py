"""A brochure by keypad alone in speech mode: page numbers and the page's own text are heard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_speech_journeys import press, press_until, spoken, wake_with_a_key

from kiosk.app import Kiosk

K = Qt.Key
REPO = Path(__file__).resolve().parents[2]
WORDS = {
    "sv": {
        "brochures": "Broschyrer",
        "page1": "Sida 1 av",
        "page2": "Sida 2 av",
        "next": "Nästa sida",
    },
    "en": {
        "brochures": "Brochures",
        "page1": "Page 1 of",
        "page2": "Page 2 of",
        "next": "Next page",
    },
}


@pytest.fixture
def feed() -> Path:
    """The demo feed: its brochures are real PDFs with text (overrides conftest's feed)."""
    return REPO / "assets" / "demo-feed"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_keypad_turns_a_brochure_to_its_second_page_and_reads_it(
    qtbot, kiosk: Kiosk, lang: str
) -> None:
    words = WORDS[lang]
    wake_with_a_key(qtbot, kiosk, lang)
    press_until(qtbot, kiosk, K.Key_Down, words["brochures"])
    press(qtbot, kiosk, K.Key_Return)
    assert kiosk.window.current == "brochures"
    press(qtbot, kiosk, K.Key_Return)
    assert kiosk.window.current == "reader"
    reader = kiosk.window.page["reader"]
    qtbot.waitUntil(lambda: reader.page_count > 1)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: words["page1"] in spoken(kiosk)[-1])  # read once it has loaded
    press_until(qtbot, kiosk, K.Key_Down, words["next"])
    said = press(qtbot, kiosk, K.Key_Return)
    assert words["page2"] in said
    text = reader.document.getAllText(1).text().split()  # type: ignore[attr-defined]
    assert " ".join(text[:5]) in said
