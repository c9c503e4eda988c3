"""Usage counters in the local database: flushes add up, day files chain, retention rolls up."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from kiosk.domain import STOCKHOLM
from kiosk.stats.dayfile import DayFile, HeldEvent, sha256
from kiosk.stats.days import (
    NOT_FINISHED,
    NOT_RUNNING,
    ROLLED_UP,
    build_day_files,
    freeze_finished,
    retention_cutoff,
)
from kiosk.store import usage
from kiosk.store.local import open_local
from kiosk.store.usage import UsageDelta

D1, D2, D3 = date(2027, 3, 10), date(2027, 3, 11), date(2027, 3, 13)


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    return open_local(tmp_path / "local.db")


def offers(day: date) -> tuple[Mapping[str, bool], list[HeldEvent]]:
    return {"computer": True, "cafe": day.day % 2 == 0}, [
        HeldEvent(f"{day.isoformat()}T18:00", "Pubafton", "local")
    ]


def record_day(db: sqlite_utils.Database, day: date, visits: int = 2) -> None:
    usage.flush(
        db,
        UsageDelta(
            counters={day: {"visits": visits, "section:places": 3}},
            hours={(day, 10): [60, 50, 60]},
            open_minutes={day: [0] * 9 + [60] * 9 + [0] * 6},
            starts={day: 1},
        ),
    )


def test_flushes_add_up_and_open_minutes_are_set_not_added(db: sqlite_utils.Database) -> None:
    record_day(db, D1)
    record_day(db, D1, visits=1)
    assert usage.daily_counters(db, D1, D1) == {D1: {"section:places": 6, "visits": 3}}
    hours = usage.day_hours(db, D1)
    assert hours["running_minutes"][10] == 120
    assert hours["open_minutes"][10] == 60
    assert sum(hours["open_minutes"]) == 9 * 60


def test_counts_survive_reopening_the_database(tmp_path: Path) -> None:
    first = open_local(tmp_path / "local.db")
    record_day(first, D1)
    first.conn.close()
    again = open_local(tmp_path / "local.db")
    assert usage.daily_counters(again, D1, D1)[D1]["visits"] == 2


def test_finished_days_become_chained_day_files_and_gaps_say_why(
    db: sqlite_utils.Database,
) -> None:
    for day in (D1, D2, D3):
        record_day(db, day)
    files, missing = build_day_files(db, "bjorna", D1, D3 + timedelta(days=1), offers, "0.1", D3)
    assert [f.day for f in files] == [D1, D2]
    assert missing == {
        date(2027, 3, 12): NOT_RUNNING,
        D3: NOT_FINISHED,
        date(2027, 3, 14): NOT_FINISHED,
    }
    assert files[0].previous_sha256 is None
    assert files[1].previous_sha256 == sha256(files[0].to_bytes())
    assert files[0].offers["computer"] is True
    assert files[0].events[0].title == "Pubafton"
    assert files[0].availability.open_minutes[10] == 60


def test_frozen_days_come_back_byte_for_byte_even_when_the_content_changed(
    db: sqlite_utils.Database,
) -> None:
    record_day(db, D1)
    record_day(db, D2)
    now = datetime(2027, 3, 12, 3, tzinfo=STOCKHOLM)
    assert freeze_finished(db, "bjorna", offers, "0.1", now) == [D1, D2]
    frozen = usage.queued(db, D2)

    def no_offers(day: date) -> tuple[Mapping[str, bool], list[HeldEvent]]:
        return {}, []

    files, _ = build_day_files(db, "bjorna", D1, D2, no_offers, "0.2", date(2027, 3, 20))
    assert files[1].to_bytes() == frozen
    assert DayFile.from_bytes(frozen).previous_sha256 == sha256(usage.queued(db, D1) or b"")
    assert freeze_finished(db, "bjorna", offers, "0.1", now) == []


def test_the_day_just_ended_is_frozen_only_after_it_settled(db: sqlite_utils.Database) -> None:
    record_day(db, D1)
    just_after_midnight = datetime(2027, 3, 11, 0, 20, tzinfo=STOCKHOLM)
    assert freeze_finished(db, "bjorna", offers, "0.1", just_after_midnight) == []
    assert freeze_finished(db, "bjorna", offers, "0.1", just_after_midnight + timedelta(hours=1))


def test_retention_rolls_old_days_into_months_and_keeps_undelivered_files(
    db: sqlite_utils.Database,
) -> None:
    old = [date(2025, 9, 29), date(2025, 9, 30), date(2025, 10, 1)]
    for day in old:
        record_day(db, day)
    freeze_finished(db, "bjorna", offers, "0.1", datetime(2025, 10, 5, tzinfo=STOCKHOLM))
    usage.mark_uploaded(db, old[0], datetime(2025, 10, 5, tzinfo=STOCKHOLM))
    today = date(2026, 11, 15)
    cutoff = retention_cutoff(today, 13)
    assert cutoff == date(2025, 10, 1)
    assert usage.roll_up(db, cutoff) == 2
    assert usage.daily_counters(db, old[0], old[-1]) == {old[2]: {"section:places": 3, "visits": 2}}
    months = usage.monthly_counters(db)
    assert months["2025-09"]["visits"] == 4
    assert months["2025-09"]["minutes:running_minutes"] == 120
    assert months["2025-09"]["days:recorded"] == 2
    assert usage.queued(db, old[0]) is None  # delivered: gone with the days
    assert usage.queued(db, old[1]) is not None  # not delivered yet: kept until it is
    files, missing = build_day_files(db, "bjorna", date(2025, 9, 28), old[2], offers, "0.1", today)
    assert missing[date(2025, 9, 28)] == ROLLED_UP
    assert [f.day for f in files] == [old[1], old[2]]


def test_rolling_up_twice_adds_nothing_twice(db: sqlite_utils.Database) -> None:
    record_day(db, date(2025, 9, 29))
    usage.roll_up(db, date(2025, 10, 1))
    usage.roll_up(db, date(2025, 10, 1))
    assert usage.monthly_counters(db)["2025-09"]["visits"] == 2


def test_last_upload_is_remembered(db: sqlite_utils.Database) -> None:
    assert usage.last_upload(db) is None
    at = datetime(2027, 3, 12, 4, tzinfo=STOCKHOLM)
    usage.record_attempt(db, at, "3 days delivered, 0 waiting")
    assert usage.last_upload(db) == (at, "3 days delivered, 0 waiting")
