"""The activities at a service point in a report: those held, as the shop confirmed them, the
ones it has not answered for, and the rule of at least three a year scaled to the period."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.stats.dayfile import CONFIRM_WINDOW, DayFile, HeldEvent

ACTIVITIES_PER_YEAR = 3


@dataclass(frozen=True)
class Activity:
    day: date
    start: str
    title: str
    source: str
    outcome: str = ""
    """``held`` or ``cancelled`` as the shop confirmed it; '' when not (yet) confirmed."""


def required_activities(days: int) -> int:
    """Three a year, scaled to the period and rounded half up, at least one: a full year needs
    3, a half year 2 (from 183 days), a quarter 1, two years 6."""
    return max(1, int(ACTIVITIES_PER_YEAR * days / 365 + 0.5))


def confirmations_of(files: Iterable[DayFile]) -> dict[tuple[str, str], str]:
    """(start, title) -> outcome. Each file (in day order) holds the shop's whole word on the
    activities of its CONFIRM_WINDOW days, so what it leaves out there was taken back."""
    found: dict[tuple[str, str], str] = {}
    for day in files:
        first = (day.day - timedelta(days=CONFIRM_WINDOW)).isoformat()
        after = (day.day + timedelta(days=1)).isoformat()
        for key in [k for k in found if first <= k[0] < after]:
            del found[key]
        for c in day.confirmations:
            found[(c.start, c.title)] = c.outcome
    return found


def activities_of(
    files: Iterable[DayFile], confirmed: Mapping[tuple[str, str], str]
) -> tuple[Activity, ...]:
    seen: dict[tuple[str, str], Activity] = {}
    for day in files:
        for event in day.events:
            if not event.cancelled:
                key = (event.start, event.title)
                seen.setdefault(key, _activity(day.day, event, confirmed.get(key, "")))
    return tuple(sorted(seen.values(), key=lambda a: (a.start, a.title)))


def _activity(day: date, event: HeldEvent, outcome: str) -> Activity:
    return Activity(day, event.start, event.title, event.source, outcome)
