"""Plain records: language fallback of feed texts and schema.org opening hours."""

from __future__ import annotations

from kiosk.domain import FALLBACK, LANGUAGES, OpeningSpan, Text, parse_opening_hours


def test_a_text_in_the_visitors_language_wins() -> None:
    text = Text.of({"sv": "Hej", "en": "Hello", "de": "Hallo"})
    assert [text.get(lang) for lang in ("sv", "en", "de")] == ["Hej", "Hello", "Hallo"]


def test_a_finnish_visitor_reads_swedish_before_english() -> None:
    # A Finnish speaker in Norrland reads Swedish far better than English (docs/languages.md).
    assert Text.of({"sv": "Julmarknad", "en": "Christmas market"}).get("fi") == "Julmarknad"
    assert Text.of({"en": "Christmas market"}).get("fi") == "Christmas market"


def test_a_german_visitor_reads_english_before_swedish() -> None:
    assert Text.of({"sv": "Loppis", "en": "Flea market"}).get("de") == "Flea market"
    assert Text.of({"sv": "Loppis"}).get("de") == "Loppis"


def test_english_falls_back_to_swedish_and_swedish_to_english() -> None:
    assert Text.of({"sv": "Loppis", "fi": "Kirpputori"}).get("en") == "Loppis"
    assert Text.of({"en": "Flea market", "de": "Flohmarkt"}).get("sv") == "Flea market"


def test_every_language_of_the_kiosk_has_a_fallback_order_ending_in_swedish() -> None:
    assert set(FALLBACK) == set(LANGUAGES)
    for lang, order in FALLBACK.items():
        assert order[0] == lang and "sv" in order


def test_a_language_without_an_order_reads_english_then_swedish() -> None:
    assert Text.of({"sv": "Loppis", "en": "Flea market"}).get("se") == "Flea market"


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
