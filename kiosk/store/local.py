"""The precious local database: opened with WAL, migrated forward by named, append-only steps."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import LocalDataError
from kiosk.store import recovery
from kiosk.store.files import held

if TYPE_CHECKING:  # sqlite-utils costs 50 ms to import: loaded when a database is opened
    import sqlite_utils

Migration = tuple[str, Callable[["sqlite_utils.Database"], None]]
"""A step's unique name (``"usage-0001-counters"``) and the function that applies it."""

_APPLIED = "_migrations"

log = logging.getLogger(__name__)


def _all_migrations() -> Sequence[Migration]:
    # Each feature keeps its own append-only list; names make the order between lists irrelevant.
    # Imported here because those modules import this one (for `Migration`).
    from kiosk.store import outcomes, owner, usage

    return (*usage.MIGRATIONS, *owner.MIGRATIONS, *recovery.MIGRATIONS, *outcomes.MIGRATIONS)


def _use_wal(conn: sqlite3.Connection) -> None:
    # Switching a new file to WAL does not wait for the busy timeout when another connection is
    # doing the same at that moment (both kiosk parts open the file at start): try again.
    for attempt in range(50):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == 49:
                raise
            time.sleep(0.1)


def open_local(
    path: Path, migrations: Sequence[Migration] | None = None, now: datetime | None = None
) -> sqlite_utils.Database:
    """Open (creating if needed) the local database at `path` and apply pending migrations.

    An empty (0-byte) or damaged file is never used as it is nor silently replaced: it is kept
    aside, what can be read is salvaged into a new database and the recovery is recorded there
    (kiosk/store/recovery.py). Every part of the kiosk opens the file through here, one at a
    time (an OS lock), so two parts never both find it damaged. LocalDataError with a one-line
    reason when even that fails.
    """
    steps = _all_migrations() if migrations is None else migrations
    try:
        with held(path.with_name(path.name + ".lock")):
            reason = recovery.damage(path)
            if reason or not path.exists():
                _make(path, steps, reason, now or datetime.now(UTC))
            return _connect(path, steps)
    except sqlite3.DatabaseError as error:
        raise LocalDataError(f"the local database {path} cannot be used: {error}") from error
    except OSError as error:
        raise LocalDataError(f"the local database {path} cannot be opened: {error}") from error


def _connect(path: Path, steps: Sequence[Migration]) -> sqlite_utils.Database:
    conn = sqlite3.connect(path, timeout=10, check_same_thread=False)
    _use_wal(conn)
    conn.execute("PRAGMA synchronous=NORMAL")
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    apply_migrations(db, steps)
    return db


def _make(path: Path, steps: Sequence[Migration], reason: str, now: datetime) -> None:
    """A new database at `path`, made aside and renamed into place whole.

    So a file of ours is never seen at 0 bytes: one that is was left by a power cut. With a
    `reason`, the damaged file is salvaged into the new one first, then kept aside.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = path.with_name(f".{path.name}.new")
    for suffix in ("", *recovery.SIDE_FILES):
        fresh.with_name(fresh.name + suffix).unlink(missing_ok=True)
    db = _connect(fresh, steps)
    try:
        if reason:
            _salvage(path, db, reason, now)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the one file
    finally:
        db.conn.close()
    os.replace(fresh, path)


def _salvage(path: Path, db: sqlite_utils.Database, reason: str, now: datetime) -> None:
    """Copy what `path` still holds into `db`, keep `path` aside and note it in `db`."""
    aside = recovery.aside_name(path, now)
    counts, lost = recovery.salvage(path, db.conn)
    recovery.set_aside(path, aside)
    rows = sum(counts.values())
    found = recovery.Recovery(
        now,
        aside.name,
        reason,
        events=counts.get("local_events", 0),
        days=counts.get("usage_days", 0),
        rows=rows,
        lost=tuple(lost),
    )
    recovery.record(db.conn, found)
    log.error(
        "the local database was %s; kept as %s, %d rows salvaged%s",
        "empty" if reason == recovery.EMPTY else f"damaged ({reason})",
        aside.name,
        rows,
        f", unreadable in part: {', '.join(lost)}" if lost else "",
    )


def apply_migrations(db: sqlite_utils.Database, migrations: Sequence[Migration]) -> list[str]:
    """Apply every migration not yet recorded, all in one transaction; returns their names.

    The statistics (on their worker thread) and shop-owner mode open the database at the same
    moment: the write lock is taken before looking at what is applied, so the second opener
    waits and then finds everything done instead of creating the same tables again.
    """
    names = [name for name, _ in migrations]
    if len(set(names)) != len(names):
        raise ValueError("two local-database migrations share a name")
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {_APPLIED} (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        done = {row[0] for row in conn.execute(f"SELECT name FROM {_APPLIED}").fetchall()}
        applied = []
        for name, step in migrations:
            if name in done:
                continue
            step(db)  # DDL is transactional in SQLite: a failed step leaves nothing behind
            conn.execute(
                f"INSERT INTO {_APPLIED} (name, applied_at) VALUES (?, ?)",
                [name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
            applied.append(name)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return applied
