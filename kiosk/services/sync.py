"""The sync schedule: runs the Qt-free sync engine on a worker thread, on time and when the net returns."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    """One sync pass as the kiosk's screens and the shop owner need it."""

    at: datetime
    outcome: str
    """'updated', 'unchanged' or 'failed'."""
    online: bool
    """False when the feed could not be reached at all (no network, DNS, refused, timeout)."""
    message: str
    retry_after: float | None = None
    version: int | None = None

    @property
    def ok(self) -> bool:
        """True when the content is confirmed current."""
        return self.outcome in {"updated", "unchanged"}


Runner = Callable[[datetime], SyncStatus]
"""Runs one sync pass (on a worker thread) and says how it went; never raises."""

Scheduler = Callable[[SyncStatus | None, int], float]
"""Seconds until the next pass, given the last status and the count of failures in a row."""


class SyncService(QObject):
    """Keeps one sync at a time running off the GUI thread and tells the UI how it went."""

    status_changed = Signal(object)
    content_updated = Signal()
    _done = Signal(object)

    def __init__(
        self,
        run: Runner,
        next_delay: Scheduler,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._next_delay = next_delay
        self._clock = clock
        self._failures = 0
        self._worker: threading.Thread | None = None
        self.status: SyncStatus | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.sync_now)
        self._done.connect(self._on_worker_done)

    @property
    def online(self) -> bool:
        """What the last pass found (assumed online until a pass says otherwise)."""
        return self.status.online if self.status is not None else True

    @property
    def running(self) -> bool:
        """True while a pass runs."""
        return self._worker is not None and self._worker.is_alive()

    def start(self, first_delay: float | None = None) -> None:
        """Schedule the first pass (by default as the schedule says for a fresh start)."""
        delay = self._next_delay(None, 0) if first_delay is None else first_delay
        self._timer.start(int(delay * 1000))

    def stop(self) -> None:
        """No more passes (a running one finishes on its own)."""
        self._timer.stop()

    def sync_now(self) -> None:
        """Start a pass now unless one is running."""
        if self.running:
            return
        self._timer.stop()
        now = self._clock()

        def work() -> None:
            try:
                status = self._run(now)
            except Exception as error:  # a bug in the engine: keep the kiosk alive, log it
                log.exception("sync failed unexpectedly")
                status = SyncStatus(now, "failed", True, f"internal error: {error}")
            self._done.emit(status)

        self._worker = threading.Thread(target=work, name="sync", daemon=True)
        self._worker.start()

    def wait(self, timeout: float = 120) -> None:
        """Block until a running pass ends (command line and tests)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def _on_worker_done(self, status: SyncStatus) -> None:
        self.status = status
        self._failures = 0 if status.ok else self._failures + 1
        log.info("sync: %s", status.message)
        self.status_changed.emit(status)
        if status.outcome == "updated":
            self.content_updated.emit()
        self._timer.start(int(self._next_delay(status, self._failures) * 1000))

    def on_network_back(self) -> None:
        """The operating system says the network is reachable again: do not wait for the timer."""
        if self.status is not None and not self.status.online:
            self.sync_now()
