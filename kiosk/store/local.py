"""The precious local database: opened with WAL, migrated forward by named, append-only steps."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from kiosk.errors import LocalDataError

Migration = tuple[str, Callable[[sqlite_utils.Database], None]]
"""A step's unique name (``"usage-0001-counters"``) and the function that applies it."""

_APPLIED = "_migrations"


def _all_migrations() -> Sequence[Migration]:
    # Each feature keeps its own append-only list; names make the order between lists irrelevant.
    from kiosk.store import owner, usage

    return (*usage.MIGRATIONS, *owner.MIGRATIONS)


def open_local(path: Path, migrations: Sequence[Migration] | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the local database at `path` and apply pending migrations.

    Raises LocalDataError with a one-line reason when the file is not a usable database;
    the file itself is never deleted or replaced here — it holds what cannot be rebuilt.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=10, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        db = sqlite_utils.Database(conn)
        apply_migrations(db, _all_migrations() if migrations is None else migrations)
    except sqlite3.DatabaseError as error:
        raise LocalDataError(f"the local database {path} cannot be used: {error}") from error
    except OSError as error:
        raise LocalDataError(f"the local database {path} cannot be opened: {error}") from error
    return db


def apply_migrations(db: sqlite_utils.Database, migrations: Sequence[Migration]) -> list[str]:
    """Apply every migration not yet recorded, each in its own transaction; returns their names."""
    names = [name for name, _ in migrations]
    if len(set(names)) != len(names):
        raise ValueError("two local-database migrations share a name")
    db.execute(f"CREATE TABLE IF NOT EXISTS {_APPLIED} (name TEXT PRIMARY KEY, applied_at TEXT)")
    done = {row[0] for row in db.execute(f"SELECT name FROM {_APPLIED}").fetchall()}
    applied = []
    for name, step in migrations:
        if name in done:
            continue
        with db.conn:
            step(db)
            db.execute(
                f"INSERT INTO {_APPLIED} (name, applied_at) VALUES (?, ?)",
                [name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
        applied.append(name)
    return applied
