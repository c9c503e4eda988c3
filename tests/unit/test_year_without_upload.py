"""A kiosk with no upload_url (reporting by USB stick) keeps every activity of the year for its report.

The owner's events are deleted 30 days after they end; before, nothing kept them for the
report, and the year report listed 1 of about 116 activities.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from kiosk.config import Config, load_config
from kiosk.domain import STOCKHOLM
from kiosk.paths import DataDir
from kiosk.stats.command import keep_days
from kiosk.stats.report_source import single_report
from kiosk.store import owner, usage
from kiosk.store.local import open_local
from kiosk.store.usage import UsageDelta

YEAR = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), STOCKHOLM)


def held_on(day: date) -> list[owner.LocalEvent]:
    """Coffee every Tuesday, a pub night on the first Friday of each month: 52 + 12 = 64."""
    events = []
    if day.weekday() == 1:
        events.append(owner.LocalEvent(f"Kaffe {day}", day, "10:00", contact="Anna 070-1234567"))
    if day.weekday() == 4 and day.day <= 7:
        events.append(owner.LocalEvent(f"Pubkväll {day}", day, "19:00"))
    return events


def config() -> Config:
    values = dict(load_config(None, environ={}).values)
    values.update(service_point="bjorna", upload_url="")
    return Config(values)


def run_a_year(data: DataDir) -> None:
    """The kiosk's year: posted a week ahead, used every day, its nightly housekeeping."""
    db = open_local(data.local_db)
    for day in [YEAR[0] + timedelta(days=n) for n in range(-7, 0)] + YEAR:
        for event in held_on(day + timedelta(days=7)):
            owner.save_event(db, event, at(day, 9))
        if day < YEAR[0]:
            continue
        usage.flush(db, UsageDelta(counters={day: {"visits": 2}}, starts={day: 1}))
        night = at(day + timedelta(days=1), 2)
        keep_days(config(), data, db, night, "test")
        owner.purge_ended(db, night)  # shop-owner mode's daily cleanup
    db.conn.close()


def test_the_year_report_lists_every_activity_held_that_year(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    run_a_year(data)
    held = [e for day in YEAR for e in held_on(day)]
    report = single_report(data, "bjorna", YEAR[0], YEAR[-1], at(date(2027, 1, 5), 12), "test")
    assert len(report.activities) == len(held) == 64
    assert {a.title for a in report.activities} == {e.title for e in held}
    db = open_local(data.local_db)
    try:  # the contact person is gone with the events; the day files never had one
        assert all(e.day >= date(2026, 12, 1) for e in owner.events(db))
        assert b"070-1234567" not in b"".join(usage.queued(db, d) or b"" for d in YEAR)
    finally:
        db.conn.close()


def test_an_event_is_not_deleted_before_its_day_is_kept(tmp_path: Path) -> None:
    db = open_local(tmp_path / "local.db")
    day = date(2026, 3, 3)
    owner.save_event(db, owner.LocalEvent("Kaffe", day, "10:00"), at(day, 9))
    usage.queue_day(db, date(2026, 3, 1), b"{}", "x" * 64, at(day, 2))  # frozen up to 1 March
    assert owner.purge_ended(db, at(day + timedelta(days=60), 2)) == []
    assert [e.title for e in owner.events(db)] == ["Kaffe"]
    usage.queue_day(db, day, b"{}", "y" * 64, at(day + timedelta(days=61), 2))
    owner.purge_ended(db, at(day + timedelta(days=61), 2))
    assert owner.events(db) == []


def test_day_files_older_than_the_retention_are_rolled_up_with_nobody_to_deliver_to(
    tmp_path: Path,
) -> None:
    data = DataDir(tmp_path / "data")
    db = open_local(data.local_db)
    day = date(2026, 3, 3)
    usage.flush(db, UsageDelta(counters={day: {"visits": 2}}, starts={day: 1}))
    keep_days(config(), data, db, at(day + timedelta(days=1), 2), "test")
    assert usage.queued(db, day) is not None
    keep_days(config(), data, db, at(date(2027, 6, 1), 2), "test")  # 13 months later
    assert usage.queued(db, day) is None
    assert usage.monthly_counters(db)["2026-03"]["visits"] == 2
    db.conn.close()
