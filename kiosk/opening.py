"""Whether a place is open now: opening hours against Swedish holidays, plus distance and week numbers."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from kiosk.domain import STOCKHOLM, Geo, OpeningSpan
from kiosk.holidays_se import swedish_holidays

EARTH_RADIUS_KM = 6371.0088
"""The mean Earth radius (IUGG), good to about 0.5 % for a haversine distance."""


class OpenState(NamedTuple):
    """Open, opening later, closed for the rest of the day, closed all day, or a holiday.

    `kind` is one of "open" (until `time`), "later" (opens at `time`), "closed_now" (was open
    earlier today), "closed" (not open at all today) and "holiday" (`holiday` names it).
    """

    kind: str
    time: str = ""
    holiday: str = ""


def holiday(day: date, lang: str = "sv") -> str:
    """The name of the Swedish holiday on `day` (Swedish, or English for other languages), else ''."""
    return swedish_holidays(day.year, english=lang != "sv").get(day, "")


Exceptions = Sequence[tuple[str, str, str]]
"""Days that differ: (YYYY-MM-DD, 'HH:MM-HH:MM' or '' for closed, note)."""


def day_spans(
    spans: Sequence[OpeningSpan], day: date, exceptions: Exceptions = ()
) -> list[OpeningSpan] | None:
    """The spans that hold on `day`; None when it is closed as a holiday or by an exception.
    A day the owner listed wins over the weekly hours and the holidays."""
    for when, hours, _note in exceptions:
        if when == day.isoformat():
            opens, _, closes = hours.partition("-")
            if not (opens and closes):
                return None
            return [OpeningSpan((day.weekday(),), opens, closes)]
    if holiday(day):
        return None
    return [span for span in spans if day.weekday() in span.days]


def state_at(
    spans: Sequence[OpeningSpan], when: datetime, lang: str = "sv", exceptions: Exceptions = ()
) -> OpenState:
    """Whether a place with these opening hours is open at `when` (holidays count as closed,
    and the owner's days that differ win over both)."""
    local = when.astimezone(STOCKHOLM)
    chosen = day_spans(spans, local.date(), exceptions)
    if chosen is None:
        note = next((n for d, _, n in exceptions if d == local.date().isoformat()), "")
        name = holiday(local.date(), lang)
        if note or name:
            return OpenState("holiday", holiday=note or name)
        return OpenState("closed")
    spans = chosen
    now = local.strftime("%H:%M")
    # A span closing after midnight ("22:00-02:00") is read as closing at midnight.
    today = sorted(
        (span.opens, span.closes if span.closes > span.opens else "24:00")
        for span in spans
        if local.weekday() in span.days
    )
    for opens, closes in today:
        if opens <= now < closes:
            return OpenState("open", time=closes)
    later = [opens for opens, _ in today if opens > now]
    if later:
        return OpenState("later", time=later[0])
    return OpenState("closed_now" if today else "closed")


def distance_km(a: Geo, b: Geo) -> float:
    """The great-circle distance between two positions in kilometres (as the crow flies)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def week_number(day: date) -> int:
    """The ISO 8601 week number Swedes use ("vecka 1" holds the year's first Thursday)."""
    return day.isocalendar().week
