"""English is the source language, but its plural forms need a file: Qt shows '%n day(s)' as
it stands without one ('Your visit ends in 3 second(s).' on the countdown)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "assets" / "translations"


def plural_texts(lang: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) of every %n text in kiosk_{lang}.ts, with its forms."""
    root = ET.parse(TRANSLATIONS / f"kiosk_{lang}.ts").getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): [
            form.text or "" for form in message.iter("numerusform")
        ]
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def test_every_text_with_a_count_has_its_english_singular_and_plural() -> None:
    english = plural_texts("en")
    for key in plural_texts("sv"):
        forms = english.get(key)
        assert forms is not None, f"{key} has no English plural forms in kiosk_en.ts"
        assert len(forms) == 2 and all("%n" in form and "(s)" not in form for form in forms), key
