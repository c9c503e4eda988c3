"""A sync built for a slow rural link: only this service point's objects, compressed JSON, a few at a time."""

from __future__ import annotations

import functools
import gzip
import hashlib
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from pytest_httpserver import HTTPServer
from syncfeed import NOW, FeedSite
from werkzeug import Response

from kiosk.feed.load import reload_from_objects
from kiosk.feed.models import AUDIENCE_ASSET, Manifest
from kiosk.paths import DataDir
from kiosk.store.content import ContentStore
from kiosk.sync.engine import PARALLEL, sync_once
from kiosk.sync.state import load_state

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "assets" / "demo-feed"


def photos(feed: Path) -> dict[str, str]:
    """Object path of each service point's photo, by the photo's asset name."""
    manifest = Manifest.model_validate_json((feed / "manifest.json").read_bytes())
    return {e.name: e.path for e in manifest.files if e.name and e.name.startswith("images/sp-")}


def asked(site: FeedSite) -> set[str]:
    """Paths below the feed that the kiosk requested."""
    return {request.path.removeprefix("/feed/") for request in site.requests()}


@pytest.fixture
def site(httpserver: HTTPServer, tmp_path: Path) -> FeedSite:
    """The demo feed (six service points, each with a photo) on the loopback server."""
    return FeedSite(httpserver, shutil.copytree(DEMO, tmp_path / "feed"))


def test_a_kiosk_never_requests_the_photos_of_other_service_points(
    site: FeedSite, tmp_path: Path
) -> None:
    data = DataDir(tmp_path / "data")
    result = sync_once(site.url, data, (), (), NOW, service_point="bjorna")
    assert result.outcome == "updated", result.line
    own = photos(site.folder)
    assert own["images/sp-bjorna.jpg"] in asked(site)
    others = {path for name, path in own.items() if name != "images/sp-bjorna.jpg"}
    assert others and not others & asked(site)
    store = ContentStore(data.content_dir, data.objects_dir)
    try:
        shop = next(p for p in store.service_points() if p.id == "bjorna")
        assert shop.image and Path(shop.image).is_file()  # its own photo shows
    finally:
        store.close()
    # The content is rebuilt from what is held (the event window moves) without the others.
    reload_from_objects(data, NOW, service_point="bjorna")
    site.server.clear_log()
    assert sync_once(site.url, data, (), (), NOW, service_point="bjorna").outcome == "unchanged"


def test_a_kiosk_that_does_not_know_its_service_point_fetches_every_photo(
    site: FeedSite, tmp_path: Path
) -> None:
    result = sync_once(site.url, DataDir(tmp_path / "data"), (), (), NOW)
    assert result.outcome == "updated", result.line
    assert set(photos(site.folder).values()) <= asked(site)


def test_another_service_points_photo_is_fetched_when_the_kiosk_moves_there(
    site: FeedSite, tmp_path: Path
) -> None:
    data = DataDir(tmp_path / "data")
    sync_once(site.url, data, (), (), NOW, service_point="bjorna")
    site.server.clear_log()
    # Same feed, the kiosk now configured for Ulvöhamn: its photo is missing and fetched.
    result = sync_once(site.url, data, (), (), NOW, service_point="ulvohamn")
    assert result.outcome == "updated", result.line
    assert asked(site) >= {photos(site.folder)["images/sp-ulvohamn.jpg"]}


def test_the_audience_travels_as_an_asset_that_older_kiosks_ignore() -> None:
    manifest = Manifest.model_validate_json((DEMO / "manifest.json").read_bytes())
    entry = next(e for e in manifest.files if e.name == AUDIENCE_ASSET)
    audience = json.loads((DEMO / entry.path).read_bytes())
    assert audience["assets"]["images/sp-bjorna.jpg"] == ["bjorna"]
    assert "images/skuleskogen.jpg" not in audience["assets"]  # shown everywhere


def gzipped(path: Path) -> Response:
    """The file as nginx with gzip on sends JSON: compressed, with the compressed length."""
    raw = gzip.compress(path.read_bytes())
    return Response(raw, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})


def test_a_gzip_encoded_manifest_and_documents_are_accepted(site: FeedSite, tmp_path: Path) -> None:
    manifest = Manifest.model_validate_json((site.folder / "manifest.json").read_bytes())
    documents = [e.path for e in manifest.files if e.path.startswith("content/")]
    site.faults["manifest.json"] = lambda request: gzipped(site.folder / "manifest.json")
    for path in documents:
        site.faults[path] = lambda request, path=path: gzipped(site.folder / path)
    data = DataDir(tmp_path / "data")
    result = sync_once(site.url, data, (), (), NOW, service_point="bjorna")
    assert result.outcome == "updated", result.line
    # The kiosk asked for compression, and verified the decoded files against the manifest.
    first = next(r for r in site.requests() if r.path.endswith("manifest.json"))
    assert "gzip" in first.headers.get("Accept-Encoding", "")
    raw = (site.folder / "manifest.json").read_bytes()
    assert load_state(data.root).manifest.sha256 == hashlib.sha256(raw).hexdigest()
    for path in documents:
        assert (data.objects_dir / path.split("/")[1]).read_bytes() == (
            site.folder / path
        ).read_bytes()


def test_a_gzip_manifest_is_limited_by_its_decoded_size(site: FeedSite, tmp_path: Path) -> None:
    # 9 MB of JSON whitespace after the manifest: 9 KB on the wire, over the 8 MB limit decoded.
    raw = (site.folder / "manifest.json").read_bytes() + b" " * (9 * 1024 * 1024)
    bomb = gzip.compress(raw)
    assert len(bomb) < 64 * 1024
    site.faults["manifest.json"] = lambda request: Response(
        bomb, headers={"Content-Encoding": "gzip"}
    )
    data = DataDir(tmp_path / "data")
    result = sync_once(site.url, data, (), (), NOW)
    assert result.outcome == "failed"
    assert result.reason == "manifest.json: more than 8.4 MB; stopped"


def test_a_wrong_hash_among_parallel_downloads_keeps_the_old_content(
    site: FeedSite, tmp_path: Path
) -> None:
    data = DataDir(tmp_path / "data")
    assert sync_once(site.url, data, (), (), NOW).outcome == "updated"
    showing = ContentStore(data.content_dir, data.objects_dir)
    version = showing.info().version
    showing.close()
    # Version 2: every object new (a new file name), one of them with bytes of another hash.
    manifest = json.loads((site.folder / "manifest.json").read_bytes())
    manifest["version"] = version + 1
    shutil.rmtree(data.objects_dir)  # nothing held: every object is downloaded again
    data.objects_dir.mkdir()
    victim = manifest["files"][len(manifest["files"]) // 2]
    original = (site.folder / victim["path"]).read_bytes()
    site.faults[victim["path"]] = lambda request: Response(bytes(len(original)))
    (site.folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = sync_once(site.url, data, (), (), NOW)
    assert result.outcome == "failed"
    name = victim["path"].split("/")[1]
    assert result.reason.startswith(f"{victim['path']}: sha256 is ")
    assert not (data.objects_dir / name).exists()  # the wrong bytes were never installed
    store = ContentStore(data.content_dir, data.objects_dir)
    try:
        assert store.info().version == version  # the old content still shows
    finally:
        store.close()


class _Static(http.server.SimpleHTTPRequestHandler):
    """A static web server speaking HTTP/1.1 (connections kept alive) that notes each client port."""

    protocol_version = "HTTP/1.1"
    ports: ClassVar[list[int]] = []

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        """Serve the file, noting which connection asked."""
        self.ports.append(self.client_address[1])
        super().do_GET()


@pytest.fixture
def keep_alive(tmp_path: Path) -> Iterator[tuple[str, list[int]]]:
    """The demo feed on an HTTP/1.1 server; yields its manifest URL and the client ports seen."""
    folder = shutil.copytree(DEMO, tmp_path / "feed")
    ports: ClassVar[list[int]] = []
    handler = functools.partial(_Static, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    _Static.ports = ports
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/manifest.json", ports
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_downloads_share_a_few_kept_alive_connections(
    keep_alive: tuple[str, list[int]], tmp_path: Path
) -> None:
    url, ports = keep_alive
    result = sync_once(url, DataDir(tmp_path / "data"), (), (), NOW)
    assert result.outcome == "updated", result.line
    assert len(ports) == result.requests > 50
    # No new connection (a TCP and perhaps a TLS handshake over the slow link) per object.
    assert len(set(ports)) <= PARALLEL + 1  # and the manifest's own
