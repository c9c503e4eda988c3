"""`kiosk stats upload`: freeze the finished days, apply the retention, deliver what waits."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlite_utils

from kiosk.clock import clock_verdict
from kiosk.config import Config
from kiosk.domain import STOCKHOLM
from kiosk.errors import KioskError
from kiosk.paths import DataDir
from kiosk.stats.dayfile import CRITERIA, HeldEvent, activity_start
from kiosk.stats.days import DayProvider, day_start, freeze_finished, retention_cutoff
from kiosk.stats.upload import Outcome, deliver, target_for
from kiosk.store import owner, usage
from kiosk.store.content import ContentStore, current_path
from kiosk.store.local import open_local
from kiosk.store.witness import server_skew

log = logging.getLogger(__name__)


def _content(data: DataDir) -> ContentStore | None:
    try:
        if current_path(data.content_dir) is None:
            return None
        return ContentStore(data.content_dir, data.objects_dir)
    except KioskError as error:
        log.warning("content unavailable for the statistics: %s", error)
        return None


def content_provider(
    store: ContentStore | None, point: str, db: sqlite_utils.Database
) -> DayProvider:
    """Offers from the feed's service point; activities from the feed's events at this point
    and the shop owner's local events (the lead adds the shop owner's own offers later)."""
    points = store.service_points() if store is not None else []
    criteria = next((p.criteria for p in points if p.id == point), {})
    offers = {c: bool(criteria.get(c, False)) for c in CRITERIA}

    def provide(day: date) -> tuple[Mapping[str, bool], list[HeldEvent]]:
        start = day_start(day)
        end = start + timedelta(days=1)
        held = _local_held(db, point, start, end)
        if store is not None:
            for event in store.events(start, end):
                if event.service_point == point and event.start.date() == day:
                    held.append(
                        _held(
                            event.start,
                            event.all_day,
                            event.title.get("sv"),
                            "feed",
                            event.cancelled,
                        )
                    )
        return offers, sorted(held, key=lambda e: (e.start, e.title))

    return provide


def _held(start: datetime, all_day: bool, title: str, source: str, cancelled: bool) -> HeldEvent:
    return HeldEvent(activity_start(start, all_day), title, source, cancelled)


def _local_held(
    db: sqlite_utils.Database, point: str, start: datetime, end: datetime
) -> list[HeldEvent]:
    # iCalendar (about 100 ms to import) only when the day has local events to look at: this
    # module is loaded by the running kiosk, which otherwise never needs it (as _local_ics).
    from kiosk.feed.localics import occurrences

    try:
        # Images are not part of a day file: any folder will do for occurrences().
        found = occurrences(owner.events(db), start, end, point, image_dir=Path())
    except KioskError as error:
        log.warning("local events unavailable for the statistics: %s", error)
        return []
    return [
        _held(e.start, e.all_day, e.title.get("sv"), "local", e.cancelled)
        for e in found
        if e.start.date() == start.date()
    ]


def _local_ics(db: sqlite_utils.Database, point: str) -> Callable[[], bytes | None]:
    def make() -> bytes | None:
        from kiosk.feed.localics import local_events_ics

        try:
            return local_events_ics(db, point)
        except KioskError as error:
            log.warning("local events not delivered: %s", error)
            return None

    return make


def keep_days(
    config: Config, data: DataDir, db: sqlite_utils.Database, now: datetime, version: str
) -> list[date]:
    """A kiosk without upload_url: freeze its finished days here and apply the retention.

    The report reads the frozen day files (what was offered, the activities held), so each
    day's activities outlive the owner's events, deleted 30 days after they end, and the
    feed's, dropped when the feed moves on. Day files older than the retention are rolled up
    into months like the counters: nothing waits for a server here.
    """
    store = _content(data)
    frozen: list[date] = []
    try:
        point = _point_id(config, store)
        frozen = freeze_finished(db, point, content_provider(store, point, db), version, now)
    except KioskError as error:  # the retention still applies: the counters must not pile up
        log.warning("finished days not frozen: %s", error)
    finally:
        if store is not None:
            store.close()
    months = int(config.values["stats_retention_months"])
    cutoff = retention_cutoff(now.astimezone(STOCKHOLM).date(), months)
    usage.roll_up(db, cutoff, keep_undelivered=False)
    return frozen


def upload_once(config: Config, data: DataDir, now: datetime, version: str) -> Outcome:
    """One pass of `kiosk stats upload`."""
    url = str(config.values["upload_url"]).strip()
    if not url:
        raise KioskError(
            "no upload_url is configured (set it in the config file or KIOSK_UPLOAD_URL)"
        )
    store = _content(data)
    db = open_local(data.local_db)
    try:
        point = _point_id(config, store)
        generated = store.info().generated if store is not None else None
        wrong = clock_verdict(now, server_skew(data.root), generated)
        if not wrong:
            provider = content_provider(store, point, db)
            freeze_finished(db, point, provider, version, now)
            months = int(config.values["stats_retention_months"])
            usage.roll_up(db, retention_cutoff(now.astimezone(STOCKHOLM).date(), months))
        outcome = deliver(db, target_for(config, point), now, {"events.ics": _local_ics(db, point)})
        if wrong:  # days closed before stay deliverable; nothing new is closed or rolled up
            clock = (
                f"the computer's clock is {wrong} ({now:%Y-%m-%d %H:%M} UTC): no day is closed or"
                " rolled up until it is right"
            )
            outcome.problem = f"{outcome.problem}; {clock}" if outcome.problem else clock
        return outcome
    finally:
        db.conn.close()
        if store is not None:
            store.close()


def _point_id(config: Config, store: ContentStore | None) -> str:
    if config.service_point:
        return config.service_point
    points = store.service_points() if store is not None else []
    if not points:
        raise KioskError("no service_point is configured and the content names none")
    return points[0].id
