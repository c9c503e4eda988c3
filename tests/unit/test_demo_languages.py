"""The demo feed speaks every kiosk language, so a German or Finnish visitor meets one language."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain import LANGUAGES, STOCKHOLM
from kiosk.feed.ics import expand, parse_calendar

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo-source"


def _texts(value: object, path: str) -> list[tuple[str, dict[str, str]]]:
    """Every per-language text field ({"sv": .., ...}) in a TOML document, with where it is."""
    if isinstance(value, dict):
        if isinstance(value.get("sv"), str):
            return [(path, value)]
        return [found for key, inner in value.items() for found in _texts(inner, f"{path}.{key}")]
    if isinstance(value, list):
        return [found for i, inner in enumerate(value) for found in _texts(inner, f"{path}[{i}]")]
    return []


def test_every_text_of_the_demo_source_is_in_every_language() -> None:
    missing = [
        f"{path}: {sorted(set(LANGUAGES) - set(text))}"
        for source in sorted(DEMO.glob("*.toml"))
        for path, text in _texts(tomllib.loads(source.read_text(encoding="utf-8")), source.stem)
        if not set(LANGUAGES) <= {lang for lang, value in text.items() if value.strip()}
    ]
    assert not missing, "\n".join(missing)


def test_every_demo_event_has_its_title_venue_text_and_organiser_in_every_language() -> None:
    calendars = {
        lang: parse_calendar(
            (DEMO / "events" / f"events.{lang}.ics").read_text(encoding="utf-8"), f"{lang}.ics"
        )
        for lang in LANGUAGES
    }
    start = datetime(2026, 1, 1, tzinfo=STOCKHOLM)
    events = expand(calendars, start, start + timedelta(days=366)).events
    assert len({event.uid for event in events}) >= 20
    missing = [
        f"{event.uid} {field}"
        for event in events
        for field in ("title", "location", "description", "organizer")
        if not set(LANGUAGES) <= set(getattr(event, field).values)
    ]
    assert not missing, "\n".join(sorted(set(missing)))
