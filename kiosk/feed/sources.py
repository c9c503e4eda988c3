"""Where a feed's files are read from while it is checked: a folder, a web address, held objects."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kiosk.errors import FeedError
from kiosk.feed.folder import stream_regular
from kiosk.net.failures import HttpError
from kiosk.net.http import Http

MANIFEST = "manifest.json"


class FeedSource(Protocol):
    """Where the bytes of a feed's files come from, in chunks and never beyond a limit."""

    @property
    def held(self) -> bool:
        """True for objects this kiosk verified (size and sha256) when it installed them."""

    def describe(self) -> str:
        """Where this is, for messages."""

    def stream(self, path: str, limit: int) -> Iterator[bytes]:
        """The bytes of `path` as the manifest names it, in chunks, at most `limit` of them.

        Raises FeedError when the file is missing, refused or over the limit.
        """


def read_all(source: FeedSource, path: str, limit: int) -> bytes:
    """A small file whole (manifest, signature, a content document)."""
    return b"".join(source.stream(path, limit))


@dataclass(frozen=True)
class FolderSource:
    """A feed laid out as a folder: a web server's document root, a USB stick, the demo feed."""

    folder: Path
    held: bool = False

    def describe(self) -> str:
        """The folder."""
        return str(self.folder)

    def stream(self, path: str, limit: int) -> Iterator[bytes]:
        """Regular files inside the folder only (see kiosk.feed.folder)."""
        try:
            yield from stream_regular(self.folder, path, limit)
        except FileNotFoundError:
            raise FeedError(f"{path}: file is missing") from None
        except OSError as error:
            raise FeedError(f"{path}: cannot be read ({error.strerror})") from None


@dataclass
class WebSource:
    """A feed on a web server, given by its manifest.json address or its folder's address."""

    url: str
    http: Http = field(default_factory=Http)
    held: bool = False

    @property
    def base(self) -> str:
        """The folder address, ending in '/'."""
        url = self.url.split("?", 1)[0]
        return url.rsplit("/", 1)[0] + "/" if url.endswith(".json") else url.rstrip("/") + "/"

    def describe(self) -> str:
        """The address."""
        return self.url

    def stream(self, path: str, limit: int) -> Iterator[bytes]:
        """GET one file of the feed through the kiosk's HTTP layer (timeouts, caps, redirects)."""
        try:
            with self.http.stream(self.base + path, limit) as chunks:
                yield from chunks
        except HttpError as error:
            if error.status in {404, 410}:
                raise FeedError(
                    f"{path}: file is missing ({error.status} from the server)"
                ) from None
            raise FeedError(
                f"{path}: {str(error).removeprefix(path.rsplit('/', 1)[-1] + ': ')}"
            ) from None


@dataclass(frozen=True)
class ObjectsSource:
    """Feed files held in the kiosk's flat content-addressed objects folder, verified on install."""

    objects_dir: Path
    manifest_bytes: bytes
    origin: str = ""
    """The feed the objects came from (the content's origin); the folder when ''."""
    service_point: str = ""
    """The kiosk's service point: assets only other service points show are not held."""
    held: bool = True

    def describe(self) -> str:
        """The feed's address or folder."""
        return self.origin or str(self.objects_dir)

    def stream(self, path: str, limit: int) -> Iterator[bytes]:
        """The manifest, or an object by its content-addressed name."""
        if path == MANIFEST:
            yield self.manifest_bytes
            return
        yield from FolderSource(self.objects_dir).stream(path.rsplit("/", 1)[-1], limit)

    def size(self, path: str) -> int | None:
        """Size of a held object (None when it is not held)."""
        try:
            return os.stat(self.objects_dir / path.rsplit("/", 1)[-1]).st_size
        except OSError:
            return None


@dataclass(frozen=True)
class MemorySource:
    """A feed built in memory and not yet written anywhere: the builder checks it as a kiosk would."""

    files: dict[str, bytes]
    held: bool = False

    def describe(self) -> str:
        """A feed that is not anywhere yet."""
        return "the feed being built"

    def stream(self, path: str, limit: int) -> Iterator[bytes]:
        """The file's bytes, up to `limit`."""
        if path not in self.files:
            raise FeedError(f"{path}: file is missing")
        raw = self.files[path]
        if len(raw) > limit:
            raise FeedError(f"{path}: over the {limit} bytes allowed")
        yield raw
