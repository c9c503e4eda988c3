"""The local events as the iCalendar file the municipality receives, and as What's on shows them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

from kiosk.domain import STOCKHOLM
from kiosk.feed.localics import local_events_ics, occurrences, uid_of
from kiosk.store import owner
from kiosk.store.local import open_local
from kiosk.store.owner import LocalEvent

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=STOCKHOLM)


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    return open_local(tmp_path / "local.db")


def parsed(db) -> list[icalendar.Event]:  # type: ignore[no-untyped-def]
    return list(icalendar.Calendar.from_ical(local_events_ics(db, "bjorna")).walk("VEVENT"))


def test_every_event_is_in_the_file_with_its_fields(db) -> None:  # type: ignore[no-untyped-def]
    saved = owner.save_event(
        db,
        LocalEvent(
            "Pubkväll",
            date(2026, 11, 27),
            "19:00",
            "23:00",
            place="Björna lanthandel",
            description="Trubadur",
            category="music",
            price="50 kr",
            contact="Anna",
        ),
        NOW,
    )
    (vevent,) = parsed(db)
    assert str(vevent["UID"]) == uid_of(saved)
    assert str(vevent["SUMMARY"]) == "Pubkväll"
    assert vevent["DTSTART"].dt == datetime(2026, 11, 27, 19, 0, tzinfo=STOCKHOLM)
    assert vevent["DTEND"].dt == datetime(2026, 11, 27, 23, 0, tzinfo=STOCKHOLM)
    assert str(vevent["LOCATION"]) == "Björna lanthandel"
    assert str(vevent["X-KIOSK-PRICE"]) == "50 kr"
    assert str(vevent["X-KIOSK-SERVICE-POINT"]) == "bjorna"
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert b"BEGIN:VTIMEZONE" in local_events_ics(db)


def test_the_uid_stays_when_the_event_is_edited(db) -> None:  # type: ignore[no-untyped-def]
    saved = owner.save_event(db, LocalEvent("Loppis", date(2026, 11, 28), "10:00"), NOW)
    before = str(parsed(db)[0]["UID"])
    owner.save_event(
        db, LocalEvent("Loppis på gården", date(2026, 11, 29), "11:00", id=saved.id), NOW
    )
    assert str(parsed(db)[0]["UID"]) == before


def test_cancelled_events_say_so(db) -> None:  # type: ignore[no-untyped-def]
    saved = owner.save_event(db, LocalEvent("Loppis", date(2026, 11, 28), "10:00"), NOW)
    owner.set_cancelled(db, saved.id, True)
    assert str(parsed(db)[0]["STATUS"]) == "CANCELLED"


def test_a_weekly_event_repeats_until_its_last_day(db) -> None:  # type: ignore[no-untyped-def]
    event = LocalEvent(
        "Pubkväll", date(2026, 11, 27), "19:00", rrule="FREQ=WEEKLY", until=date(2026, 12, 18)
    )
    owner.save_event(db, event, NOW)
    rule = parsed(db)[0]["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    starts = [
        e.start.date()
        for e in occurrences(
            owner.events(db), NOW, datetime(2027, 6, 1, tzinfo=STOCKHOLM), "bjorna", Path()
        )
    ]
    assert starts == [date(2026, 11, 27), date(2026, 12, 4), date(2026, 12, 11), date(2026, 12, 18)]


def test_a_monthly_event_repeats_on_the_same_day_of_the_month(db) -> None:  # type: ignore[no-untyped-def]
    owner.save_event(
        db, LocalEvent("Bokcirkel", date(2026, 12, 3), "18:00", rrule="FREQ=MONTHLY"), NOW
    )
    shown = occurrences(
        owner.events(db), NOW, datetime(2027, 3, 1, tzinfo=STOCKHOLM), "bjorna", Path()
    )
    assert [e.start.date() for e in shown] == [
        date(2026, 12, 3),
        date(2027, 1, 3),
        date(2027, 2, 3),
    ]


def test_occurrences_carry_contact_image_and_service_point(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    owner.save_event(
        db, LocalEvent("Loppis", date(2026, 11, 28), "10:00", contact="Anna", image="a.jpg"), NOW
    )
    (shown,) = occurrences(
        owner.events(db), NOW, datetime(2027, 1, 1, tzinfo=STOCKHOLM), "bjorna", tmp_path
    )
    assert (shown.organizer.get("sv"), shown.image, shown.service_point) == (
        "Anna",
        str(tmp_path / "a.jpg"),
        "bjorna",
    )


def test_an_empty_database_gives_an_empty_calendar(db) -> None:  # type: ignore[no-untyped-def]
    assert parsed(db) == []
