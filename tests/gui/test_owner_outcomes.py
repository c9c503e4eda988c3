"""The shop answers "Genomförd" or "Inställd" for a past activity; the answer is kept, travels
in the day files and decides what the agreement report counts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from owner_helpers import open_owner_mode, with_pin

from kiosk.app import Kiosk
from kiosk.services.owner import LocalEvent
from kiosk.stats.dayfile import Confirmation, DayFile, HeldEvent
from kiosk.stats.days import DayProvider, build_day
from kiosk.stats.report import build_report
from kiosk.ui.owner.events import EventsView


@pytest.fixture
def events_view(kiosk: Kiosk) -> EventsView:
    with_pin(kiosk)
    open_owner_mode(kiosk)
    assert kiosk.owner is not None
    kiosk.owner.panel.nav["events"].click()
    view: EventsView = kiosk.owner.panel.view("events")
    return view


def no_offers(_day: object) -> tuple[dict[str, bool], list[HeldEvent]]:
    return {}, []


def test_a_past_event_answered_held_is_kept_sent_and_counted(
    kiosk: Kiosk, events_view: EventsView
) -> None:
    assert kiosk.owner is not None
    service = kiosk.owner.service
    now = service.clock()
    day = now.date() - timedelta(days=2)
    service.save_event(LocalEvent("Kaffekväll", day, "18:00", "20:00"))
    service.save_event(LocalEvent("Nästa veckas loppis", now.date() + timedelta(days=7), "10:00"))
    rows = {row.item.title: row for row in events_view.outcomes.rows}
    assert "Nästa veckas loppis" not in rows  # not begun: nothing to answer yet
    rows["Kaffekväll"].held.click()

    answered = {row.item.title: row for row in events_view.outcomes.rows}["Kaffekväll"]
    assert answered.held.isChecked() and not answered.cancelled.isChecked()
    start = f"{day.isoformat()}T18:00"
    expected = Confirmation(start, "Kaffekväll", "held")
    # The next day file carries the answer to the municipality, nothing about who or when.
    later: DayFile = build_day(service.db, "bjorna", now.date(), no_offers, "t", None)
    assert expected in later.confirmations
    assert b"Kaffekv\xc3\xa4ll" in later.to_bytes()

    # The report counts it as held once the day file of that day names the activity.
    held_day = build_day(service.db, "bjorna", day, kiosk_provider(start), "t", None)
    report = build_report([held_day, later], day, day, {}, now, "t")
    assert [a.title for a in report.confirmed] == ["Kaffekväll"]

    # Touching it again takes the answer back; then it is unconfirmed, listed apart.
    answered.held.click()
    again = build_day(service.db, "bjorna", now.date(), no_offers, "t", None)
    assert again.confirmations == []
    report = build_report([held_day, again], day, day, {}, now, "t")
    assert [a.title for a in report.unconfirmed] == ["Kaffekväll"]


def kiosk_provider(start: str) -> DayProvider:
    """The day's offers (none) and the one activity held that day."""
    return lambda _day: ({}, [HeldEvent(start, "Kaffekväll", "local")])


def test_an_answer_survives_a_restart_of_the_database(
    kiosk: Kiosk, events_view: EventsView
) -> None:
    assert kiosk.owner is not None
    service = kiosk.owner.service
    day = service.clock().date() - timedelta(days=1)
    service.save_event(LocalEvent("Bygdemöte", day, "19:00"))
    {r.item.title: r for r in events_view.outcomes.rows}["Bygdemöte"].cancelled.click()
    service.close()
    assert service.open()
    found = {a.title: a.outcome for a in service.past_activities()}
    assert found["Bygdemöte"] == "cancelled"
