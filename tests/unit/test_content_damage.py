"""Damaged content is disposable: `kiosk sync` sets it aside and rebuilds it, never 'unchanged'."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from faults import damage_current_content
from pytest_httpserver import HTTPServer
from syncfeed import FeedSite, Kiosk, build
from werkzeug import Request, Response

from kiosk.paths import DataDir
from kiosk.store.content import CURRENT
from kiosk.store.damage import DAMAGED


def synced(tmp_path: Path) -> tuple[Kiosk, Path]:
    kiosk = Kiosk(DataDir(tmp_path / "data"))
    feed = build(tmp_path, 3)
    assert kiosk.sync(str(feed)).outcome == "updated"
    return kiosk, feed


def test_sync_rebuilds_content_whose_pages_are_damaged(tmp_path: Path) -> None:
    kiosk, feed = synced(tmp_path)
    before = kiosk.content()
    damaged = damage_current_content(kiosk.data.content_dir)
    result = kiosk.sync(str(feed))
    assert result.outcome == "updated"  # was "unchanged" over a database nobody can read
    assert result.line == "updated to feed version 3 (0 new objects)"
    assert kiosk.content() == before
    assert (kiosk.data.content_dir / DAMAGED / damaged.name).exists()  # kept aside for a look


def test_sync_rebuilds_content_when_the_pointer_holds_garbage(tmp_path: Path) -> None:
    kiosk, feed = synced(tmp_path)
    before = kiosk.content()
    (kiosk.data.content_dir / CURRENT).write_bytes(b"\xff\xfe garbage \x00\x81")
    assert kiosk.sync(str(feed)).outcome == "updated"
    assert kiosk.content() == before
    assert kiosk.sync(str(feed)).outcome == "unchanged"


def test_a_rollback_is_refused_even_right_after_damaged_content_was_set_aside(
    tmp_path: Path,
) -> None:
    kiosk = Kiosk(DataDir(tmp_path / "data"))
    usb = tmp_path / "usb"
    shutil.copytree(build(tmp_path, 2), usb)
    assert kiosk.sync(str(usb)).outcome == "updated"
    damage_current_content(kiosk.data.content_dir)
    shutil.rmtree(usb)
    shutil.copytree(build(tmp_path, 1), usb)
    result = kiosk.sync(str(usb))
    assert result.outcome == "failed"
    assert "older than the version showing (rollback)" in result.reason


def test_a_304_to_a_first_request_is_a_failed_pass_not_a_crash(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    feed = build(tmp_path, 1)
    site = FeedSite(httpserver, feed)
    site.faults["manifest.json"] = lambda _request: Response(status=304)
    kiosk = Kiosk(DataDir(tmp_path / "data"))
    result = kiosk.sync(site.url)
    assert result.outcome == "failed"
    assert result.reason == "the feed's server answered 304 Not Modified to a first request"


def test_the_kiosks_content_comes_back_after_damage_over_http(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    site = FeedSite(httpserver, build(tmp_path, 4))
    kiosk = Kiosk(DataDir(tmp_path / "data"))
    assert kiosk.sync(site.url).outcome == "updated"
    damage_current_content(kiosk.data.content_dir)
    assert kiosk.sync(site.url).outcome == "updated"
    manifest_gets = [r for r in site.requests() if r.path.endswith("manifest.json")]
    # The last fetch was unconditional: validators of a set-aside database mean nothing.
    assert not _conditional(manifest_gets[-1])
    assert json.loads(json.dumps(kiosk.content()))["version"] == 4


def _conditional(request: Request) -> bool:
    return bool(request.headers.get("If-None-Match") or request.headers.get("If-Modified-Since"))
