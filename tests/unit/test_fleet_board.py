"""The fleet board: what the officer reads about each service point, from a real upload folder."""

from __future__ import annotations

import json
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

from fleetmaker import status, write_days, write_status

from kiosk.domain import STOCKHOLM
from kiosk.fleet.board import build_board
from kiosk.fleet.links import LinkCache
from kiosk.fleet.source import FolderSource, listing
from kiosk.fleet.status import Note
from kiosk.store import fleetwatch

MONDAY = datetime(2026, 12, 7, 11, 30, tzinfo=STOCKHOLM)
"""A Monday: the shops are open 09-18 on weekdays, 10-14 on Saturdays, closed on Sundays."""


def board_lines(folder: Path, now: datetime = MONDAY, names: dict | None = None) -> list[str]:
    return build_board(FolderSource(folder), now, names=names).lines()


def healthy(folder: Path, point: str, now: datetime = MONDAY, **changes: object) -> None:
    write_days(folder, point, date(2026, 8, 1), now.date() - timedelta(days=1))
    write_status(
        folder,
        status(
            point,
            now - timedelta(minutes=5),
            newest_delivered_day=(now.date() - timedelta(days=1)).isoformat(),
            **changes,
        ),
    )


def test_a_healthy_kiosk_is_in_order_with_its_name_and_village(tmp_path: Path) -> None:
    healthy(tmp_path, "bjorna")
    board = build_board(FolderSource(tmp_path), MONDAY)
    assert board.ok
    assert board.lines() == [
        "Bjorna Handel, Bjorna  I ordning",
        "1 av 1 servicepunkter i ordning.",
    ]


def test_silence_while_the_shop_is_open_names_when_contact_was_lost(tmp_path: Path) -> None:
    healthy(tmp_path, "bjorna")
    write_status(tmp_path, status("bjorna", datetime(2026, 12, 7, 9, 12, tzinfo=STOCKHOLM)))
    board = build_board(FolderSource(tmp_path), MONDAY)
    assert not board.ok
    assert board.lines()[0] == (
        "Bjorna Handel, Bjorna  Ingen kontakt sedan i dag 09:12 – butiken har öppet"
    )


def test_a_closed_shop_that_is_silent_is_not_a_problem(tmp_path: Path) -> None:
    sunday = datetime(2026, 12, 6, 20, 0, tzinfo=STOCKHOLM)
    healthy(tmp_path, "bjorna", sunday)
    # Switched off with the lights on Saturday at 14:02, after closing at 14:00.
    write_status(tmp_path, status("bjorna", datetime(2026, 12, 5, 14, 2, tzinfo=STOCKHOLM)))
    assert build_board(FolderSource(tmp_path), sunday).ok
    # Monday 09:20: twenty minutes of opening hours without contact is still within the grace.
    assert build_board(FolderSource(tmp_path), sunday.replace(day=7, hour=9, minute=20)).ok


def test_silence_counts_from_the_last_contact_across_closed_days(tmp_path: Path) -> None:
    healthy(tmp_path, "bjorna")
    write_status(tmp_path, status("bjorna", datetime(2026, 12, 5, 13, 58, tzinfo=STOCKHOLM)))
    monday = datetime(2026, 12, 7, 9, 40, tzinfo=STOCKHOLM)
    assert board_lines(tmp_path, monday)[0].endswith(
        "Ingen kontakt sedan lör 13:58 – butiken har öppet"
    )
    evening = datetime(2026, 12, 7, 20, 0, tzinfo=STOCKHOLM)
    assert board_lines(tmp_path, evening)[0].endswith("– butiken har stängt nu")


def test_expired_content_says_when(tmp_path: Path) -> None:
    healthy(tmp_path, "bjorna", feed_expires="2026-12-06T00:00:00+01:00")
    assert board_lines(tmp_path)[0].endswith("Innehållet gick ut i går")


def test_a_day_file_changed_after_delivery_is_named(tmp_path: Path) -> None:
    healthy(tmp_path, "husum")
    changed = tmp_path / "husum" / "2026-11-20.json"
    changed.write_bytes(changed.read_bytes().replace(b'"session":12', b'"session":40'))
    assert board_lines(tmp_path)[0].endswith("Ändrade dagsfiler (20 nov)")


def test_a_removed_day_file_is_missing(tmp_path: Path) -> None:
    healthy(tmp_path, "husum")
    (tmp_path / "husum" / "2026-11-25.json").unlink()
    assert board_lines(tmp_path)[0].endswith("Dagsfiler saknas: 25 nov")


def test_days_the_kiosk_did_not_run_are_no_gap(tmp_path: Path) -> None:
    sundays = {date(2026, 11, 1) + timedelta(days=7 * n) for n in range(6)}
    write_days(tmp_path, "husum", date(2026, 10, 1), date(2026, 12, 6), skip=frozenset(sundays))
    write_status(tmp_path, status("husum", MONDAY, newest_delivered_day="2026-12-05"))
    assert board_lines(tmp_path)[0].endswith("I ordning")


def test_days_waiting_in_the_kiosk_are_missing_days(tmp_path: Path) -> None:
    healthy(tmp_path, "bredbyn", days_waiting=3)
    assert board_lines(tmp_path)[0].endswith(
        "Dagsfiler saknas för 3 dagar – de har inte kommit fram från kiosken"
    )
    healthy(tmp_path, "bredbyn", days_waiting=1)  # yesterday's may be on its way
    assert board_lines(tmp_path)[0].endswith("I ordning")


def test_a_day_the_kiosk_delivered_but_the_folder_lacks_is_missing(tmp_path: Path) -> None:
    healthy(tmp_path, "bredbyn")
    (tmp_path / "bredbyn" / "2026-12-06.json").unlink()
    assert board_lines(tmp_path)[0].endswith("Dagsfiler saknas: i går")


def test_a_misspelt_service_point_is_shown_by_its_id(tmp_path: Path) -> None:
    healthy(tmp_path, "bjorn", service_point_known=False, name="", village="")
    assert board_lines(tmp_path)[0] == (
        "bjorn  Servicepunkten finns inte i innehållet – kontrollera kioskens inställning "
        "service_point (bjorn)"
    )


def test_a_name_known_before_is_kept_when_the_kiosk_loses_it(tmp_path: Path) -> None:
    healthy(tmp_path, "bjorna", service_point_known=False, name="", village="")
    lines = board_lines(tmp_path, names={"bjorna": ("Björna Lanthandel", "Björna")})
    assert lines[0].startswith("Björna Lanthandel, Björna  Servicepunkten finns inte")


def test_the_kiosks_own_problems_are_shown(tmp_path: Path) -> None:
    healthy(tmp_path, "solberg", problems=("Disken är nästan full",))
    assert board_lines(tmp_path)[0].endswith("Kiosken säger: Disken är nästan full")


def test_a_kiosk_without_status_or_with_a_broken_one_needs_attention(tmp_path: Path) -> None:
    write_days(tmp_path, "aaa", date(2026, 12, 1), date(2026, 12, 6))
    healthy(tmp_path, "bbb")
    (tmp_path / "bbb" / "status.json").write_bytes(b"<html>")
    lines = board_lines(tmp_path)
    assert lines[0] == "aaa  Kiosken har inte skickat någon status"
    assert lines[1] == "bbb  Kioskens statusfil går inte att läsa"


def test_several_points_sorted_by_name_with_a_summary(tmp_path: Path) -> None:
    healthy(tmp_path, "ostra")
    healthy(tmp_path, "abborrtjarn", content_expired=True)
    board = build_board(FolderSource(tmp_path), MONDAY)
    assert [p.service_point for p in board.points] == ["abborrtjarn", "ostra"]
    assert board.lines()[-1] == "1 av 2 servicepunkter i ordning."


def test_json_has_stable_keys(tmp_path: Path) -> None:
    healthy(tmp_path, "bjorna", days_waiting=4)
    data = build_board(FolderSource(tmp_path), MONDAY).to_dict()
    assert sorted(data) == ["checked", "ok", "points", "source"]
    point = data["points"][0]
    assert sorted(point) == [
        "last_contact", "name", "ok", "open_now", "problems", "service_point", "village",
    ]  # fmt: skip
    assert point["problems"][0]["kind"] == "days_missing"
    assert point["open_now"] is True


def test_a_day_file_changed_after_it_was_checked_is_read_again(tmp_path: Path) -> None:
    healthy(tmp_path, "husum")
    db = fleetwatch.open_watch(tmp_path / "state.db")
    try:
        assert build_board(FolderSource(tmp_path), MONDAY, cache=LinkCache(db)).ok
        changed = tmp_path / "husum" / "2026-11-20.json"
        changed.write_bytes(changed.read_bytes().replace(b'"session":12', b'"session":140'))
        board = build_board(FolderSource(tmp_path), MONDAY, cache=LinkCache(db))
    finally:
        db.close()
    assert board.lines()[0].endswith("Ändrade dagsfiler (20 nov)")


class CountingFolder(FolderSource):
    """The folder source, noting every file it reads (the board reads points side by side)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.reads: list[str] = []
        self._lock = threading.Lock()

    def read(self, point: str, name: str) -> bytes | None:
        """Read as the folder source does, and note it."""
        with self._lock:
            self.reads.append(f"{point}/{name}")
        return super().read(point, name)


def test_the_next_board_reads_only_status_files_of_a_fleet_read_before(tmp_path: Path) -> None:
    points = [f"butik-{n}" for n in range(12)]
    for point in points:
        healthy(tmp_path, point)
    db = fleetwatch.open_watch(tmp_path / "state.db")
    try:
        first = CountingFolder(tmp_path)
        assert build_board(first, MONDAY, cache=LinkCache(db)).ok
        assert len(first.reads) > 12 * 90  # every day file of the window, once
        assert len(set(first.reads)) == len(first.reads)
        again = CountingFolder(tmp_path)  # the watch job, 15 minutes later
        board = build_board(again, MONDAY, cache=LinkCache(db))
    finally:
        db.close()
    assert board.ok and {p.service_point for p in board.points} == set(points)
    assert sorted(again.reads) == sorted(f"{point}/status.json" for point in points)


def test_webdav_listings_with_any_prefix_and_absolute_addresses() -> None:
    body = b"""<?xml version="1.0"?>
<multistatus xmlns="DAV:"><response><href>https://x.se/dav/b%C3%A5t/</href>
<propstat><prop><resourcetype><collection/></resourcetype></prop></propstat></response>
<response><href>https://x.se/dav/b%C3%A5t/2026-12-01.json</href><propstat><prop>
<getcontentlength>637</getcontentlength><getlastmodified>Mon, 01 Dec 2026 01:10:00 GMT</getlastmodified>
<resourcetype/></prop></propstat></response>
<response><href>/dav/b%C3%A5t/a&amp;b/</href><propstat><prop><resourcetype><collection />
</resourcetype></prop></propstat></response></multistatus>"""
    assert listing(body, "https://x.se/dav/b%C3%A5t/") == [
        ("2026-12-01.json", False, "637:Mon, 01 Dec 2026 01:10:00 GMT"),
        ("a&b", True, ":"),
    ]
    prefixed = body.replace(b"<", b"<lp1:").replace(b"<lp1:/", b"</lp1:").replace(b"<lp1:?", b"<?")
    assert listing(prefixed, "https://x.se/dav/b%C3%A5t/") == listing(
        body, "https://x.se/dav/b%C3%A5t/"
    )


def test_many_changed_days_stay_one_line(tmp_path: Path) -> None:
    healthy(tmp_path, "husum")
    for day in range(10, 20):
        changed = tmp_path / "husum" / f"2026-11-{day}.json"
        changed.write_bytes(changed.read_bytes().replace(b'"session":12', b'"session":40'))
    assert board_lines(tmp_path)[0].endswith(
        "Ändrade dagsfiler (10 nov, 11 nov, 12 nov och 7 till)"
    )


def problems_in(folder: Path, lang: str, now: datetime = MONDAY) -> list[str]:
    """The first service point's problems as the publisher says them in `lang`."""
    point = build_board(FolderSource(folder), now).points[0]
    return [p.text_in(lang) for p in point.problems]


def test_silence_is_said_in_the_readers_language_with_its_days_and_times(tmp_path: Path) -> None:
    healthy(tmp_path, "bjorna")
    write_status(tmp_path, status("bjorna", datetime(2026, 12, 5, 13, 58, tzinfo=STOCKHOLM)))
    monday = datetime(2026, 12, 7, 9, 40, tzinfo=STOCKHOLM)
    assert problems_in(tmp_path, "en", monday) == ["No contact since Sat 13:58 – the shop is open"]
    assert problems_in(tmp_path, "de", monday) == [
        "Kein Kontakt seit Sa 13:58 – das Geschäft ist geöffnet"
    ]
    assert problems_in(tmp_path, "fi", monday) == [
        "Ei yhteyttä la klo 13.58 jälkeen – kauppa on auki"
    ]
    assert problems_in(tmp_path, "sv", monday) == [
        "Ingen kontakt sedan lör 13:58 – butiken har öppet"
    ]


def test_missing_and_changed_days_are_dated_as_each_language_writes_dates(tmp_path: Path) -> None:
    healthy(tmp_path, "husum")
    for day in (10, 11, 12, 20, 25):
        (tmp_path / "husum" / f"2026-11-{day}.json").unlink()
    changed = tmp_path / "husum" / "2026-10-20.json"
    changed.write_bytes(changed.read_bytes().replace(b'"session":12', b'"session":40'))
    assert problems_in(tmp_path, "en") == [
        "Day files missing: 10–12 Nov, 20 Nov, 25 Nov",
        "Day files changed (20 Oct)",
    ]
    assert problems_in(tmp_path, "de")[0] == "Tagesdateien fehlen: 10.–12. Nov., 20. Nov., 25. Nov."
    assert problems_in(tmp_path, "fi")[0] == "Päivätiedostoja puuttuu: 10.–12.11., 20.11., 25.11."
    assert problems_in(tmp_path, "sv")[0] == "Dagsfiler saknas: 10–12 nov, 20 nov, 25 nov"


def test_a_kiosks_notes_are_said_in_the_readers_language(tmp_path: Path) -> None:
    notes = (Note("kiosk:sync_failed"), Note("kiosk:restarts", (("n", 4),)))
    lines = (
        "Senaste uppdateringen av innehållet misslyckades",
        "Kiosken har startats om 4 gånger i dag",
    )
    healthy(tmp_path, "solberg", problems=lines, notes=notes)
    assert problems_in(tmp_path, "en") == [
        "The kiosk says: The last update of the content failed",
        "The kiosk says: The kiosk has restarted 4 times today",
    ]
    assert board_lines(tmp_path)[0].endswith(
        "Kiosken säger: Senaste uppdateringen av innehållet misslyckades; "
        "Kiosken säger: Kiosken har startats om 4 gånger i dag"
    )


def test_a_note_this_board_has_no_words_for_shows_the_kiosks_swedish_lines(tmp_path: Path) -> None:
    # A kiosk newer than the publisher, or one whose note lacks a fact its line names.
    for notes in ((Note("kiosk:overheated", (("celsius", 90),)),), (Note("kiosk:disk_full"),)):
        healthy(tmp_path, "solberg", problems=("Datorn är för varm",), notes=notes)
        assert problems_in(tmp_path, "en") == ["The kiosk says: Datorn är för varm"]


def test_a_note_not_as_the_contract_says_leaves_the_kiosks_swedish_lines(tmp_path: Path) -> None:
    healthy(tmp_path, "solberg", problems=("Disken är nästan full (9 MB kvar)",))
    file = tmp_path / "solberg" / "status.json"
    data = json.loads(file.read_bytes())
    data["notes"] = [{"words": "kiosk:disk_full", "facts": {"mb": [9]}}]
    file.write_text(json.dumps(data), encoding="utf-8")
    assert problems_in(tmp_path, "en") == ["The kiosk says: Disken är nästan full (9 MB kvar)"]
