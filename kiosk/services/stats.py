"""Usage statistics in the running kiosk: counts the bridge's signals on the GUI thread and
flushes them to the local database every minute on a worker thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import __version__
from kiosk.config import Config
from kiosk.domain import STOCKHOLM, OpeningSpan, parse_opening_hours
from kiosk.errors import KioskError, LocalDataError
from kiosk.opening import Exceptions
from kiosk.paths import DataDir
from kiosk.services.bridge import MessageBridge
from kiosk.services.content import ContentService
from kiosk.stats.availability import AvailabilityLog, open_minutes
from kiosk.stats.command import keep_days
from kiosk.stats.recorder import Recorder
from kiosk.store import usage
from kiosk.store.local import open_local

log = logging.getLogger(__name__)

FLUSH_INTERVAL_MS = 60_000
"""Flush (and sample availability) once a minute: a power cut loses at most this much."""

Opener = Callable[[], Any]
"""Opens the local database (kiosk.store.local.open_local); runs on the worker thread."""

Housekeeping = Callable[[Any, datetime], None]
"""Daily work on the open local database at a moment (kiosk.stats.command.keep_days)."""


def _now() -> datetime:
    return datetime.now(STOCKHOLM)


class StatsService(QObject):
    """Owns the recorder (GUI thread) and the local database connection (worker thread)."""

    flushed = Signal()
    """A flush reached the database (emitted from the worker; tests wait for it)."""

    def __init__(
        self,
        opener: Opener,
        spans: Callable[[], Sequence[OpeningSpan] | None],
        now: Callable[[], datetime] = _now,
        interval_ms: int = FLUSH_INTERVAL_MS,
        parent: QObject | None = None,
        housekeeping: Housekeeping | None = None,
        exceptions: Callable[[], Exceptions] = tuple,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._housekeeping = housekeeping
        self._kept: date | None = None
        """The day the housekeeping last ran (it runs at the first flush of each day)."""
        self._spans = spans
        self._exceptions = exceptions
        self._now = now
        self.recorder = Recorder(now)
        self.availability = AvailabilityLog()
        self.online = False
        self.confirmed: datetime | None = None
        """When the content was last confirmed current (loaded, or a sync found it unchanged)."""
        self._db: Any = None
        self.available = True
        """False once the local database proved unusable: the kiosk runs on without statistics."""
        self._starts: dict[date, int] = {}
        self._open_cache: dict[tuple[Any, ...], list[int]] = {}
        self._failed_lock = threading.Lock()
        self._failed: Any = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stats-flush")
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._started = False

    def connect_bridge(self, bridge: MessageBridge) -> None:
        """Count what the bridge carries."""
        bridge.visit_started.connect(self._on_bridge_visit_started)
        bridge.visit_ended.connect(self._on_bridge_visit_ended)
        bridge.navigated.connect(self._on_bridge_navigated)
        bridge.language_changed.connect(self._on_bridge_language_changed)
        bridge.item_viewed.connect(self._on_bridge_item_viewed)
        bridge.eservice_opened.connect(lambda link: self._record("eservice_open", link))
        bridge.brochure_opened.connect(lambda item: self._record("brochure_open", item))
        bridge.qr_shown.connect(lambda: self._record("qr_shown"))
        bridge.search_made.connect(lambda: self._record("search"))
        bridge.notice_shown.connect(lambda: self._record("notice_shown"))
        bridge.crisis_shown.connect(lambda: self.recorder.record_shown("crisis_shown"))
        bridge.owner_mode_changed.connect(self._on_bridge_owner_mode_changed)

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self, count: bool = True) -> None:
        """Open the database off the GUI thread, count this start (unless not `count`: a fresh
        process after a visit is no start of the kiosk), flush once a minute."""
        if self._started:
            return
        self._started = True
        if count:
            day = self._now().astimezone(STOCKHOLM).date()
            self._starts[day] = self._starts.get(day, 0) + 1
        self._worker.submit(self._open)
        self._timer.start()

    def close(self) -> None:
        """Flush what is left and wait for it (the kiosk is exiting)."""
        self._timer.stop()
        if self._started:
            self.flush()
        self._worker.submit(self._close_db)
        self._worker.shutdown(wait=True)

    def set_online(self, online: bool) -> None:
        """Whether the last sync reached the feed."""
        self.online = online

    def set_content_confirmed(self, at: datetime) -> None:
        """The content was loaded or confirmed current at `at`."""
        if self.confirmed is None or at > self.confirmed:
            self.confirmed = at

    def flush(self) -> Future[None]:
        """Hand the counts since the last flush to the worker; cheap on the GUI thread."""
        delta = usage.UsageDelta(
            counters=self.recorder.take(), hours=self.availability.take(), starts=self._starts
        )
        self._starts = {}
        return self._worker.submit(self._write, delta, self._safe_spans(), self._safe_exceptions())

    # --- worker thread -------------------------------------------------------------------------

    def _open(self) -> None:
        try:
            self._db = self._opener()
        except LocalDataError as error:
            self.available = False
            log.error("usage statistics are off, the kiosk runs without them: %s", error)
        except Exception:  # a bug must not take the kiosk down with it
            self.available = False
            log.exception("usage statistics are off: the local database could not be opened")
        else:
            self._keep()

    def _keep(self) -> None:
        """The housekeeping, once a day, on this (the worker) thread."""
        now = self._now()
        if self._housekeeping is None or self._db is None or self._kept == now.date():
            return
        self._kept = now.date()
        try:
            self._housekeeping(self._db, now)
        except KioskError as error:  # tried again tomorrow; the counting goes on
            log.warning("usage statistics: finished days not kept: %s", error)

    def _write(
        self, delta: Any, spans: Sequence[OpeningSpan] | None, exceptions: Exceptions
    ) -> None:
        if spans is not None:  # on this thread: the first holiday lookup of a year takes ~0.1 s
            days = set(delta.counters) | {day for day, _ in delta.hours}
            delta.open_minutes = {day: self._open_minutes(spans, day, exceptions) for day in days}
        with self._failed_lock:
            if self._failed is not None:  # what the last failed flush held goes first
                self._failed.merge(delta)
                delta, self._failed = self._failed, None
        if self._db is None:
            return
        try:
            usage.flush(self._db, delta)
        except LocalDataError as error:
            log.warning("%s (kept in memory, retried at the next flush)", error)
            with self._failed_lock:
                self._failed = delta
            return
        self._keep()
        self.flushed.emit()

    def _close_db(self) -> None:
        if self._db is not None:
            self._db.conn.close()
            self._db = None

    # --- slots ---------------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        self.availability.sample(self._now(), self.online, self.confirmed)
        self.flush()

    def _on_bridge_visit_started(self) -> None:
        self.recorder.visit_started()

    def _on_bridge_visit_ended(self, seconds: float) -> None:
        self.recorder.visit_ended(seconds)

    def _on_bridge_navigated(self, page: str) -> None:
        self.recorder.navigated(page)

    def _on_bridge_language_changed(self, code: str) -> None:
        self.recorder.language_changed(code)

    def _on_bridge_owner_mode_changed(self, on: bool) -> None:
        self.recorder.set_owner_mode(on)

    def _on_bridge_item_viewed(self, kind: str, item: str, category: str) -> None:
        self._record("item", f"{kind}/{item}")
        if kind == "place" and category:
            self._record("place_category", category)

    def _record(self, name: str, arg: str | None = None) -> None:
        try:
            self.recorder.record(name, arg)
        except ValueError as error:  # an id outside the vocabulary's shape: not counted
            log.warning("usage event not counted: %s", error)

    # --- helpers -------------------------------------------------------------------------------

    def _safe_spans(self) -> Sequence[OpeningSpan] | None:
        try:
            return self._spans()
        except Exception:  # content trouble must not stop the counting
            log.exception("opening hours unavailable for the statistics")
            return None

    def _safe_exceptions(self) -> Exceptions:
        try:
            return tuple(self._exceptions())
        except Exception:  # the owner's details unreadable: the weekly hours still count
            log.exception("the service point's days that differ are unavailable")
            return ()

    def _open_minutes(
        self, spans: Sequence[OpeningSpan], day: date, exceptions: Exceptions
    ) -> list[int]:
        key = (day, tuple(spans), tuple(exceptions))
        if key not in self._open_cache:
            if len(self._open_cache) > 64:
                self._open_cache.clear()
            self._open_cache[key] = open_minutes(spans, day, exceptions)
        return self._open_cache[key]


def make_stats_service(
    content: ContentService, data: DataDir, config: Config, parent: QObject
) -> StatsService:
    """The service as the kiosk runs it: the data directory's local database, this point's hours.

    Without an upload_url the kiosk freezes its finished days and applies the retention itself
    (kiosk.stats.command.keep_days), so the report keeps every day's activities; with one,
    `kiosk stats upload` does, so that no day is rolled up before it is delivered.
    """

    def opener() -> Any:
        return open_local(data.local_db)

    def keep(db: Any, now: datetime) -> None:
        keep_days(config, data, db, now, __version__)

    def spans() -> list[OpeningSpan] | None:
        point = content.service_point()
        return parse_opening_hours(point.opening_hours) if point is not None else None

    def exceptions() -> Exceptions:
        point = content.service_point()
        return point.opening_exceptions if point is not None else ()

    service = StatsService(
        opener,
        spans,
        content.clock,
        parent=parent,
        housekeeping=None if str(config.values["upload_url"]).strip() else keep,
        exceptions=exceptions,
    )
    info = content.info()
    if info is not None:
        service.set_content_confirmed(info.loaded)
    return service
