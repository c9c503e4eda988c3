"""Finished days as day files, built from the local database exactly as they are uploaded."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta

import sqlite_utils

from kiosk.domain import STOCKHOLM
from kiosk.stats.dayfile import (
    CONFIRM_WINDOW,
    Availability,
    Confirmation,
    DayFile,
    HeldEvent,
    sha256,
)
from kiosk.stats.report import BEFORE_INSTALL
from kiosk.store import outcomes, usage

DayProvider = Callable[[date], tuple[Mapping[str, bool], list[HeldEvent]]]
"""What the service point offered on a day (criterion -> bool) and the activities held there."""

SETTLE = timedelta(hours=1)
"""A day is frozen for upload only this long after its midnight: a visit that began before
midnight is still counted on its start day when it ends, and the kiosk flushes once a minute."""

NOT_FINISHED = "the day is not over yet"
NOT_RUNNING = "the kiosk was not running"
ROLLED_UP = "rolled up to months (older than the retention)"


def build_day(
    db: sqlite_utils.Database,
    service_point: str,
    day: date,
    provider: DayProvider,
    version: str,
    previous: str | None,
) -> DayFile:
    """The day file of `day` from the stored counters and availability, chained to `previous`."""
    offers, events = provider(day)
    hours = usage.day_hours(db, day)
    # An hour holds at most 60 minutes, also the doubled 02:00 hour of the autumn DST change.
    capped = {name: [min(60, m) for m in minutes] for name, minutes in hours.items()}
    counters = usage.daily_counters(db, day, day).get(day, {})
    return DayFile(
        service_point=service_point,
        day=day,
        counters={k: n for k, n in counters.items() if n > 0},
        availability=Availability(**capped),
        offers=dict(offers),
        events=list(events),
        restarts=max(0, usage.day_starts(db, day) - 1),
        kiosk_version=version,
        previous_sha256=previous,
        confirmations=confirmations(db, day - timedelta(days=CONFIRM_WINDOW), day),
        late_visits=usage.late_visits(db, day),
    )


def confirmations(db: sqlite_utils.Database, first: date, last: date) -> list[Confirmation]:
    """The shop's word on the activities that started from `first` to `last`."""
    said = outcomes.outcomes(db, first, last)
    return [Confirmation(start, title, outcome) for (start, title), outcome in said.items()]


def build_day_files(
    db: sqlite_utils.Database,
    service_point: str,
    start: date,
    end: date,
    provider: DayProvider,
    version: str,
    today: date | None = None,
) -> tuple[list[DayFile], dict[date, str]]:
    """The finished days from `start` to `end` as uploaded, and the days without data and why.

    Days already frozen for upload come back byte for byte; later days are built as the next
    upload pass would build them, chained on from the last frozen day.
    """
    today = today or datetime.now(STOCKHOLM).date()
    last = min(end, today - timedelta(days=1))
    files: list[DayFile] = []
    for day in sorted(usage.queued_days(db, start, last)):
        raw = usage.queued(db, day)
        if raw is not None:
            files.append(DayFile.from_bytes(raw))
    frozen = {f.day for f in files}
    for built in _unfrozen(db, service_point, provider, version, last):
        if start <= built.day and built.day not in frozen:
            files.append(built)
    files.sort(key=lambda f: f.day)
    return files, _missing(db, start, end, today, {f.day for f in files})


def _unfrozen(
    db: sqlite_utils.Database,
    service_point: str,
    provider: DayProvider,
    version: str,
    last: date,
) -> list[DayFile]:
    """Days with data after the chain head up to `last`, each naming the previous one's hash."""
    head = usage.chain_head(db)
    first = head[0] + timedelta(days=1) if head else date.min
    previous = head[1] if head else None
    built = []
    for day in sorted(usage.days_with_data(db, first, last)):
        day_file = build_day(db, service_point, day, provider, version, previous)
        previous = sha256(day_file.to_bytes())
        built.append(day_file)
    return built


def _missing(
    db: sqlite_utils.Database, start: date, end: date, today: date, have: set[date]
) -> dict[date, str]:
    rolled = usage.get_state(db, "rolled_up_before")
    cut = date.fromisoformat(rolled) if rolled else date.min
    earlier = usage.days_with_data(db, date.min, end) | usage.queued_days(db, date.min, end)
    first = date.min if rolled else min(earlier | have, default=date.max)
    missing = {}
    for day in _each(start, end):
        if day in have:
            continue
        if day >= today:
            missing[day] = NOT_FINISHED
        elif day < cut:
            missing[day] = ROLLED_UP
        elif day < first:
            missing[day] = BEFORE_INSTALL
        else:
            missing[day] = NOT_RUNNING
    return missing


def _each(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def freeze_finished(
    db: sqlite_utils.Database,
    service_point: str,
    provider: DayProvider,
    version: str,
    now: datetime,
) -> list[date]:
    """Freeze every settled day after the chain head into the upload queue; returns them."""
    local = now.astimezone(STOCKHOLM)
    settled = (local - SETTLE).date() - timedelta(days=1)
    frozen = []
    for day_file in _unfrozen(db, service_point, provider, version, settled):
        raw = day_file.to_bytes()
        usage.queue_day(db, day_file.day, raw, sha256(raw), now)
        frozen.append(day_file.day)
    return frozen


def retention_cutoff(today: date, months: int) -> date:
    """The first day kept as days: the first of the month `months` months before this one."""
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def day_start(day: date) -> datetime:
    """Local midnight at the start of `day`."""
    return datetime.combine(day, time(0), STOCKHOLM)
