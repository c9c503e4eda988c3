"""Network and server faults: each keeps the previous content and says why in one line."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from feedmaker import PIXEL
from pytest_httpserver import HTTPServer
from syncfeed import NOW, FeedSite, Kiosk, build, entry_path
from werkzeug import Request, Response

from kiosk.paths import DataDir
from kiosk.sync.engine import SyncResult
from kiosk.sync.http import Http


@pytest.fixture
def site(httpserver: HTTPServer, tmp_path: Path) -> FeedSite:
    """Feed version 1 on the loopback server."""
    return FeedSite(httpserver, build(tmp_path, 1))


@pytest.fixture
def kiosk(tmp_path: Path, site: FeedSite) -> Kiosk:
    """A kiosk showing feed version 1."""
    kiosk = Kiosk(DataDir(tmp_path / "data"))
    assert kiosk.sync(site.url).outcome == "updated"
    site.server.clear_log()
    return kiosk


def host(site: FeedSite) -> str:
    """'localhost:PORT' as the messages name the server."""
    return site.url.split("/")[2]


def assert_kept(kiosk: Kiosk, result: SyncResult, reason: str) -> None:
    """Failed, the reason exactly as given, and version 1 still showing, whole."""
    assert result.outcome == "failed"
    assert result.reason == reason
    assert result.line == f"kept feed version 1: {reason}"
    assert kiosk.content()["version"] == 1
    assert kiosk.content()["places"] == 4


def free_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_server_that_is_down_is_connection_refused(kiosk: Kiosk) -> None:
    port = free_port()
    result = kiosk.sync(f"http://127.0.0.1:{port}/feed/manifest.json")
    assert_kept(kiosk, result, f"cannot reach 127.0.0.1:{port} (connection refused)")


def test_a_name_that_does_not_resolve_is_named(kiosk: Kiosk) -> None:
    result = kiosk.sync("http://kiosk-feed.invalid/manifest.json")
    assert_kept(kiosk, result, "cannot reach kiosk-feed.invalid (name not found)")


@pytest.mark.parametrize(
    ("status", "text"), [(404, "404 NOT FOUND"), (500, "500 INTERNAL SERVER ERROR")]
)
def test_an_error_status_is_named(site: FeedSite, kiosk: Kiosk, status: int, text: str) -> None:
    site.faults["manifest.json"] = lambda request: Response("no", status=status)
    result = kiosk.sync(site.url)
    assert_kept(kiosk, result, f"{host(site)} answered {text} for manifest.json")
    assert result.retry_after is None


def test_503_with_retry_after_seconds_carries_the_delay(site: FeedSite, kiosk: Kiosk) -> None:
    site.faults["manifest.json"] = lambda request: Response(
        "busy", status=503, headers={"Retry-After": "120"}
    )
    result = kiosk.sync(site.url)
    assert_kept(
        kiosk,
        result,
        f"{host(site)} answered 503 SERVICE UNAVAILABLE for manifest.json; will retry after 120 s",
    )
    assert result.retry_after == 120


def test_429_with_retry_after_date_carries_the_delay(site: FeedSite, kiosk: Kiosk) -> None:
    when = format_datetime(NOW + timedelta(minutes=5), usegmt=True)
    site.faults["manifest.json"] = lambda request: Response(
        "slow down", status=429, headers={"Retry-After": when}
    )
    result = kiosk.sync(site.url, http=Http(clock=lambda: NOW))
    assert_kept(
        kiosk,
        result,
        f"{host(site)} answered 429 TOO MANY REQUESTS for manifest.json; will retry after 300 s",
    )
    assert result.retry_after == 300


def test_a_server_that_never_answers_times_out(site: FeedSite, kiosk: Kiosk) -> None:
    def silent(request: Request) -> Response:
        time.sleep(0.8)
        return Response("too late")

    site.faults["manifest.json"] = silent
    result = kiosk.sync(site.url, http=Http(timeout=(2, 0.3)))
    assert_kept(kiosk, result, f"{host(site)}: timed out after 0.3 s")


def test_a_truncated_body_is_not_applied(site: FeedSite, kiosk: Kiosk, tmp_path: Path) -> None:
    site.folder = build(tmp_path, 2, image=PIXEL + b"-v2")
    image = entry_path(site.folder, "assets", "png")
    # A generator body: werkzeug then keeps our Content-Length and hangs up after 20 bytes.
    site.faults[image] = lambda request: Response(
        iter([PIXEL[:20]]), headers={"Content-Length": "73", "Connection": "close"}
    )
    result = kiosk.sync(site.url, http=Http(timeout=(2, 2)))
    assert_kept(
        kiosk,
        result,
        f"{image.split('/')[1]}: the download broke off after 20 bytes of 73 bytes; will resume",
    )


def test_a_truncated_manifest_is_not_applied(site: FeedSite, kiosk: Kiosk) -> None:
    raw = (site.folder / "manifest.json").read_bytes()
    site.faults["manifest.json"] = lambda request: Response(
        iter([raw[:100]]), headers={"Content-Length": str(len(raw)), "Connection": "close"}
    )
    result = kiosk.sync(site.url, http=Http(timeout=(2, 2)))
    assert_kept(
        kiosk,
        result,
        f"manifest.json: the download broke off after 100 bytes of {len(raw) / 1000:.1f} kB",
    )


def test_an_object_far_over_its_size_is_cut_off_early(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    site.folder = build(tmp_path, 2, image=PIXEL + b"-v2")
    image = entry_path(site.folder, "assets", "png")
    sent: list[int] = []

    def flood() -> Iterator[bytes]:
        block = b"\0" * (1024 * 1024)
        for _ in range(2048):  # 2 GB, never announced in a Content-Length
            sent.append(len(block))
            yield block

    site.faults[image] = lambda request: Response(flood(), headers={"Connection": "close"})
    result = kiosk.sync(site.url)
    assert_kept(
        kiosk,
        result,
        f"{image.split('/')[1]}: larger than the 73 bytes the manifest says; download stopped",
    )
    assert result.received < 2 * 64 * 1024 + 4096  # one chunk of the flood, and the manifest
    assert sum(sent) < 64 * 1024 * 1024  # the server stopped when we hung up
    assert not list((kiosk.data.objects_dir / ".partial").glob("*.part"))


def test_an_announced_oversize_body_is_refused_before_reading(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    site.folder = build(tmp_path, 2, image=PIXEL + b"-v2")
    image = entry_path(site.folder, "assets", "png")
    site.faults[image] = lambda request: Response(b"\0" * 5_000_000)
    result = kiosk.sync(site.url)
    assert_kept(
        kiosk,
        result,
        f"{image.split('/')[1]}: the server offers 5.0 MB, the manifest says 73 bytes; not downloaded",
    )
    assert result.received < 4096


def test_an_object_over_the_hard_cap_is_never_requested(
    site: FeedSite, kiosk: Kiosk, tmp_path: Path
) -> None:
    site.folder = build(tmp_path, 2, image=PIXEL + b"\0" * 5000)
    image = entry_path(site.folder, "assets", "png")
    result = kiosk.sync(site.url, http=Http(max_object_bytes=4000))
    assert_kept(kiosk, result, f"{image}: 5.1 kB is over the 4.0 kB limit")
    assert [r.path for r in site.requests()] == ["/feed/manifest.json"]


def test_an_unreachable_server_marks_the_kiosk_offline_but_a_server_error_does_not(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    from kiosk.sync.engine import sync_once
    from kiosk.sync.state import load_state

    data = DataDir(tmp_path / "data")
    refused = sync_once("http://127.0.0.1:9/manifest.json", data, (), (), NOW)
    assert refused.offline and load_state(data.root).offline
    httpserver.expect_request("/manifest.json").respond_with_data("oops", status=500)
    broken = sync_once(httpserver.url_for("/manifest.json"), data, (), (), NOW)
    assert broken.outcome == "failed" and not broken.offline
    assert not load_state(data.root).offline


def test_a_file_changed_in_the_second_it_was_sent_is_fetched_whole_next_time(
    httpserver: HTTPServer,
) -> None:
    # Last-Modified (and nginx's ETag, made from it) has one-second resolution: a manifest
    # republished in that same second with the same size would otherwise look unchanged for good.
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    fresh = {
        "ETag": '"a-1"',
        "Last-Modified": format_datetime(now, usegmt=True),
    }  # server adds Date
    settled = {**fresh, "Last-Modified": format_datetime(now - timedelta(hours=1), usegmt=True)}
    httpserver.expect_request("/fresh").respond_with_data("x", headers=fresh)
    httpserver.expect_request("/settled").respond_with_data("x", headers=settled)
    with Http() as http:
        just_changed = http.get(httpserver.url_for("/fresh"))
        older = http.get(httpserver.url_for("/settled"))
    assert (just_changed.etag, just_changed.last_modified) == ("", "")
    assert older.etag == '"a-1"' and older.last_modified == settled["Last-Modified"]
