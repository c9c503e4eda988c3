"""This kiosk's status report (kiosk/fleet/status.py) gathered from its data directory.

Only machine facts and the shop's schedule: the content's version, the sync state file, the
supervisor's record, the disk, the delivery queue and the opening hours. Nothing here reads
the usage counters or anything else a visitor leaves behind (docs/privacy.md).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from kiosk.config import Config
from kiosk.domain import (
    STOCKHOLM,
    ContentInfo,
    ServicePoint,
    choose_point,
    parse_opening_hours,
    point_known,
)
from kiosk.errors import KioskError
from kiosk.fleet.status import KioskStatus, Note, OpenDay, parse_time
from kiosk.fleet.words import text
from kiosk.opening import day_spans, state_at
from kiosk.paths import DataDir
from kiosk.store import recovery, usage
from kiosk.store.content import ContentStore, current_path
from kiosk.store.local import open_local
from kiosk.supervise.disk import free_mb
from kiosk.supervise.nightly import with_owner_details
from kiosk.supervise.record import restarts_on
from kiosk.sync.state import SyncState, load_state

log = logging.getLogger(__name__)

SCHEDULE_DAYS = 14
"""Days of opening spans sent: the fleet knows when silence matters over a two-week holiday."""
MANY_RESTARTS = 3
"""Restarts in one day from this many on are a problem worth a line."""
WAITING_DAYS = 2
"""Finished days waiting from this many on are a problem (yesterday's may simply be next)."""


@dataclass(frozen=True)
class Live:
    """What only the running kiosk knows; the GUI thread hands it to the worker."""

    started: datetime | None = None
    speech: str = ""
    """As SpeechService.status_text: 'ready', 'starting', 'off' or 'missing: why'."""
    online: bool | None = None
    """None: take it from the last sync's state file."""
    offline_since: datetime | None = None


@dataclass(frozen=True)
class _Content:
    info: ContentInfo | None = None
    point: ServicePoint | None = None
    known: bool = True


def gather(
    config: Config, data: DataDir, now: datetime, reason: str, live: Live, version: str
) -> KioskStatus:
    """The status report as of `now` ('start', 'periodic' or 'exit'); never raises for
    missing or damaged parts (a fact that cannot be read is left at its default)."""
    content = _content(data, config.service_point)
    point = with_owner_details(data, content.point) if content.point is not None else None
    sync = load_state(data.root)
    newest, waiting, salvaged = _local_facts(data, now)
    local = now.astimezone(STOCKHOLM)
    expires = content.info.expires if content.info is not None else None
    online = live.online if live.online is not None else not sync.offline
    offline_since = live.offline_since or (parse_time(sync.last_success) if not online else None)
    status = KioskStatus(
        service_point=config.service_point or (point.id if point is not None else ""),
        written=_iso(local),
        reason=reason,
        program_version=version,
        service_point_known=content.known,
        name=point.name if point is not None else "",
        village=point.village if point is not None else "",
        started=_iso(live.started),
        restarts_today=restarts_on(data, local.date()),
        feed_version=content.info.version if content.info is not None else None,
        feed_applied=_iso(content.info.loaded if content.info is not None else None),
        feed_expires=_iso(expires),
        content_expired=expires is not None and expires < now,
        sync_outcome=sync.outcome,
        sync_time=sync.time,
        sync_problem=sync.reason if sync.outcome == "failed" else "",
        online=online,
        offline_since="" if online else _iso(offline_since),
        disk_free_mb=_disk(data),
        speech=_speech(config, live.speech),
        open_now=_open_now(point, now),
        newest_delivered_day=newest.isoformat() if newest is not None else "",
        days_waiting=waiting,
        schedule=_schedule(point, local.date()),
    )
    return _with_problems(status, config, content, sync, salvaged)


def _content(data: DataDir, wanted: str) -> _Content:
    if current_path(data.content_dir) is None:
        return _Content()
    try:
        store = ContentStore(data.content_dir, data.objects_dir)
    except KioskError as error:
        log.warning("status: content unavailable: %s", error)
        return _Content()
    try:
        points = store.service_points()
        return _Content(store.info(), choose_point(points, wanted), point_known(points, wanted))
    except (KioskError, KeyError, ValueError) as error:
        log.warning("status: content unreadable: %s", error)
        return _Content()
    finally:
        store.close()


def unknown_point_warning(data: DataDir, wanted: str) -> str:
    """One line for `kiosk sync` when the content lacks the configured service point, else ''."""
    if not wanted or current_path(data.content_dir) is None:
        return ""
    try:
        store = ContentStore(data.content_dir, data.objects_dir)
    except KioskError:
        return ""
    try:
        points = store.service_points()
    finally:
        store.close()
    if point_known(points, wanted):
        return ""
    shown = choose_point(points, wanted)
    ids = ", ".join(p.id for p in points) or "none"
    return (
        f'service point "{wanted}" is not in the content (it has: {ids}); '
        + (f"the kiosk shows {shown.name} meanwhile; " if shown is not None else "")
        + "check the setting service_point"
    )


def _local_facts(data: DataDir, now: datetime) -> tuple[date | None, int, list[str]]:
    """The newest delivered day, the days waiting, and recent salvages of local.db (sv lines)."""
    if not data.local_db.exists():  # a status report never creates the precious database
        return None, 0, []
    try:
        db = open_local(data.local_db)
    except KioskError as error:
        log.warning("status: local database unavailable: %s", error)
        return None, 0, []
    salvaged = recovery.problem_lines(db.conn, now)  # [] when its table cannot be read
    try:
        newest, waiting = usage.delivery_summary(db)
        return newest, waiting, salvaged
    except KioskError as error:
        log.warning("status: delivery queue unreadable: %s", error)
        return None, 0, salvaged
    finally:
        db.conn.close()


def _disk(data: DataDir) -> int | None:
    try:
        return free_mb(data.root)
    except OSError:
        return None


def _speech(config: Config, state: str) -> str:
    if not config.values["speech"] or state == "off":
        return "off"
    if state == "ready":
        return "ready"
    return "unavailable" if state.startswith("missing") else ""


def _open_now(point: ServicePoint | None, now: datetime) -> bool | None:
    if point is None or not (point.opening_hours or point.opening_exceptions):
        return None
    spans = parse_opening_hours(point.opening_hours)
    return state_at(spans, now, exceptions=point.opening_exceptions).kind == "open"


def _schedule(point: ServicePoint | None, today: date) -> tuple[OpenDay, ...]:
    if point is None or not (point.opening_hours or point.opening_exceptions):
        return ()
    spans = parse_opening_hours(point.opening_hours)
    days = []
    for offset in range(SCHEDULE_DAYS):
        day = today + timedelta(days=offset)
        chosen = day_spans(spans, day, point.opening_exceptions) or []
        pairs = sorted((s.opens, s.closes) for s in chosen if day.weekday() in s.days)
        days.append(OpenDay(day, tuple(pairs)))
    return tuple(days)


def _with_problems(
    status: KioskStatus, config: Config, content: _Content, sync: SyncState, salvaged: list[str]
) -> KioskStatus:
    """What the officer should check, as notes and as plain Swedish lines (older boards read
    only the lines)."""
    notes = [Note("kiosk:as_written", (("line", line),)) for line in salvaged]
    if not content.known:
        notes.append(Note("kiosk:unknown_point", (("id", config.service_point),)))
    if content.info is None:
        notes.append(Note("kiosk:no_content"))
    if status.content_expired:
        notes.append(Note("kiosk:content_expired"))
    if sync.outcome == "failed":
        notes.append(Note("kiosk:sync_failed"))
    if status.disk_free_mb is not None and status.disk_free_mb < int(config.values["min_free_mb"]):
        notes.append(Note("kiosk:disk_full", (("mb", status.disk_free_mb),)))
    if status.days_waiting >= WAITING_DAYS:
        notes.append(Note("kiosk:days_waiting", (("n", status.days_waiting),)))
    if status.restarts_today >= MANY_RESTARTS:
        notes.append(Note("kiosk:restarts", (("n", status.restarts_today),)))
    if status.speech == "unavailable":
        notes.append(Note("kiosk:speech"))
    lines = tuple(text("sv", n.words, **dict(n.facts)) for n in notes)
    return replace(status, problems=lines, notes=tuple(notes))


def _iso(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(STOCKHOLM).isoformat(timespec="seconds")
