"""The fleet report over a year of three simulated service points: rows per criterion, broken
chains, missing days and unreadable files."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from usagesim import simulate_point, write_fleet

from kiosk.errors import KioskError
from kiosk.stats.dayfile import Availability, Confirmation, DayFile, HeldEvent, sha256
from kiosk.stats.fleet import ChainBreak, FleetReport, build_fleet
from kiosk.stats.fleet_export import fleet_csv_rows, fleet_dict, fleet_header
from kiosk.stats.report_csv import to_csv
from kiosk.stats.report_export import to_json

START, END = date(2025, 1, 1), date(2025, 12, 31)
NOW = datetime(2026, 1, 10, 9, 0)


@pytest.fixture(scope="module")
def simulated() -> dict[str, list[DayFile]]:
    return {p: simulate_point(p, START, END, seed=11) for p in ("punkt01", "punkt02", "punkt03")}


@pytest.fixture
def fleet_dir(
    tmp_path: Path, simulated: dict[str, list[DayFile]]
) -> tuple[Path, dict[str, list[DayFile]]]:
    """A fresh fleet folder of three points' uploaded files for 2025 (each test spoils it)."""
    return write_fleet(tmp_path / "fleet", simulated), simulated


def build(root: Path) -> FleetReport:
    return build_fleet(root, START, END, NOW, "0.1.0")


def test_one_row_per_service_point_and_criterion_with_the_points_own_figures(
    fleet_dir: tuple[Path, dict[str, list[DayFile]]],
) -> None:
    root, files = fleet_dir
    (root / "punkt01" / "events.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    data = json.loads(to_json(fleet_dict(build(root))))
    rows = {(r["service_point"], r["criterion"]): r for r in data["rows"]}
    assert len(data["rows"]) == 15
    for point, days in files.items():
        visits = sum(d.counters.get("visits", 0) for d in days)
        assert rows[(point, "computer")]["value"] == visits
        cafe_days = sum(d.offers["cafe"] for d in days)
        assert rows[(point, "cafe")]["offered_days"] == cafe_days
        assert rows[(point, "cafe")]["met"] == (cafe_days > 0)
        assert rows[(point, "cafe")]["basis"] == "statement"
        points = data["points"][point]
        assert points["chain"] == {"intact": True, "breaks": []}
        assert points["unreadable"] == []
        assert points["coverage"]["days_with_data"] == len(days)
        assert points["coverage"]["days_missing"] == 365 - len(days)


def test_an_edited_file_breaks_the_chain_at_the_next_day(
    fleet_dir: tuple[Path, dict[str, list[DayFile]]],
) -> None:
    root, files = fleet_dir
    victim, following = files["punkt02"][100], files["punkt02"][101]
    counters = dict(victim.counters, visits=victim.counters.get("visits", 0) + 50)
    path = root / "punkt02" / f"{victim.day.isoformat()}.json"
    path.write_bytes(replace(victim, counters=counters).to_bytes())
    point = build(root).points[1]
    assert point.breaks == (ChainBreak(following.day, victim.day),)
    assert not point.chain_ok
    others = [p for p in build(root).points if p.report.service_point != "punkt02"]
    assert [p.chain_ok for p in others] == [True, True]


def test_a_deleted_file_is_a_missing_day_and_a_broken_chain(
    fleet_dir: tuple[Path, dict[str, list[DayFile]]],
) -> None:
    root, files = fleet_dir
    before, gone, after = files["punkt03"][150:153]
    (root / "punkt03" / f"{gone.day.isoformat()}.json").unlink()
    point = build(root).points[2]
    assert point.report.missing[gone.day] == "no-file"
    assert point.breaks == (ChainBreak(after.day, before.day),)
    lines = [";".join(r) for r in fleet_csv_rows(build(root), "sv")]
    assert (
        f"punkt03;;missing;Dagar utan data;;;;;;;;{gone.day.isoformat()}: ingen fil inlämnad"
        in lines
    )
    assert any(line.startswith("punkt03;;chain_break;") for line in lines)


def test_a_garbage_file_is_named_and_skipped(
    fleet_dir: tuple[Path, dict[str, list[DayFile]]],
) -> None:
    root, files = fleet_dir
    spoiled = files["punkt01"][40]
    (root / "punkt01" / f"{spoiled.day.isoformat()}.json").write_bytes(b"\x00garbage")
    (root / "punkt01" / "notes.json").write_text("{}")
    point = build(root).points[0]
    reasons = {u.name: u.reason for u in point.unreadable}
    assert reasons[f"{spoiled.day.isoformat()}.json"].startswith("not JSON")
    assert reasons["notes.json"] == "name is not YYYY-MM-DD.json"
    assert point.report.days_with_data == len(files["punkt01"]) - 1
    assert point.report.missing[spoiled.day] == "unreadable"


def test_a_file_of_another_day_is_unreadable_not_counted_twice(
    fleet_dir: tuple[Path, dict[str, list[DayFile]]],
) -> None:
    root, files = fleet_dir
    first, second = files["punkt01"][10:12]
    (root / "punkt01" / f"{second.day.isoformat()}.json").write_bytes(first.to_bytes())
    point = build(root).points[0]
    assert [u.reason for u in point.unreadable] == [
        f"holds punkt01 {first.day}, not punkt01 {second.day}"
    ]


def test_the_fleet_csv_has_a_row_per_point_and_criterion(
    fleet_dir: tuple[Path, dict[str, list[DayFile]]],
) -> None:
    raw = to_csv(fleet_csv_rows(build(fleet_dir[0]), "en"), fleet_header("en"), "en")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == ",".join(fleet_header("en"))
    criteria = [line.split(",")[2] for line in lines if line.startswith("punkt02,")]
    assert criteria[:6] == [
        "tourist_info",
        "computer",
        "activities",
        "cafe",
        "home_delivery",
        "all",
    ]
    assert set(criteria[6:]) == {"missing"}
    assert any(line.startswith("punkt02,,computer,Computer with internet,") for line in lines)


def test_a_folder_without_service_points_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KioskError, match="no service point folders"):
        build(tmp_path)


def test_a_day_file_hashes_as_the_kiosks_before_it_did() -> None:
    # The next day's file names this hash: other bytes for the same day would show in every
    # fleet report as a file changed after delivery. Pinned from the bytes kiosks wrote with
    # dataclasses.asdict, with and without the optional fields.
    open_hours = [0] * 9 + [60] * 9 + [0] * 6
    full = DayFile(
        "punkt07",
        date(2025, 3, 4),
        {"visits": 3, "section:places": 2},
        Availability(open_hours, [60] * 24, [60] * 24, [60] * 24),
        {"computer": True, "cafe": True},
        [HeldEvent("2025-03-04T18:00", "Kaffekväll", "local")],
        restarts=1,
        kiosk_version="0.1.0",
        previous_sha256="ab" * 32,
        confirmations=[Confirmation("2025-03-01T18:00", "Loppis", "held")],
        late_visits=2,
    )
    plain = DayFile("punkt07", date(2025, 3, 4), {}, Availability(), {})
    assert sha256(full.to_bytes()) == (
        "b5f214303b2865241b8ab5baffc70b63b9d3c8fa9474baf393a396257b4be807"
    )
    assert sha256(plain.to_bytes()) == (
        "ed1ea7ec8b99a18ba4699b4ae1f5d846e55460a94ff2df25a9bdc17061433642"
    )
