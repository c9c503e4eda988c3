"""The status report gathered from a kiosk's data directory: each fact from where the kiosk keeps it."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from feedmaker import apply_folder, make_feed
from usagesim import simulate_point, write_fleet

from kiosk.config import Config, load_config
from kiosk.domain import STOCKHOLM
from kiosk.fleet.gather import Live, gather, unknown_point_warning
from kiosk.fleet.status import FILE_NAME, HOME_IMAGE, KioskStatus, from_json
from kiosk.fleet.words import Said
from kiosk.paths import DataDir
from kiosk.stats.fleet import NOT_DAYS, build_fleet
from kiosk.store import owner, usage
from kiosk.store.local import open_local
from kiosk.supervise.record import Restart, record_restart
from kiosk.sync.state import SyncState, save_state

NOW = datetime(2026, 12, 7, 10, 30, tzinfo=STOCKHOLM)  # a Monday; the feed: Mo-Fr 09-19


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    feed, _ = make_feed(tmp_path / "feed")
    held = DataDir(tmp_path / "data")
    apply_folder(feed, held, NOW)
    return held


def config(**values: object) -> Config:
    base = dict(load_config(None, environ={}).values)
    base.update({"service_point": "bjorna", **values})
    return Config(base)


def test_a_healthy_kiosk_reports_its_content_schedule_and_no_problems(data: DataDir) -> None:
    started = NOW - timedelta(hours=2)
    status = gather(config(), data, NOW, "periodic", Live(started, "ready", True), "9.9")
    assert status.service_point == "bjorna" and status.service_point_known
    assert (status.name, status.village) == ("Björna Lanthandel", "Björna")
    assert status.program_version == "9.9" and status.feed_version == 1
    assert status.started == "2026-12-07T08:30:00+01:00"
    assert status.open_now is True and status.speech == "ready" and status.online
    assert status.schedule[0].day == NOW.date() and status.schedule[0].spans == (
        ("09:00", "19:00"),
    )
    assert status.schedule[6].spans == ()  # Sunday: closed
    assert len(status.schedule) == 14
    assert status.problems == ()
    assert from_json(status.to_json()) == status


def test_the_owners_hours_win_over_the_feeds(data: DataDir) -> None:
    db = open_local(data.local_db)
    hours = ("12:00-14:00",) * 5 + ("", "")
    closed = (NOW.date() + timedelta(days=1)).isoformat()
    owner.save_details(db, owner.Details(hours=hours, exceptions=((closed, "", "Inventering"),)))
    db.conn.close()
    status = gather(config(), data, NOW, "periodic", Live(), "1")
    assert status.open_now is False  # 10:30, and the owner opens at 12
    assert status.schedule[0].spans == (("12:00", "14:00"),)
    assert status.schedule[1].spans == ()


def test_restarts_deliveries_a_failed_sync_and_offline_are_reported_in_swedish(
    data: DataDir,
) -> None:
    for _ in range(3):
        record_restart(data, Restart(NOW - timedelta(hours=1), "crashed (exit 1)"))
    db = open_local(data.local_db)
    for n, day in enumerate((date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 5))):
        usage.queue_day(db, day, b"{}", f"{n}", NOW)
    usage.mark_uploaded(db, date(2026, 12, 3), NOW)
    db.conn.close()
    last = NOW - timedelta(hours=5)
    save_state(
        data.root,
        SyncState(
            time=NOW.isoformat(),
            outcome="failed",
            reason="cannot reach the feed",
            offline=True,
            last_success=last.isoformat(),
        ),
    )
    status = gather(config(), data, NOW, "periodic", Live(), "1")
    assert status.restarts_today == 3
    assert status.newest_delivered_day == "2026-12-03" and status.days_waiting == 2
    assert status.sync_outcome == "failed" and status.sync_problem == "cannot reach the feed"
    assert status.online is False and status.offline_since == "2026-12-07T05:30:00+01:00"
    assert status.problems == (
        "Senaste uppdateringen av innehållet misslyckades",
        "2 dagar med statistik väntar på att skickas",
        "Kiosken har startats om 3 gånger i dag",
    )


def test_the_running_kiosk_knows_better_when_it_went_offline(data: DataDir) -> None:
    since = NOW - timedelta(minutes=12)
    status = gather(config(), data, NOW, "periodic", Live(None, "", False, since), "1")
    assert status.online is False and status.offline_since == "2026-12-07T10:18:00+01:00"


def test_expired_content_and_missing_speech_are_problems(data: DataDir) -> None:
    later = NOW.replace(year=2036, month=6)
    status = gather(config(), data, later, "exit", Live(None, "missing: no voice"), "1")
    assert status.content_expired and status.speech == "unavailable"
    assert "Innehållet har gått ut – flödet uppdateras inte" in status.problems
    assert "Uppläsningen fungerar inte på den här datorn" in status.problems
    assert gather(config(speech=False), data, NOW, "exit", Live(), "1").speech == "off"


def test_a_misspelt_service_point_is_unknown_and_named(data: DataDir) -> None:
    status = gather(config(service_point="bjrona"), data, NOW, "start", Live(), "1")
    assert status.service_point == "bjrona"  # the folder its statistics go to, as configured
    assert status.service_point_known is False
    assert status.name == "Björna Lanthandel"  # what visitors see meanwhile
    assert status.problems[0] == (
        "Servicepunkten ”bjrona” finns inte i innehållet – kontrollera inställningen service_point"
    )
    warning = unknown_point_warning(data, "bjrona")
    assert '"bjrona" is not in the content (it has: bjorna, ulvon)' in warning
    assert unknown_point_warning(data, "bjorna") == ""
    assert unknown_point_warning(data, "") == ""


def test_a_kiosk_without_content_says_so_and_creates_no_database(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "empty")
    status = gather(config(), data, NOW, "start", Live(), "1")
    assert status.feed_version is None and status.open_now is None and status.schedule == ()
    assert status.problems == ("Kiosken har inget innehåll att visa",)
    assert not data.local_db.exists()


def test_no_hours_means_open_now_is_unknown(data: DataDir) -> None:
    status = gather(config(service_point="ulvon"), data, NOW, "start", Live(), "1")
    assert status.name == "Ulvö Handel"
    assert status.open_now is None and status.schedule == ()
    assert replace(status, problems=()) == status


def test_the_privacy_statement_explains_every_status_field() -> None:
    text = (Path(__file__).parents[2] / "docs" / "privacy.md").read_text(encoding="utf-8")
    section = text.split("## What the kiosk says about itself")[1].split("\n## ")[0]
    explained = set(re.findall(r"`([a-z_]+)`", section))
    missing = {f.name for f in fields(KioskStatus)} - explained
    assert not missing, f"docs/privacy.md does not explain status fields {sorted(missing)}"
    assert "home.png" in section and "never captured from the screen" in section


def test_a_status_beside_the_day_files_is_no_unreadable_day_in_the_fleet_report(
    tmp_path: Path, data: DataDir
) -> None:
    start, end = date(2025, 3, 1), date(2025, 3, 31)
    root = write_fleet(tmp_path / "fleet", {"bjorna": simulate_point("bjorna", start, end, 3)})
    status = gather(config(), data, NOW, "periodic", Live(), "1")
    (root / "bjorna" / FILE_NAME).write_bytes(status.to_json())
    (root / "bjorna" / HOME_IMAGE).write_bytes(b"\x89PNG")
    assert FILE_NAME in NOT_DAYS
    report = build_fleet(root, start, end, NOW, "1")
    assert report.points[0].unreadable == ()


def test_a_salvaged_local_database_reaches_the_municipality(data: DataDir) -> None:
    data.local_db.write_bytes(b"")  # what a power cut on ext4 can leave
    open_local(data.local_db, now=NOW).conn.close()  # the kiosk's own open salvages and records it
    status = gather(config(), data, NOW, "periodic", Live(NOW, "ready", True), "9.9")
    assert any("local.db.damaged-20261207-103000" in line for line in status.problems)


def test_each_problem_line_is_also_a_note_the_publisher_can_say_in_its_language(
    data: DataDir,
) -> None:
    for _ in range(3):
        record_restart(data, Restart(NOW - timedelta(hours=1), "crashed (exit 1)"))
    gathered = gather(config(min_free_mb=10**9), data, NOW, "periodic", Live(), "1")
    status = from_json(gathered.to_json())  # as the publisher reads it
    assert status.notes == gathered.notes
    assert [Said(n.words, n.facts).say("sv") for n in status.notes] == list(status.problems)
    english = [Said(n.words, n.facts).say("en") for n in status.notes]
    assert english[0].startswith("The disk is nearly full (") and english[0].endswith(" MB left)")
    assert english[1] == "The kiosk has restarted 3 times today"
