"""Content for the UI: opens the current content store, loads feeds off the GUI thread, filters per service point."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.clock import WINDOW_AHEAD
from kiosk.domain import (
    STOCKHOLM,
    Brochure,
    ContentInfo,
    Event,
    Link,
    Notice,
    Place,
    ServicePoint,
    choose_point,
    point_known,
)
from kiosk.errors import ContentError, DamagedContentError, FeedError, KioskError
from kiosk.feed.folder import MAX_MANIFEST_BYTES, read_regular
from kiosk.paths import DataDir
from kiosk.services.ownerdata import OwnerData
from kiosk.store.content import SCHEMA_VERSION, ContentStore
from kiosk.store.damage import set_aside
from kiosk.sync.state import load_state

log = logging.getLogger(__name__)

_T = TypeVar("_T")

MAX_REBUILDS = 3
"""Rebuilds after damage per run; a disk that damages every copy is left to the sync pass."""

STALE_WINDOW = timedelta(days=7)
"""Re-expand recurring events when the stored window started longer ago than this."""

CLOSE_WAIT = 5
"""Seconds closing waits for a running load, as the kiosk waits for its sync and alert threads."""


def _now() -> datetime:
    return datetime.now(STOCKHOLM)


class ContentService(QObject):
    """What the screens show. Reads are small and on the GUI thread; loads run on a worker thread."""

    changed = Signal()
    damaged = Signal(str)
    """The content turned out damaged: it is set aside and rebuilt; show the out-of-order page."""
    load_failed = Signal(str)
    _loaded = Signal(str)

    def __init__(
        self,
        data: DataDir,
        service_point: str,
        window_days: int = 180,
        clock: Callable[[], datetime] = _now,
        parent: QObject | None = None,
        public_keys: Sequence[str] = (),
        extra_ics_urls: Sequence[str] = (),
        owner: OwnerData | None = None,
    ) -> None:
        super().__init__(parent)
        self._owner = owner
        """The shop owner's events (merged into What's on) and details (over the feed's service
        point); None: the feed's content alone."""
        self._data = data
        self._public_keys = tuple(public_keys)
        """feed_public_keys: a folder is applied only when its manifest is signed by one of them."""
        self._extra_ics_urls = tuple(extra_ics_urls)
        self._wanted_point = service_point
        self._window_days = window_days
        self.clock = clock
        self._store: ContentStore | None = None
        self._held = False
        """New content waits (a visitor is in the middle of something): see `hold_updates`."""
        self._pending = False
        self.problem = ""
        """Why there is no content (for the log and the command line), '' when there is."""
        self._loaded.connect(self._on_worker_loaded)
        self._worker: threading.Thread | None = None
        self._rebuilds = 0
        self.damage = ""
        """What was damaged, until content opens again ('' when nothing was): the owner's status."""

    # --- lifecycle -----------------------------------------------------------------------

    def open(self) -> bool:
        """Open the current content database; False when there is none or it is damaged."""
        try:
            store = ContentStore(self._data.content_dir, self._data.objects_dir)
            store.info()
        except DamagedContentError as error:
            self._recover_from(error)
            return False
        except (ContentError, KeyError, ValueError) as error:
            log.warning("content not available: %s", error)
            self.problem = str(error)
            return False
        self.problem = ""
        if self._store is not None:
            self._store.close()
        if self._store is None or self._store.path != store.path:
            log.info("content showing: %s", store.path.name)
        self._store = store
        return True

    def _recover_from(self, error: DamagedContentError) -> None:
        """Set the damaged content aside and rebuild it from the held objects, off this thread.

        Content is disposable: visitors see the out-of-order page (which retries by itself)
        until the rebuild, or the next sync, makes content current again.
        """
        log.warning("content damaged, rebuilding: %s", error)
        self.problem = self.damage = str(error)
        if self._store is not None:
            self._store.close()
            self._store = None
        set_aside(self._data.content_dir, str(error))
        self.damaged.emit(str(error))
        if self._rebuilds < MAX_REBUILDS:
            self._rebuilds += 1
            self.load_folder_async(None)

    def _read(self, query: Callable[[ContentStore], _T], empty: _T) -> _T:
        """`query` on the store; `empty` when there is none or it turns out damaged."""
        if self._store is None:
            return empty
        try:
            return query(self._store)
        except DamagedContentError as error:
            self._recover_from(error)
            return empty

    @property
    def available(self) -> bool:
        """True when there is content to show."""
        return self._store is not None

    def needs_reload(self, feed_dir: Path | None = None) -> bool:
        """True when the event window is stale or `feed_dir` holds another feed than the one shown."""
        if self._store is None:
            return True
        if self._store.meta.get("schema") != SCHEMA_VERSION:  # built by an older kiosk version
            return True
        window_start = datetime.fromisoformat(self._store.meta["window_start"])
        if not -WINDOW_AHEAD < self.clock() - window_start <= STALE_WINDOW:
            return True
        if feed_dir is not None:
            try:  # a regular file of bounded size only: the folder may be a hostile USB stick
                raw = read_regular(feed_dir, "manifest.json", MAX_MANIFEST_BYTES)
            except (OSError, FeedError):
                return True  # the apply path says why, in one line
            # Compared with the copy the loader kept: no hashing needed at start-up.
            try:
                held = (self._data.root / "feed" / "manifest.json").read_bytes()
            except OSError:
                return True
            return raw != held
        return False

    def load_folder_async(self, feed_dir: Path | None) -> None:
        """Apply a feed folder (or re-expand the held feed when None) on a worker thread.

        A folder goes through the sync's one apply path with this kiosk's keys and calendars:
        signature when keys are set, no rollback, regular files only, the same limits.
        """
        if feed_dir is None:
            self._start_load(self._rebuild)
        else:
            self._start_load(lambda now: self._apply(feed_dir, now))

    def load_demo_async(self) -> None:
        """Apply the bundled demo feed, trusted as the packaged asset it is (see apply_demo)."""

        def work(now: datetime) -> str:
            # Like the two below, imported on the worker when a feed is applied: validation,
            # signatures and iCalendar take 0.3-0.6 s to import, and a kiosk that starts from
            # the content it holds (every start but the first) never needs them.
            from kiosk.sync.engine import apply_demo

            result = apply_demo(self._data, now, self._window_days)
            return "" if result.ok else result.reason

        self._start_load(work)

    def _apply(self, folder: Path, now: datetime) -> str:
        from kiosk.sync.engine import sync_once

        keys, calendars = self._public_keys, self._extra_ics_urls
        result = sync_once(
            str(folder),
            self._data,
            keys,
            calendars,
            now,
            self._window_days,
            service_point=self._wanted_point,
        )
        return "" if result.ok else result.reason

    def _rebuild(self, now: datetime) -> str:
        from kiosk.feed.load import reload_from_objects

        # After a set-aside the content's own origin is gone; the last sync pass still knows it.
        origin = load_state(self._data.root).manifest.url
        reload_from_objects(
            self._data,
            now,
            self._window_days,
            fallback_origin=origin,
            service_point=self._wanted_point,
        )
        return ""

    def _start_load(self, job: Callable[[datetime], str]) -> None:
        if self._worker is not None and self._worker.is_alive():
            return
        now = self.clock()

        def work() -> None:
            try:
                self._loaded.emit(job(now))
            except KioskError as error:
                self._loaded.emit(str(error))
            except Exception as error:  # a bug: log it, keep the old content
                log.exception("loading content failed")
                self._loaded.emit(f"internal error: {error}")

        self._worker = threading.Thread(target=work, name="content-load", daemon=True)
        self._worker.start()

    def wait_for_load(self, timeout: float = 60) -> None:
        """Block until a running load finishes (for the command line and tests)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def _on_worker_loaded(self, error: str) -> None:
        if error:
            log.error("content load failed: %s", error)
            damaged = self.damage and not self.available
            self.problem = f"{self.damage}; not rebuilt: {error}" if damaged else error
            self.load_failed.emit(error)
            return
        self.content_replaced()

    def content_replaced(self) -> None:
        """A new content database is current on disk: show it now, or once the visitor is done."""
        if self.available and self._held:
            self._pending = True
            return
        self._pending = False
        if self.open():
            self.changed.emit()

    @property
    def update_waiting(self) -> bool:
        """True when new content is held back until the visitor is home."""
        return self._pending

    def hold_updates(self, held: bool) -> None:
        """While `held` (a visitor is in the middle of something) new content waits; once not,
        content that waited is shown."""
        self._held = held
        if not held and self._pending:
            self.content_replaced()

    def close(self) -> None:
        """Release the database, once a running load is done (its result would otherwise
        arrive at a service already deleted)."""
        self.wait_for_load(CLOSE_WAIT)
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- queries -------------------------------------------------------------------------

    def info(self) -> ContentInfo | None:
        """Version and freshness of what is shown."""
        return self._read(lambda store: store.info(), None)

    def service_point(self) -> ServicePoint | None:
        """This kiosk's service point (the configured id, else the feed's first)."""
        none: list[ServicePoint] = []
        points = self._read(lambda store: store.service_points(), none)
        point = choose_point(points, self._wanted_point)
        if point is not None and self._owner is not None:
            return self._owner.apply(point)
        return point

    def unknown_point(self) -> str:
        """The configured service_point when the content has no service point by that id, else ''."""
        if self._store is None or point_known(self._store.service_points(), self._wanted_point):
            return ""
        return self._wanted_point

    def _point_here(self) -> str:
        point = self.service_point()
        return point.id if point is not None else ""

    @property
    def point_id(self) -> str:
        """This kiosk's service point id."""
        point = self.service_point()
        return point.id if point else self._wanted_point

    def places(self, category: str | None = None) -> list[Place]:
        """Tourist information shown here."""
        point = self.point_id
        return self._read(lambda store: store.places(point, category), [])

    def public_url(self, local_file: str) -> str:
        """The web address of a feed object (e.g. a brochure's PDF) when the feed is on the web."""
        origin = str(self._store.meta.get("origin", "")) if self._store else ""
        if not local_file or not origin.startswith(("http://", "https://")):
            return ""
        return f"{origin.rsplit('/', 1)[0]}/assets/{Path(local_file).name}"

    def links(self) -> list[Link]:
        """E-services shown here."""
        point = self.point_id
        return self._read(lambda store: store.links(point), [])

    def notices(self) -> list[Notice]:
        """Notices valid today."""
        today: date = self.clock().date()
        point = self.point_id
        return self._read(lambda store: store.notices(point, today), [])

    def brochures(self) -> list[Brochure]:
        """Brochures in the rack."""
        point = self.point_id
        return self._read(lambda store: store.brochures(point), [])

    def feed_events_here(self, after: datetime, before: datetime) -> list[Event]:
        """The feed's events at this service point (not those for every point) that have not
        ended at `after` and start before `before`: what the shop can confirm as held."""
        if self._store is None:
            return []
        point = self.point_id
        return [e for e in self._store.events(after, before) if e.service_point == point]

    def upcoming(self, limit: int = -1, days: int | None = None) -> list[Event]:
        """Events that have not ended yet, soonest first."""
        if self._store is None:
            return []
        now = self.clock()
        before = now + timedelta(days=days) if days is not None else None
        none: list[Event] = []
        events = self._read(lambda store: store.events(now, before, limit), none)
        if self._owner is not None:
            until = before or now + timedelta(days=self._window_days)
            local = self._owner.occurrences(now, until, self._point_here)
            events = sorted([*events, *local], key=lambda e: (e.start, e.uid))
            if limit >= 0:
                events = events[:limit]
        return events

    def search(self, text: str, lang: str = "sv") -> SearchResults:
        """Items shown here that match what the visitor typed, best first (names in `lang`
        that begin with it first), per kind.

        The text is passed to the store and dropped: never stored, logged or counted as text.
        """
        if self._store is None:
            return SearchResults()
        point, now = self.point_id, self.clock()
        try:
            hits = self._read(lambda store: store.search(text, point, now, lang=lang), None)
        except ContentError as error:  # e.g. a database of an older schema, until it is rebuilt
            log.warning("search unavailable: %s", error)
            return SearchResults()
        if hits is None:
            return SearchResults()
        return SearchResults(hits["places"], hits["events"], hits["links"], hits["brochures"])


@dataclass(frozen=True)
class SearchResults:
    """What a search found; events as their next occurrence."""

    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    brochures: list[Brochure] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.places or self.events or self.links or self.brochures)
