"""Public warnings in the running kiosk: the checker on a worker thread, on its schedule, and a
snapshot for the screens whenever something a visitor sees could have changed (expiry included)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.alerts.check import Checker, Place, Snapshot
from kiosk.alerts.crisis import crisis_alerts
from kiosk.alerts.model import Alert
from kiosk.domain import Notice

log = logging.getLogger(__name__)

REJUDGE_MS = 30_000
"""How often what is held is judged again without a check (an end time passing offline)."""


class AlertService(QObject):
    """Runs `Checker.check` off the GUI thread and tells the screens what visitors see now."""

    changed = Signal(object)
    """A new Snapshot (only when what it shows, holds back or says of the checks changed)."""
    _checked = Signal(object)

    def __init__(
        self,
        checker: Checker,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.checker = checker
        self.clock = clock
        self._notices: list[Notice] = []
        checker.extra = lambda now: crisis_alerts(self._notices, now)
        self._worker: threading.Thread | None = None
        self.snapshot: Snapshot = checker.snapshot()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.check_now)
        self._rejudge = QTimer(self, interval=REJUDGE_MS)
        self._rejudge.timeout.connect(self.rejudge)
        self._checked.connect(self._on_worker_checked)

    def start(self) -> None:
        """Check now, then on each source's schedule; judge again every 30 s in between."""
        self._rejudge.start()
        self.check_now()

    def stop(self) -> None:
        """No more checks (a running one ends on its own)."""
        self._timer.stop()
        self._rejudge.stop()

    def wait(self, timeout: float = 60) -> None:
        """Block until a running check ends (tests, closing)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def set_place(self, place: Place, notices: list[Notice]) -> None:
        """The service point (and so the area) or its notices changed: judge again now."""
        self.checker.place = place
        self._notices = list(notices)
        self.rejudge()

    def check_now(self) -> None:
        """Check the sources that are due now unless a check is running."""
        if self._worker is not None and self._worker.is_alive():
            return
        self._timer.stop()
        due = self.checker.due(self.clock()) or self.checker.sources

        def work() -> None:
            try:
                snapshot = self.checker.check(due)
            except Exception:  # a bug in a parser: the kiosk lives on with what it held
                log.exception("checking warnings failed unexpectedly")
                snapshot = self.checker.snapshot()
            self._checked.emit(snapshot)

        self._worker = threading.Thread(target=work, name="alerts", daemon=True)
        self._worker.start()

    def rejudge(self) -> None:
        """What visitors see at this moment, from what is held (no request)."""
        self._publish(self.checker.snapshot(self.clock()))

    def _on_worker_checked(self, snapshot: Snapshot) -> None:
        self._publish(snapshot)
        now = self.clock()
        waits = [self.checker.delay(name, now) for name in self.checker.sources]
        if waits:
            self._timer.start(int(max(1.0, min(waits)) * 1000))

    def _publish(self, snapshot: Snapshot) -> None:
        before = self.snapshot
        self.snapshot = snapshot
        if _seen(before) != _seen(snapshot):
            self.changed.emit(snapshot)


def _seen(snapshot: Snapshot) -> tuple[object, ...]:
    """What of a snapshot the screens show: a new check time alone repaints nothing."""
    return (
        tuple(_key(a) for a in snapshot.shown),
        tuple((a.id, a.held) for a in snapshot.held),
        snapshot.stale_since,
        tuple(
            (c.name, c.ok_at and c.ok_at.strftime("%H:%M"), c.failing_since is None)
            for c in snapshot.checks
        ),
    )


def _key(alert: Alert) -> tuple[object, ...]:
    return (alert.source, alert.id, alert.headline, alert.description, alert.ends)
