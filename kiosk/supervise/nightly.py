"""The optional nightly restart: at a set local time, and only while the service point is closed."""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta

from kiosk.domain import STOCKHOLM, ServicePoint, choose_point, parse_opening_hours
from kiosk.errors import ConfigError, ContentError, LocalDataError
from kiosk.opening import state_at
from kiosk.paths import DataDir
from kiosk.store.content import ContentStore
from kiosk.store.local import open_local
from kiosk.store.owner import apply_details, load_details

log = logging.getLogger("kiosk.supervise")


def parse_restart_time(text: str) -> time | None:
    """'03:30' as a time; None for '' (no nightly restart); ConfigError for anything else."""
    text = text.strip()
    if not text:
        return None
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return time(hours, minutes)
    except ValueError:
        raise ConfigError(
            f"setting 'nightly_restart' must be a time like 03:30 (or empty), not {text!r}"
        ) from None


def next_restart(after: datetime, at: time) -> datetime:
    """The first moment after `after` at local (Swedish) time `at`."""
    local = after.astimezone(STOCKHOLM)
    candidate = datetime.combine(local.date(), at, tzinfo=STOCKHOLM)
    if candidate <= local:
        candidate = datetime.combine(local.date() + timedelta(days=1), at, tzinfo=STOCKHOLM)
    return candidate


def is_closed(data: DataDir, service_point: str, when: datetime) -> bool:
    """Whether the service point is closed at `when` by its opening hours: the feed's, or the
    shop owner's own (weekly hours and days that differ) when they saved some.

    Without content or opening hours the operator's chosen hour is trusted: closed.
    """
    try:
        store = ContentStore(data.content_dir, data.objects_dir)
    except ContentError:
        return True
    try:
        points = store.service_points()
    except ContentError:
        return True
    finally:
        store.close()
    point = choose_point(points, service_point)
    if point is None:
        return True
    point = with_owner_details(data, point)
    if not point.opening_hours and not point.opening_exceptions:
        return True
    hours = parse_opening_hours(point.opening_hours)
    return state_at(hours, when, exceptions=point.opening_exceptions).kind != "open"


def with_owner_details(data: DataDir, point: ServicePoint) -> ServicePoint:
    """The feed's service point with the owner's saved hours and details (as About shows it)."""
    if not data.local_db.exists():
        return point
    try:
        db = open_local(data.local_db)
    except LocalDataError:
        return point  # the feed's hours still tell when the shop is closed
    try:
        return apply_details(point, load_details(db))
    except LocalDataError:
        return point
    finally:
        db.conn.close()


class NightlyRestart:
    """Says when the nightly restart is due; skips a night when the service point is open then."""

    def __init__(self, at: time | None, data: DataDir, service_point: str, now: datetime) -> None:
        self.at = at
        self.data = data
        self.service_point = service_point
        self.due = next_restart(now, at) if at is not None else None

    def check(self, now: datetime) -> bool:
        """True once per night when the restart time has come and the service point is closed."""
        if self.at is None or self.due is None or now < self.due:
            return False
        self.due = next_restart(now, self.at)
        if is_closed(self.data, self.service_point, now):
            return True
        log.warning(
            "nightly restart skipped: the service point is open at %s by its opening hours; "
            "choose a nightly_restart time when it is closed",
            self.at.strftime("%H:%M"),
        )
        return False
