"""Build is validation: nothing a kiosk would refuse is written or signed, skipped events are told."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from feedmaker import apply_folder, write_source

from kiosk.feed.build import FeedProblemsError, build_feed, prepare_feed
from kiosk.paths import DataDir
from kiosk.publish.source import SourceFolder
from kiosk.sync.engine import sync_once

NOW = datetime(2026, 11, 10, 12, tzinfo=UTC)
BAD_DATE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//SV\r\n"
    "BEGIN:VEVENT\r\nUID:trasig@test\r\nDTSTAMP:20261101T080000Z\r\n"
    "DTSTART:2026-12-13 19:00\r\nSUMMARY:Julmarknad\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _refused(src: Path) -> list[str]:
    with pytest.raises(FeedProblemsError) as refused:
        prepare_feed(src, NOW)
    return refused.value.lines


def test_a_source_without_service_points_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    src = write_source(tmp_path / "src")
    (src / "service_points.toml").unlink()
    with pytest.raises(FeedProblemsError, match=r"^service_points.toml: file is missing"):
        build_feed(src, tmp_path / "out", NOW)
    assert not (tmp_path / "out").exists()


def test_duplicate_ids_are_refused_with_file_item_and_field(tmp_path: Path) -> None:
    src = write_source(tmp_path / "src")
    with (src / "links.toml").open("a", encoding="utf-8") as file:
        file.write(
            '\n[[link]]\nid = "1177"\ncategory = "health"\nname.sv = "Igen"\n'
            'description.sv = "x"\nurl = "https://www.1177.se/"\n'
        )
    assert _refused(src) == ["links.toml: links item 2 ('1177'): id: is used twice"]


def test_every_problem_is_said_in_plain_words_and_named_by_source_file(tmp_path: Path) -> None:
    src = write_source(tmp_path / "src")
    text = (src / "service_points.toml").read_text(encoding="utf-8")
    text = text.replace('"Mo-Fr 09:00-19:00"', '"Mon-Fri 9-19"').replace(
        'village = "Ulvöhamn"', 'village = "Ulvöhamn"\nvilage = "typo"'
    )
    (src / "service_points.toml").write_text(text, encoding="utf-8")
    lines = _refused(src)
    assert lines == [
        "service_points.toml: service_points item 1 ('bjorna'): openingHours[0]: write opening "
        "hours like 'Mo-Fr 09:00-18:00' or 'Sa 10:00-14:00' (days Mo Tu We Th Fr Sa Su, then "
        "from-to in 24-hour time)",
        "service_points.toml: service_points item 2 ('ulvon'): vilage: is not a field this kind "
        "of item has (check the spelling)",
    ]
    assert not any("pattern" in line or "Extra inputs" in line for line in lines)


def test_an_event_with_an_unreadable_date_is_skipped_and_reported_everywhere(
    tmp_path: Path,
) -> None:
    src = write_source(tmp_path / "src")
    (src / "events" / "jul.sv.ics").write_text(BAD_DATE, encoding="utf-8")
    built = prepare_feed(src, NOW)
    expected = "event 'trasig@test' skipped: DTSTART '2026-12-13 19:00' is not a date or time"
    assert [line.split(": ", 1)[0] for line in built.skipped] == ["events/jul.sv.ics"]
    assert expected in built.skipped[0]
    # the publisher's model names the same event and field, in Swedish
    (problem,) = [p for p in SourceFolder.open(src).problems() if p.item_id == "trasig@test"]
    assert (problem.file, problem.field, problem.skipped) == ("events/jul.sv.ics", "start", True)
    assert "är inte ett datum" in problem.message_sv
    # and a kiosk's sync says it, on the pass that loads it and on the unchanged ones after
    feed = tmp_path / "feed"
    build_feed(src, feed, NOW)
    data = DataDir(tmp_path / "data")
    first = sync_once(str(feed), data, (), (), NOW, 180, None)
    again = sync_once(str(feed), data, (), (), NOW, 180, None)
    assert first.outcome == "updated" and again.outcome == "unchanged"
    assert any(expected in warning for warning in first.warnings)
    assert any(expected in warning for warning in again.warnings)
    assert f"1 event skipped (events: {expected}" in again.line  # the owner's status line


def test_the_built_feed_loads_on_a_kiosk(tmp_path: Path) -> None:
    src = write_source(tmp_path / "src")
    feed = tmp_path / "feed"
    build_feed(src, feed, NOW)
    apply_folder(feed, DataDir(tmp_path / "data"), NOW, window_days=30)
