"""The precious local database: opened with WAL, migrated forward by named, append-only steps."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import LocalDataError

if TYPE_CHECKING:  # sqlite-utils costs 50 ms to import: loaded when a database is opened
    import sqlite_utils

Migration = tuple[str, Callable[["sqlite_utils.Database"], None]]
"""A step's unique name (``"usage-0001-counters"``) and the function that applies it."""

_APPLIED = "_migrations"


def _all_migrations() -> Sequence[Migration]:
    # Each feature keeps its own append-only list; names make the order between lists irrelevant.
    from kiosk.store import outcomes, owner, usage

    return (*usage.MIGRATIONS, *owner.MIGRATIONS, *outcomes.MIGRATIONS)


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


def open_local(path: Path, migrations: Sequence[Migration] | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the local database at `path` and apply pending migrations.

    Raises LocalDataError with a one-line reason when the file is not a usable database;
    the file itself is never deleted or replaced here — it holds what cannot be rebuilt.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=10, check_same_thread=False)
        _use_wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        import sqlite_utils

        db = sqlite_utils.Database(conn)
        apply_migrations(db, _all_migrations() if migrations is None else migrations)
    except sqlite3.DatabaseError as error:
        raise LocalDataError(f"the local database {path} cannot be used: {error}") from error
    except OSError as error:
        raise LocalDataError(f"the local database {path} cannot be opened: {error}") from error
    return db


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
