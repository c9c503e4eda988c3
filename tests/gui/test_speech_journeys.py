"""Keypad-only visits in speech mode, heard through Qt's mock speech engine (captured at our seam)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from screeninput import touch, type_key

from kiosk.app import Kiosk

K = Qt.Key


def spoken(kiosk: Kiosk) -> list[str]:
    assert kiosk.speech is not None
    return kiosk.speech.spoken


def press(qtbot, kiosk: Kiosk, key: Qt.Key) -> str:  # type: ignore[no-untyped-def]
    """A key from the keypad; what the kiosk said in answer."""
    before = len(spoken(kiosk))
    type_key(kiosk.window, key)
    qtbot.waitUntil(lambda: len(spoken(kiosk)) > before)
    return spoken(kiosk)[-1]


def press_until(qtbot, kiosk: Kiosk, key: Qt.Key, wanted: str, most: int = 25) -> str:  # type: ignore[no-untyped-def]
    """Press `key` until the kiosk names `wanted`."""
    for _ in range(most):
        said = press(qtbot, kiosk, key)
        if wanted in said:
            return said
    raise AssertionError(f"never heard {wanted!r}; last: {spoken(kiosk)[-3:]}")


def wake_with_a_key(qtbot, kiosk: Kiosk, lang: str) -> str:  # type: ignore[no-untyped-def]
    kiosk.window.show_attract()
    if lang != "sv":  # the visitor's language: chosen on the home screen, as a visitor would
        kiosk.state.set_language(lang)
    said = press(qtbot, kiosk, K.Key_Space)
    assert kiosk.window.current == "home"
    assert kiosk.speech_mode is not None and kiosk.speech_mode.active
    return said


WORDS = {
    "sv": {
        "on": "Uppläsning på",
        "home": "Du är på startsidan",
        "events": "Vad händer",
        "when": "När",
        "button": "knapp",
        "brochures": "Broschyrer",
        "page2": "Sida 2 av",
        "next": "Nästa sida",
    },
    "en": {
        "on": "Speech is on",
        "home": "You are on the start page",
        "events": "What's on",
        "when": "When",
        "button": "button",
        "brochures": "Brochures",
        "page2": "Page 2 of",
        "next": "Next page",
    },
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_key_on_the_attract_screen_starts_speech_and_the_keypad_reaches_todays_first_event(
    qtbot, kiosk: Kiosk, lang: str
) -> None:
    words = WORDS[lang]
    said = wake_with_a_key(qtbot, kiosk, lang)
    assert words["on"] in said and words["home"] in said
    said = press_until(qtbot, kiosk, K.Key_Down, words["events"])
    assert words["button"] in said
    said = press(qtbot, kiosk, K.Key_Return)
    assert kiosk.window.current == "events"
    events = kiosk.window.page["events"]
    first = events.shown[0]  # type: ignore[attr-defined]
    title = first.title.get(lang)
    assert title in said and first.location.get(lang) in said
    day = events.grid.headings()[0]  # type: ignore[attr-defined]
    assert day in said  # the event's day ("Idag", "I morgon") is said with it
    said = press(qtbot, kiosk, K.Key_Return)
    assert kiosk.window.current == "detail"
    assert title in said and words["when"] in said  # the detail page in full
    said = press(qtbot, kiosk, K.Key_Home)
    assert kiosk.window.current == "home" and words["home"] in said


def test_nothing_is_spoken_without_speech_mode_and_typed_letters_only_in_it(
    qtbot, kiosk: Kiosk
) -> None:
    touch(kiosk.window.page["home"].search)  # type: ignore[attr-defined]
    assert kiosk.window.current == "search"
    for key in (K.Key_K, K.Key_A):
        type_key(kiosk.window, key)
    # F1 starts speech; had the letters been spoken, they would have been heard before it.
    said = press(qtbot, kiosk, K.Key_F1)
    assert "F1" in said and "Du är på Sök" in said  # Help: where the visitor is, and the keys
    assert not any(s.lower() in ("k", "a", "ka") for s in spoken(kiosk))
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    assert press(qtbot, kiosk, K.Key_R).lower() == "r"  # in speech mode each letter is echoed
