"""The statistics service counts the bridge's signals into the local database, never the shop owner."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from kiosk.app import Kiosk
from kiosk.config import load_config
from kiosk.domain import STOCKHOLM, parse_opening_hours
from kiosk.paths import DataDir
from kiosk.services.bridge import MessageBridge
from kiosk.services.stats import StatsService
from kiosk.stats.command import keep_days
from kiosk.store import usage
from kiosk.store.local import open_local

NOW = datetime(2027, 3, 12, 14, 5, tzinfo=STOCKHOLM)  # a Friday
DAY = NOW.date()


@pytest.fixture
def bridge(qtbot) -> Iterator[MessageBridge]:  # type: ignore[no-untyped-def]
    made = MessageBridge()
    yield made
    made.deleteLater()


@pytest.fixture
def service(qtbot, bridge: MessageBridge, tmp_path: Path) -> Iterator[StatsService]:  # type: ignore[no-untyped-def]
    hours = parse_opening_hours(["Mo-Fr 09:00-18:00"])
    made = StatsService(lambda: open_local(tmp_path / "local.db"), lambda: hours, lambda: NOW)
    made.connect_bridge(bridge)
    made.start()
    yield made
    made.close()


def stored(tmp_path: Path) -> dict[str, int]:
    db = open_local(tmp_path / "local.db")
    try:
        return usage.daily_counters(db, DAY, DAY).get(DAY, {})
    finally:
        db.conn.close()


def flush(qtbot, service: StatsService) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(service.flushed, timeout=5000):
        service.flush()


def a_visit(bridge: MessageBridge) -> None:
    bridge.visit_started.emit()
    bridge.navigated.emit("home")
    bridge.notice_shown.emit()
    bridge.navigated.emit("places")
    bridge.item_viewed.emit("place", "gideaberg", "nature")
    bridge.navigated.emit("services")
    bridge.eservice_opened.emit("skatteverket")
    bridge.qr_shown.emit()
    bridge.search_made.emit()
    bridge.brochure_opened.emit("hoga-kusten")
    bridge.visit_ended.emit(130.0)


def test_the_bridge_signals_of_a_visit_become_the_days_counters(
    qtbot, bridge: MessageBridge, service: StatsService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a_visit(bridge)
    flush(qtbot, service)
    counts = stored(tmp_path)
    assert counts["visits"] == 1
    assert counts["visit_length:1-5m"] == 1
    assert counts["visit_seconds"] == 130
    assert counts["section:places"] == 1
    assert counts["item:place/gideaberg"] == 1
    assert counts["place_category:nature"] == 1
    assert counts["eservice_open:skatteverket"] == 1
    assert counts["brochure_open:hoga-kusten"] == 1
    assert counts["notice_shown"] == 1
    assert counts["qr_shown"] == 1
    assert counts["search"] == 1
    assert counts["language:sv"] == 1


def test_nothing_done_in_shop_owner_mode_is_counted(
    qtbot, bridge: MessageBridge, service: StatsService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    a_visit(bridge)
    bridge.visit_started.emit()
    bridge.navigated.emit("about")  # the owner on the way to the PIN pad
    flush(qtbot, service)
    bridge.owner_mode_changed.emit(True)
    bridge.navigated.emit("events")
    bridge.search_made.emit()
    bridge.visit_ended.emit(400.0)
    bridge.visit_started.emit()
    bridge.navigated.emit("places")
    bridge.owner_mode_changed.emit(False)
    flush(qtbot, service)
    counts = stored(tmp_path)
    assert counts["visits"] == 1
    assert counts["search"] == 1
    assert "section:about" not in counts
    assert "section:events" not in counts


def test_availability_is_sampled_against_the_opening_hours(
    qtbot, service: StatsService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    service.set_online(True)
    service.set_content_confirmed(NOW)
    service._on_timer_timeout()  # what the once-a-minute timer does
    service._on_timer_timeout()
    service.flush().result(5)  # one worker: when this one is written, so are the others
    db = open_local(tmp_path / "local.db")
    try:
        hours = usage.day_hours(db, DAY)
    finally:
        db.conn.close()
    assert hours["running_minutes"][14] == 2
    assert hours["online_minutes"][14] == 2
    assert hours["fresh_minutes"][14] == 2
    assert hours["open_minutes"][9:18] == [60] * 9
    assert hours["open_minutes"][18] == 0


def test_a_damaged_local_database_leaves_the_kiosk_running_without_statistics(
    qtbot, kiosk: Kiosk, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.stats is not None
    kiosk.stats.close()
    path = kiosk.data.local_db
    path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.mkdir()  # cannot be opened at all (a damaged file is salvaged: test_local_recovery.py)
    from kiosk.services.stats import make_stats_service

    with caplog.at_level(logging.ERROR):
        broken = make_stats_service(kiosk.content, kiosk.data, kiosk.config, parent=kiosk.app)
        broken.connect_bridge(kiosk.bridge)
        broken.start()
        broken.flush().result(5)
    assert not broken.available
    assert "usage statistics are off" in caplog.text
    kiosk.bridge.visit_started.emit()
    kiosk.bridge.navigated.emit("places")
    kiosk.window.open_page("places")
    assert kiosk.window.current == "places"
    broken.close()
    kiosk.stats = None


def test_the_kiosk_counts_a_real_visit_and_flushes_on_exit(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.stats is not None
    kiosk.idle.register_input()
    kiosk.window.open_page("events")
    kiosk.idle.end_visit()
    kiosk.stats.close()
    kiosk.stats = None
    db: sqlite_utils.Database = open_local(kiosk.data.local_db)
    try:
        today = datetime.now(STOCKHOLM).date()
        counts = usage.daily_counters(db, today, today)[today]
        starts = usage.day_starts(db, today)
    finally:
        db.conn.close()
    assert counts["visits"] == 1
    assert counts["section:events"] == 1
    assert starts == 1


def test_without_an_upload_url_the_kiosk_rolls_old_days_into_months(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = datetime(2025, 12, 1, tzinfo=STOCKHOLM).date()
    db = open_local(tmp_path / "local.db")
    usage.flush(db, usage.UsageDelta(counters={old: {"visits": 4}}, starts={old: 1}))
    db.conn.close()
    config = load_config(None, environ={})

    def keep(db, now: datetime) -> None:  # type: ignore[no-untyped-def]
        keep_days(config, DataDir(tmp_path), db, now, "test")

    made = StatsService(
        lambda: open_local(tmp_path / "local.db"), lambda: None, lambda: NOW, housekeeping=keep
    )
    made.start()
    made.close()
    db = open_local(tmp_path / "local.db")
    try:
        assert usage.daily_counters(db, old, old) == {}
        assert usage.monthly_counters(db)["2025-12"]["visits"] == 4
    finally:
        db.conn.close()


def test_a_kiosk_without_an_upload_url_keeps_its_finished_days_for_the_report(
    qtbot, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.stats is not None and not kiosk.config.values["upload_url"]
    kiosk.stats.close()
    day = kiosk.content.clock().date() - timedelta(days=2)
    db = open_local(kiosk.data.local_db)
    usage.flush(db, usage.UsageDelta(counters={day: {"visits": 3}}, starts={day: 1}))
    from kiosk.services.stats import make_stats_service

    again = make_stats_service(kiosk.content, kiosk.data, kiosk.config, parent=kiosk.app)
    again.start()
    again.flush().result(5)
    again.close()
    kiosk.stats = None
    try:
        assert usage.queued(db, day) is not None  # frozen here, as the upload would have
    finally:
        db.conn.close()
