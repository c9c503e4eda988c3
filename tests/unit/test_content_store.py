"""The content store: loads a feed, filters per service point, and survives a loader killed mid-write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from feedmaker import apply_folder, make_feed

from kiosk.errors import ContentError, FeedError
from kiosk.feed.ics import STOCKHOLM
from kiosk.feed.load import reload_from_objects
from kiosk.paths import DataDir
from kiosk.store import content as content_module
from kiosk.store.content import ContentStore, current_path

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=STOCKHOLM)


def load(feed: Path, data: DataDir, now: datetime = NOW) -> None:
    apply_folder(feed, data, now, window_days=30)


def open_store(data: DataDir) -> ContentStore:
    return ContentStore(data.content_dir, data.objects_dir)


def test_a_loaded_feed_can_be_read_back(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path, places=4, weekly_series=2)
    data = DataDir(tmp_path / "data")
    load(feed, data)
    store = open_store(data)
    assert store.info().version == 1
    assert [p.id for p in store.places("bjorna")][:2] == ["place-0", "place-1"]
    assert Path(store.places("bjorna")[0].image).is_file()  # assets kept in the objects folder
    assert [n.id for n in store.notices("bjorna", NOW.date())] == [
        "hej"
    ]  # the expired one is hidden
    events = store.events(NOW)
    assert events and all(e.end > NOW for e in events)
    assert events[0].start < NOW + timedelta(days=1)


def test_events_that_have_ended_are_hidden_without_a_new_load(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path, places=1, weekly_series=1)
    data = DataDir(tmp_path / "data")
    load(feed, data)
    store = open_store(data)
    later = NOW + timedelta(days=3)
    assert all(e.end > later for e in store.events(later))
    assert len(store.events(later)) < len(store.events(NOW))


def test_the_event_window_moves_when_reloaded_from_held_objects(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path, places=1, weekly_series=1)
    data = DataDir(tmp_path / "data")
    load(feed, data)
    reload_from_objects(data, NOW + timedelta(days=100), window_days=30)
    events = open_store(data).events(NOW + timedelta(days=100))
    assert events[-1].start > NOW + timedelta(days=120)


def test_no_content_yet_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="no content yet"):
        open_store(DataDir(tmp_path))


def test_a_corrupt_database_is_a_clear_error(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path, places=1, weekly_series=1)
    data = DataDir(tmp_path / "data")
    load(feed, data)
    path = current_path(data.content_dir)
    assert path is not None
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ContentError, match="damaged"):
        open_store(data)


def test_a_failed_load_keeps_the_previous_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed, _ = make_feed(tmp_path / "v1", places=2, weekly_series=1, version=1)
    newer, _ = make_feed(tmp_path / "v2", places=5, weekly_series=1, version=2)
    data = DataDir(tmp_path / "data")
    load(feed, data)

    def crash(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(content_module, "_fill", crash)
    with pytest.raises(FeedError, match="disk full"):
        load(newer, data)
    assert open_store(data).info().version == 1
    assert not list(data.content_dir.glob(".building-*"))


def test_an_invalid_feed_is_refused_and_the_previous_content_kept(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path / "v1", places=2, weekly_series=1, version=1)
    broken, _ = make_feed(tmp_path / "v2", places=3, weekly_series=1, version=2)
    held = {p.name for p in (feed / "content").iterdir()}  # objects held need no copy
    next(p for p in (broken / "content").iterdir() if p.name not in held).unlink()
    data = DataDir(tmp_path / "data")
    load(feed, data)
    with pytest.raises(FeedError, match="file is missing"):
        load(broken, data)
    assert open_store(data).info().version == 1


LOADER = """
import sys
from datetime import datetime
from pathlib import Path
from kiosk.feed.ics import STOCKHOLM
from kiosk.paths import DataDir
from kiosk.sync.engine import sync_once
sync_once(sys.argv[1], DataDir(Path(sys.argv[2])), (), (), datetime(2026, 11, 26, tzinfo=STOCKHOLM), 400)
print("done", flush=True)
"""


def test_killing_the_loader_mid_write_leaves_the_previous_content_intact(tmp_path: Path) -> None:
    small, _ = make_feed(tmp_path / "v1", places=2, weekly_series=1, version=1)
    big, _ = make_feed(tmp_path / "v2", places=3000, weekly_series=60, version=2)
    data = DataDir(tmp_path / "data")
    load(small, data)
    loader = subprocess.Popen(
        [sys.executable, "-c", LOADER, str(big), str(data.root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not list(data.content_dir.glob(".building-*.db")):
        assert loader.poll() is None, "the loader finished before it could be killed"
        assert time.monotonic() < deadline, "the loader never started writing"
        time.sleep(0.005)
    os.kill(loader.pid, signal.SIGKILL)
    loader.wait()
    assert loader.returncode == -signal.SIGKILL
    store = open_store(data)
    assert store.info().version == 1
    assert store.counts()["places"] == 3
    store.close()
    newer, _ = make_feed(tmp_path / "v3", places=2, weekly_series=1, version=3)
    load(newer, data)  # the next load clears the dead loader's half-written file
    assert not list(data.content_dir.glob(".building-*"))


def test_extra_calendars_show_beside_the_feed_and_a_broken_one_is_reported(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path, places=1, weekly_series=1)
    data = DataDir(tmp_path / "data")
    village = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//byn//SV\r\nBEGIN:VEVENT\r\nUID:series-0@test\r\n"
        b"DTSTART;TZID=Europe/Stockholm:20261127T190000\r\nSUMMARY:Byafest\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    apply_folder(feed, data, NOW, 30)
    # The kiosk's own calendars are built in beside what the feed's apply path accepted.
    calendars = [("byforeningen.ics", village), ("trasig.ics", b"not a calendar")]
    reload_from_objects(data, NOW, 30, extra_calendars=calendars)
    store = open_store(data)
    titles = {e.title.get("sv") for e in store.events(NOW)}
    assert {"Byafest", "Evenemang 0"} <= titles  # same UID as a feed series, yet both are kept
    assert any("trasig.ics" in problem for problem in store.meta["problems"])


@pytest.mark.parametrize(
    "when",
    [
        datetime(2026, 12, 24, tzinfo=STOCKHOLM),
        datetime(2028, 7, 1, tzinfo=STOCKHOLM),
        datetime(2033, 2, 28, tzinfo=STOCKHOLM),
    ],
)
def test_the_demo_feed_always_has_upcoming_events(
    tmp_path: Path, demo_feed: Path, when: datetime
) -> None:
    data = DataDir(tmp_path / "data")
    apply_folder(demo_feed, data, when, window_days=60)
    store = open_store(data)
    upcoming = store.events(when, when + timedelta(days=60))
    assert len(upcoming) >= 40
    assert store.counts()["places"] >= 25 and store.counts()["links"] >= 12
