"""The agreement report: figures per criterion, "<5" in breakdowns, coverage, activities rule."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date, datetime, timedelta

from kiosk.stats.dayfile import CRITERIA, Availability, Confirmation, DayFile, HeldEvent
from kiosk.stats.report import Report, build_report, missing_ranges, required_activities
from kiosk.stats.report_csv import to_csv
from kiosk.stats.report_export import csv_rows, header, report_dict, to_json

NOW = datetime(2026, 1, 10, 12, 0)
ALL_OFFERED = dict.fromkeys(CRITERIA, True)


def hours(**minutes: int) -> list[int]:
    """24 hourly values, e.g. hours(h9=60, h10=30)."""
    values = [0] * 24
    for key, value in minutes.items():
        values[int(key[1:])] = value
    return values


def day_file(
    day: date,
    counters: dict[str, int],
    events: list[HeldEvent] | None = None,
    offers: dict[str, bool] | None = None,
    running: int = 60,
    restarts: int = 0,
) -> DayFile:
    """A day open 09-11, with the kiosk running `running` minutes of 10-11 and online 09-10."""
    availability = Availability(
        open_minutes=hours(h9=60, h10=60),
        running_minutes=hours(h9=60, h10=running, h20=60),
        online_minutes=hours(h9=60, h20=60),
        fresh_minutes=hours(h9=60, h10=running),
    )
    return DayFile(
        "bjorna", day, counters, availability, offers or ALL_OFFERED, events or [], restarts
    )


def report(files: list[DayFile], start: date, end: date, **kw: object) -> Report:
    return build_report(files, start, end, kw.pop("reasons", {}), NOW, "0.1.0", **kw)  # type: ignore[arg-type]


MONDAY = date(2025, 3, 3)
TWO_DAYS = [
    day_file(
        MONDAY,
        {
            "visits": 12,
            "visit_seconds": 5400,
            "place_category:see": 7,
            "place_category:eat": 3,
            "brochure_open:fiske": 6,
            "eservice_open:bibliotek": 9,
            "eservice_open:bygglov": 2,
            "notice_shown": 4,
            "section:about": 8,
            "section:events": 1,
            "search": 5,
        },
        running=30,
        restarts=1,
    ),
    day_file(
        MONDAY + timedelta(days=1),
        {"visits": 3, "visit_seconds": 1800, "place_category:see": 1, "section:about": 2},
    ),
]


def test_each_criterion_sums_its_counters_over_the_days() -> None:
    r = report(TWO_DAYS, MONDAY, MONDAY + timedelta(days=1))
    info = {m.key: m.value for m in r.criterion("tourist_info").measures}
    computer = {m.key: m.value for m in r.criterion("computer").measures}
    assert info == {"place_views": 11, "brochure_opens": 6, "notices_shown": 4, "qr_shown": 0}
    assert computer["visits"] == 15
    assert computer["hours_in_use"] == 2.0
    assert computer["eservice_opens"] == 11
    assert computer["searches"] == 5
    # Open 4 hours; running all but 30 minutes; online 2 of them; the night hour never counts.
    assert computer["availability"] == 210 / 240
    assert computer["online"] == 0.5
    assert computer["hours_online"] == 2.0
    # The café is the shop's statement, never About-page views.
    assert {m.key: m.value for m in r.criterion("cafe").measures} == {"offered_days": 2}
    assert r.criterion("cafe").basis == "statement"
    assert r.restarts == 1
    assert [c.key for c in r.criteria] == [
        "tourist_info",
        "computer",
        "activities",
        "cafe",
        "home_delivery",
    ]


def test_counts_from_one_to_four_show_as_under_five_in_every_breakdown() -> None:
    r = report(TWO_DAYS, MONDAY, MONDAY + timedelta(days=1))
    rows = {
        (b.key, row.label): row.shown for c in r.criteria for b in c.breakdowns for row in b.rows
    }
    assert rows[("place_category", "see")] == "8"
    assert rows[("place_category", "eat")] == "<5"
    assert rows[("eservice_open", "bibliotek")] == "9"
    assert rows[("eservice_open", "bygglov")] == "<5"
    assert {row.label: row.shown for row in r.sections.rows} == {"about": "10", "events": "<5"}
    # The month had 15 visits: shown; the totals of whole categories stay exact.
    assert r.months[0].visits == 15
    assert r.criterion("computer").measures[2].value == 11


def test_exports_never_carry_a_masked_count() -> None:
    r = report(TWO_DAYS, MONDAY, MONDAY + timedelta(days=1))
    data = json.loads(to_json(report_dict(r)))
    bygglov = data["criteria"]["computer"]["breakdowns"]["eservice_open"][1]
    assert bygglov == {"item": "bygglov", "count": None, "shown": "<5"}
    table = list(
        csv.reader(
            io.StringIO(to_csv(csv_rows(r, "sv"), header("sv"), "sv").decode("utf-8-sig")),
            delimiter=";",
        )
    )
    assert [
        "computer",
        "Dator med internet",
        "eservice_open",
        "E-tjänster",
        "bygglov",
        "<5",
    ] in table
    assert not any(row[4] == "bygglov" and row[5] == "2" for row in table)


def test_csv_opens_in_swedish_excel_with_bom_semicolons_and_decimal_comma() -> None:
    raw = to_csv(
        csv_rows(report(TWO_DAYS, MONDAY, MONDAY + timedelta(days=1)), "sv"), header("sv"), "sv"
    )
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Kriterium (nyckel);Kriterium;Mått (nyckel);Mått;Post;Värde"
    assert (
        "computer;Dator med internet;availability;Tillgänglighet (andel av öppettiden) (%);;87,5"
        in lines
    )


def test_coverage_names_every_missing_day_and_why() -> None:
    start = MONDAY - timedelta(days=2)
    end = MONDAY + timedelta(days=3)
    reasons = {start: "the kiosk was not running"}
    r = report(TWO_DAYS, start, end, reasons=reasons)
    assert (r.days, r.days_with_data) == (6, 2)
    assert r.missing == {
        start: "the kiosk was not running",
        start + timedelta(days=1): "no-data",
        MONDAY + timedelta(days=2): "no-data",
        MONDAY + timedelta(days=3): "no-data",
    }
    assert missing_ranges(r.missing) == [
        (start, start, "the kiosk was not running"),
        (start + timedelta(days=1), start + timedelta(days=1), "no-data"),
        (MONDAY + timedelta(days=2), MONDAY + timedelta(days=3), "no-data"),
    ]


def test_days_not_over_yet_are_missing_as_not_finished() -> None:
    r = report([], NOW.date() - timedelta(days=1), NOW.date() + timedelta(days=1))
    assert list(r.missing.values()) == ["no-data", "not-finished", "not-finished"]


def events_on(count: int, cancelled: int = 0, confirm: bool = True) -> list[DayFile]:
    """Activities a month apart; the shop confirms each as held, and the file a week later
    repeats all its answers so far (as a kiosk's day files do)."""
    files: list[DayFile] = []
    said: list[Confirmation] = []
    for n in range(count + cancelled):
        day = date(2025, 2, 1) + timedelta(days=30 * n)
        held = HeldEvent(f"{day.isoformat()}T18:00", f"Kaffekväll {n}", "local", n >= count)
        files.append(day_file(day, {}, [held]))
        said = [*said, Confirmation(held.start, held.title, "held")] if confirm else []
        files.append(replace(day_file(day + timedelta(days=7), {}), confirmations=said))
    return files


def test_three_activities_in_a_year_are_a_tick_two_are_a_cross() -> None:
    year = (date(2025, 1, 1), date(2025, 12, 31))
    met = report(events_on(3), *year)
    assert met.criterion("activities").met
    assert [a.title for a in met.activities] == ["Kaffekväll 0", "Kaffekväll 1", "Kaffekväll 2"]
    # A cancelled activity was not held.
    short = report(events_on(2, cancelled=1), *year)
    assert not short.criterion("activities").met
    assert len(short.activities) == 2


def test_the_same_event_on_two_files_counts_once() -> None:
    files = events_on(2)
    files.append(day_file(date(2025, 7, 11), {}, files[0].events))
    r = report(files, date(2025, 1, 1), date(2025, 12, 31))
    assert len(r.activities) == 2


def test_the_activities_rule_is_scaled_to_the_period() -> None:
    assert required_activities(365) == 3
    assert required_activities(366) == 3
    assert required_activities(31) == 1
    assert required_activities(183) == 2
    assert required_activities(3 * 365) == 9


def test_a_criterion_offered_on_under_half_the_days_is_not_met() -> None:
    off = dict(ALL_OFFERED, cafe=False)
    files = [day_file(MONDAY + timedelta(days=n), {}, offers=off if n else None) for n in range(3)]
    r = report(files, MONDAY, MONDAY + timedelta(days=2))
    cafe = r.criterion("cafe")
    assert (cafe.offered_days, cafe.met) == (1, False)
    assert r.criterion("home_delivery").met


def test_activities_are_judged_by_those_held_not_by_the_offer() -> None:
    files = [replace(f, offers=dict(ALL_OFFERED, activities=False)) for f in events_on(3)]
    r = report(files, date(2025, 1, 1), date(2025, 12, 31))
    assert r.criterion("activities").offered_days == 0
    assert r.criterion("activities").met
