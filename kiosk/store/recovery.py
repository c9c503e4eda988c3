"""A damaged or empty local database: kept aside, salvaged row by row, and remembered.

A power cut on ext4 can leave `local.db` at 0 bytes, and a failing disk can leave a page of
random bytes. SQLite would quietly start a 0-byte file as a new empty database, and a damaged
page fails some later query. Instead, before the database is used:

- the old file (with its -wal and -shm) is renamed to `local.db.damaged-YYYYMMDD-HHMMSS`, and
  never touched again: whoever wants to try more (the sqlite3 tool's `.recover`) has it intact;
- a new database is made and every table the kiosk knows is copied from a copy of the old one,
  row by row in rowid order, stepping over unreadable pages (Python's sqlite3 has no `.recover`,
  and `iterdump` stops at the first bad page);
- what happened is kept in the new database (`local_recoveries`), so the shop owner's status and
  the kiosk's status file can say so in plain Swedish.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.domain import STOCKHOLM

EMPTY = "empty"
"""The reason for a 0-byte file."""

SIDE_FILES = ("-wal", "-shm")
JUMPS = (1, 16, 256, 4096, 65536, 1 << 20)
"""Rowid steps tried past an unreadable page before a table is given up."""

BUSY_SECONDS = 10.0
"""How long the check waits for another connection's lock before giving up (not damage)."""

SHOW_FOR = timedelta(days=30)
"""A recovery stays in the owner's status (and status.json) this long."""


def _create_recoveries(db: Any) -> None:
    db.execute(
        "CREATE TABLE local_recoveries (at TEXT NOT NULL, kept TEXT NOT NULL,"
        " reason TEXT NOT NULL, events INTEGER NOT NULL, days INTEGER NOT NULL,"
        " rows INTEGER NOT NULL, lost TEXT NOT NULL)"
    )


MIGRATIONS: list[tuple[str, Callable[[Any], None]]] = [
    ("local-0001-recoveries", _create_recoveries),
]
"""Append-only; never edit or reorder a step that has shipped."""


@dataclass(frozen=True)
class Recovery:
    """One replaced local database."""

    at: datetime
    kept: str
    """The file name the old database was kept under, beside the new one."""
    reason: str
    """EMPTY, or SQLite's words for what is wrong."""
    events: int = 0
    """Shop-owner events salvaged."""
    days: int = 0
    """Days of usage statistics salvaged."""
    rows: int = 0
    """Rows salvaged in all."""
    lost: tuple[str, ...] = ()
    """Tables that could not be read at all, or only in part."""


def damage(path: Path) -> str:
    """'' when `path` is a sound database (or absent), else why it is not (EMPTY for 0 bytes).

    SQLite's structural check, then every row of the owner's small tables read as the kiosk
    reads them: random bytes inside a title pass the structure check, yet fail What's on.
    Only damage counts (SQLITE_CORRUPT, SQLITE_NOTADB, text that is not UTF-8): a file that is
    locked or cannot be opened for now raises sqlite3.Error, and is left where it is.
    """
    try:
        if path.stat().st_size == 0 and path.is_file():
            return EMPTY
    except FileNotFoundError:
        return ""
    conn = sqlite3.connect(path, timeout=BUSY_SECONDS)
    try:
        found = conn.execute("PRAGMA quick_check(1)").fetchall()
        if found == [("ok",)]:
            for table in READ_WHOLE:
                if conn.execute(_EXISTS, (table,)).fetchone():
                    conn.execute(f'SELECT * FROM "{table}"').fetchall()
    except sqlite3.DatabaseError as error:
        if not _damaged(error):
            raise
        return str(error)
    finally:
        conn.close()
    if found == [("ok",)]:
        return ""
    # "*** in database main ***\nOn tree page 5 cell 26: invalid page number 742621215"
    text = str(found[0][0]) if found else "no answer"
    return " ".join(line for line in text.splitlines() if not line.startswith("***"))


READ_WHOLE = ("local_events", "owner_details", "usage_state")
"""Small tables read row by row at every open (a year's database: a few hundred rows)."""

_EXISTS = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"


def _damaged(error: sqlite3.DatabaseError) -> bool:
    name = getattr(error, "sqlite_errorname", "")
    # Python's own error for text that is not UTF-8 carries no SQLite error name.
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "decode" in str(error)


def aside_name(path: Path, now: datetime) -> Path:
    """A free `local.db.damaged-YYYYMMDD-HHMMSS` beside `path` (Swedish time, as the status says)."""
    stamp = now.astimezone(STOCKHOLM).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    return candidate


def set_aside(path: Path, aside: Path) -> None:
    """Rename the database and its -wal and -shm to `aside` (same suffixes); raises OSError."""
    for suffix in SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    path.rename(aside)


def salvage(old: Path, into: sqlite3.Connection) -> tuple[dict[str, int], list[str]]:
    """Copy what can be read of `old` into the tables of `into`: (rows per table, tables lost).

    Reads a temporary copy (with its -wal, whose commits count), so `old` stays as it was.
    """
    counts: dict[str, int] = {}
    lost: list[str] = []
    tables = [
        row[0]
        for row in into.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND name != '_migrations' ORDER BY name"
        )
    ]
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=old.parent) as folder:
        copy = Path(folder) / "old.db"
        for suffix in ("", *SIDE_FILES):
            if old.with_name(old.name + suffix).exists():
                shutil.copyfile(old.with_name(old.name + suffix), Path(f"{copy}{suffix}"))
        try:
            source = sqlite3.connect(copy, timeout=10)
        except sqlite3.Error:
            return {}, tables
        # A title with a few random bytes is kept with replacement marks rather than lost.
        source.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            for table in tables:
                counts[table], whole = _copy_table(source, into, table)
                if not whole:
                    lost.append(table)
        finally:
            source.close()
    into.commit()
    return counts, lost


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _copy_table(
    source: sqlite3.Connection, into: sqlite3.Connection, table: str
) -> tuple[int, bool]:
    """Rows copied, and whether the table was read to its end without trouble."""
    try:
        theirs = set(_columns(source, table))
    except sqlite3.DatabaseError:
        return 0, False
    names = [c for c in _columns(into, table) if c in theirs]
    if not names:  # a table the old database never had: nothing of it is lost
        return 0, True
    quoted = ", ".join(f'"{c}"' for c in names)
    select = f'SELECT rowid, {quoted} FROM "{table}" WHERE rowid > ? ORDER BY rowid'
    insert = f'INSERT OR IGNORE INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
    copied, last, whole, jumps = 0, -(1 << 63), True, iter(JUMPS)
    while True:
        try:
            for row in source.execute(select, (last,)):
                into.execute(insert, row[1:])
                copied += 1
                last = row[0]
            return copied, whole
        except sqlite3.DatabaseError:
            whole = False
            step = next(jumps, None)
            if step is None or last > (1 << 62):
                return copied, False
            last = max(last, 0) + step  # step over the unreadable page, further each time


def record(into: sqlite3.Connection, recovery: Recovery) -> None:
    """Keep `recovery` in the new database (table from MIGRATIONS)."""
    with into:
        into.execute(
            "INSERT INTO local_recoveries (at, kept, reason, events, days, rows, lost)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                recovery.at.astimezone(UTC).isoformat(timespec="seconds"),
                recovery.kept,
                recovery.reason,
                recovery.events,
                recovery.days,
                recovery.rows,
                ",".join(recovery.lost),
            ),
        )


def recent(conn: sqlite3.Connection, now: datetime) -> list[Recovery]:
    """Recoveries within SHOW_FOR of `now`, newest first ([] when the table cannot be read)."""
    try:
        rows = conn.execute(
            "SELECT at, kept, reason, events, days, rows, lost FROM local_recoveries"
            " WHERE at >= ? ORDER BY at DESC",
            ((now - SHOW_FOR).astimezone(UTC).isoformat(timespec="seconds"),),
        ).fetchall()
    except sqlite3.Error:
        return []
    return [
        Recovery(
            datetime.fromisoformat(at),
            kept,
            reason,
            int(events),
            int(days),
            int(n),
            tuple(t for t in lost.split(",") if t),
        )
        for at, kept, reason, events, days, n, lost in rows
    ]


MONTHS = (
    "jan.",
    "feb.",
    "mars",
    "apr.",
    "maj",
    "juni",
    "juli",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)


def describe_sv(recovery: Recovery) -> str:
    """What happened, in one plain Swedish line for the shop owner and the municipality."""
    at = recovery.at.astimezone(STOCKHOLM)
    when = f"{at.day} {MONTHS[at.month - 1]} {at:%H:%M}"
    if recovery.reason == EMPTY:
        what = "Den lokala databasen var tom (troligen efter ett strömavbrott)"
    else:
        what = "Den lokala databasen var skadad"
    if not recovery.rows:
        saved = "Inget gick att rädda: egna evenemang, butikens uppgifter och statistik från före dess saknas."
    else:
        saved = f"Räddat: {recovery.events} egna evenemang och statistik för {recovery.days} dagar"
        saved += "; en del gick inte att läsa." if recovery.lost else "."
    return f"{what} och ersattes {when}. {saved} Den gamla filen finns kvar som {recovery.kept}."


def problem_lines(conn: sqlite3.Connection, now: datetime) -> list[str]:
    """The recent recoveries as plain Swedish lines, newest first (for status.json's `problems`)."""
    return [describe_sv(found) for found in recent(conn, now)]
