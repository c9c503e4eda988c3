"""Where a feed is fetched from: a web server (HTTP/HTTPS) or a local folder such as a USB stick."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO, Protocol
from urllib.parse import unquote, urljoin, urlsplit

from kiosk.errors import FeedError
from kiosk.feed.folder import CHUNK, open_regular, read_regular
from kiosk.feed.models import FileEntry, signature_name
from kiosk.feed.validate import MANIFEST, MAX_SIGNATURE_BYTES
from kiosk.net.http import Digest
from kiosk.sync.http import MAX_SMALL_BYTES, Fetched, Http, SyncError, human_size
from kiosk.sync.state import Validators

SIGNATURE = MANIFEST + ".minisig"


class RemoteFeed(Protocol):
    """The three things a sync asks of a feed's location."""

    def describe(self) -> str:
        """Where the feed is, for messages and the content's origin."""

    def manifest(self, validators: Validators) -> Fetched:
        """The manifest, or a 304 when `validators` say the copy held is current."""

    def signature(self, manifest_raw: bytes) -> str | None:
        """The text of the signature of `manifest_raw`: signatures/<sha256>.minisig, else
        manifest.json.minisig (feeds signed by hand); None when the feed has neither."""

    def fetch(self, entry: FileEntry, part: Path, digest: Digest) -> int:
        """Bring the object of `entry` into `part` (resuming where possible); returns bytes read.

        Every byte written to `part` goes through `digest` once, while it is written.
        """


def is_local(feed_url: str) -> bool:
    """True for a folder or file path (a USB stick), False for an http(s) address."""
    return "://" not in feed_url or feed_url.startswith("file://")


def open_feed(feed_url: str, http: Http) -> RemoteFeed:
    """The feed at `feed_url`: an address of manifest.json (or of its folder), or a local path."""
    if not feed_url.strip():
        raise SyncError("no feed address is configured (setting feed_url)")
    if not is_local(feed_url):
        if feed_url.endswith("/"):
            feed_url += MANIFEST
        return HttpFeed(feed_url, http)
    if feed_url.startswith("file://"):
        feed_url = unquote(urlsplit(feed_url).path)
    path = Path(feed_url).expanduser()
    return FolderFeed(path.parent if path.name == MANIFEST else path)


class HttpFeed:
    """A feed on a web server, object store or CDN; objects are relative to the manifest's URL."""

    def __init__(self, url: str, http: Http) -> None:
        self.url = url
        self.http = http

    def describe(self) -> str:
        """The manifest's address."""
        return self.url

    def manifest(self, validators: Validators) -> Fetched:
        """Conditional GET of manifest.json."""
        if validators.url != self.url:
            validators = Validators()
        return self.http.get(self.url, validators.etag, validators.last_modified)

    def signature(self, manifest_raw: bytes) -> str | None:
        """GET the manifest's own signature, else manifest.json.minisig; None on 404/410."""
        for url in (urljoin(self.url, signature_name(manifest_raw)), self.url + ".minisig"):
            try:
                fetched = self.http.get(url, limit=MAX_SIGNATURE_BYTES)
            except SyncError as error:
                if error.status in {404, 410}:
                    continue
                raise
            return _text(fetched.body)
        return None

    def fetch(self, entry: FileEntry, part: Path, digest: Digest) -> int:
        """Resumable, capped download of one object, hashed as it arrives."""
        return self.http.download(urljoin(self.url, entry.path), part, entry.size, digest)


class FolderFeed:
    """A feed folder on a disk or USB stick: copied with the same checks as a download.

    Only regular files inside the folder are read (kiosk.feed.folder): a link or a device
    file is refused, and every size is checked before the file is read.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def describe(self) -> str:
        """The folder."""
        return str(self.folder)

    def _read(self, name: str, limit: int) -> bytes | None:
        try:
            return read_regular(self.folder, name, limit)
        except FileNotFoundError:
            if not self.folder.is_dir():
                raise SyncError(
                    f"{self.folder}: no such feed folder (is the USB stick in?)"
                ) from None
            return None
        except OSError as error:
            raise SyncError(f"{name}: cannot be read ({error.strerror})") from None

    def manifest(self, validators: Validators) -> Fetched:
        """Read manifest.json (a local read is cheap, so there is no 304)."""
        raw = self._read(MANIFEST, MAX_SMALL_BYTES)
        if raw is None:
            raise SyncError(f"{self.folder}: {MANIFEST} is missing")
        return Fetched(200, raw)

    def signature(self, manifest_raw: bytes) -> str | None:
        """Read the manifest's own signature, else manifest.json.minisig, if there is one."""
        for name in (signature_name(manifest_raw), SIGNATURE):
            raw = self._read(name, MAX_SIGNATURE_BYTES)
            if raw is not None:
                return _text(raw)
        return None

    def fetch(self, entry: FileEntry, part: Path, digest: Digest) -> int:
        """Copy one object, hashing it on the way; a file of another size is refused unread."""
        try:
            source, size = open_regular(self.folder, entry.path, sys.maxsize)
        except FileNotFoundError:
            raise SyncError(f"{entry.path}: file is missing in {self.folder}") from None
        except OSError as error:
            raise SyncError(f"{entry.path}: cannot be copied ({error.strerror})") from None
        with source:
            if size != entry.size:
                raise SyncError(
                    f"{entry.path}: {human_size(size)}, the manifest says "
                    f"{human_size(entry.size)}; not copied"
                )
            try:
                _copy(source, part, entry.size, digest)
            except OSError as error:
                part.unlink(missing_ok=True)
                raise SyncError(f"{entry.path}: cannot be copied ({error.strerror})") from None
        return size


def _copy(source: BinaryIO, part: Path, size: int, digest: Digest) -> None:
    """At most `size` bytes (plus one to notice growth) from `source` into `part`, hashed once."""
    part.parent.mkdir(parents=True, exist_ok=True)
    left = size + 1
    with part.open("wb") as target:
        while block := source.read(min(CHUNK, left)):
            left -= len(block)
            if left <= 0:
                raise FeedError(f"{part.name}: the file grew while it was copied")
            digest.update(block)
            target.write(block)
        target.flush()
        os.fsync(target.fileno())


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SyncError(f"{SIGNATURE}: not a minisign signature (not text)") from None
