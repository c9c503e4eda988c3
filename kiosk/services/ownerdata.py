"""The shop owner's own events and details in local.db: What's on and About show them, owner mode edits them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.domain import Event, ServicePoint
from kiosk.errors import KioskError
from kiosk.paths import DataDir
from kiosk.store import owner as store
from kiosk.store.local import open_local
from kiosk.store.owner import Details, LocalEvent

log = logging.getLogger(__name__)

IMAGE_DIR = "owner-images"


class OwnerData(QObject):
    """The GUI thread's connection to the local database, shared by the content (built first,
    for the first frame) and shop-owner mode (built after it).

    Until `open` (after the first frame) and when the file cannot be used at all, visitors see
    the feed's content alone: no local events, the feed's details.
    """

    read_failed = Signal()
    """A read of the open database failed for the first time (`read_problem` says why)."""

    def __init__(self, data: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = data.local_db
        self.image_dir = data.root / IMAGE_DIR
        """Pictures of the owner's events, copied off the USB stick."""
        self.problem = ""
        """Why the local database cannot be used ('' when it can)."""
        self.read_problem = ""
        """Why the last read of the open database failed ('' when none did)."""
        self._db: Any = None

    def open(self) -> bool:
        """Open the local database; False (and `problem` says why) when it cannot be used."""
        try:
            self._db = open_local(self._path)
        except KioskError as error:
            self.problem = str(error)
            log.error("shop-owner data unavailable: %s", error)
            return False
        self.problem = ""
        return True

    def close(self) -> None:
        """Release the database (visitors see the feed's content alone from now on)."""
        if self._db is not None:
            self._db.conn.close()
            self._db = None

    @property
    def db(self) -> Any:
        """The open database, None before `open` or when it cannot be used."""
        return self._db

    def writable(self) -> Any:
        """The open database to write to; KioskError with the reason when there is none."""
        if self._db is None:
            raise KioskError(self.problem or "the local database is not open")
        return self._db

    def events(self) -> list[LocalEvent]:
        """Every local event, soonest first ([] when the database is unusable or unreadable).

        Visitors' pages ask for these: a damaged page found while running must cost them the
        local events, never the kiosk (the owner's status says so; a restart salvages).
        """
        if self._db is None:
            return []
        try:
            return store.events(self._db)
        except KioskError as error:
            self._failed(error)
            return []

    def details(self) -> Details | None:
        """The owner's saved details (None: the feed's defaults apply, also when unreadable)."""
        if self._db is None:
            return None
        try:
            return store.load_details(self._db)
        except KioskError as error:
            self._failed(error)
            return None

    def occurrences(
        self, start: datetime, end: datetime, point_id: Callable[[], str]
    ) -> list[Event]:
        """Local events between `start` and `end` as What's on shows them, at the service point
        `point_id` names (asked only when there are local events: it reads the content)."""
        events = self.events()
        if not events:
            return []
        # The one import that waits for a local event: iCalendar's modules take about 100 ms,
        # which a kiosk whose owner posted nothing never pays, and no other one pays at start.
        from kiosk.feed.localics import occurrences

        try:
            return occurrences(events, start, end, point_id(), self.image_dir)
        except KioskError as error:
            log.warning("local events not shown: %s", error)
            return []

    def apply(self, point: ServicePoint) -> ServicePoint:
        """The feed's service point with the owner's details."""
        try:
            return store.apply_details(point, self.details())
        except KioskError as error:
            log.warning("own details not applied: %s", error)
            return point

    def _failed(self, error: KioskError) -> None:
        log.error("shop-owner data could not be read: %s", error)
        if not self.read_problem:
            self.read_problem = str(error)
            self.read_failed.emit()
