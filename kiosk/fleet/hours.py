"""How much of a stretch of time the shop was open, by the schedule its kiosk last reported.

Silence matters only while the shop is open: a kiosk switched off with the lights on Sunday is
not a problem. Days the schedule does not cover (it reaches about two weeks ahead) and a shop
with no hours at all count as open, so a kiosk silent for weeks is never excused.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain import STOCKHOLM
from kiosk.fleet.status import KioskStatus

Span = tuple[datetime, datetime]


def zone_of(status: KioskStatus) -> tzinfo:
    """The shop's time zone (Stockholm when the status names none we know)."""
    try:
        return ZoneInfo(status.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return STOCKHOLM


def _clock(text: str) -> time | None:
    try:
        return time.fromisoformat(text)
    except ValueError:
        return time.max if text == "24:00" else None


def open_spans(status: KioskStatus, day: date) -> list[Span] | None:
    """The shop's open spans on `day` as aware datetimes; None when the schedule does not say."""
    if not status.schedule:
        return None
    zone = zone_of(status)
    for entry in status.schedule:
        if entry.day != day:
            continue
        spans = []
        for opens, closes in entry.spans:
            start, end = _clock(opens), _clock(closes)
            if start is None or end is None:
                continue
            if end <= start:  # "22:00-02:00": read as closing at midnight, as the kiosk does
                end = time.max
            spans.append((datetime.combine(day, start, zone), datetime.combine(day, end, zone)))
        return spans
    return None


def open_time(status: KioskStatus, start: datetime, end: datetime) -> timedelta:
    """How long the shop was open between `start` and `end`."""
    total = timedelta()
    zone = zone_of(status)
    day = start.astimezone(zone).date()
    while day <= end.astimezone(zone).date():
        spans = open_spans(status, day)
        if spans is None:  # unknown day: all of it counts
            first = datetime.combine(day, time.min, zone)
            spans = [(first, first + timedelta(days=1))]
        for opens, closes in spans:
            total += max(timedelta(), min(closes, end) - max(opens, start))
        day += timedelta(days=1)
    return total


def is_open(status: KioskStatus, moment: datetime) -> bool | None:
    """Whether the shop is open at `moment` by its schedule; None when the schedule does not say."""
    spans = open_spans(status, moment.astimezone(zone_of(status)).date())
    if spans is None:
        return None
    return any(opens <= moment < closes for opens, closes in spans)
