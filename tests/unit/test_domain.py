"""Plain records: language fallback of feed texts and schema.org opening hours."""

from __future__ import annotations

from kiosk.domain import OpeningSpan, Text, parse_opening_hours


def test_a_text_in_the_visitors_language_wins() -> None:
    text = Text.of({"sv": "Hej", "en": "Hello", "de": "Hallo"})
    assert [text.get(lang) for lang in ("sv", "en", "de")] == ["Hej", "Hello", "Hallo"]


def test_a_missing_language_falls_back_to_english_then_swedish() -> None:
    assert Text.of({"sv": "Loppis", "en": "Flea market"}).get("fi") == "Flea market"
    assert Text.of({"sv": "Loppis"}).get("fi") == "Loppis"
    assert Text.of({"sv": "Loppis"}).get("en") == "Loppis"


def test_an_empty_text_is_false_and_reads_empty() -> None:
    assert not Text()
    assert Text().get("sv") == ""
    assert Text.of("Bara svenska").get("de") == "Bara svenska"


def test_opening_hours_ranges_lists_and_wrapping_weeks() -> None:
    spans = parse_opening_hours(["Mo-Fr 09:00-19:00", "Sa,Su 10:00-14:00", "Fr-Mo 20:00-22:00"])
    assert spans[0] == OpeningSpan((0, 1, 2, 3, 4), "09:00", "19:00")
    assert spans[1].days == (5, 6)
    assert spans[2].days == (4, 5, 6, 0)


def test_unreadable_opening_hours_are_skipped() -> None:
    assert parse_opening_hours(["Someday 09:00-10:00", "Mo"]) == []
