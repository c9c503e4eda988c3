"""The shop owner's local events as iCalendar: published to the municipality and shown in What's on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import icalendar
import sqlite_utils

from kiosk.domain import STOCKHOLM, Event, Text
from kiosk.feed.ics import expand
from kiosk.store import owner
from kiosk.store.owner import LocalEvent

UID_DOMAIN = "servicepunkt-kiosk"
PRODID = "-//Servicepunkt Kiosk//local events//SV"


def uid_of(event: LocalEvent) -> str:
    """The event's UID: stable across edits, so the municipality sees changes, not new events."""
    return f"local-{event.id}@{UID_DOMAIN}"


def calendar(
    events: Sequence[LocalEvent], service_point: str = "", now: datetime | None = None
) -> icalendar.Calendar:
    """One VCALENDAR holding every event (repeating ones with their RRULE)."""
    cal = icalendar.Calendar()
    cal.add("PRODID", PRODID)
    cal.add("VERSION", "2.0")
    cal.add("X-WR-TIMEZONE", "Europe/Stockholm")
    stamp = now or datetime.now(STOCKHOLM)
    for item in events:
        cal.add_component(_vevent(item, service_point, stamp))
    cal.add_missing_timezones()  # TZID=Europe/Stockholm must name a VTIMEZONE (RFC 5545)
    return cal


def _vevent(item: LocalEvent, service_point: str, stamp: datetime) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("UID", uid_of(item))
    vevent.add("DTSTAMP", stamp)
    vevent.add("DTSTART", item.starts_at())
    vevent.add("DTEND", item.ends_at())
    vevent.add("SUMMARY", item.title)
    for prop, value in (
        ("DESCRIPTION", item.description),
        ("LOCATION", item.place),
        ("X-KIOSK-PRICE", item.price),
        ("CONTACT", item.contact),
        ("X-KIOSK-SERVICE-POINT", service_point),
    ):
        if value:
            vevent.add(prop, value)
    if item.category:
        vevent.add("CATEGORIES", [item.category])
    if item.rrule:
        rule = icalendar.vRecur.from_ical(item.rrule)
        if item.until:
            # UNTIL in UTC when DTSTART has a zone (RFC 5545); the whole last day counts.
            last = datetime.combine(item.until, time(23, 59, 59), STOCKHOLM)
            rule["UNTIL"] = last.astimezone(UTC)
        vevent.add("RRULE", rule)
    vevent.add("STATUS", "CANCELLED" if item.cancelled else "CONFIRMED")
    return vevent


def local_events_ics(db: sqlite_utils.Database, service_point: str = "") -> bytes:
    """Every local event in the local database as one iCalendar file (the uploader sends it)."""
    return calendar(owner.events(db), service_point).to_ical()


def occurrences(
    events: Sequence[LocalEvent],
    start: datetime,
    end: datetime,
    service_point: str,
    image_dir: Path,
) -> list[Event]:
    """The events' occurrences between `start` and `end`, as What's on shows feed events.

    Expanded by the same code as the feed's calendars, so a local event looks and repeats alike.
    """
    if not events:
        return []
    by_uid = {uid_of(e): e for e in events}
    found = expand({"sv": calendar(events, service_point)}, start - timedelta(days=1), end)
    shown = []
    for occurrence in found.events:
        source = by_uid[occurrence.uid]
        if occurrence.end <= start:
            continue
        shown.append(
            occurrence._replace(
                organizer=Text.of(source.contact),
                image=str(image_dir / source.image) if source.image else "",
            )
        )
    return shown
