"""Property-based tests (hypothesis) over what comes from outside: feed documents, iCalendar,
configuration files and day files. A fixed, derandomized budget keeps CI fast and repeatable."""

from __future__ import annotations

import contextlib
import json
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.config import load_config
from kiosk.domain import STOCKHOLM
from kiosk.errors import ConfigError, FeedError
from kiosk.feed import ics, strictjson
from kiosk.feed.models import ContentFile, Manifest
from kiosk.feed.validate import _load_model
from kiosk.stats.dayfile import HOURS, Availability, DayFile

BUDGET = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=30,
)


@BUDGET
@given(st.binary(max_size=400) | json_values.map(lambda v: json.dumps(v).encode()))
def test_strict_json_either_parses_or_gives_one_reason(raw: bytes) -> None:
    try:
        strictjson.loads(raw)
    except strictjson.JsonError as error:
        assert "\n" not in str(error)


@BUDGET
@given(
    st.fixed_dictionaries(
        {"kind": st.sampled_from(["places", "links", "notices", "brochures", "x"])},
        optional={
            "items": st.lists(
                st.dictionaries(st.text(max_size=8), json_values, max_size=5), max_size=3
            )
        },
    )
)
def test_a_feed_document_is_accepted_or_explained_never_a_crash(document: dict) -> None:  # type: ignore[type-arg]
    for model in (ContentFile, Manifest):
        errors: list[str] = []
        _load_model(model, "content/x.json", json.dumps(document).encode(), errors)
        assert all(isinstance(e, str) and e.startswith("content/x.json") for e in errors)


PARTS = st.sampled_from(
    ["FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY", "FREQ=HOURLY", "FREQ=SECONDLY",
     "INTERVAL=0", "INTERVAL=3", "COUNT=5", "UNTIL=20270101T000000Z", "BYDAY=MO,TU", "BYDAY=-1SU",
     "BYMONTHDAY=31", "BYMONTHDAY=-1", "BYHOUR=1,2,3,4,5,6,7,8", "BYMINUTE=0,15,30,45",
     "BYSECOND=0,1,2,3,4,5,6,7,8,9", "BYSETPOS=-1", "BYYEARDAY=366", "WKST=SU", "BYMONTH=2"]
)  # fmt: skip


@BUDGET
@given(
    rule=st.lists(PARTS, min_size=1, max_size=5),
    year=st.integers(min_value=1, max_value=2040),
    duration=st.sampled_from(
        ["DURATION:PT1H", "DURATION:P1D", "DURATION:-PT1H", "DTEND:20000101T000000Z", ""]
    ),
)
def test_icalendar_input_expands_within_bounds_or_is_skipped(
    rule: list[str], year: int, duration: str
) -> None:
    raw = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//p//p//EN\r\nBEGIN:VEVENT\r\nUID:p\r\n"
        f"DTSTART;TZID=Europe/Stockholm:{year:04d}0328T023000\r\nSUMMARY:p\r\n"
        f"RRULE:{';'.join(rule)}\r\n{duration + chr(13) + chr(10) if duration else ''}"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    try:
        calendar = ics.parse_calendar(raw, "p.ics")
    except FeedError:
        return
    start = datetime(2027, 1, 1, tzinfo=STOCKHOLM)
    result = ics.expand({"sv": calendar}, start, start + timedelta(days=180))
    assert len(result.events) <= ics.SERIES_CAP
    assert all(e.start < start + timedelta(days=180) for e in result.events)


SETTING_NAMES = st.sampled_from(
    ["service_point", "feed_url", "idle_timeout", "extra_ics_urls", "sound", "upload_url",
     "event_window_days", "browser_low_memory", "nightly_restart", "unknown_key"]
)  # fmt: skip
TOML_VALUES = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(max_size=20).map(json.dumps),
    st.sampled_from(
        ["true", "false", "[]", '["http://[::1/x"]', '"http://h:99999/"', "1.5", '"\\u0000"']
    ),
)


@BUDGET
@given(st.dictionaries(SETTING_NAMES, TOML_VALUES, max_size=4), st.binary(max_size=40))
def test_a_configuration_file_loads_or_gives_one_line(
    tmp_path_factory, values: dict[str, str], junk: bytes
) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("conf")) / "kiosk.toml"
    text = "".join(f"{name} = {value}\n" for name, value in values.items())
    for raw in (text.encode(), text.encode() + junk):
        path.write_bytes(raw)
        try:
            load_config(path, environ={})
        except ConfigError as error:
            assert "\n" not in str(error).strip()


counts = st.dictionaries(st.text(min_size=1, max_size=12), st.integers(0, 10**6), max_size=5)
minutes = st.lists(st.integers(0, 60), min_size=HOURS, max_size=HOURS)


@BUDGET
@given(
    point=st.text(min_size=1, max_size=12),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    counters=counts,
    hours=minutes,
)
def test_a_day_file_round_trips_and_its_mutations_are_value_errors(
    point: str, day: date, counters: dict[str, int], hours: list[int]
) -> None:
    original = DayFile(point, day, counters, Availability(hours, hours, hours, hours), {})
    raw = original.to_bytes()
    assert DayFile.from_bytes(raw).to_bytes() == raw
    for cut in (len(raw) // 2, len(raw) - 3):
        with contextlib.suppress(ValueError):
            DayFile.from_bytes(raw[:cut] + b"\xff" + raw[cut:])
