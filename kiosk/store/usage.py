"""Usage counters, hourly availability and the upload queue in the local database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.errors import LocalDataError
from kiosk.store.local import Migration

AVAILABILITY = ("open_minutes", "running_minutes", "online_minutes", "fresh_minutes")
"""Columns of one hour's availability, in this order wherever they travel as a list."""

if TYPE_CHECKING:  # sqlite-utils costs 50 ms to import: not before the first frame
    import sqlite_utils


def _counters(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE usage_counters (day TEXT NOT NULL, key TEXT NOT NULL,"
        " count INTEGER NOT NULL, PRIMARY KEY (day, key))"
    )
    db.execute("CREATE TABLE usage_days (day TEXT PRIMARY KEY, starts INTEGER NOT NULL)")


def _hours(db: sqlite_utils.Database) -> None:
    columns = ", ".join(f"{name} INTEGER NOT NULL DEFAULT 0" for name in AVAILABILITY)
    db.execute(
        f"CREATE TABLE usage_hours (day TEXT NOT NULL, hour INTEGER NOT NULL, {columns},"
        " PRIMARY KEY (day, hour))"
    )


def _months(db: sqlite_utils.Database) -> None:
    # Availability minutes roll up under keys "minutes:<column>" beside the counters.
    db.execute(
        "CREATE TABLE usage_months (month TEXT NOT NULL, key TEXT NOT NULL,"
        " count INTEGER NOT NULL, PRIMARY KEY (month, key))"
    )


def _queue(db: sqlite_utils.Database) -> None:
    # A finished day is frozen here once, so every re-upload sends the very same bytes.
    db.execute(
        "CREATE TABLE usage_queue (day TEXT PRIMARY KEY, body BLOB NOT NULL,"
        " sha256 TEXT NOT NULL, queued_at TEXT NOT NULL, uploaded_at TEXT)"
    )
    db.execute("CREATE TABLE usage_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)")


MIGRATIONS: list[Migration] = [
    ("usage-0001-counters", _counters),
    ("usage-0002-hours", _hours),
    ("usage-0003-months", _months),
    ("usage-0004-queue", _queue),
]
"""Append-only; never edit or reorder a step that has shipped."""


@dataclass
class UsageDelta:
    """What the kiosk recorded since the last flush: added to the database in one transaction."""

    counters: dict[date, dict[str, int]] = field(default_factory=dict)
    hours: dict[tuple[date, int], list[int]] = field(default_factory=dict)
    """(day, hour) -> minutes running, online, fresh to add."""
    open_minutes: dict[date, list[int]] = field(default_factory=dict)
    """Day -> the 24 hours' open minutes from the opening hours (set, not added)."""
    starts: dict[date, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.counters or self.hours or self.open_minutes or self.starts)

    def merge(self, other: UsageDelta) -> None:
        """Add `other` into this delta (after a failed flush, so nothing is dropped)."""
        for day, counts in other.counters.items():
            mine = self.counters.setdefault(day, {})
            for key, n in counts.items():
                mine[key] = mine.get(key, 0) + n
        for slot, minutes in other.hours.items():
            old = self.hours.get(slot, [0, 0, 0])
            self.hours[slot] = [a + b for a, b in zip(old, minutes, strict=True)]
        self.open_minutes.update(other.open_minutes)
        for day, n in other.starts.items():
            self.starts[day] = self.starts.get(day, 0) + n


@contextmanager
def _writing(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One transaction: all of it lands or none of it (a SIGKILL never leaves half a flush)."""
    try:
        with db.conn:
            yield db.conn
    except sqlite3.Error as error:
        raise LocalDataError(f"usage statistics cannot be saved: {error}") from error


def _read(
    db: sqlite_utils.Database, sql: str, params: tuple[object, ...] = ()
) -> list[tuple[Any, ...]]:
    try:
        return list(db.execute(sql, params).fetchall())
    except sqlite3.Error as error:
        raise LocalDataError(f"usage statistics cannot be read: {error}") from error


def flush(db: sqlite_utils.Database, delta: UsageDelta) -> None:
    """Add `delta` to the stored counters and availability in one transaction.

    What a clock set behind dates on a day already frozen for upload is counted on the first
    day not yet frozen instead (and noted there, see `late_visits`): a frozen day's file is
    never rebuilt, so it would otherwise never be delivered. Opening minutes are the day's
    timetable, not something that happened, and stay where they are.
    """
    opens = [
        (d.isoformat(), h, m)
        for d, minutes in delta.open_minutes.items()
        for h, m in enumerate(minutes)
    ]
    with _writing(db) as conn:
        # Immediate: the upload child cannot freeze a day between our look at the chain head
        # and our writes.
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
        head = conn.execute("SELECT value FROM usage_state WHERE name = 'chain_day'").fetchone()
        delta, (later, late) = _after_head(delta, date.fromisoformat(head[0]) if head else None)
        counters = [
            (d.isoformat(), key, n)
            for d, counts in delta.counters.items()
            for key, n in counts.items()
        ]
        hours = [(d.isoformat(), h, *m) for (d, h), m in delta.hours.items()]
        if late:
            conn.execute(
                "INSERT INTO usage_state (name, value) VALUES (?, ?) ON CONFLICT (name)"
                " DO UPDATE SET value = CAST(value AS INTEGER) + CAST(excluded.value AS INTEGER)",
                (_late_key(later), str(late)),
            )
        conn.executemany(
            "INSERT INTO usage_counters (day, key, count) VALUES (?, ?, ?) ON CONFLICT (day, key)"
            " DO UPDATE SET count = count + excluded.count",
            counters,
        )
        conn.executemany(
            "INSERT INTO usage_hours (day, hour, running_minutes, online_minutes, fresh_minutes)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (day, hour) DO UPDATE SET"
            " running_minutes = running_minutes + excluded.running_minutes,"
            " online_minutes = online_minutes + excluded.online_minutes,"
            " fresh_minutes = fresh_minutes + excluded.fresh_minutes",
            hours,
        )
        conn.executemany(
            "INSERT INTO usage_hours (day, hour, open_minutes) VALUES (?, ?, ?)"
            " ON CONFLICT (day, hour) DO UPDATE SET open_minutes = excluded.open_minutes",
            opens,
        )
        conn.executemany(
            "INSERT INTO usage_days (day, starts) VALUES (?, ?)"
            " ON CONFLICT (day) DO UPDATE SET starts = starts + excluded.starts",
            [(d.isoformat(), n) for d, n in delta.starts.items()],
        )


def _after_head(delta: UsageDelta, head: date | None) -> tuple[UsageDelta, tuple[date, int]]:
    """`delta` with what falls on or before the frozen `head` moved to the day after it, and
    (that day, how many visits were moved)."""
    if head is None:
        return delta, (date.min, 0)
    later = head + timedelta(days=1)
    moved = UsageDelta(open_minutes=dict(delta.open_minutes))
    late = 0
    for day, counts in delta.counters.items():
        if day <= head:
            late += counts.get("visits", 0)
        moved.merge(UsageDelta(counters={later if day <= head else day: counts}))
    for (day, hour), minutes in delta.hours.items():
        moved.merge(UsageDelta(hours={(later if day <= head else day, hour): minutes}))
    for day, n in delta.starts.items():
        moved.merge(UsageDelta(starts={later if day <= head else day: n}))
    return moved, (later, late)


def _late_key(day: date) -> str:
    return f"late:{day.isoformat()}"


def late_visits(db: sqlite_utils.Database, day: date) -> int:
    """How many visits counted on `day` were dated on days already frozen (a clock set behind)."""
    value = get_state(db, _late_key(day))
    return int(value) if value else 0


def daily_counters(db: sqlite_utils.Database, start: date, end: date) -> dict[date, dict[str, int]]:
    """Counters per day from `start` to `end` inclusive (days still held as days only)."""
    result: dict[date, dict[str, int]] = {}
    rows = _read(
        db,
        "SELECT day, key, count FROM usage_counters WHERE day BETWEEN ? AND ? AND count != 0"
        " ORDER BY day, key",
        (start.isoformat(), end.isoformat()),
    )
    for day, key, count in rows:
        result.setdefault(date.fromisoformat(day), {})[key] = int(count)
    return result


def day_hours(db: sqlite_utils.Database, day: date) -> dict[str, list[int]]:
    """The day's availability: column -> 24 hourly minute counts."""
    hours = {name: [0] * 24 for name in AVAILABILITY}
    cols = ", ".join(AVAILABILITY)
    for row in _read(db, f"SELECT hour, {cols} FROM usage_hours WHERE day = ?", (day.isoformat(),)):
        for name, value in zip(AVAILABILITY, row[1:], strict=True):
            hours[name][int(row[0])] = int(value)
    return hours


def day_starts(db: sqlite_utils.Database, day: date) -> int:
    """How many times the kiosk started recording on `day`."""
    rows = _read(db, "SELECT starts FROM usage_days WHERE day = ?", (day.isoformat(),))
    return int(rows[0][0]) if rows else 0


def days_with_data(db: sqlite_utils.Database, start: date, end: date) -> set[date]:
    """Days from `start` to `end` on which the kiosk recorded anything (counters or availability)."""
    sql = " UNION ".join(
        f"SELECT day FROM {table} WHERE day BETWEEN ? AND ?"
        for table in ("usage_counters", "usage_hours", "usage_days")
    )
    bounds = (start.isoformat(), end.isoformat())
    return {date.fromisoformat(row[0]) for row in _read(db, sql, bounds * 3)}


# --- upload queue and chain -----------------------------------------------------------------


def get_state(db: sqlite_utils.Database, name: str) -> str | None:
    """A value of the upload and retention bookkeeping, None when never set."""
    rows = _read(db, "SELECT value FROM usage_state WHERE name = ?", (name,))
    return str(rows[0][0]) if rows else None


def set_state(db: sqlite_utils.Database, values: Mapping[str, str]) -> None:
    """Set bookkeeping values in one transaction."""
    with _writing(db) as conn:
        conn.executemany(
            "INSERT INTO usage_state (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )


def queued(db: sqlite_utils.Database, day: date) -> bytes | None:
    """The frozen bytes of `day`'s file, None when it is not frozen yet."""
    rows = _read(db, "SELECT body FROM usage_queue WHERE day = ?", (day.isoformat(),))
    return bytes(rows[0][0]) if rows else None


def queued_days(db: sqlite_utils.Database, start: date, end: date) -> set[date]:
    """Days from `start` to `end` whose files are frozen in the queue (delivered or not)."""
    rows = _read(
        db,
        "SELECT day FROM usage_queue WHERE day BETWEEN ? AND ?",
        (start.isoformat(), end.isoformat()),
    )
    return {date.fromisoformat(row[0]) for row in rows}


def queue_day(db: sqlite_utils.Database, day: date, body: bytes, sha: str, now: datetime) -> None:
    """Freeze `day`'s file and make it the head of the chain, in one transaction."""
    with _writing(db) as conn:
        conn.execute(
            "INSERT INTO usage_queue (day, body, sha256, queued_at) VALUES (?, ?, ?, ?)",
            (day.isoformat(), body, sha, now.isoformat(timespec="seconds")),
        )
        conn.executemany(
            "INSERT INTO usage_state (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            [("chain_day", day.isoformat()), ("chain_sha256", sha)],
        )


def chain_head(db: sqlite_utils.Database) -> tuple[date, str] | None:
    """The last frozen day and its file's SHA-256: the next file names this hash."""
    day, sha = get_state(db, "chain_day"), get_state(db, "chain_sha256")
    return (date.fromisoformat(day), sha) if day and sha else None


def waiting(db: sqlite_utils.Database) -> list[tuple[date, bytes]]:
    """Frozen days not yet delivered, oldest first."""
    rows = _read(db, "SELECT day, body FROM usage_queue WHERE uploaded_at IS NULL ORDER BY day")
    return [(date.fromisoformat(day), bytes(body)) for day, body in rows]


def mark_uploaded(db: sqlite_utils.Database, day: date, now: datetime) -> None:
    """The server accepted `day`'s file."""
    with _writing(db) as conn:
        conn.execute(
            "UPDATE usage_queue SET uploaded_at = ? WHERE day = ?",
            (now.isoformat(timespec="seconds"), day.isoformat()),
        )


def record_attempt(db: sqlite_utils.Database, now: datetime, result: str) -> None:
    """Remember when the last upload pass ran and how it ended (one line for the shop owner)."""
    set_state(db, {"last_upload_at": now.isoformat(timespec="seconds"), "last_upload": result})


def last_upload(db: sqlite_utils.Database) -> tuple[datetime, str] | None:
    """When the last upload pass ran and its result, None when none ever ran."""
    at, result = get_state(db, "last_upload_at"), get_state(db, "last_upload")
    return (datetime.fromisoformat(at), result) if at and result is not None else None


def delivery_summary(db: sqlite_utils.Database) -> tuple[date | None, int]:
    """The newest day the server accepted (None: none yet) and how many frozen days wait."""
    newest = _read(db, "SELECT max(day) FROM usage_queue WHERE uploaded_at IS NOT NULL")[0][0]
    count = _read(db, "SELECT count(*) FROM usage_queue WHERE uploaded_at IS NULL")[0][0]
    return (date.fromisoformat(newest) if newest else None), int(count)


# --- retention ------------------------------------------------------------------------------


def roll_up(db: sqlite_utils.Database, before: date, keep_undelivered: bool = True) -> int:
    """Fold the daily rows of days before `before` into monthly sums; returns how many days.

    Delivered queue files go too; undelivered ones stay until the server has them, unless
    `keep_undelivered` is False (a kiosk with no server to deliver to).
    """
    cut = (before.isoformat(),)
    days = _read(db, "SELECT COUNT(*) FROM usage_days WHERE day < ?", cut)[0][0]
    add = " ON CONFLICT (month, key) DO UPDATE SET count = count + excluded.count"
    with _writing(db) as conn:
        conn.execute(
            "INSERT INTO usage_months (month, key, count) SELECT substr(day, 1, 7), key,"
            f" SUM(count) FROM usage_counters WHERE day < ? GROUP BY 1, 2{add}",
            cut,
        )
        for column in AVAILABILITY:
            conn.execute(
                "INSERT INTO usage_months (month, key, count) SELECT substr(day, 1, 7),"
                f" 'minutes:{column}', SUM({column}) FROM usage_hours WHERE day < ? GROUP BY 1{add}",
                cut,
            )
        conn.execute(
            "INSERT INTO usage_months (month, key, count) SELECT substr(day, 1, 7),"
            f" 'days:recorded', COUNT(*) FROM usage_days WHERE day < ? GROUP BY 1{add}",
            cut,
        )
        for table in ("usage_counters", "usage_hours", "usage_days"):
            conn.execute(f"DELETE FROM {table} WHERE day < ?", cut)
        delivered = " AND uploaded_at IS NOT NULL" if keep_undelivered else ""
        conn.execute(f"DELETE FROM usage_queue WHERE day < ?{delivered}", cut)
        old = conn.execute("SELECT value FROM usage_state WHERE name = 'rolled_up_before'")
        row = old.fetchone()
        if row is None or row[0] < cut[0]:
            conn.execute(
                "INSERT INTO usage_state (name, value) VALUES ('rolled_up_before', ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                cut,
            )
    return int(days)


def monthly_counters(db: sqlite_utils.Database) -> dict[str, dict[str, int]]:
    """Rolled-up months ('YYYY-MM') -> counters, plus 'minutes:<column>' and 'days:recorded'."""
    result: dict[str, dict[str, int]] = {}
    for month, key, count in _read(db, "SELECT month, key, count FROM usage_months ORDER BY 1, 2"):
        result.setdefault(str(month), {})[str(key)] = int(count)
    return result
