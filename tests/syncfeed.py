"""Serve feed folders over real loopback HTTP for the sync tests, and count the bytes on the wire."""

from __future__ import annotations

import contextlib
import hashlib
import re
import select
import shutil
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from feedmaker import write_source
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kiosk.feed.build import build_feed
from kiosk.feed.models import Manifest
from kiosk.paths import DataDir
from kiosk.store.content import ContentStore
from kiosk.sync.engine import SyncResult, sync_once
from kiosk.sync.http import Http

Handler = Callable[[Request], Response]
NOW = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)
"""The tests' clock: after the test feeds were generated, long before they expire."""


@dataclass
class Kiosk:
    """One kiosk's data directory and a way to sync it."""

    data: DataDir
    now: datetime = NOW

    def sync(
        self,
        url: str,
        keys: Sequence[str] = (),
        calendars: Sequence[str] = (),
        http: Http | None = None,
        now: datetime | None = None,
    ) -> SyncResult:
        """One sync pass at the tests' clock."""
        return sync_once(url, self.data, keys, calendars, now or self.now, 180, http)

    def content(self) -> dict[str, Any]:
        """Version, item counts and the events' uids of the content showing."""
        store = ContentStore(self.data.content_dir, self.data.objects_dir)
        try:
            events = store.events(datetime(2000, 1, 1, tzinfo=UTC))
            return {
                "version": store.info().version,
                **store.counts(),
                "uids": sorted({event.uid for event in events}),
            }
        finally:
            store.close()

    def version(self) -> int:
        """The feed version showing."""
        return int(self.content()["version"])

    def objects(self) -> set[str]:
        """Names of the objects held (not the unfinished downloads)."""
        return {p.name for p in self.data.objects_dir.iterdir() if p.is_file()}


def build(root: Path, version: int, image: bytes | None = None, **kwargs: int) -> Path:
    """A feed folder `root`/feed-v<version> built from a fresh source; `image` replaces place.png."""
    src = write_source(root / f"src-v{version}", version=version, **kwargs)
    if image is not None:
        (src / "images" / "place.png").write_bytes(image)
    out = root / f"feed-v{version}"
    build_feed(src, out, now=datetime(2026, 11, 1, tzinfo=UTC))
    return out


def manifest_of(feed: Path) -> Manifest:
    """The manifest of a feed folder."""
    return Manifest.model_validate_json((feed / "manifest.json").read_bytes())


def entry_path(feed: Path, kind: str, ext: str) -> str:
    """The manifest path of the first object of `kind` ('assets', 'events', 'content') and `ext`."""
    for entry in manifest_of(feed).files:
        if entry.path.startswith(f"{kind}/") and entry.path.endswith(f".{ext}"):
            return entry.path
    raise AssertionError((kind, ext))


def replace_object(feed: Path, path: str, raw: bytes) -> str:
    """Replace one object with `raw`, fixing manifest size and hash: only its content is wrong."""
    import json

    digest = hashlib.sha256(raw).hexdigest()
    folder, name = path.split("/")
    new = f"{folder}/{digest}.{name.split('.', 1)[1]}"
    (feed / path).unlink()
    (feed / new).write_bytes(raw)
    manifest = json.loads((feed / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] += 1
    for entry in manifest["files"]:
        if entry["path"] == path:
            entry.update(path=new, sha256=digest, size=len(raw))
    (feed / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return new


class FeedSite:
    """A feed folder served at /feed/ with ETag, Last-Modified and byte ranges (werkzeug's own).

    `folder` may be switched between syncs; `faults` maps a path below /feed/ to a handler
    that answers instead, for one misbehaving file.
    """

    def __init__(self, server: HTTPServer, folder: Path) -> None:
        self.server = server
        self.folder = folder
        self.faults: dict[str, Handler] = {}
        server.expect_request(re.compile(r"^/feed/.*")).respond_with_handler(self._answer)

    @property
    def url(self) -> str:
        """The address of manifest.json."""
        return self.server.url_for("/feed/manifest.json")

    def requests(self, prefix: str = "/feed/") -> list[Request]:
        """Requests received whose path starts with `prefix`."""
        return [request for request, _ in self.server.log if request.path.startswith(prefix)]

    def _answer(self, request: Request) -> Response:
        rel = request.path.removeprefix("/feed/")
        if rel in self.faults:
            return self.faults[rel](request)
        path = self.folder / rel
        if not path.is_file():
            return Response("not found", status=404)
        return serve_file(request, path)


def serve_file(request: Request, path: Path) -> Response:
    """One static file the way a web server serves it: validators, 304, 206."""
    raw = path.read_bytes()
    response = Response(raw, mimetype="application/octet-stream")
    response.set_etag(hashlib.sha256(raw).hexdigest()[:20])
    response.last_modified = datetime.fromtimestamp(int(path.stat().st_mtime), UTC)
    return response.make_conditional(request, accept_ranges=True, complete_length=len(raw))


def copy_feed(feed: Path, target: Path) -> Path:
    """A copy of a feed folder to tamper with."""
    shutil.copytree(feed, target)
    return target


class CountingProxy:
    """A TCP relay on loopback that counts every byte in both directions (headers included)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.upstream = 0
        self.downstream = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def url(self, path: str) -> str:
        """An address through the proxy."""
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def total(self) -> int:
        """Bytes both ways."""
        return self.upstream + self.downstream

    def close(self) -> None:
        """Stop relaying and wait for the relay threads."""
        self._stop.set()
        self._listener.close()
        self._accept.join(5)
        for thread in self._threads:
            thread.join(5)

    def _serve(self) -> None:
        self._listener.settimeout(0.1)
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            thread = threading.Thread(target=self._relay, args=(client,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _relay(self, client: socket.socket) -> None:
        with client, socket.create_connection(("127.0.0.1", self.target_port)) as server:
            pairs = {client: server, server: client}
            while not self._stop.is_set():
                ready, _, _ = select.select(list(pairs), [], [], 0.1)
                for sock in ready:
                    try:
                        data = sock.recv(65536)
                    except OSError:
                        data = b""
                    if not data:
                        return
                    if sock is client:
                        self.upstream += len(data)
                    else:
                        self.downstream += len(data)
                    with contextlib.suppress(OSError):
                        pairs[sock].sendall(data)
