"""Outside input is bounded: recurrence rules, DST durations and JSON from feeds and day files."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk.domain import STOCKHOLM
from kiosk.feed import ics, strictjson
from kiosk.feed.ics import SERIES_CAP, expand, parse_calendar
from kiosk.stats.dayfile import DayFile

WINDOW = datetime(2027, 1, 1, tzinfo=STOCKHOLM)
EVERY_SECOND = ",".join(str(n) for n in range(60))


def calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


def expanded(raw: bytes, days: int = 365):  # type: ignore[no-untyped-def]
    return expand({"sv": parse_calendar(raw, "x.ics")}, WINDOW, WINDOW + timedelta(days=days))


def test_a_rule_of_every_second_of_every_day_since_2000_is_refused_not_walked() -> None:
    rule = f"RRULE:FREQ=DAILY;BYHOUR={','.join(str(h) for h in range(24))};BYMINUTE={EVERY_SECOND};BYSECOND={EVERY_SECOND}"
    result = expanded(calendar(f"UID:x\r\nDTSTART:20000101T000000Z\r\nSUMMARY:x\r\n{rule}"))
    assert result.events == []
    assert result.problems == ["events: event 'x' skipped: it repeats 86400 times per daily period"]


def test_a_daily_rule_from_year_1_is_refused_not_walked() -> None:
    result = expanded(
        calendar("UID:y\r\nDTSTART:00010101T100000Z\r\nSUMMARY:y\r\nRRULE:FREQ=DAILY")
    )
    assert result.events == []
    assert "too far to expand" in result.problems[0]


def test_a_calendar_of_many_long_series_is_capped_as_a_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ics, "CALENDAR_CAP", 2 * SERIES_CAP + 10)  # the real one is 50 series
    series = [
        f"UID:s{n}\r\nDTSTART:20261201T{n:02d}0000Z\r\nSUMMARY:s\r\nRRULE:FREQ=DAILY"
        for n in range(4)
    ]
    result = expanded(calendar(*series), days=3000)
    assert len(result.events) == 2 * SERIES_CAP + 10
    assert any("the calendar is too large" in p for p in result.problems)


@pytest.mark.parametrize("night", ["20270328", "20271031"])  # clocks forward, clocks back
def test_an_hour_long_event_at_half_past_two_on_a_dst_night_lasts_an_hour(night: str) -> None:
    raw = calendar(
        f"UID:d\r\nDTSTART;TZID=Europe/Stockholm:{night}T023000\r\nDURATION:PT1H\r\nSUMMARY:d"
    )
    (event,) = expanded(raw).events
    assert event.end.timestamp() - event.start.timestamp() == 3600  # was 0 and 7200 s


def test_a_duration_in_days_keeps_the_wall_clock_time_across_a_dst_change() -> None:
    raw = calendar(
        "UID:w\r\nDTSTART;TZID=Europe/Stockholm:20270327T100000\r\nDURATION:P1D\r\nSUMMARY:w"
    )
    (event,) = expanded(raw).events
    assert (event.start.hour, event.end.hour) == (10, 10)  # nominal day: 23 hours that night


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper than 64 levels"),
        (b'{"version": ' + b"9" * 5000 + b"}", "a number of 5000 characters (at most 40)"),
        (b'{"publisher": "\\ud800"}', "text with a lone surrogate"),
        (b'{"x": NaN}', "NaN is not a JSON number"),
        # Deeper than the limit, not deep enough for the parser to give up by itself.
        (b'{"a": ' + b"[" * 70 + b"]" * 70 + b"}", "nested deeper than 64 levels"),
        (b'{"a": "\\ud83d\\ude00", "b": "\\udc00"}', "text with a lone surrogate"),
        (b'{"a": -1.5e' + b"7" * 45 + b"}", "a number of 50 characters (at most 40)"),
        ('{"a": "\ud800"}', "text with a lone surrogate"),  # text given as str
    ],
)
def test_hostile_json_is_one_clear_reason(raw: bytes | str, reason: str) -> None:
    with pytest.raises(strictjson.JsonError) as caught:
        strictjson.loads(raw)
    assert reason in str(caught.value)


def test_a_paired_surrogate_escape_and_long_digits_in_text_are_fine() -> None:
    data = strictjson.loads(b'{"a": "\\ud83d\\ude00", "sha": "' + b"1" * 64 + b'"}')
    assert data == {"a": "\U0001f600", "sha": "1" * 64}


def test_a_hostile_day_file_is_a_value_error_not_a_crash() -> None:
    with pytest.raises(ValueError, match="not JSON: nested deeper"):
        DayFile.from_bytes(b"[" * 100_000 + b"]" * 100_000)


def test_an_interval_of_zero_is_refused_not_looped_on() -> None:
    # Found by tests/unit/test_properties.py: the library never moves past such a rule.
    rule = "RRULE:FREQ=MONTHLY;INTERVAL=0;COUNT=5;BYYEARDAY=366;BYMONTHDAY=-1"
    result = expanded(calendar(f"UID:z\r\nDTSTART:02270328T023000Z\r\nSUMMARY:z\r\n{rule}"))
    assert result.events == []
    assert "INTERVAL is 0" in result.problems[0]
