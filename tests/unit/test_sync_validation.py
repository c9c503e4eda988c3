"""Feeds that arrive whole but are wrong: rejected (or capped) with the previous content kept."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from feedmaker import PIXEL
from pytest_httpserver import HTTPServer
from syncfeed import NOW, FeedSite, Kiosk, build, copy_feed, entry_path, replace_object
from werkzeug import Response

from kiosk.paths import DataDir
from kiosk.sync.engine import SyncResult


@pytest.fixture
def site(httpserver: HTTPServer, tmp_path: Path) -> FeedSite:
    """Feed version 1 on the loopback server."""
    return FeedSite(httpserver, build(tmp_path, 1))


@pytest.fixture
def kiosk(tmp_path: Path, site: FeedSite) -> Kiosk:
    """A kiosk showing feed version 1."""
    kiosk = Kiosk(DataDir(tmp_path / "data"))
    assert kiosk.sync(site.url).outcome == "updated"
    return kiosk


@pytest.fixture
def v2(site: FeedSite, tmp_path: Path) -> Path:
    """A copy of version 1 to spoil; replace_object makes it version 2."""
    return copy_feed(site.folder, tmp_path / "spoilt")


def assert_kept(kiosk: Kiosk, result: SyncResult, *words: str) -> None:
    """Failed for the reason in `words`, with version 1 still showing, whole."""
    assert result.outcome == "failed"
    assert result.line == f"kept feed version 1: {result.reason}"
    for word in words:
        assert word in result.reason
    assert kiosk.content()["version"] == 1
    assert kiosk.content()["places"] == 4


def test_a_wrong_sha256_is_rejected(site: FeedSite, kiosk: Kiosk, tmp_path: Path) -> None:
    site.folder = build(tmp_path, 2, image=PIXEL + b"-v2")
    image = entry_path(site.folder, "assets", "png")
    (site.folder / image).write_bytes(PIXEL + b"-XX")  # same size, other bytes
    result = kiosk.sync(site.url)
    assert_kept(kiosk, result)
    assert result.reason.startswith(f"{image}: sha256 is ")
    assert result.reason.endswith(f", the manifest says {image.split('/')[1][:12]}…")
    assert not list((kiosk.data.objects_dir / ".partial").iterdir())  # no resuming wrong bytes


def test_a_lower_version_is_refused_as_rollback(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    v1 = site.folder
    site.folder = build(tmp_path, 2, image=PIXEL + b"-v2")
    assert kiosk.sync(site.url).line == "updated to feed version 2 (1 new object, 73 bytes)"
    site.folder = v1
    result = kiosk.sync(site.url)
    assert result.outcome == "failed"
    assert result.line == (
        "kept feed version 2: feed version 1 refused: older than the version showing (rollback)"
    )
    assert kiosk.version() == 2


def test_an_expired_feed_is_applied_with_a_warning(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    site.folder = build(tmp_path, 2, image=PIXEL + b"-v2")
    manifest = json.loads((site.folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["expires"] = (NOW - timedelta(days=3)).isoformat()
    (site.folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = kiosk.sync(site.url)
    warning = "feed version 2 expired on 2026-11-07; the publisher has not updated the feed since"
    assert result.outcome == "updated"
    assert result.warnings == (warning,)
    assert kiosk.version() == 2
    again = kiosk.sync(site.url)  # kept showing, and still said
    assert again.outcome == "unchanged"
    assert again.warnings == (warning,)


def test_a_manifest_that_is_not_json_is_rejected(site: FeedSite, kiosk: Kiosk) -> None:
    site.faults["manifest.json"] = lambda request: Response('{"format": 1, "version": 2, ')
    result = kiosk.sync(site.url)
    assert_kept(kiosk, result, "manifest.json: not valid JSON (")


def test_a_manifest_against_the_schema_is_rejected(site: FeedSite, kiosk: Kiosk) -> None:
    manifest = json.loads((site.folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = 2
    manifest["files"][0]["size"] = -5
    site.faults["manifest.json"] = lambda request: Response(json.dumps(manifest))
    result = kiosk.sync(site.url)
    assert_kept(kiosk, result, "manifest.json: files[0].size: must be at least 0 (it is -5)")


def test_a_content_file_that_is_not_json_is_rejected(
    site: FeedSite, kiosk: Kiosk, v2: Path
) -> None:
    path = replace_object(v2, entry_path(v2, "content", "json"), b'{"kind": "places", ')
    site.folder = v2
    result = kiosk.sync(site.url)
    assert_kept(kiosk, result, f"{path}: not valid JSON")
    assert not result.reason.startswith("http")


def test_a_content_file_against_the_schema_is_rejected(
    site: FeedSite, kiosk: Kiosk, v2: Path
) -> None:
    places = next(
        e
        for e in json.loads((v2 / "manifest.json").read_bytes())["files"]
        if e["path"].startswith("content/")
        and json.loads((v2 / e["path"]).read_bytes())["kind"] == "places"
    )
    doc = json.loads((v2 / places["path"]).read_bytes())
    doc["items"][1]["geo"]["latitude"] = 123
    path = replace_object(v2, places["path"], json.dumps(doc).encode())
    site.folder = v2
    result = kiosk.sync(site.url)
    assert_kept(kiosk, result, f"{path}: places item 2 ('place-1'): geo.latitude:")


def test_an_unbounded_secondly_series_is_skipped_and_the_rest_applied(
    site: FeedSite, kiosk: Kiosk, v2: Path
) -> None:
    flood = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:flood@x\r\n"
        b"DTSTART:20261110T120000\r\nRRULE:FREQ=SECONDLY\r\n"
        b"SUMMARY:Flood\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    replace_object(v2, entry_path(v2, "events", "ics"), flood)
    site.folder = v2
    result = kiosk.sync(site.url)
    assert result.outcome == "updated"
    assert kiosk.version() == 2
    assert kiosk.content()["events"] == 0  # the hostile series is refused, not expanded


def test_an_events_file_that_is_not_icalendar_is_rejected(
    site: FeedSite, kiosk: Kiosk, v2: Path
) -> None:
    path = replace_object(v2, entry_path(v2, "events", "ics"), b"<html>Not a calendar</html>")
    site.folder = v2
    result = kiosk.sync(site.url)
    assert_kept(kiosk, result, f"{path}: not a valid iCalendar file")


def test_an_equal_version_with_the_same_manifest_is_unchanged(site: FeedSite, kiosk: Kiosk) -> None:
    raw = (site.folder / "manifest.json").read_bytes()
    site.faults["manifest.json"] = lambda request: Response(raw)  # no validators: a full 200
    result = kiosk.sync(site.url)
    assert result.line == "unchanged (feed version 1)"
    assert result.requests == 1
