"""Availability per hour against the service point's opening hours."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kiosk.domain import STOCKHOLM, parse_opening_hours
from kiosk.opening import state_at
from kiosk.stats.availability import AvailabilityLog, is_fresh, open_minutes

HOURS = parse_opening_hours(["Mo-Fr 09:30-18:00", "Sa 10:00-14:00", "Fr 20:00-02:00"])


def test_open_minutes_follow_the_opening_hours_per_hour() -> None:
    friday = date(2027, 3, 12)
    minutes = open_minutes(HOURS, friday)
    assert minutes[8] == 0
    assert minutes[9] == 30
    assert minutes[10:18] == [60] * 8
    assert minutes[18] == 0
    assert minutes[20:24] == [60] * 4  # closing after midnight is read as midnight
    assert sum(minutes) == 8 * 60 + 30 + 4 * 60


def test_open_minutes_agree_with_the_open_sign_minute_by_minute() -> None:
    for day in (date(2027, 3, 12), date(2027, 3, 13), date(2027, 3, 14), date(2027, 12, 24)):
        expected = [0] * 24
        start = datetime(day.year, day.month, day.day, tzinfo=STOCKHOLM)
        for n in range(24 * 60):
            when = start + timedelta(minutes=n)
            if state_at(HOURS, when).kind == "open":
                expected[n // 60] += 1
        assert open_minutes(HOURS, day) == expected, day


def test_a_public_holiday_has_no_open_minutes() -> None:
    assert sum(open_minutes(HOURS, date(2027, 12, 24))) == 0  # julafton, a Friday
    assert sum(open_minutes(HOURS, date(2027, 12, 17))) > 0


def test_samples_count_running_online_and_fresh_minutes_per_local_hour() -> None:
    log = AvailabilityLog()
    start = datetime(2027, 3, 12, 9, 58, tzinfo=STOCKHOLM)
    synced = start - timedelta(days=1)
    for n in range(4):
        log.sample(start + timedelta(minutes=n), online=n % 2 == 0, confirmed=synced)
    taken = log.take()
    assert taken[(date(2027, 3, 12), 9)] == [2, 1, 2]
    assert taken[(date(2027, 3, 12), 10)] == [2, 1, 2]
    assert log.take() == {}


def test_content_older_than_two_days_is_not_fresh() -> None:
    now = datetime(2027, 3, 12, 12, tzinfo=STOCKHOLM)
    assert is_fresh(now - timedelta(hours=47), now)
    assert not is_fresh(now - timedelta(hours=49), now)
    assert not is_fresh(None, now)
