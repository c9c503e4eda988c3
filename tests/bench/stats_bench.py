"""Usage statistics against the budgets: recording one event on the GUI thread (< 50 µs) and the
GUI thread's share of a flush (< 50 ms)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.domain import STOCKHOLM, parse_opening_hours

if TYPE_CHECKING:
    from kiosk.services.bridge import MessageBridge
    from kiosk.services.stats import StatsService

Row = tuple[str, str, str, str]
EVENTS = 20_000


def _verdict(value: float, budget: float) -> str:
    return f"< {budget:g}: {'OK' if value < budget else 'OVER BUDGET'}"


def stats_rows() -> list[Row]:
    """Median cost of one counted event through the bridge, and of a flush on the GUI thread."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from kiosk.services.bridge import MessageBridge
    from kiosk.services.stats import StatsService
    from kiosk.store.local import open_local

    _app = QCoreApplication.instance() or QCoreApplication([])
    hours = parse_opening_hours(["Mo-Fr 09:00-18:00", "Sa 10:00-14:00"])
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "local.db"
        bridge = MessageBridge()
        service = StatsService(
            lambda: open_local(db_path), lambda: hours, lambda: datetime.now(STOCKHOLM)
        )
        service.connect_bridge(bridge)
        service.start()
        bridge.visit_started.emit()
        bridge.navigated.emit("places")
        record_us = _per_event_us(bridge)
        stall_ms, write_ms = _flush_ms(service, bridge)
        service.close()
    return [
        (
            "stats: record one usage event (signal to counter)",
            f"{record_us:.1f} µs",
            f"{record_us / 50:.2f}x budget",
            _verdict(record_us, 50) + " µs",
        ),
        (
            "stats flush GUI stall (worker writes the DB)",
            f"{stall_ms:.2f} ms",
            f"write {write_ms:.1f} ms off-thread",
            _verdict(stall_ms, 50) + " ms",
        ),
    ]


def _per_event_us(bridge: MessageBridge) -> float:
    emit: list[Callable[[], object]] = [
        lambda: bridge.item_viewed.emit("place", "gideaberg", "nature"),
        lambda: bridge.eservice_opened.emit("skatteverket"),
        bridge.search_made.emit,
        lambda: bridge.navigated.emit("events"),
    ]
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        for n in range(EVENTS):
            emit[n % 4]()
        samples.append((time.perf_counter() - start) / EVENTS * 1e6)
    return statistics.median(samples)


def _flush_ms(service: StatsService, bridge: MessageBridge) -> tuple[float, float]:
    """GUI-thread time of flush() after a busy minute (many keys, two days), and the DB write."""
    stalls, writes = [], []
    for round_ in range(7):
        for n in range(300):
            bridge.item_viewed.emit("place", f"place-{round_}-{n}", "culture")
        service.availability.sample(datetime.now(STOCKHOLM), True, None)
        start = time.perf_counter()
        future = service.flush()
        stalls.append((time.perf_counter() - start) * 1000)
        begun = time.perf_counter()
        future.result(30)
        writes.append((time.perf_counter() - begun) * 1000)
    return max(stalls), statistics.median(writes)


if __name__ == "__main__":
    for row in stats_rows():
        print("  ".join(row))
