"""The guards that let the agreement report be filed as it stands: each test fails without
its guard (formula cells, duplicate and future day files, unreadable files, the coverage
warning, the bottom line, café and home delivery as the shop's statement, confirmed
activities, each language's CSV, quarters, names instead of ids)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from usagesim import simulate_point, write_fleet, write_status

from kiosk.errors import KioskError
from kiosk.stats.dayfile import Availability, Confirmation, DayFile, HeldEvent
from kiosk.stats.fleet import FleetReport, build_fleet
from kiosk.stats.fleet_export import fleet_csv_rows, fleet_header
from kiosk.stats.period import parse_quarter, period_title
from kiosk.stats.report import BEFORE_INSTALL, build_report
from kiosk.stats.report_csv import to_csv
from kiosk.stats.report_export import csv_rows, header, report_dict

Q3 = (date(2026, 7, 1), date(2026, 9, 30))
NOW = datetime(2026, 10, 5, 9, 0)


@pytest.fixture(scope="module")
def q3_files() -> list[DayFile]:
    return simulate_point("bjorna", date(2026, 6, 1), Q3[1], seed=4, missing_share=0.0)


def fleet_of(tmp_path: Path, files: list[DayFile]) -> Path:
    return write_fleet(tmp_path / "fleet", {"bjorna": files})


def build(root: Path, now: datetime = NOW) -> FleetReport:
    return build_fleet(root, *Q3, now, "0.1.0")


def test_a_day_saved_under_two_names_counts_once(tmp_path: Path, q3_files: list[DayFile]) -> None:
    root = fleet_of(tmp_path, q3_files)
    day = next(f for f in q3_files if f.day == date(2026, 8, 3))
    # "20260803.json" is what date.fromisoformat also reads as 3 August; a copy from a file
    # manager gets " (1)".
    (root / "bjorna" / "20260803.json").write_bytes(day.to_bytes())
    (root / "bjorna" / "2026-08-03 (1).json").write_bytes(day.to_bytes())
    point = build(root).points[0]
    assert point.report.days_with_data == 92
    visits = sum(f.counters.get("visits", 0) for f in q3_files if Q3[0] <= f.day <= Q3[1])
    assert point.report.criterion("computer").measures[0].value == visits
    assert {(u.name, u.kind) for u in point.unreadable} == {
        ("20260803.json", "duplicate"),
        ("2026-08-03 (1).json", "duplicate"),
    }


def test_a_future_dated_day_file_is_flagged_and_not_counted(
    tmp_path: Path, q3_files: list[DayFile]
) -> None:
    root = fleet_of(tmp_path, q3_files)
    # Made on 15 September: the kiosk's clock ran ahead and delivered the 20th already.
    ahead = next(f for f in q3_files if f.day == date(2026, 9, 20))
    for f in q3_files:
        if date(2026, 9, 15) <= f.day and f.day != ahead.day:
            (root / "bjorna" / f"{f.day}.json").unlink()
    point = build(root, datetime(2026, 9, 15, 12, 0)).points[0]
    assert point.report.days_with_data == 76  # 1 July .. 14 September
    assert [(u.kind, u.day) for u in point.unreadable] == [("future", ahead.day)]
    assert point.report.missing[ahead.day] == "not-finished"


@pytest.mark.parametrize(
    "spoiled",
    [
        b"\x00garbage",
        DayFile("bjorna", date(2026, 8, 10), {"visits": 7}, Availability(), {})
        .to_bytes()
        .replace(b'"visits":7', b'"visits":1e999'),
        b"[" * 100_000 + b"]" * 100_000,
        b'{"format": "servicepunkt-usage/1", "service_point": "bjorna", "day": "2026-08-10",'
        b' "counters": {}, "availability": 7, "offers": {}}',
    ],
    ids=["binary", "huge-number", "deep-nesting", "wrong-shape"],
)
def test_an_unreadable_day_file_is_listed_never_fatal(
    tmp_path: Path, q3_files: list[DayFile], spoiled: bytes
) -> None:
    root = fleet_of(tmp_path, q3_files)
    (root / "bjorna" / "2026-08-10.json").write_bytes(spoiled)
    (root / "other").mkdir()
    write_fleet(root, {"other": simulate_point("other", *Q3, seed=2)})
    fleet = build(root)
    point = next(p for p in fleet.points if p.report.service_point == "bjorna")
    assert [(u.kind, u.day) for u in point.unreadable] == [("unreadable", date(2026, 8, 10))]
    assert point.report.missing[date(2026, 8, 10)] == "unreadable"
    assert len(fleet.points) == 2


def test_a_kiosk_that_started_mid_period_warns_and_names_the_days_before(
    tmp_path: Path, q3_files: list[DayFile]
) -> None:
    late = [f for f in q3_files if f.day >= date(2026, 8, 12)]
    late[0] = replace(late[0], previous_sha256=None)
    report = build(fleet_of(tmp_path, late)).points[0].report
    assert report.missing[Q3[0]] == report.missing[date(2026, 8, 11)] == BEFORE_INSTALL
    assert report.thin
    assert report.installed == date(2026, 8, 12)
    data = report_dict(report)
    assert data["coverage"]["warning"] is True
    assert data["coverage"]["installed"] == "2026-08-12"
    lines = [";".join(r) for r in csv_rows(report, "sv")]
    assert "coverage;Täckning;missing;Orsak;2026-07-01..2026-08-11;före installationen" in lines


def test_figures_for_under_nine_days_in_ten_warn_in_the_summary(q3_files: list[DayFile]) -> None:
    in_q3 = [f for f in q3_files if f.day >= Q3[0]]
    enough = build_report(in_q3[:83], *Q3, {}, NOW, "0.1.0")  # 83 of 92: 90.2 %
    thin = build_report(in_q3[:82], *Q3, {}, NOW, "0.1.0")  # 82 of 92: 89.1 %
    assert (enough.thin, thin.thin) == (False, True)


def test_the_bottom_line_counts_criteria_against_three_of_five(q3_files: list[DayFile]) -> None:
    in_q3 = [f for f in q3_files if f.day >= Q3[0]]
    offers = {"tourist_info": True, "computer": True, "cafe": True, "home_delivery": False}
    files = [replace(f, offers=offers, events=[]) for f in in_q3]
    report = build_report(files, *Q3, {}, NOW, "0.1.0")
    line = report.bottom_line
    assert (line.met, line.statements, line.required, line.fulfilled) == (3, 1, 3, True)
    assert report_dict(report)["bottom_line"]["fulfilled"] is True
    files = [replace(f, offers=dict(offers, cafe=False)) for f in files]
    assert not build_report(files, *Q3, {}, NOW, "0.1.0").bottom_line.fulfilled


def test_cafe_and_home_delivery_are_the_shops_statement_not_page_views(
    q3_files: list[DayFile],
) -> None:
    report = build_report(q3_files, *Q3, {}, NOW, "0.1.0")
    for key in ("cafe", "home_delivery"):
        criterion = report.criterion(key)
        assert criterion.basis == "statement"
        assert [m.key for m in criterion.measures] == ["offered_days"]
    lines = [";".join(r) for r in csv_rows(report, "sv")]
    assert "cafe;Caféhörna;basis;Grund;;enligt butikens uppgift" in lines


def test_only_activities_the_shop_confirmed_count_and_the_rest_are_listed_apart() -> None:
    days = [date(2026, 7, 4), date(2026, 8, 1), date(2026, 9, 5)]
    events = [HeldEvent(f"{d}T18:00", f"Loppis {d.month}", "feed") for d in days]
    files = [
        DayFile("bjorna", d, {}, Availability(), {}, [e]) for d, e in zip(days, events, strict=True)
    ]
    # Confirmed in October (after the quarter), in the first file of the next period.
    later = DayFile(
        "bjorna",
        date(2026, 10, 2),
        {},
        Availability(),
        {},
        confirmations=[
            Confirmation(events[0].start, events[0].title, "held"),
            Confirmation(events[1].start, events[1].title, "cancelled"),
        ],
    )
    report = build_report([*files, later], *Q3, {}, NOW, "0.1.0")
    assert [a.title for a in report.confirmed] == ["Loppis 7"]
    assert [a.title for a in report.called_off] == ["Loppis 8"]
    assert [a.title for a in report.unconfirmed] == ["Loppis 9"]
    assert report.criterion("activities").met  # a quarter needs one
    assert report.days_with_data == 3  # the October file adds words, never days


FORMULAS = ['=HYPERLINK("http://evil.example","Klicka")', "+SUM(A1)", "-1+2", "@cmd", "\tx"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(lang: str) -> None:
    day = date(2026, 7, 4)
    events = [HeldEvent(f"{day}T1{n}:00", title, "local") for n, title in enumerate(FORMULAS)]
    files = [DayFile("bjorna", day, {}, Availability(), {}, events)]
    report = build_report(files, *Q3, {}, NOW, "0.1.0")
    raw = to_csv(csv_rows(report, lang), header(lang), lang).decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(raw), delimiter=";,"[lang == "en"]) for c in row]
    titles = [c for c in cells if any(c.endswith(f) for f in FORMULAS)]
    assert sorted(titles) == sorted("'" + f for f in FORMULAS)
    assert not any(c.startswith(("=", "+", "-", "@", "\t")) for c in cells)


def test_the_english_csv_uses_commas_and_decimal_points_without_thousands_separators(
    q3_files: list[DayFile],
) -> None:
    busy = [replace(f, counters={**f.counters, "visits": 1234}) for f in q3_files]
    report = build_report(busy, *Q3, {}, NOW, "0.1.0")
    en = to_csv(csv_rows(report, "en"), header("en"), "en").decode("utf-8-sig").splitlines()
    sv = to_csv(csv_rows(report, "sv"), header("sv"), "sv").decode("utf-8-sig").splitlines()
    assert en[0] == "Criterion key,Criterion,Measure key,Measure,Item,Value"
    assert "computer,Computer with internet,visits,Visits,,113528" in en
    assert any(line.startswith("computer,Computer with internet,hours_in_use,") for line in en)
    hours = next(line for line in en if ",hours_in_use," in line).rsplit(",", 1)[1]
    assert "." in hours or hours.isdigit()
    assert sv[0] == "Kriterium (nyckel);Kriterium;Mått (nyckel);Mått;Post;Värde"
    assert "computer;Dator med internet;visits;Besök;;113528" in sv
    assert "," in next(line for line in sv if ";hours_in_use;" in line).rsplit(";", 1)[1]


def test_a_quarter_is_a_period_with_its_own_title() -> None:
    assert parse_quarter("2026Q3") == Q3
    assert parse_quarter("2024q1") == (date(2024, 1, 1), date(2024, 3, 31))
    assert period_title("sv", *Q3) == "3:e kvartalet 2026 (1 juli – 30 sept.)"
    assert period_title("en", *Q3) == "Q3 2026 (1 July – 30 Sept.)"
    assert period_title("sv", date(2026, 1, 1), date(2026, 6, 30)).endswith("(181 dagar)")
    with pytest.raises(KioskError, match="2026Q3"):
        parse_quarter("2026Q5")


def test_service_points_are_named_by_their_status_file_not_their_id(
    tmp_path: Path, q3_files: list[DayFile]
) -> None:
    root = fleet_of(tmp_path, q3_files)
    write_status(root, "bjorna", "Björna Handel & Café", "Björna")
    fleet = build(root)
    assert (fleet.points[0].report.name, fleet.points[0].village) == (
        "Björna Handel & Café",
        "Björna",
    )
    rows = fleet_csv_rows(fleet, "sv")
    assert {r[:2] for r in rows} == {("Björna Handel & Café", "Björna")}
    assert fleet_header("sv")[:2] == ("Servicepunkt", "By")
    (root / "bjorna" / "status.json").write_text("{not json")
    assert build(root).points[0].report.name == "bjorna"
