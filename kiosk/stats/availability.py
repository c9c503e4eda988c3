"""Availability per local hour: minutes the kiosk ran, was online and had fresh content, against
the minutes the service point is open. About the machine, never about a person."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from kiosk.domain import STOCKHOLM, OpeningSpan
from kiosk.opening import Exceptions, day_spans

FRESH_LIMIT = timedelta(days=2)
"""Content confirmed current (by a sync, or loaded from a folder) within this long is fresh."""

MINUTES_PER_DAY = 24 * 60


def _minute(text: str) -> int:
    hours, _, minutes = text.partition(":")
    return int(hours) * 60 + int(minutes or 0)


def open_minutes(spans: Sequence[OpeningSpan], day: date, exceptions: Exceptions = ()) -> list[int]:
    """Minutes of each local hour (0-23) of `day` that the opening hours say are open.

    Agrees with kiosk.opening.state_at: holidays are closed, the owner's days that differ win,
    and a span closing after midnight is read as closing at midnight.
    """
    chosen = day_spans(spans, day, exceptions)
    if chosen is None:
        return [0] * 24
    open_at = bytearray(MINUTES_PER_DAY)
    for span in chosen:
        if day.weekday() not in span.days:
            continue
        start = _minute(span.opens)
        end = _minute(span.closes) if span.closes > span.opens else MINUTES_PER_DAY
        for minute in range(max(0, start), min(end, MINUTES_PER_DAY)):
            open_at[minute] = 1
    return [sum(open_at[h * 60 : h * 60 + 60]) for h in range(24)]


def is_fresh(confirmed: datetime | None, now: datetime) -> bool:
    """True when the content was confirmed current less than FRESH_LIMIT ago."""
    return confirmed is not None and now - confirmed < FRESH_LIMIT


class AvailabilityLog:
    """Minute samples per (local day, hour): running, online, fresh. Sampled once a minute."""

    def __init__(self) -> None:
        self._minutes: dict[tuple[date, int], list[int]] = {}

    def sample(self, now: datetime, online: bool, confirmed: datetime | None) -> None:
        """The kiosk is running at `now`; note whether it is online and its content fresh."""
        local = now.astimezone(STOCKHOLM)
        slot = (local.date(), local.hour)
        minutes = self._minutes.get(slot)
        if minutes is None:
            minutes = self._minutes[slot] = [0, 0, 0]
        minutes[0] += 1
        minutes[1] += int(online)
        minutes[2] += int(is_fresh(confirmed, now))

    def take(self) -> dict[tuple[date, int], list[int]]:
        """The samples since the last take: (day, hour) -> [running, online, fresh] minutes."""
        taken, self._minutes = self._minutes, {}
        return taken
