"""The sync pass against a real web server on loopback: what it fetches, applies, keeps and tidies."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from feedmaker import PIXEL
from pytest_httpserver import HTTPServer
from syncfeed import (
    CountingProxy,
    FeedSite,
    Kiosk,
    build,
    entry_path,
    manifest_of,
    serve_file,
)
from werkzeug import Request, Response

from kiosk.paths import DataDir
from kiosk.sync.http import Http
from kiosk.sync.lock import sync_lock
from kiosk.sync.objects import PARTIAL
from kiosk.sync.state import STATE_FILE, load_state

CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//shop//EN\r\n"
    "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART;TZID=Europe/Stockholm:20261120T180000\r\n"
    "DURATION:PT2H\r\nSUMMARY:Pubkväll\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def site(httpserver: HTTPServer, tmp_path: Path) -> FeedSite:
    """Feed version 1 on the loopback server."""
    return FeedSite(httpserver, build(tmp_path, 1))


@pytest.fixture
def kiosk(tmp_path: Path) -> Kiosk:
    """A kiosk with an empty data directory."""
    return Kiosk(DataDir(tmp_path / "data"))


def test_a_first_sync_downloads_every_object_and_shows_the_feed(
    site: FeedSite, kiosk: Kiosk
) -> None:
    result = kiosk.sync(site.url)
    manifest = manifest_of(site.folder)
    assert result.outcome == "updated"
    assert result.line == (
        f"updated to feed version 1 ({len(manifest.files)} new objects, "
        f"{sum(e.size for e in manifest.files) / 1000:.1f} kB)"
    )
    assert kiosk.content()["places"] == 4
    assert kiosk.objects() == {e.path.split("/")[1] for e in manifest.files}
    agents = {r.headers["User-Agent"] for r in site.requests()}
    assert agents == {"servicepunkt-kiosk/0.1.0"}


def test_an_unchanged_feed_costs_one_small_304(site: FeedSite, kiosk: Kiosk) -> None:
    proxy = CountingProxy(site.server.port)
    try:
        url = proxy.url("/feed/manifest.json")
        assert kiosk.sync(url).outcome == "updated"
        proxy.upstream = proxy.downstream = 0
        site.server.clear_log()
        result = kiosk.sync(url)
    finally:
        proxy.close()
    assert result.outcome == "unchanged"
    assert result.line == "unchanged (feed version 1)"
    assert result.requests == 1
    assert [(r.path, resp.status_code) for r, resp in site.server.log] == [
        ("/feed/manifest.json", 304)
    ]
    # Request and response, status lines and headers included, as counted on the wire.
    assert proxy.total < 2048, proxy.total
    assert result.received == 0


def test_a_changed_image_downloads_only_that_object(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    kiosk.sync(site.url)
    site.folder = build(tmp_path, 2, image=PIXEL + b"changed")
    site.server.clear_log()
    result = kiosk.sync(site.url)
    image = entry_path(site.folder, "assets", "png")
    assert result.outcome == "updated"
    assert result.line == "updated to feed version 2 (1 new object, 77 bytes)"
    assert [r.path for r in site.requests()] == ["/feed/manifest.json", f"/feed/{image}"]
    assert kiosk.version() == 2


def test_an_interrupted_download_resumes_with_a_range_request(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    kiosk.sync(site.url)
    big = PIXEL + os.urandom(300_000)
    site.folder = build(tmp_path, 2, image=big)
    image = entry_path(site.folder, "assets", "png")
    cut = 100_000

    def broken(request: Request) -> Response:
        # Promises the whole file, sends a third and hangs up.
        return Response(
            iter([big[:cut]]), headers={"Content-Length": str(len(big)), "Connection": "close"}
        )

    site.faults[image] = broken
    failed = kiosk.sync(site.url, http=Http(timeout=(5, 2)))
    assert failed.outcome == "failed"
    assert "broke off" in failed.reason
    assert kiosk.version() == 1
    part = kiosk.data.objects_dir / PARTIAL / (image.split("/")[1] + ".part")
    assert part.stat().st_size == cut

    del site.faults[image]
    site.server.clear_log()
    result = kiosk.sync(site.url)
    assert result.outcome == "updated"
    (retry,) = [r for r in site.requests() if r.path == f"/feed/{image}"]
    assert retry.headers["Range"] == f"bytes={cut}-"
    assert result.received < len(big) - cut + 5000  # only the rest, plus the manifest
    assert kiosk.version() == 2
    assert not part.exists()


def test_objects_no_longer_referenced_are_collected(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    kiosk.sync(site.url)
    old_image = entry_path(site.folder, "assets", "png").split("/")[1]
    stray_part = kiosk.data.objects_dir / PARTIAL / "0123.png.part"
    stray_part.write_bytes(b"half")
    young_temp = kiosk.data.objects_dir / ".abc.png.1234"  # a loader may be writing it now
    young_temp.write_bytes(b"x")
    site.folder = build(tmp_path, 2, image=PIXEL + b"new")
    assert kiosk.sync(site.url).outcome == "updated"
    held = kiosk.objects()
    assert old_image not in held
    assert {e.path.split("/")[1] for e in manifest_of(site.folder).files} <= held
    assert not stray_part.exists()
    assert young_temp.exists()
    assert kiosk.content()["places"] == 4  # everything the content needs is still there


def test_a_local_folder_feed_is_copied_with_the_same_checks(tmp_path: Path, kiosk: Kiosk) -> None:
    feed = build(tmp_path, 1)
    result = kiosk.sync(str(feed))
    assert result.outcome == "updated"
    assert result.requests == 0
    assert kiosk.sync(str(feed / "manifest.json")).line == "unchanged (feed version 1)"
    v2 = build(tmp_path, 2, image=PIXEL + b"usb")
    image = entry_path(v2, "assets", "png")
    (v2 / image).write_bytes(PIXEL + b"USB")  # same size, other bytes
    failed = kiosk.sync(str(v2))
    assert failed.outcome == "failed"
    assert failed.line.startswith(f"kept feed version 1: {image}: sha256 is")
    assert kiosk.version() == 1


def test_a_missing_usb_stick_is_a_clear_failure(tmp_path: Path, kiosk: Kiosk) -> None:
    result = kiosk.sync(str(tmp_path / "usb" / "kiosk"))
    assert result.outcome == "failed"
    assert (
        result.line
        == f"no feed yet: {tmp_path / 'usb' / 'kiosk'}: no such feed folder (is the USB stick in?)"
    )


def test_a_missing_feed_url_is_one_line(kiosk: Kiosk) -> None:
    result = kiosk.sync("")
    assert result.line == "no feed yet: no feed address is configured (setting feed_url)"


def test_extra_calendars_are_fetched_conditionally_and_kept_when_failing(
    site: FeedSite, kiosk: Kiosk
) -> None:
    calendar = CALENDAR.format(uid="pub@shop").encode()
    answers: list[str] = []

    def serve(request: Request) -> Response:
        if answers and answers[-1] == "fail":
            return Response("oops", status=500)
        response = Response(calendar)
        response.set_etag("cal-1")
        return response.make_conditional(request)

    site.server.expect_request("/cal.ics").respond_with_handler(serve)
    url = site.server.url_for("/cal.ics")
    first = kiosk.sync(site.url, calendars=[url])
    assert first.outcome == "updated"
    assert any(uid.endswith("#pub@shop") for uid in kiosk.content()["uids"])

    site.server.clear_log()
    second = kiosk.sync(site.url, calendars=[url])
    assert second.line == "unchanged (feed version 1)"
    assert sorted((r.path, resp.status_code) for r, resp in site.server.log) == [
        ("/cal.ics", 304),
        ("/feed/manifest.json", 304),
    ]

    answers.append("fail")
    third = kiosk.sync(site.url, calendars=[url])
    assert third.outcome == "unchanged"
    (warning,) = third.warnings
    host = url.split("/")[2]
    assert warning == (
        f"calendar {host}/cal.ics: server answered 500 INTERNAL SERVER ERROR; "
        "showing the copy from 2026-11-10"
    )
    assert any(uid.endswith("#pub@shop") for uid in kiosk.content()["uids"])


def test_a_changed_calendar_rebuilds_the_events_of_an_unchanged_feed(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    local = tmp_path / "shop.ics"
    local.write_text(CALENDAR.format(uid="first@shop"), encoding="utf-8")
    kiosk.sync(site.url, calendars=[str(local)])
    local.write_text(CALENDAR.format(uid="second@shop"), encoding="utf-8")
    result = kiosk.sync(site.url, calendars=[str(local)])
    assert result.outcome == "updated"
    assert result.line == "updated local calendars (feed version 1)"
    uids = kiosk.content()["uids"]
    assert any(u.endswith("#second@shop") for u in uids)
    assert not any(u.endswith("#first@shop") for u in uids)


def test_the_state_file_records_the_last_result_for_the_status_panel(
    site: FeedSite, kiosk: Kiosk
) -> None:
    kiosk.sync(site.url)
    site.faults["manifest.json"] = lambda request: Response("down", status=502)
    kiosk.sync(site.url)
    kiosk.sync(site.url)
    state = json.loads((kiosk.data.root / STATE_FILE).read_text(encoding="utf-8"))
    assert state["outcome"] == "failed"
    assert state["feed_version"] == 1
    host = site.url.split("/")[2]
    assert (
        state["line"] == f"kept feed version 1: {host} answered 502 BAD GATEWAY for manifest.json"
    )
    assert state["failures"] == 2
    assert state["last_success"] == "2026-11-10T12:00:00+00:00"
    assert state["manifest"]["etag"]
    del site.faults["manifest.json"]
    kiosk.sync(site.url)
    assert load_state(kiosk.data.root).failures == 0


def test_a_second_sync_of_the_same_data_dir_waits_its_turn(site: FeedSite, kiosk: Kiosk) -> None:
    with sync_lock(kiosk.data.root):
        result = kiosk.sync(site.url)
    assert result.outcome == "failed"
    assert result.reason == "another sync of this data directory is running"
    assert site.requests() == []


def test_a_feed_folder_address_finds_its_manifest(site: FeedSite, kiosk: Kiosk) -> None:
    result = kiosk.sync(site.server.url_for("/feed/"))
    assert result.outcome == "updated"


def test_a_crash_between_swap_and_manifest_copy_is_repaired(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    kiosk.sync(site.url)
    held = kiosk.data.root / "feed" / "manifest.json"
    old = held.read_bytes()
    site.folder = build(tmp_path, 2, image=PIXEL + b"2")
    kiosk.sync(site.url)
    held.write_bytes(old)  # as if killed right after the content swap
    result = kiosk.sync(site.url)
    assert result.line == "unchanged (feed version 2)"
    assert held.read_bytes() == (site.folder / "manifest.json").read_bytes()


def test_served_files_support_ranges(site: FeedSite, tmp_path: Path) -> None:
    """The test server itself answers ranges like nginx does (guards the resume test)."""
    path = tmp_path / "f.bin"
    path.write_bytes(b"0123456789")
    request = Request.from_values("/f.bin", headers={"Range": "bytes=4-"})
    response = serve_file(request, path)
    assert response.status_code == 206
    assert b"".join(response.iter_encoded()) == b"456789"


def test_a_gzip_encoded_manifest_is_read_whole(site: FeedSite, kiosk: Kiosk) -> None:
    raw = (site.folder / "manifest.json").read_bytes()
    packed = gzip.compress(raw)
    site.faults["manifest.json"] = lambda request: Response(
        packed, headers={"Content-Encoding": "gzip"}
    )
    assert kiosk.sync(site.url).outcome == "updated"
    assert kiosk.version() == 1
