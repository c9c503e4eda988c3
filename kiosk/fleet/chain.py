"""The delivered day files of one service point as evidence: missing and changed files.

Each day file names the SHA-256 of the file delivered before it (kiosk/stats/dayfile.py). A file
whose named predecessor is not the file before it in the folder shows a change after delivery,
or, when days lie between the two, a file that never arrived or was removed. A gap with an intact
chain is only days the kiosk did not run (a closed shop), which is no problem.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.stats.dayfile import sha256

WINDOW_DAYS = 100
"""The board checks the chain over about the last quarter (one GET per file over WebDAV); the
quarterly reports check every file of their period."""


@dataclass(frozen=True)
class Chain:
    """What the day files of the window show."""

    newest: date | None = None
    changed: tuple[date, ...] = ()
    """Days whose file differs from what the next day's file says was delivered."""
    gaps: tuple[tuple[date, date], ...] = ()
    """First and last day of stretches where a delivered file is missing."""
    unreadable: tuple[date, ...] = ()


def day_of(name: str) -> date | None:
    """The day a file name 'YYYY-MM-DD.json' stands for, else None."""
    if not name.endswith(".json") or len(name) != 15:
        return None
    try:
        return date.fromisoformat(name[:10])
    except ValueError:
        return None


Link = tuple[str, str | None]
"""A day file's own SHA-256 and the one it names as its predecessor (None: a chain's first)."""


def link_of(raw: bytes) -> Link | None:
    """The file's link in the chain; None when it is not a readable day file."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    named = data.get("previous_sha256", False) if isinstance(data, dict) else False
    if named is not None and not isinstance(named, str):
        return None
    return sha256(raw), named


def check_chain(days: dict[date, Link | None], today: date) -> Chain:
    """Check the links of `days` (None for an unreadable file), oldest first."""
    changed: list[date] = []
    gaps: list[tuple[date, date]] = []
    unreadable: list[date] = []
    before: tuple[date, str] | None = None
    for day in sorted(days):
        link = days[day]
        if link is None:
            unreadable.append(day)
            before = None
            continue
        own, named = link
        # None starts a new chain (a fresh kiosk); the kiosk itself reports why in its status.
        if before is not None and named is not None and named != before[1]:
            if (day - before[0]).days > 1:
                gaps.append((before[0] + timedelta(days=1), day - timedelta(days=1)))
            else:
                changed.append(before[0])
        before = (day, own)
    newest = max((d for d in days if d <= today), default=None)
    return Chain(newest, tuple(changed), tuple(gaps), tuple(unreadable))


def window(names: Iterable[str], today: date) -> list[tuple[date, str]]:
    """The day files to check: those of the window, and the one before it (its hash is named)."""
    dated = sorted((d, n) for n in names if (d := day_of(n)) is not None)
    start = today - timedelta(days=WINDOW_DAYS)
    first = next((i for i, (d, _) in enumerate(dated) if d >= start), len(dated))
    return dated[max(0, first - 1) :]
