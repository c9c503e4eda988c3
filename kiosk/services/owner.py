"""Shop-owner mode's data: PIN checks, local events, the service point's details, the kiosk's status."""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk import __version__
from kiosk.clock import clock_verdict
from kiosk.domain import EXIT_RESTART, ContentInfo, Event, ServicePoint
from kiosk.errors import KioskError
from kiosk.paths import DataDir
from kiosk.services.ownerdata import OwnerData
from kiosk.services.sticks import usb_sticks
from kiosk.services.sync import SyncStatus
from kiosk.stats.dayfile import CONFIRM_WINDOW, activity_start
from kiosk.store import outcomes, recovery
from kiosk.store import owner as store
from kiosk.store.owner import Details, LocalEvent
from kiosk.store.pin import MAX_DIGITS, MIN_DIGITS, PIN_FILE, PinCheck, PinError, PinStore
from kiosk.store.setupcode import MAX_CODE, SETUP_FILE, SetupCode
from kiosk.store.witness import server_skew

__all__ = [
    "MAX_CODE",
    "MAX_DIGITS",
    "MIN_DIGITS",
    "Details",
    "LocalEvent",
    "OwnerService",
    "OwnerSources",
    "PastActivity",
    "PinCheck",
    "PinError",
    "Status",
]

log = logging.getLogger(__name__)

DISK_FULL = 16 * 1024 * 1024
"""Bytes free below which the disk counts as full: SQLite's journal and a day's log need more."""

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})
MEDIA_ROOTS = (Path("/media"), Path("/run/media"))
"""Where USB sticks are mounted on Debian and other Linux desktops."""
PICTURE_ROOTS = (*MEDIA_ROOTS, Path("/mnt"))
"""Where pictures for events are looked for (a folder mounted by hand as well)."""
CLEANUP_EVERY_MS = 24 * 3600 * 1000
UNUSABLE = (
    "Den lokala databasen går inte att använda: egna evenemang, butikens uppgifter och "
    "statistik sparas inte. Besökarna kan använda kiosken som vanligt. Kontakta kommunen."
)
"""The owner's and the municipality's line when local.db cannot be opened at all."""
UNREADABLE = (
    "En del av den lokala databasen gick inte att läsa; egna evenemang kan saknas. "
    "Starta om kiosken: då räddas det som går och den gamla filen sparas."
)
"""The line when the database opened but a later read failed (damage found while running)."""


@dataclass(frozen=True)
class Status:
    """What the status panel shows, gathered in one place."""

    sync: SyncStatus | None
    syncing_configured: bool
    offline_since: datetime | None
    last_good_sync: datetime | None
    content_version: int | None
    content_loaded: datetime | None
    content_expired: bool
    last_upload: datetime | None
    disk_free: int
    disk_total: int
    app_version: str
    speech: str = ""
    """The speech engine: ready, starting, off, or 'missing: why' (see services/speech.py)."""
    problems: tuple[str, ...] = ()
    """Plain Swedish lines about the kiosk's own data (see OwnerService.problems)."""
    alerts: str = ""
    """Public warnings in words: last check, shown, held back (Test, Exercise); '' unknown."""
    unknown_point: str = ""
    """The configured service_point when the content has no such service point (a misspelling)."""
    shown_point: str = ""
    """The name of the shop visitors see meanwhile."""
    disk_full: bool = False
    """The data directory's disk has (next to) no room left (kiosk keeps serving what it holds)."""
    content_damage: str = ""
    """The content turned out damaged since the start and was set aside ('' when it did not)."""
    clock: str = ""
    """'behind' or 'ahead' when the computer's clock is implausible (kiosk.clock), else ''."""


@dataclass(frozen=True)
class PastActivity:
    """An activity at this shop that has begun, and what the shop said about it."""

    start: datetime
    all_day: bool
    title: str
    source: str
    """``local`` (the owner's own) or ``feed`` (the municipality's calendar)."""
    outcome: str = ""
    """``held``, ``cancelled`` or '' (not answered yet)."""

    @property
    def key(self) -> str:
        """Its start as the day files name it."""
        return activity_start(self.start, self.all_day)


def _none() -> None:
    return None


def _no_events(_start: datetime, _end: datetime) -> list[Event]:
    return []


def _blank() -> str:
    return ""


@dataclass(frozen=True)
class OwnerSources:
    """What shop-owner mode reads from the rest of the kiosk, handed to OwnerService's
    constructor by the composition root. A part the kiosk runs without stays None: the status
    panel shows "—" for it."""

    feed_point: Callable[[], ServicePoint | None] = _none
    """The feed's service point, before the owner's details."""
    feed_events: Callable[[datetime, datetime], list[Event]] = _no_events
    """The feed's events at this service point."""
    content_info: Callable[[], ContentInfo | None] = _none
    unknown_point: Callable[[], str] = _blank
    """The configured service_point when the content lacks it."""
    content_damage: Callable[[], str] = _blank
    """What content damage the kiosk recovered from since its start."""
    sync_now: Callable[[], None] | None = None
    speech_state: Callable[[], str] | None = None
    """The speech engine's state for the status panel."""
    alerts_state: Callable[[], str] | None = None
    """Public warnings in the owner's words (kiosk/ui/alerts/screen.py)."""
    export_report: Callable[[Path], Path] | None = None
    last_upload: Callable[[Any], datetime | None] | None = None
    """The last statistics upload recorded in the local database (given the database)."""
    daily_counters: Callable[[Any, date, date], dict[date, dict[str, int]]] | None = None


class OwnerService(QObject):
    """Everything shop-owner mode reads and writes; the UI never touches files itself."""

    mode_changed = Signal(bool)
    events_changed = Signal()
    details_changed = Signal()
    status_changed = Signal()
    quit_requested = Signal(int)
    """Leave the kiosk with this exit code (EXIT_RESTART: the supervisor starts it again)."""

    def __init__(
        self,
        data: DataDir,
        local: OwnerData,
        clock: Callable[[], datetime],
        sources: OwnerSources,
        wall_clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
        setup_code: str = "",
        media_roots: tuple[Path, ...] = MEDIA_ROOTS,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.clock = clock
        self.pins = PinStore(data.root / PIN_FILE, wall_clock)
        self.setup = SetupCode(data.root / SETUP_FILE, setup_code, wall_clock)
        """The municipality's one-time code for setting the first PIN on the screen."""
        self.media_roots = media_roots
        """Where USB sticks are mounted (a folder in tests)."""
        self.local = local
        """The owner's events and details, shared with the content that shows them."""
        local.read_failed.connect(self.status_changed)
        self.image_dir = local.image_dir
        self.image_folders: list[Path] = [*PICTURE_ROOTS]
        self.active = False
        self.feed_point = sources.feed_point
        self.feed_events = sources.feed_events
        self.content_info = sources.content_info
        self.unknown_point = sources.unknown_point
        self.content_damage = sources.content_damage
        self.sync_now = sources.sync_now
        self.speech_state = sources.speech_state
        self.alerts_state = sources.alerts_state
        self.export_report = sources.export_report
        self.last_upload = sources.last_upload
        self.daily_counters = sources.daily_counters
        self.sync_status: SyncStatus | None = None
        self.offline_since: datetime | None = None
        self.last_good_sync: datetime | None = None
        self._cleanup = QTimer(self, interval=CLEANUP_EVERY_MS)
        self._cleanup.timeout.connect(self.cleanup)

    # --- lifecycle -------------------------------------------------------------------------

    def open(self) -> bool:
        """Open the local database and drop events that ended long ago; False when it fails."""
        if not self.local.open():
            return False
        self.cleanup()
        self._cleanup.start()
        return True

    def close(self) -> None:
        """Stop the daily cleanup and release the database."""
        self._cleanup.stop()
        self.local.close()

    @property
    def db(self) -> Any:
        """The local database (for the statistics side's queries)."""
        return self.local.db

    @property
    def problem(self) -> str:
        """Why the local database cannot be used ('' when it can)."""
        return self.local.problem

    @property
    def read_problem(self) -> str:
        """Why a read of the open database failed ('' when none did)."""
        return self.local.read_problem

    def cleanup(self) -> None:
        """Delete events (and their images) 30 days after they end."""
        if self.db is None:
            return
        try:
            images = store.purge_ended(self.db, self.clock())
        except KioskError as error:
            log.warning("cleanup of old events failed: %s", error)
            return
        for name in images:
            (self.image_dir / name).unlink(missing_ok=True)
        if images:
            self.events_changed.emit()

    def set_active(self, active: bool) -> None:
        """Shop-owner mode opened or closed."""
        if active != self.active:
            self.active = active
            self.mode_changed.emit(active)

    # --- PIN -------------------------------------------------------------------------------

    def pin_problem(self) -> str:
        """'' when a usable PIN is set, else the reason (no PIN, damaged file)."""
        if not self.pins.exists():
            return "missing"
        try:
            self.pins.locked_for()
        except PinError as error:
            return str(error)
        return ""

    def try_pin(self, pin: str) -> PinCheck:
        """Check a PIN (slow by design: about 40 ms)."""
        return self.pins.check(pin)

    def try_setup_code(self, code: str) -> PinCheck:
        """Check the one-time setup code (wrong ones lock the pad as wrong PINs do)."""
        return self.setup.check(code)

    def set_first_pin(self, code: str, pin: str) -> None:
        """Set the owner's PIN on the screen with the setup code, which is then used up."""
        self.setup.set_first_pin(code, pin, self.pins)

    # --- local events ----------------------------------------------------------------------

    def events(self) -> list[LocalEvent]:
        """Every local event, soonest first ([] when the database is unusable or unreadable)."""
        return self.local.events()

    def problems(self) -> tuple[str, ...]:
        """What is wrong with the kiosk's own data, in plain Swedish lines (newest first).

        The owner's status panel shows them, and status.json carries them as `problems`
        (kiosk/fleet/status.py): the local database could not be opened, was found damaged while
        running, or was replaced in the last 30 days (kiosk/store/recovery.py says how).
        """
        if self.db is None:
            return (UNUSABLE,) if self.problem else ()
        lines = recovery.problem_lines(self.db.conn, self.clock())
        return (UNREADABLE, *lines) if self.read_problem else tuple(lines)

    def save_event(self, event: LocalEvent) -> LocalEvent:
        """Post or change an event; What's on shows it at once."""
        saved = store.save_event(self.local.writable(), event, self.clock())
        self.events_changed.emit()
        return saved

    def set_cancelled(self, event_id: str, cancelled: bool) -> None:
        """Cancel an event (it stays, marked cancelled) or take it back."""
        store.set_cancelled(self.local.writable(), event_id, cancelled)
        self.events_changed.emit()

    def delete_event(self, event_id: str) -> None:
        """Remove an event and its image."""
        image = next((e.image for e in self.events() if e.id == event_id), "")
        store.delete_event(self.local.writable(), event_id)
        if image and not any(e.image == image for e in self.events()):
            (self.image_dir / image).unlink(missing_ok=True)
        self.events_changed.emit()

    def occurrences(self, start: datetime, end: datetime) -> list[Event]:
        """Local events between `start` and `end` as What's on shows them."""
        return self.local.occurrences(start, end, self._point_id)

    def _point_id(self) -> str:
        point = self.feed_point()
        return point.id if point is not None else ""

    def past_activities(self) -> list[PastActivity]:
        """Activities at this shop that began in the last CONFIRM_WINDOW days and were not
        cancelled in the calendar, newest first, with the shop's answer so far."""
        now = self.clock()
        since = now - timedelta(days=CONFIRM_WINDOW)
        found = [
            PastActivity(e.start, e.all_day, e.title.get("sv"), source)
            for source, events in (
                ("local", self.occurrences(since, now)),
                ("feed", self.feed_events(since, now)),
            )
            for e in events
            if not e.cancelled
        ]
        said = outcomes.outcomes(self.db, since.date(), now.date()) if self.db is not None else {}
        unique = {(a.key, a.title): a for a in found}
        return sorted(
            (replace(a, outcome=said.get(key, "")) for key, a in unique.items()),
            key=lambda a: (a.start, a.title),
            reverse=True,
        )

    def set_outcome(self, activity: PastActivity, outcome: str) -> None:
        """The shop says the activity was held or cancelled ('' takes it back); the next day
        file carries it to the municipality."""
        outcomes.set_outcome(
            self.local.writable(), activity.key, activity.title, activity.source, outcome
        )
        self.events_changed.emit()

    def image_files(self) -> list[Path]:
        """Pictures on USB sticks and in the configured folders (two levels deep, newest first)."""
        found: list[Path] = []
        for root in self.image_folders:
            for pattern in ("*", "*/*", "*/*/*"):
                try:
                    found.extend(
                        p for p in root.glob(pattern) if p.suffix.lower() in IMAGE_SUFFIXES
                    )
                except OSError:
                    continue
        unique = {p.resolve(): p for p in found if p.is_file()}
        return sorted(unique.values(), key=lambda p: p.stat().st_mtime, reverse=True)[:60]

    def usb_sticks(self) -> list[Path]:
        """The USB sticks plugged in now (writable, by name): where the report can go."""
        return usb_sticks(self.media_roots)

    def copy_image(self, source: Path) -> str:
        """Copy a picture into the data directory (a USB stick gets pulled); returns its name."""
        try:
            data = source.read_bytes()
            name = hashlib.sha256(data).hexdigest()[:24] + source.suffix.lower()
            self.image_dir.mkdir(parents=True, exist_ok=True)
            (self.image_dir / name).write_bytes(data)
        except OSError as error:
            raise KioskError(
                f"the picture {source.name} cannot be copied ({error.strerror})"
            ) from None
        return name

    # --- details ---------------------------------------------------------------------------

    def details(self) -> Details | None:
        """The owner's saved details (None: the feed's defaults apply, also when unreadable)."""
        return self.local.details()

    def save_details(self, details: Details) -> None:
        """Store the details; About and 'open now' use them at once."""
        store.save_details(self.local.writable(), details)
        self.details_changed.emit()

    def point_name(self) -> str:
        """The shop's name: where events are unless the owner says otherwise."""
        point = self.feed_point()
        return point.name if point is not None else ""

    def apply(self, point: ServicePoint) -> ServicePoint:
        """The feed's service point with the owner's details."""
        return self.local.apply(point)

    # --- status ----------------------------------------------------------------------------

    def on_sync_status(self, status: SyncStatus) -> None:
        """Remember since when the feed has been unreachable."""
        self.sync_status = status
        if status.ok:
            self.last_good_sync = status.at
        if status.online:
            self.offline_since = None
        elif self.offline_since is None:
            self.offline_since = status.at
        self.status_changed.emit()

    def restart(self) -> None:
        """Restart the kiosk (exit code EXIT_RESTART)."""
        self.quit_requested.emit(EXIT_RESTART)

    def exit_to_desktop(self) -> None:
        """Quit for maintenance (exit code 0: a supervisor leaves it stopped)."""
        self.quit_requested.emit(0)

    def disk_full(self) -> bool:
        """True when the data directory's disk has (next to) no room left."""
        try:
            usage = shutil.disk_usage(self.data.root)
        except OSError:
            return False
        return usage.total > 0 and usage.free < DISK_FULL

    def status(self) -> Status:
        """A snapshot for the status panel."""
        info = self.content_info()
        try:
            usage = shutil.disk_usage(self.data.root)
            free, total = usage.free, usage.total
        except OSError:
            free = total = 0
        upload = None
        if self.last_upload is not None and self.db is not None:
            try:
                upload = self.last_upload(self.db)
            except KioskError as error:
                log.warning("last upload unknown: %s", error)
        expires = info.expires if info is not None else None
        generated = info.generated if info is not None else None
        return Status(
            sync=self.sync_status,
            # A kiosk that reported a sync status syncs (the screenshot of an offline demo too).
            syncing_configured=self.sync_now is not None or self.sync_status is not None,
            offline_since=self.offline_since,
            last_good_sync=self.last_good_sync,
            content_version=info.version if info is not None else None,
            content_loaded=info.loaded if info is not None else None,
            content_expired=expires is not None and expires < self.clock(),
            last_upload=upload,
            disk_free=free,
            disk_total=total,
            app_version=__version__,
            speech=self.speech_state() if self.speech_state is not None else "",
            problems=self.problems(),
            unknown_point=self.unknown_point(),
            shown_point=self.point_name(),
            alerts=self.alerts_state() if self.alerts_state is not None else "",
            disk_full=total > 0 and free < DISK_FULL,
            content_damage=self.content_damage(),
            clock=clock_verdict(self.clock(), server_skew(self.data.root), generated),
        )

    def counters(self, days: int) -> dict[date, dict[str, int]] | None:
        """Usage counters of the last `days` days (None until the statistics side provides them)."""
        if self.daily_counters is None or self.db is None:
            return None
        end = self.clock().date()
        try:
            return self.daily_counters(self.db, end - timedelta(days=days - 1), end)
        except KioskError as error:
            log.warning("usage counters unavailable: %s", error)
            return None
