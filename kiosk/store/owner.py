"""Shop-owner data in the local database: local events and the service point's own details."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from kiosk.domain import CRITERIA, STOCKHOLM, ServicePoint, Text
from kiosk.errors import LocalDataError
from kiosk.store import usage
from kiosk.store.local import Migration

KEEP_AFTER_END = timedelta(days=30)
"""Local events may name a contact person: they are deleted this long after they end."""

REPEATS = {"": "", "weekly": "FREQ=WEEKLY", "monthly": "FREQ=MONTHLY"}
"""The repetitions the form offers, as the RRULE stored for each."""

if TYPE_CHECKING:  # sqlite-utils costs 50 ms to import: not before the first frame
    import sqlite_utils


@dataclass(frozen=True)
class LocalEvent:
    """An event the shop owner posted. Times are local (Europe/Stockholm) 'HH:MM' strings."""

    title: str
    day: date
    start: str
    end: str = ""
    place: str = ""
    description: str = ""
    category: str = ""
    image: str = ""
    """File name of the copied image in the data directory's owner-images folder ('' none)."""
    price: str = ""
    contact: str = ""
    rrule: str = ""
    until: date | None = None
    """Last day of a repeating event (None: it goes on)."""
    cancelled: bool = False
    id: str = ""

    @property
    def repeat(self) -> str:
        """'', 'weekly' or 'monthly'."""
        freq = self.rrule.split(";", 1)[0]
        return next((name for name, rule in REPEATS.items() if rule and rule == freq), "")

    def starts_at(self) -> datetime:
        """The first occurrence's start."""
        return datetime.combine(self.day, time.fromisoformat(self.start), STOCKHOLM)

    def ends_at(self, on: date | None = None) -> datetime:
        """End of the occurrence on `on` (default: the first); an hour after the start when open."""
        start = datetime.combine(on or self.day, time.fromisoformat(self.start), STOCKHOLM)
        if not self.end:
            return start + timedelta(hours=1)
        end = datetime.combine(start.date(), time.fromisoformat(self.end), STOCKHOLM)
        return end if end > start else end + timedelta(days=1)

    def last_end(self) -> datetime | None:
        """When the last occurrence ends (None for a series without an end)."""
        if not self.rrule:
            return self.ends_at()
        return self.ends_at(self.until) if self.until else None


@dataclass(frozen=True)
class Details:
    """The service point's own details, overriding the feed's defaults."""

    hours: tuple[str, ...] = ("",) * 7
    """Monday..Sunday: 'HH:MM-HH:MM', or '' when closed."""
    exceptions: tuple[tuple[str, str, str], ...] = ()
    """(ISO date, 'HH:MM-HH:MM' or '' for closed, note) for holidays and other days."""
    criteria: Mapping[str, bool] = field(default_factory=lambda: MappingProxyType({}))
    telephone: str = ""
    email: str = ""
    home_delivery_telephone: str = ""
    home_delivery_how: str = ""


def _create_events(db: sqlite_utils.Database) -> None:
    db.execute(
        """create table local_events (
            id text primary key, title text not null, day text not null, start text not null,
            "end" text, place text, description text, category text, image text, price text,
            contact text, rrule text, until text, cancelled integer not null default 0,
            last_end text, updated text)"""
    )


def _create_details(db: sqlite_utils.Database) -> None:
    db.execute("create table owner_details (key text primary key, value text not null)")


MIGRATIONS: list[Migration] = [
    ("owner-0001-events", _create_events),
    ("owner-0002-details", _create_details),
]
"""Append-only; never edit or reorder a step that has shipped."""


def _fail(error: sqlite3.Error, doing: str) -> LocalDataError:
    return LocalDataError(f"the local database could not {doing} ({error})")


def _row(event: LocalEvent, now: datetime) -> dict[str, Any]:
    last = event.last_end()
    return {
        **{k: v for k, v in asdict(event).items() if k not in {"day", "until", "cancelled"}},
        "day": event.day.isoformat(),
        "until": event.until.isoformat() if event.until else None,
        "cancelled": int(event.cancelled),
        "last_end": last.isoformat() if last else None,
        "updated": now.isoformat(timespec="seconds"),
    }


def _event(row: Mapping[str, Any]) -> LocalEvent:
    return LocalEvent(
        id=row["id"],
        title=row["title"],
        day=date.fromisoformat(row["day"]),
        start=row["start"],
        end=row["end"] or "",
        place=row["place"] or "",
        description=row["description"] or "",
        category=row["category"] or "",
        image=row["image"] or "",
        price=row["price"] or "",
        contact=row["contact"] or "",
        rrule=row["rrule"] or "",
        until=date.fromisoformat(row["until"]) if row["until"] else None,
        cancelled=bool(row["cancelled"]),
    )


def save_event(db: sqlite_utils.Database, event: LocalEvent, now: datetime) -> LocalEvent:
    """Insert (no id yet) or replace an event; returns it with its id."""
    if not event.id:
        event = replace(event, id=uuid.uuid4().hex)
    try:
        with db.conn:
            row = _row(event, now)
            names = ", ".join(f'"{name}"' for name in row)
            marks = ", ".join("?" * len(row))
            db.execute(
                f"insert or replace into local_events ({names}) values ({marks})",
                list(row.values()),
            )
    except sqlite3.Error as error:
        raise _fail(error, "save the event") from error
    return event


def events(db: sqlite_utils.Database) -> list[LocalEvent]:
    """Every local event, soonest first."""
    try:
        rows = db.query("select * from local_events order by day, start, id")
        return [_event(row) for row in rows]
    except sqlite3.Error as error:
        raise _fail(error, "read the local events") from error


def set_cancelled(db: sqlite_utils.Database, event_id: str, cancelled: bool) -> None:
    """Mark an event cancelled (shown as such) or back on."""
    try:
        with db.conn:
            db.execute(
                "update local_events set cancelled = ? where id = ?", [int(cancelled), event_id]
            )
    except sqlite3.Error as error:
        raise _fail(error, "change the event") from error


def delete_event(db: sqlite_utils.Database, event_id: str) -> None:
    """Remove an event for good."""
    try:
        with db.conn:
            db.execute("delete from local_events where id = ?", [event_id])
    except sqlite3.Error as error:
        raise _fail(error, "delete the event") from error


def purge_ended(db: sqlite_utils.Database, now: datetime) -> list[str]:
    """Delete events that ended more than KEEP_AFTER_END ago; returns their image file names.

    Never before their day is frozen into a day file (kiosk/stats/days.py): the report reads
    the activities held from there, and it must not lose one because the kiosk was off.
    """
    cutoff = now - KEEP_AFTER_END
    head = usage.chain_head(db)
    if head is not None:
        cutoff = min(cutoff, datetime.combine(head[0] + timedelta(days=1), time(0), STOCKHOLM))
    cutoff_text = cutoff.isoformat()
    try:
        with db.conn:
            images = [
                row[0]
                for row in db.execute(
                    "select image from local_events where last_end < ? and image != ''",
                    [cutoff_text],
                ).fetchall()
            ]
            db.execute("delete from local_events where last_end < ?", [cutoff_text])
    except sqlite3.Error as error:
        raise _fail(error, "remove old events") from error
    return images


def load_details(db: sqlite_utils.Database) -> Details | None:
    """The saved details, or None when the owner never saved any."""
    try:
        rows = db.execute("select value from owner_details where key = 'details'").fetchall()
    except sqlite3.Error as error:
        raise _fail(error, "read the service point's details") from error
    if not rows:
        return None
    raw = json.loads(rows[0][0])
    return Details(
        hours=tuple(raw.get("hours", ("",) * 7)),
        exceptions=tuple(tuple(e) for e in raw.get("exceptions", ())),
        criteria=MappingProxyType(dict(raw.get("criteria", {}))),
        **{k: str(raw.get(k, "")) for k in _TEXT_FIELDS},
    )


_TEXT_FIELDS = ("telephone", "email", "home_delivery_telephone", "home_delivery_how")


def save_details(db: sqlite_utils.Database, details: Details) -> None:
    """Store the details (replacing what was saved before)."""
    value = asdict(replace(details, criteria={}))
    value["criteria"] = dict(details.criteria)
    try:
        with db.conn:
            db.execute(
                "insert or replace into owner_details (key, value) values ('details', ?)",
                [json.dumps(value, ensure_ascii=False)],
            )
    except sqlite3.Error as error:
        raise _fail(error, "save the service point's details") from error


def apply_details(point: ServicePoint, details: Details | None) -> ServicePoint:
    """The feed's service point with the owner's details in place of the feed's defaults."""
    if details is None:
        return point
    codes = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
    return point._replace(
        opening_hours=tuple(f"{codes[i]} {h}" for i, h in enumerate(details.hours) if h),
        criteria=MappingProxyType({c: bool(details.criteria.get(c)) for c in CRITERIA}),
        telephone=details.telephone or point.telephone,
        email=details.email or point.email,
        home_delivery=Text.of(details.home_delivery_how)
        if details.home_delivery_how
        else point.home_delivery,
        home_delivery_telephone=details.home_delivery_telephone or point.home_delivery_telephone,
        opening_exceptions=_days_that_differ(point.opening_exceptions, details.exceptions),
    )


def _days_that_differ(
    municipality: Sequence[tuple[str, str, str]], owner: Sequence[tuple[str, str, str]]
) -> tuple[tuple[str, str, str], ...]:
    """The feed's special days and the owner's, the owner's winning on a day both name."""
    named = {day for day, _hours, _note in owner}
    kept = [entry for entry in municipality if entry[0] not in named]
    return tuple(sorted([*kept, *owner]))


def offers_on(
    db: sqlite_utils.Database, day: date, feed_service_point: ServicePoint | None
) -> dict[str, bool]:
    """Which of the five criteria the service point offers on `day` (for the statistics).

    The owner's details win over the feed's; a day the owner marked closed offers nothing.
    """
    details = load_details(db)
    if details is not None and any(
        d == day.isoformat() and not h for d, h, _ in details.exceptions
    ):
        return dict.fromkeys(CRITERIA, False)
    base = feed_service_point.criteria if feed_service_point is not None else {}
    chosen = details.criteria if details is not None else base
    return {c: bool(chosen.get(c)) for c in CRITERIA}
