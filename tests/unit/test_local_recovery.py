"""A damaged or empty local.db is kept aside, salvaged, and said in Swedish: never silently replaced."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlite_utils

from kiosk.domain import STOCKHOLM
from kiosk.errors import LocalDataError
from kiosk.store import owner, recovery, usage
from kiosk.store.local import open_local
from kiosk.store.usage import UsageDelta

NOW = datetime(2027, 3, 1, 12, 5, tzinfo=STOCKHOLM)
PAGE = 4096


def filled(path: Path, events: int = 300) -> None:
    """A kiosk's local.db with events and 28 days of counters, checkpointed into the file."""
    db = open_local(path)
    for n in range(events):
        event = owner.LocalEvent(f"Kaffe {n:03d} " + "x" * 200, date(2027, 2, 1), "10:00")
        owner.save_event(db, event, NOW)
    days = [date(2027, 1, d) for d in range(1, 29)]
    usage.flush(
        db, UsageDelta(counters={d: {"visits": 3} for d in days}, starts=dict.fromkeys(days, 1))
    )
    usage.set_state(db, {"filled:events.ics": "1"})
    db.conn.close()


def titles(db: sqlite_utils.Database) -> set[str]:
    return {e.title[:9] for e in owner.events(db)}


def kept(path: Path) -> list[Path]:
    return sorted(path.parent.glob("local.db.damaged-*"))


def test_a_zero_byte_database_is_kept_aside_and_the_owner_is_told(tmp_path: Path) -> None:
    path = tmp_path / "local.db"
    filled(path)
    path.write_bytes(b"")  # what a power cut on ext4 can leave
    db = open_local(path, now=NOW)
    [aside] = kept(path)
    assert aside.name == "local.db.damaged-20270301-120500"
    assert aside.stat().st_size == 0
    [line] = recovery.problem_lines(db.conn, NOW)
    assert line.startswith("Den lokala databasen var tom (troligen efter ett strömavbrott)")
    assert "ersattes 1 mars 12:05" in line and "Inget gick att rädda" in line
    assert line.endswith(f"Den gamla filen finns kvar som {aside.name}.")
    owner.save_event(db, owner.LocalEvent("Ny", date(2027, 3, 2), "10:00"), NOW)  # usable
    db.conn.close()
    assert kept(path) == [aside]  # once kept aside, the next start opens the new one
    assert len(recovery.problem_lines(open_local(path).conn, NOW)) == 1


def test_a_damaged_page_costs_only_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "local.db"
    filled(path)
    raw = bytearray(path.read_bytes())
    page = raw.index(b"Kaffe 150 ") // PAGE
    raw[page * PAGE : page * PAGE + 64] = b"\xa5" * 64
    path.write_bytes(bytes(raw))
    assert recovery.damage(path)
    db = open_local(path, now=NOW)
    [aside] = kept(path)
    assert aside.read_bytes() == bytes(raw)  # the old file as it was, for anyone to try more
    found = titles(db)
    assert "Kaffe 000" in found and "Kaffe 299" in found  # rows on both sides of the bad page
    assert "Kaffe 150" not in found
    assert 250 < len(found) < 300
    assert len(usage.daily_counters(db, date(2027, 1, 1), date(2027, 1, 31))) == 28
    assert usage.get_state(db, "filled:events.ics") == "1"
    assert db.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    [line] = recovery.problem_lines(db.conn, NOW)
    assert line.startswith("Den lokala databasen var skadad och ersattes 1 mars 12:05.")
    assert (
        f"Räddat: {len(found)} egna evenemang och statistik för 28 dagar; en del gick inte" in line
    )


def test_a_file_that_is_no_database_at_all_is_kept_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "local.db"
    path.write_bytes(b"not a database at all" * 100)
    db = open_local(path, now=NOW)
    [aside] = kept(path)
    assert aside.read_bytes().startswith(b"not a database")
    [line] = recovery.problem_lines(db.conn, NOW)
    assert "var skadad" in line and "Inget gick att rädda" in line


def test_a_sound_database_is_used_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "local.db"
    filled(path, events=3)
    db = open_local(path, now=NOW)
    assert len(titles(db)) == 3
    assert kept(path) == []
    assert recovery.problem_lines(db.conn, NOW) == []


def test_a_recovery_is_told_for_thirty_days(tmp_path: Path) -> None:
    path = tmp_path / "local.db"
    path.write_bytes(b"")
    db = open_local(path, now=NOW)
    assert recovery.problem_lines(db.conn, datetime(2027, 3, 30, tzinfo=STOCKHOLM))
    assert recovery.problem_lines(db.conn, datetime(2027, 4, 1, tzinfo=STOCKHOLM)) == []


def test_commits_still_in_the_write_ahead_log_are_salvaged(tmp_path: Path) -> None:
    path = tmp_path / "local.db"
    filled(path, events=5)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE local_events SET title = 'Efter' WHERE title LIKE 'Kaffe 004%'")
    writer.commit()
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    raw = bytearray(path.read_bytes())
    raw[PAGE + 8 : PAGE + 40] = b"\xa5" * 32  # the main file damaged; its log intact
    path.write_bytes(bytes(raw))
    db = open_local(path, now=NOW)
    writer.close()
    assert "Efter" in {e.title for e in owner.events(db)}


def test_a_locked_database_is_not_taken_for_a_damaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "local.db"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE t (x)")  # rollback journal: an exclusive lock keeps readers out
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(recovery, "BUSY_SECONDS", 0.05)
    with pytest.raises(LocalDataError, match="cannot be used: database is locked"):
        open_local(path, now=NOW)
    other.rollback()
    other.close()
    assert kept(path) == []


def test_random_bytes_inside_a_title_are_found_and_the_row_kept(tmp_path: Path) -> None:
    path = tmp_path / "local.db"
    filled(path, events=20)
    raw = bytearray(path.read_bytes())
    at_title = raw.index(b"Kaffe 007 ") + 12
    raw[at_title : at_title + 3] = b"\xff\xfe\xff"  # the structure intact, the text not UTF-8
    path.write_bytes(bytes(raw))
    assert "decode" in recovery.damage(path)
    db = open_local(path, now=NOW)
    assert len(titles(db)) == 20
    assert any("\ufffd" in e.title for e in owner.events(db))
    assert len(kept(path)) == 1
