"""Opening hours against Swedish holidays, distances as the crow flies and ISO week numbers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.domain import STOCKHOLM, Geo, parse_opening_hours
from kiosk.opening import OpenState, distance_km, holiday, state_at, week_number

HOURS = parse_opening_hours(["Mo-Fr 09:00-18:00", "Sa 10:00-14:00", "Su 11:00-15:00"])


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=STOCKHOLM)  # type: ignore[misc]


def test_a_weekday_inside_the_hours_is_open_until_closing() -> None:
    assert state_at(HOURS, at(2027, 6, 24, 12)) == OpenState("open", time="18:00")


def test_a_weekday_before_opening_opens_later_today() -> None:
    assert state_at(HOURS, at(2027, 6, 24, 8, 30)) == OpenState("later", time="09:00")


def test_after_closing_it_is_closed_for_the_rest_of_the_day() -> None:
    assert state_at(HOURS, at(2027, 6, 24, 18)).kind == "closed_now"


def test_a_day_without_hours_is_closed_all_day() -> None:
    weekdays = parse_opening_hours(["Mo-Fr 09:00-18:00"])
    assert state_at(weekdays, at(2027, 6, 27, 12)) == OpenState("closed")


def test_an_ordinary_sunday_keeps_its_sunday_hours() -> None:
    # Swedish law counts every Sunday as a holiday; the kiosk must not read that as closed.
    assert holiday(date(2027, 6, 27)) == ""
    assert state_at(HOURS, at(2027, 6, 27, 12)) == OpenState("open", time="15:00")


def test_midsummer_eve_2027_is_closed() -> None:
    assert state_at(HOURS, at(2027, 6, 25, 12)) == OpenState("holiday", holiday="Midsommarafton")
    assert state_at(HOURS, at(2027, 6, 25, 12), "en").holiday == "Midsummer Eve"


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2027, 12, 25), "Juldagen"),
        (date(2027, 6, 6), "Nationaldagen"),
        (date(2027, 6, 26), "Midsommardagen"),
        (date(2027, 12, 24), "Julafton"),
        (date(2027, 12, 31), "Nyårsafton"),
    ],
)
def test_holidays_and_de_facto_days_off_are_closed(day: date, name: str) -> None:
    state = state_at(HOURS, datetime(day.year, day.month, day.day, 12, tzinfo=STOCKHOLM))
    assert state == OpenState("holiday", holiday=name)


def test_a_holiday_on_a_sunday_keeps_its_own_name() -> None:
    assert holiday(date(2027, 3, 28)) == "Påskdagen"


def test_the_time_zone_of_the_clock_does_not_matter() -> None:
    utc_noon = datetime.fromisoformat("2027-06-24T10:00:00+00:00")
    assert state_at(HOURS, utc_noon) == OpenState("open", time="18:00")


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (date(2026, 12, 31), 53),
        (date(2027, 1, 1), 53),
        (date(2027, 1, 3), 53),
        (date(2027, 1, 4), 1),
        (date(2024, 12, 30), 1),
        (date(2027, 6, 25), 25),
    ],
)
def test_week_numbers_follow_iso_8601_at_year_boundaries(day: date, week: int) -> None:
    assert week_number(day) == week


def test_ornskoldsvik_to_skuleskogen_as_the_crow_flies() -> None:
    # About 35 km by road; the straight line is shorter.
    ornskoldsvik, skuleskogen = Geo(63.2909, 18.7153), Geo(63.1009, 18.4978)
    assert 20 < distance_km(ornskoldsvik, skuleskogen) < 30


def test_distance_is_symmetric_and_zero_at_the_same_place() -> None:
    stockholm, goteborg = Geo(59.3293, 18.0686), Geo(57.7089, 11.9746)
    assert distance_km(stockholm, goteborg) == pytest.approx(398, abs=5)
    assert distance_km(goteborg, stockholm) == pytest.approx(distance_km(stockholm, goteborg))
    assert distance_km(stockholm, stockholm) == 0


def test_the_owners_days_that_differ_win_over_weekly_hours_and_holidays() -> None:
    from kiosk.domain import parse_opening_hours
    from kiosk.opening import state_at
    from kiosk.stats.availability import open_minutes

    weekly = parse_opening_hours(["Mo-Su 09:00-18:00"])
    friday = datetime(2026, 12, 4, 12, 0, tzinfo=STOCKHOLM)
    closed = (("2026-12-04", "", "Inventering"),)
    short = (("2026-12-04", "10:00-11:30", ""),)
    christmas_eve = datetime(2026, 12, 24, 10, 30, tzinfo=STOCKHOLM)
    open_on_eve = (("2026-12-24", "10:00-13:00", "Julafton"),)
    inventory = state_at(weekly, friday, "sv", closed)
    assert (inventory.kind, inventory.holiday) == ("holiday", "Inventering")
    assert state_at(weekly, friday, "sv", short).kind == "closed_now"
    assert state_at(weekly, christmas_eve, "sv").kind == "holiday"
    assert state_at(weekly, christmas_eve, "sv", open_on_eve).time == "13:00"
    assert sum(open_minutes(weekly, friday.date(), closed)) == 0
    assert sum(open_minutes(weekly, friday.date(), short)) == 90
    assert sum(open_minutes(weekly, friday.date())) == 9 * 60
