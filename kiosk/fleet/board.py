"""The fleet board: for every service point, whether it is fine, in plain words.

Read from the upload area (kiosk/fleet/source.py): each kiosk's status.json (the contract in
kiosk/fleet/status.py) and its delivered day files. Every problem has a stable `kind` (for the
JSON output and the watch job) and its facts, read as a line in the officer's language
(kiosk/fleet/words.py; Swedish on the command line and in the watch job's mail).
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from kiosk.fleet.chain import Chain, Link, check_chain, link_of, window
from kiosk.fleet.hours import is_open, open_time, zone_of
from kiosk.fleet.links import LinkCache
from kiosk.fleet.source import FleetSource, NoServicePointsError
from kiosk.fleet.status import FILE_NAME, KioskStatus, StatusError, from_json, parse_time
from kiosk.fleet.words import Day, Days, Listed, Moment, Said, Span, knows, text

BOARD_SILENCE = timedelta(minutes=30)
"""A kiosk writes its status every 15 minutes: two missed while the shop is open show on the board."""

WAITING_GRACE = 1
"""Yesterday's day file may still be on its way (it is frozen an hour after midnight)."""

READERS = 8
"""Service points assessed at once. Over WebDAV each costs a listing, a status file and, on the
first run, about a hundred day files, each a request that mostly waits for the server; eight
at a time keep a distant server busy without crowding it (nginx serves hundreds at once)."""

ALERTS = ("no_contact", "content_expired", "days_missing", "days_changed")
"""The problems the watch job e-mails about; the others show on the board only."""


@dataclass(frozen=True)
class Problem:
    kind: str
    """One of ALERTS, or 'unknown_service_point', 'kiosk_problem', 'no_status', 'unreadable'."""
    words: str
    """The key of its line in kiosk/fleet/words.py."""
    facts: Mapping[str, object] = field(default_factory=dict)
    """What the line names: plain values, or phrases (a day, a moment) said per language."""

    def text_in(self, lang: str) -> str:
        """The line for the officer in `lang` (sv, en, de or fi)."""
        return text(lang, self.words, **self.facts)

    @property
    def text(self) -> str:
        """The line in Swedish (the command line, the JSON output, the watch job's mail)."""
        return self.text_in("sv")


@dataclass(frozen=True)
class PointState:
    """One service point on the board."""

    service_point: str
    name: str
    village: str
    last_contact: datetime | None
    open_now: bool | None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def label(self) -> str:
        """'Björna Handel, Björna'; the id only when the name was never known."""
        return ", ".join(part for part in (self.name, self.village) if part) or self.service_point

    def to_dict(self) -> dict[str, Any]:
        """Plain data with stable keys (`kiosk fleet status --json`)."""
        return {
            "service_point": self.service_point,
            "name": self.name,
            "village": self.village,
            "ok": self.ok,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "open_now": self.open_now,
            "problems": [{"kind": p.kind, "text": p.text} for p in self.problems],
        }


@dataclass(frozen=True)
class Board:
    checked: datetime
    where: str
    points: tuple[PointState, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(p.ok for p in self.points)

    def lines(self) -> list[str]:
        """One line per service point, then a summary."""
        width = max((len(p.label) for p in self.points), default=0)
        out = []
        for point in self.points:
            text = "; ".join(p.text for p in point.problems) or "I ordning"
            out.append(f"{point.label.ljust(width)}  {text}")
        fine = sum(p.ok for p in self.points)
        out.append(f"{fine} av {len(self.points)} servicepunkter i ordning.")
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "checked": self.checked.isoformat(timespec="seconds"),
            "source": self.where,
            "ok": self.ok,
            "points": [p.to_dict() for p in self.points],
        }


Names = Mapping[str, tuple[str, str]]
"""Service point id -> (name, village) known from earlier runs or the feed."""


def build_board(
    source: FleetSource,
    now: datetime,
    silence: timedelta = BOARD_SILENCE,
    names: Names | None = None,
    cache: LinkCache | None = None,
) -> Board:
    """Every service point of `source` as of `now` (aware, the officer's local time)."""
    cache = cache or LinkCache()
    known = names or {}
    ids = source.points()
    if not ids:  # most likely the wrong folder or address: never "all is well"
        raise NoServicePointsError(
            f"{source.where}: no service points here (expected a folder per service point)"
        )
    cache.load(ids)
    with ThreadPoolExecutor(max_workers=READERS) as pool:
        points = list(pool.map(lambda p: assess(source, p, now, silence, known, cache), ids))
    cache.save()
    points.sort(key=lambda p: (p.label.casefold(), p.service_point))
    return Board(now, source.where, tuple(points))


def assess(
    source: FleetSource,
    point: str,
    now: datetime,
    silence: timedelta,
    names: Names,
    cache: LinkCache,
) -> PointState:
    """One service point's state from its status file and day files."""
    files = source.files(point)
    status, status_problem = _status(source, point, files)
    today = now.date()
    chain = check_chain(_links(source, point, files, today, cache), today)
    name, village = names.get(point, ("", ""))
    if status is not None and status.name:
        name, village = status.name, status.village
    problems = [status_problem] if status_problem else []
    last = None
    open_now = None
    if status is not None:
        last = min(status.written_at or now, now)
        open_now = is_open(status, now)
        problems += _status_problems(status, now, last, silence, open_now)
    problems += _chain_problems(chain, status, today)
    return PointState(point, name, village, last, open_now, tuple(problems))


def _links(
    source: FleetSource, point: str, files: Mapping[str, str], today: date, cache: LinkCache
) -> dict[date, Link | None]:
    """The chain links of the window's day files, reading only those not read before."""
    found: dict[date, Link | None] = {}
    fresh: dict[str, tuple[str, Link]] = {}
    for day, name in window(files, today):
        link = cache.known(point, name, files[name])
        if link is None:
            raw = source.read(point, name)
            link = link_of(raw) if raw is not None else None
            if link is not None:
                fresh[name] = (files[name], link)
        found[day] = link
    cache.remember(point, fresh)
    return found


def _status(
    source: FleetSource, point: str, files: Mapping[str, str]
) -> tuple[KioskStatus | None, Problem | None]:
    if FILE_NAME not in files:
        return None, Problem("no_status", "no_status")
    raw = source.read(point, FILE_NAME)
    try:
        if raw is None:
            raise StatusError("unreadable")
        return from_json(raw), None
    except StatusError:
        return None, Problem("unreadable", "status_unreadable")


def _status_problems(
    status: KioskStatus,
    now: datetime,
    last: datetime,
    silence: timedelta,
    open_now: bool | None,
) -> list[Problem]:
    problems = []
    local_now = now.astimezone(zone_of(status))
    if open_time(status, last, now) > silence:
        words = {True: "no_contact_open", False: "no_contact_closed", None: "no_contact"}
        problems.append(Problem("no_contact", words[open_now], {"when": Moment(last, local_now)}))
    if not status.service_point_known:
        problems.append(
            Problem("unknown_service_point", "unknown_service_point", {"id": status.service_point})
        )
    expires = parse_time(status.feed_expires)
    if status.content_expired or (expires is not None and expires <= now):
        day = (expires or last).astimezone(zone_of(status)).date()
        problems.append(
            Problem("content_expired", "content_expired", {"day": Day(day, local_now.date())})
        )
    problems += [Problem("kiosk_problem", "kiosk_says", {"line": line}) for line in _said(status)]
    return problems


def _said(status: KioskStatus) -> list[Said | str]:
    """The kiosk's own problems: its notes, said in the reader's language, or its Swedish lines
    when it sent none or one this board has no words for (a kiosk newer than the board)."""
    if status.notes and all(knows(n.words, dict(n.facts)) for n in status.notes):
        return [Said(n.words, n.facts) for n in status.notes]
    return list(status.problems)


def _chain_problems(chain: Chain, status: KioskStatus | None, today: date) -> list[Problem]:
    problems = []
    missing = [Span(a, b, today) for a, b in chain.gaps]
    claimed = _claimed(status)
    if claimed is not None and (chain.newest is None or claimed > chain.newest):
        first = chain.newest + timedelta(days=1) if chain.newest else claimed
        missing.append(Span(first, claimed, today))
    if missing:
        problems.append(Problem("days_missing", "days_missing", {"days": Listed(tuple(missing))}))
    waiting = status.days_waiting if status is not None else 0
    if waiting > WAITING_GRACE:
        problems.append(Problem("days_missing", "days_waiting", {"days": Days(waiting)}))
    if chain.changed:
        days = Listed(tuple(Span(d, d, today) for d in chain.changed))
        problems.append(Problem("days_changed", "days_changed", {"days": days}))
    if chain.unreadable:
        days = Listed(tuple(Span(d, d, today) for d in chain.unreadable))
        problems.append(Problem("unreadable", "days_unreadable", {"days": days}))
    return problems


def _claimed(status: KioskStatus | None) -> date | None:
    """The newest day the kiosk says the server confirmed storing."""
    if status is None or not status.newest_delivered_day:
        return None
    try:
        return date.fromisoformat(status.newest_delivered_day)
    except ValueError:
        return None
