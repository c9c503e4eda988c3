"""The shop's word on past activities: held ("Genomförd") or cancelled ("Inställd").

Kept apart from the local events, which are deleted 30 days after they end: the report of a
quarter needs the confirmation for as long as the quarter is reported. An activity is named
as the day files name it (its start, ``YYYY-MM-DDTHH:MM`` or ``YYYY-MM-DD``, and its title),
so a feed activity and a local one are confirmed alike.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kiosk.errors import LocalDataError
from kiosk.store.local import Migration

if TYPE_CHECKING:  # sqlite-utils costs 50 ms to import: not before the first frame
    import sqlite_utils

OUTCOMES = ("held", "cancelled")


def _create(db: sqlite_utils.Database) -> None:
    db.execute(
        """create table activity_outcomes (
            start text not null, title text not null, source text not null,
            outcome text not null, primary key (start, title))"""
    )


MIGRATIONS: list[Migration] = [("outcomes-0001-activity-outcomes", _create)]
"""Append-only; never edit or reorder a step that has shipped."""


def set_outcome(
    db: sqlite_utils.Database, start: str, title: str, source: str, outcome: str
) -> None:
    """Record that the activity was held or cancelled; '' takes the shop's word back."""
    if outcome and outcome not in OUTCOMES:
        raise ValueError(f"outcome {outcome!r} is not one of {OUTCOMES}")
    try:
        with db.conn:
            if outcome:
                db.execute(
                    "insert or replace into activity_outcomes values (?, ?, ?, ?)",
                    [start, title, source, outcome],
                )
            else:
                db.execute(
                    "delete from activity_outcomes where start = ? and title = ?", [start, title]
                )
    except sqlite3.Error as error:
        raise LocalDataError(f"the local database could not save the answer ({error})") from error


def outcomes(db: sqlite_utils.Database, first: date, last: date) -> dict[tuple[str, str], str]:
    """(start, title) -> outcome of the activities that start from `first` to `last`."""
    try:
        rows = db.execute(
            "select start, title, outcome from activity_outcomes where start >= ? and start < ?"
            " order by start, title",
            [first.isoformat(), (last + timedelta(days=1)).isoformat()],
        ).fetchall()
    except sqlite3.Error as error:
        raise LocalDataError(f"the local database could not read the answers ({error})") from error
    return {(start, title): outcome for start, title, outcome in rows}
