"""Upload folders as kiosks leave them: status.json by the contract and hash-chained day files."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.domain import STOCKHOLM
from kiosk.fleet.status import KioskStatus, OpenDay
from kiosk.stats.dayfile import CRITERIA, Availability, DayFile, sha256

WEEKDAY_HOURS = (("09:00", "18:00"),)
SATURDAY_HOURS = (("10:00", "14:00"),)


def schedule(first: date, days: int = 14) -> tuple[OpenDay, ...]:
    """Open 09-18 on weekdays, 10-14 on Saturdays, closed on Sundays."""
    out = []
    for n in range(days):
        day = first + timedelta(days=n)
        spans = WEEKDAY_HOURS if day.weekday() < 5 else SATURDAY_HOURS if day.weekday() == 5 else ()
        out.append(OpenDay(day, spans))
    return tuple(out)


def status(point: str, written: datetime, **changes: object) -> KioskStatus:
    """A healthy kiosk's status written at `written`."""
    values: dict[str, object] = {
        "service_point": point,
        "written": written.isoformat(timespec="seconds"),
        "program_version": "1.0",
        "name": f"{point.capitalize()} Handel",
        "village": point.capitalize(),
        "feed_version": 7,
        "feed_expires": (written + timedelta(days=30)).isoformat(timespec="seconds"),
        "sync_outcome": "unchanged",
        "schedule": schedule(written.astimezone(STOCKHOLM).date()),
    }
    values.update(changes)
    return KioskStatus(**values)  # type: ignore[arg-type]


def day_file(point: str, day: date, previous: str | None, visits: int = 12) -> DayFile:
    return DayFile(
        service_point=point,
        day=day,
        counters={"session": visits, "section_view:places": visits * 2},
        availability=Availability(),
        offers={c: True for c in CRITERIA},
        kiosk_version="1.0",
        previous_sha256=previous,
    )


def write_days(
    folder: Path, point: str, first: date, last: date, skip: frozenset[date] = frozenset()
) -> None:
    """Chained day files from `first` to `last`; `skip` days the kiosk did not run."""
    target = folder / point
    target.mkdir(parents=True, exist_ok=True)
    previous = None
    day = first
    while day <= last:
        if day not in skip:
            raw = day_file(point, day, previous).to_bytes()
            (target / f"{day.isoformat()}.json").write_bytes(raw)
            previous = sha256(raw)
        day += timedelta(days=1)


def write_status(folder: Path, state: KioskStatus) -> None:
    target = folder / state.service_point
    target.mkdir(parents=True, exist_ok=True)
    (target / "status.json").write_bytes(state.to_json())
