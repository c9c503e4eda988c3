"""Events from iCalendar files: bounded expansion of recurring series, languages merged by UID."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from time import monotonic as time_now
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from kiosk.domain import STOCKHOLM, Event, Text
from kiosk.errors import FeedError

log = logging.getLogger(__name__)

SERIES_CAP = 400
"""At most this many occurrences of one series are kept, however its RRULE reads."""

CALENDAR_CAP = 20_000
"""At most this many occurrences of one calendar are kept (50 series at their cap)."""

CALENDAR_SECONDS = 30.0
"""A calendar's expansion stops after this long; the series left are reported as skipped."""

MAX_PER_PERIOD = 48
"""BYHOUR x BYMINUTE x BYSECOND combinations one period of a rule may make: a guided tour four
times an hour all day is 96 a day at worst, so 48 per rule leaves room for every real event
while 24 x 60 x 60 (86,400 a day) is refused before the library spends minutes on it."""

MAX_SKIPPED = 200_000
"""Occurrences a rule may make between its DTSTART and the window before it is refused: the
library walks every one of them (a daily rule from year 1 is 740,000 steps)."""

_PERIOD_DAYS = {"HOURLY": 1 / 24, "DAILY": 1, "WEEKLY": 7, "MONTHLY": 28, "YEARLY": 365}


@dataclass
class ExpandResult:
    """Occurrences found in the window, and the series that had to be skipped (with why)."""

    events: list[Event] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_calendar(data: bytes, name: str) -> icalendar.Calendar:
    """Parse one .ics file or raise FeedError naming it."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as error:
        raise FeedError(f"{name}: not a valid iCalendar file ({error})") from None
    if not isinstance(calendar, icalendar.Calendar):
        raise FeedError(f"{name}: not a VCALENDAR")
    return calendar


def _to_local(value: date | datetime, default_zone: ZoneInfo) -> tuple[datetime, bool]:
    """A DTSTART/DTEND value as an aware Stockholm datetime, and whether it was a date (all day)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=default_zone)
        # Through UTC: a time that does not exist on the night clocks go forward (02:30) is
        # read with the offset before the gap (RFC 5545, 3.3.5) and shown as it is then (03:30).
        return value.astimezone(UTC).astimezone(STOCKHOLM), False
    return datetime.combine(value, time(0, 0), STOCKHOLM), True


def _calendar_zone(calendar: icalendar.Calendar) -> ZoneInfo:
    """Floating times follow X-WR-TIMEZONE when given, else Europe/Stockholm."""
    name = str(calendar.get("X-WR-TIMEZONE", "") or "")
    try:
        return ZoneInfo(name) if name else STOCKHOLM
    except (KeyError, ValueError):
        return STOCKHOLM


def _translations(
    calendars: Mapping[str, icalendar.Calendar],
) -> dict[tuple[str, str], dict[str, dict[str, str]]]:
    """(uid, recurrence-id or '') -> property -> language -> text."""
    texts: dict[tuple[str, str], dict[str, dict[str, str]]] = {}
    for lang, calendar in calendars.items():
        for component in calendar.walk("VEVENT"):
            rid = component.get("RECURRENCE-ID")
            key = (str(component.get("UID", "")), rid.to_ical().decode() if rid else "")
            for prop in ("SUMMARY", "DESCRIPTION", "LOCATION", "X-KIOSK-PRICE", "ORGANIZER"):
                value = _organizer(component) if prop == "ORGANIZER" else component.get(prop)
                if value:
                    texts.setdefault(key, {}).setdefault(prop, {})[lang] = str(value)
    return texts


def _organizer(component: icalendar.cal.Component) -> str:
    """The organiser's name (its CN); the address after it is for mail, not for visitors."""
    organizer = component.get("ORGANIZER")
    return str(organizer.params.get("CN", "")) if organizer is not None else ""


def _series(calendar: icalendar.Calendar) -> dict[str, icalendar.Calendar]:
    """Split a calendar into one small calendar per UID so that a broken series stays alone."""
    timezones = list(calendar.walk("VTIMEZONE"))
    by_uid: dict[str, icalendar.Calendar] = {}
    for component in calendar.walk("VEVENT"):
        uid = str(component.get("UID", ""))
        if uid not in by_uid:
            small = icalendar.Calendar()
            for prop in ("VERSION", "PRODID", "X-WR-TIMEZONE"):
                if prop in calendar:
                    small.add(prop, calendar[prop])
            for tz in timezones:
                small.add_component(tz)
            by_uid[uid] = small
        by_uid[uid].add_component(component)
    return by_uid


def expand(
    calendars: Mapping[str, icalendar.Calendar],
    start: datetime,
    end: datetime,
    master_lang: str = "sv",
    source: str = "events",
) -> ExpandResult:
    """Occurrences between `start` and `end` from per-language calendars sharing UIDs."""
    result = ExpandResult()
    if not calendars:
        return result
    master = calendars.get(master_lang) or next(iter(calendars.values()))
    zone = _calendar_zone(master)
    texts = _translations(calendars)
    ends = time_now() + CALENDAR_SECONDS
    for uid, small in _series(master).items():
        if not uid:
            result.problems.append(f"{source}: an event without UID was skipped")
            continue
        if time_now() > ends or len(result.events) >= CALENDAR_CAP:
            result.problems.append(f"{source}: event '{uid}' skipped (the calendar is too large)")
            continue
        try:
            events = list(_expand_series(uid, small, start, end, zone, texts))
            result.events.extend(events[: CALENDAR_CAP - len(result.events)])
        except Exception as error:
            log.warning("%s: series %s skipped: %s", source, uid, error)
            result.problems.append(f"{source}: event '{uid}' skipped: {error}")
    result.events.sort(key=lambda event: (event.start, event.uid))
    return result


CHECK_WINDOW = timedelta(days=180)
"""Building and validating look for unreadable events over the window kiosks expand (180 days)."""


def skipped_events(
    calendars: Mapping[str, icalendar.Calendar], now: datetime, source: str = "events"
) -> list[str]:
    """The event series a kiosk would leave out of these calendars, each with why."""
    return expand(calendars, now - timedelta(days=1), now + CHECK_WINDOW, source=source).problems


TOO_FREQUENT = frozenset({"SECONDLY", "MINUTELY"})
"""No event a kiosk shows repeats every second or minute; expanding such a rule from a DTSTART
far in the past would take the library minutes, so these series are refused outright."""


def _refuse_hostile(small: icalendar.Calendar, start: datetime) -> None:
    for component in small.walk("VEVENT"):
        rule: Any = component.get("RRULE")
        for item in rule if isinstance(rule, list) else [rule]:
            freqs = item.get("FREQ", []) if item is not None else []
            freq = str(freqs[0]).upper() if freqs else ""
            if freq in TOO_FREQUENT:
                raise FeedError(f"it repeats {freq.lower()}, which no event does")
            if item is None or not freq:
                continue
            intervals = item.get("INTERVAL", [1])
            if intervals and int(intervals[0]) < 1:  # RFC 5545: positive; 0 never moves on
                raise FeedError(f"its INTERVAL is {intervals[0]}, not a positive number")
            per_period = 1
            for part in ("BYHOUR", "BYMINUTE", "BYSECOND"):
                per_period *= max(1, len(item.get(part, [])))
            if per_period > MAX_PER_PERIOD:
                raise FeedError(f"it repeats {per_period} times per {freq.lower()} period")
            _refuse_long_walk(component, item, freq, per_period, start)


def _refuse_long_walk(
    component: icalendar.cal.Component, rule: Any, freq: str, per_period: int, start: datetime
) -> None:
    """Refuse a rule whose occurrences before the window are too many to walk past."""
    dtstart: Any = component.get("DTSTART")
    if dtstart is None or freq not in _PERIOD_DAYS:  # COUNT too: a rare match walks far
        return
    first, _ = _to_local(dtstart.dt, STOCKHOLM)
    intervals = rule.get("INTERVAL", [1])
    interval = max(1, int(intervals[0])) if intervals else 1
    days = max(0, (start - first).days)
    walked = days / (_PERIOD_DAYS[freq] * interval) * per_period
    if walked > MAX_SKIPPED:
        raise FeedError(f"it starts in {first.year} and repeats {freq.lower()}: too far to expand")


def _refuse_unreadable(small: icalendar.Calendar) -> None:
    """A date iCalendar cannot read (e.g. '2026-12-13 19:00') named in words, not the library's."""
    for component in small.walk("VEVENT"):
        for prop in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            value: Any = component.get(prop)
            if value is None:
                continue
            try:
                value.dt  # noqa: B018 - reading it is the check
            except (AttributeError, ValueError, TypeError):
                raw = value.to_ical() if hasattr(value, "to_ical") else value
                text = raw.decode() if isinstance(raw, bytes) else str(raw)
                raise FeedError(
                    f"{prop} '{text}' is not a date or time (write it like 20261213T190000, "
                    "or 20261213 for all day)"
                ) from None


def _expand_series(
    uid: str,
    small: icalendar.Calendar,
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    texts: Mapping[tuple[str, str], Mapping[str, Mapping[str, str]]],
) -> Iterable[Event]:
    _refuse_hostile(small, start)
    _refuse_unreadable(small)
    # The library turns a DURATION into a DTEND by wall-clock arithmetic; keep the original.
    durations = {_rid(c): c.get("DURATION") for c in small.walk("VEVENT")}
    for count, (occ_start, all_day, component) in enumerate(
        _occurrences(small, start, end, zone), start=1
    ):
        if count > SERIES_CAP:
            log.warning("series %s capped at %d occurrences", uid, SERIES_CAP)
            break
        rid = _rid(component)
        duration = durations.get(rid) if rid in durations else durations.get("")
        yield _event(uid, component, occ_start, all_day, zone, texts, duration)


EXPAND_STEP = timedelta(days=7)
"""The window is expanded a week at a time: one walk of the rule per week. The library's own
`after()` shrinks its step after every find and walks the rule from DTSTART again each time
(about 0.5 s of CPU for a daily series); a whole window at once would make every occurrence of
a series that repeats often before SERIES_CAP could stop it."""


def _occurrences(
    small: icalendar.Calendar, start: datetime, end: datetime, zone: ZoneInfo
) -> Iterator[tuple[datetime, bool, icalendar.Event]]:
    """The series' occurrences going on at `start` or starting before `end`, in time order."""
    query = recurring_ical_events.of(small, keep_recurrence_attributes=True)
    step_start = start
    while step_start < end:
        step_end = min(step_start + EXPAND_STEP, end)
        found = []
        for component in query.between(step_start, step_end):
            dtstart: Any = component["DTSTART"]
            occ_start, all_day = _to_local(dtstart.dt, zone)
            # Each occurrence once: in the step it starts in (the first also takes those
            # already going on); `between` includes its end and what is still going on.
            if occ_start < step_end and (occ_start >= step_start or step_start == start):
                found.append((occ_start, all_day, component))
        yield from sorted(found, key=lambda item: item[0])
        step_start = step_end


def _rid(component: icalendar.cal.Component) -> str:
    rid = component.get("RECURRENCE-ID")
    return rid.to_ical().decode() if rid else ""


def _after(start: datetime, duration: timedelta) -> datetime:
    """The end of a DURATION from `start` (RFC 5545, 3.3.6): days are nominal (the same wall
    time on a later day), hours, minutes and seconds exact time (PT1H is 60 minutes on the
    nights clocks change too)."""
    wall = start + timedelta(days=duration.days)
    exact = timedelta(seconds=duration.seconds, microseconds=duration.microseconds)
    return (wall.astimezone(UTC) + exact).astimezone(STOCKHOLM)


def _event(
    uid: str,
    component: icalendar.Event,
    occ_start: datetime,
    all_day: bool,
    zone: ZoneInfo,
    texts: Mapping[tuple[str, str], Mapping[str, Mapping[str, str]]],
    duration: Any = None,
) -> Event:
    dtend: Any = component.get("DTEND")
    if duration is not None:
        occ_end = _after(occ_start, duration.dt)
    elif dtend is not None:
        occ_end, _ = _to_local(dtend.dt, zone)
    else:
        occ_end = occ_start + (timedelta(days=1) if all_day else timedelta(hours=1))
    rid = component.get("RECURRENCE-ID")
    own = texts.get((uid, rid.to_ical().decode() if rid else ""), {})
    base = texts.get((uid, ""), {})

    def text(prop: str) -> Text:
        merged = {**base.get(prop, {}), **own.get(prop, {})}
        if prop in component and "sv" not in own.get(prop, {}):
            merged.setdefault(
                "sv", _organizer(component) if prop == "ORGANIZER" else str(component[prop])
            )
        return Text.of(merged)

    categories: list[str] = []
    for entry in (
        component.get("CATEGORIES", [])
        if isinstance(component.get("CATEGORIES"), list)
        else [component.get("CATEGORIES")]
    ):
        if entry is not None:
            categories.extend(str(c).strip().lower() for c in entry.cats)
    return Event(
        uid=uid,
        start=occ_start,
        end=max(occ_end, occ_start),
        all_day=all_day,
        title=text("SUMMARY"),
        description=text("DESCRIPTION"),
        location=text("LOCATION"),
        price=text("X-KIOSK-PRICE"),
        categories=tuple(categories),
        cancelled=str(component.get("STATUS", "")).upper() == "CANCELLED",
        url=str(component.get("URL", "") or ""),
        organizer=text("ORGANIZER"),
        service_point=str(component.get("X-KIOSK-SERVICE-POINT", "") or ""),
        image=str(component.get("X-KIOSK-IMAGE", "") or ""),
    )
