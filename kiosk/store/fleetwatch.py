"""The watch job's memory: which problems were mailed as started, shop names, quarters sent.

A small SQLite file on the officer's computer (or server), so that each problem is mailed once
when it starts and once when it is over, and each quarter's reports only once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path

import sqlite_utils

from kiosk.store.local import Migration, open_local

FILE_NAME = "fleetwatch.db"

Key = tuple[str, str]
"""(service point id, problem kind)."""


def _tables(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE watch_problems (service_point TEXT, kind TEXT, since TEXT, text TEXT,"
        " PRIMARY KEY (service_point, kind))"
    )
    db.execute("CREATE TABLE watch_names (service_point TEXT PRIMARY KEY, name TEXT, village TEXT)")
    db.execute("CREATE TABLE watch_quarters (quarter TEXT PRIMARY KEY, sent TEXT)")


def _links(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE watch_links (service_point TEXT, name TEXT, stamp TEXT, sha256 TEXT,"
        " previous TEXT, PRIMARY KEY (service_point, name))"
    )


MIGRATIONS: tuple[Migration, ...] = (
    ("fleetwatch-0001-tables", _tables),
    ("fleetwatch-0002-links", _links),
)


def open_watch(path: Path) -> sqlite_utils.Database:
    """Open (creating if needed) the watch state file; LocalDataError when it is unusable."""
    return open_local(path, MIGRATIONS)


def open_problems(db: sqlite_utils.Database) -> dict[Key, str]:
    """The problems mailed as started and not yet as over: key -> the line that was mailed."""
    rows = db.execute("SELECT service_point, kind, text FROM watch_problems").fetchall()
    return {(point, kind): text for point, kind, text in rows}


def record_mail(
    db: sqlite_utils.Database,
    started: Mapping[Key, str],
    ended: Iterable[Key],
    now: datetime,
) -> None:
    """Remember what one mail said: these problems started, those are over."""
    with db.conn:
        db.conn.executemany(
            "INSERT OR REPLACE INTO watch_problems VALUES (?, ?, ?, ?)",
            [(p, k, now.isoformat(timespec="seconds"), t) for (p, k), t in started.items()],
        )
        db.conn.executemany(
            "DELETE FROM watch_problems WHERE service_point = ? AND kind = ?", list(ended)
        )


def names(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """Service point id -> (name, village) as last known."""
    rows = db.execute("SELECT service_point, name, village FROM watch_names").fetchall()
    return {point: (name, village) for point, name, village in rows}


def remember_names(db: sqlite_utils.Database, known: Mapping[str, tuple[str, str]]) -> None:
    """Keep names that are known now, so a kiosk that later loses its name still has one."""
    with db.conn:
        db.conn.executemany(
            "INSERT OR REPLACE INTO watch_names VALUES (?, ?, ?)",
            [(point, name, village) for point, (name, village) in known.items() if name],
        )


Link = tuple[str, str, str | None]
"""A day file's stamp (size, time), its SHA-256 and the SHA-256 it names as its predecessor."""


def links(db: sqlite_utils.Database, point: str) -> dict[str, Link]:
    """File name -> link of one service point's day files read before."""
    rows = db.execute(
        "SELECT name, stamp, sha256, previous FROM watch_links WHERE service_point = ?", [point]
    ).fetchall()
    return {name: (stamp, sha, previous) for name, stamp, sha, previous in rows}


def save_links(db: sqlite_utils.Database, point: str, fresh: Mapping[str, Link]) -> None:
    """Remember the links of day files just read."""
    with db.conn:
        db.conn.executemany(
            "INSERT OR REPLACE INTO watch_links VALUES (?, ?, ?, ?, ?)",
            [(point, name, *link) for name, link in fresh.items()],
        )


def quarter_sent(db: sqlite_utils.Database, quarter: str) -> bool:
    """Whether the reports of `quarter` ('2026-Q3') were mailed."""
    row = db.execute("SELECT 1 FROM watch_quarters WHERE quarter = ?", [quarter]).fetchone()
    return row is not None


def mark_quarter(db: sqlite_utils.Database, quarter: str, now: datetime) -> None:
    """Remember that the reports of `quarter` were mailed."""
    with db.conn:
        db.conn.execute(
            "INSERT OR REPLACE INTO watch_quarters VALUES (?, ?)",
            [quarter, now.isoformat(timespec="seconds")],
        )
