"""Events from iCalendar: recurrence, overrides, cancellations, all-day, languages, hostile series."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.feed.ics import SERIES_CAP, STOCKHOLM, expand, parse_calendar

HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
TAIL = "END:VCALENDAR\r\n"
START = datetime(2026, 12, 1, tzinfo=STOCKHOLM)
END = START + timedelta(days=60)


def cal(*events: str, head: str = HEAD) -> bytes:
    body = "".join(
        "BEGIN:VEVENT\r\n" + e.strip().replace("\n", "\r\n") + "\r\nEND:VEVENT\r\n" for e in events
    )
    return (head + body + TAIL).encode()


WEEKLY = """UID:stick@x
DTSTART;TZID=Europe/Stockholm:20251104T180000
DTEND;TZID=Europe/Stockholm:20251104T200000
RRULE:FREQ=WEEKLY;BYDAY=TU
EXDATE;TZID=Europe/Stockholm:20261215T180000
SUMMARY:Stickcafé
LOCATION:Björna"""

CANCELLED = """UID:stick@x
RECURRENCE-ID;TZID=Europe/Stockholm:20261222T180000
DTSTART;TZID=Europe/Stockholm:20261222T180000
DTEND;TZID=Europe/Stockholm:20261222T200000
STATUS:CANCELLED
SUMMARY:Stickcafé – inställt"""


def test_weekly_series_is_expanded_within_the_window_only() -> None:
    result = expand({"sv": parse_calendar(cal(WEEKLY), "a.ics")}, START, END)
    starts = [e.start for e in result.events]
    assert starts[0] == datetime(2026, 12, 1, 18, 0, tzinfo=STOCKHOLM)
    assert all(START <= s < END for s in starts)
    assert datetime(2026, 12, 15, 18, 0, tzinfo=STOCKHOLM) not in starts  # EXDATE


def test_a_long_series_shows_each_occurrence_once_and_the_one_going_on() -> None:
    # A weekend camp Friday 16:00 to Sunday 14:00, every week: occurrences cross the weeks the
    # window is expanded in, and the one going on at the window's start is shown too.
    camp = """UID:camp@x
DTSTART;TZID=Europe/Stockholm:20251107T160000
DTEND;TZID=Europe/Stockholm:20251109T140000
RRULE:FREQ=WEEKLY
SUMMARY:Läger"""
    start = datetime(2026, 12, 5, 12, 0, tzinfo=STOCKHOLM)  # a Saturday, mid-camp
    result = expand({"sv": parse_calendar(cal(camp), "a.ics")}, start, start + timedelta(days=60))
    starts = [e.start for e in result.events]
    assert starts[0] == datetime(2026, 12, 4, 16, 0, tzinfo=STOCKHOLM)
    assert len(starts) == len(set(starts)) == 9  # Dec 4 and the 8 Fridays up to Jan 29
    assert starts == sorted(starts)


def test_an_overridden_occurrence_is_cancelled_not_dropped() -> None:
    result = expand({"sv": parse_calendar(cal(WEEKLY, CANCELLED), "a.ics")}, START, END)
    by_start = {e.start: e for e in result.events}
    cancelled = by_start[datetime(2026, 12, 22, 18, 0, tzinfo=STOCKHOLM)]
    assert cancelled.cancelled
    assert cancelled.title.get("sv") == "Stickcafé – inställt"
    assert not by_start[datetime(2026, 12, 29, 18, 0, tzinfo=STOCKHOLM)].cancelled


def test_translations_are_merged_by_uid_and_fall_back_per_language() -> None:
    english = cal(
        "UID:stick@x\nDTSTART;TZID=Europe/Stockholm:20251104T180000\nSUMMARY:Knitting café"
    )
    result = expand(
        {"sv": parse_calendar(cal(WEEKLY), "sv.ics"), "en": parse_calendar(english, "en.ics")},
        START,
        END,
    )
    event = result.events[0]
    assert event.title.get("en") == "Knitting café"
    assert event.title.get("de") == "Knitting café"  # no German: English before Swedish
    assert event.title.get("fi") == "Stickcafé"  # no Finnish: Swedish before English
    assert event.title.get("sv") == "Stickcafé"
    assert event.location.get("en") == "Björna"  # not translated: Swedish


def test_all_day_event_uses_exclusive_end() -> None:
    data = cal("UID:day@x\nDTSTART;VALUE=DATE:20261213\nDTEND;VALUE=DATE:20261214\nSUMMARY:Lucia")
    (event,) = expand({"sv": parse_calendar(data, "a.ics")}, START, END).events
    assert event.all_day
    assert event.end - event.start == timedelta(days=1)


def test_floating_time_is_read_as_stockholm_time() -> None:
    data = cal("UID:f@x\nDTSTART:20261205T190000\nSUMMARY:Pub")
    (event,) = expand({"sv": parse_calendar(data, "a.ics")}, START, END).events
    assert event.start == datetime(2026, 12, 5, 19, 0, tzinfo=STOCKHOLM)


def test_an_unbounded_hourly_series_is_capped() -> None:
    data = cal("UID:flood@x\nDTSTART:20261201T000000\nRRULE:FREQ=HOURLY\nSUMMARY:Flood")
    result = expand({"sv": parse_calendar(data, "a.ics")}, START, END)
    assert len(result.events) == SERIES_CAP


def test_a_series_repeating_every_second_is_refused_quickly_and_reported() -> None:
    # From a DTSTART years back, expanding this would take the library minutes.
    flood = "UID:flood@x\nDTSTART:20200101T000000\nRRULE:FREQ=SECONDLY\nSUMMARY:Flood"
    result = expand({"sv": parse_calendar(cal(WEEKLY, flood), "a.ics")}, START, END)
    assert {e.uid for e in result.events} == {"stick@x"}
    assert any("flood@x" in p and "secondly" in p for p in result.problems)


def test_a_broken_series_is_skipped_and_reported_while_others_remain() -> None:
    broken = "UID:bad@x\nDTSTART;TZID=Europe/Stockholm:20261201T100000\nRRULE:FREQ=WEEKLY;BYDAY=XX\nSUMMARY:Bad"
    result = expand({"sv": parse_calendar(cal(WEEKLY, broken), "a.ics")}, START, END)
    assert {e.uid for e in result.events} == {"stick@x"}
    assert any("bad@x" in problem for problem in result.problems)


def test_windows_zone_names_are_understood() -> None:
    data = cal("UID:w@x\nDTSTART;TZID=W. Europe Standard Time:20261205T100000\nSUMMARY:Outlook")
    (event,) = expand({"sv": parse_calendar(data, "a.ics")}, START, END).events
    assert event.start == datetime(2026, 12, 5, 10, 0, tzinfo=STOCKHOLM)


def test_floating_times_follow_x_wr_timezone() -> None:
    head = HEAD + "X-WR-TIMEZONE:Europe/Helsinki\r\n"
    data = cal("UID:f@x\nDTSTART:20261205T190000\nSUMMARY:Tango", head=head)
    (event,) = expand({"sv": parse_calendar(data, "a.ics")}, START, END).events
    assert event.start == datetime(2026, 12, 5, 18, 0, tzinfo=STOCKHOLM)  # 19:00 in Helsinki


def test_rdate_adds_an_occurrence() -> None:
    data = cal(
        "UID:r@x\nDTSTART;TZID=Europe/Stockholm:20261201T100000\nRRULE:FREQ=MONTHLY;COUNT=2\n"
        "RDATE;TZID=Europe/Stockholm:20261215T100000\nSUMMARY:Loppis"
    )
    starts = [e.start.day for e in expand({"sv": parse_calendar(data, "a.ics")}, START, END).events]
    assert starts == [1, 15, 1]


def test_not_icalendar_at_all_is_a_clear_error() -> None:
    import pytest

    from kiosk.errors import FeedError

    with pytest.raises(FeedError, match=r"x\.ics: not a valid iCalendar file"):
        parse_calendar(b"<html>Sorry, not found</html>", "x.ics")
