"""Where the fleet's files are: the upload folder (a local or mounted copy) or the upload address
itself (WebDAV: a PROPFIND listing and GETs, with the kiosks' own upload credentials).

Both give the same view: the service points (sub-folders), each one's file names, and a file's
bytes. A file that cannot be read is None, never an exception that ends the board.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Protocol
from urllib.parse import quote, unquote, urlsplit
from xml.sax.saxutils import unescape

from kiosk.errors import KioskError
from kiosk.net.failures import HttpError
from kiosk.net.http import Http
from kiosk.stats.upload import Target

MAX_FILE_BYTES = 1024 * 1024
"""A status or day file is far smaller; anything larger is not one of ours and is not read."""

MAX_LISTING_BYTES = 32 * 1024 * 1024
"""A listing of three years of day files (about 1,100 entries) is well under 1 MB."""

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
"""What a service point folder is called (the feed's ids); anything else is not one."""


class SourceError(KioskError):
    """The fleet's files cannot be listed at all (no such folder, server unreachable)."""


class MissingFolderError(SourceError):
    """The upload folder does not exist (a mistyped path, a drive that is not mounted)."""


class NoServicePointsError(SourceError):
    """The place holds no service point folders: most likely the wrong folder or address."""


class FleetSource(Protocol):
    """The upload area of every service point."""

    where: str

    def points(self) -> list[str]:
        """The service point ids (folder names), sorted."""

    def files(self, point: str) -> dict[str, str]:
        """One service point's files: name -> a stamp (size and modification time) that
        changes when the file does, so what was read before need not be read again."""

    def read(self, point: str, name: str) -> bytes | None:
        """A file's bytes, or None when it is missing, too large or cannot be read."""


class FolderSource:
    """The upload folder on this computer (or a network drive)."""

    def __init__(self, folder: Path) -> None:
        if not folder.is_dir():
            raise MissingFolderError(f"{folder}: no such folder")
        self.folder = folder
        self.where = str(folder)

    def points(self) -> list[str]:
        try:
            return sorted(p.name for p in self.folder.iterdir() if p.is_dir() and _ID.match(p.name))
        except OSError as error:
            raise SourceError(f"{self.folder}: cannot be read ({error.strerror})") from None

    def files(self, point: str) -> dict[str, str]:
        found = {}
        try:
            with os.scandir(self.folder / point) as entries:
                for entry in entries:
                    if entry.is_file():
                        info = entry.stat()
                        found[entry.name] = f"{info.st_size}:{info.st_mtime_ns}"
        except OSError:
            return {}
        return found

    def read(self, point: str, name: str) -> bytes | None:
        path = self.folder / point / name
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                return None
            return path.read_bytes()
        except OSError:
            return None


class DavSource:
    """The upload address over HTTP: WebDAV PROPFIND (Depth 1) to list, GET to read."""

    def __init__(self, target: Target, http: Http) -> None:
        self.base = target.upload_url.rstrip("/") + "/"
        self.where = target.upload_url
        self.headers = target.headers()
        self.auth = target.auth()
        self.http = http

    def points(self) -> list[str]:
        try:
            names = self._list(self.base, collections=True)
        except HttpError as error:
            raise SourceError(f"{self.where}: cannot be listed ({error})") from None
        return sorted(n for n in names if _ID.match(n))

    def files(self, point: str) -> dict[str, str]:
        try:
            url = self._url(point) + "/"
            members = listing(self._propfind(url), url)
        except HttpError:
            return {}
        return {name: stamp for name, is_dir, stamp in members if not is_dir}

    def read(self, point: str, name: str) -> bytes | None:
        url = f"{self._url(point)}/{quote(name, safe='')}"
        try:
            fetched = self.http.get(url, limit=MAX_FILE_BYTES, headers=self.headers, auth=self.auth)
        except HttpError:
            return None
        return fetched.body

    def _url(self, point: str) -> str:
        return self.base + quote(point, safe="")

    def _list(self, url: str, collections: bool) -> list[str]:
        return [
            name for name, is_dir, _ in listing(self._propfind(url), url) if is_dir == collections
        ]

    def _propfind(self, url: str) -> bytes:
        return self.http.propfind(url, self.headers, self.auth, MAX_LISTING_BYTES, PROPFIND_BODY)


PROPS = ("getcontentlength", "getlastmodified")
"""What makes a file's stamp; with `resourcetype`, all the listing asks for. (Not getetag:
nginx has none and answers a 404 block for it per file, which doubles the listing.)"""

PROPFIND_BODY = (
    '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop>'
    + "".join(f"<D:{name}/>" for name in (*PROPS, "resourcetype"))
    + "</D:prop></D:propfind>"
).encode()
"""Only these properties: half the XML nginx sends for `allprop` (1,100 files a point)."""


_RESPONSE = re.compile(rb"<(?:[\w.-]+:)?response[\s>].*?</(?:[\w.-]+:)?response\s*>", re.S)
_COLLECTION = re.compile(rb"<(?:[\w.-]+:)?collection\s*/?>")


def _property(name: str) -> re.Pattern[bytes]:
    return re.compile(rb"<(?:[\w.-]+:)?%s(?:\s[^>]*)?>([^<]*)<" % name.encode())


_HREF = _property("href")
_STAMP = tuple(_property(name) for name in PROPS)


def listing(body: bytes, url: str) -> list[tuple[str, bool, str]]:
    """(name, is a collection, stamp) of each member of a PROPFIND 207 answer, without the
    collection itself. The stamp is the size and modification time the server gives.

    Read with patterns rather than an XML tree: walking the tree in Python took seconds for a
    fleet's 100,000 files, ten times the server's own time. The elements are those of RFC 4918
    with any namespace prefix; a body without them is not a listing."""
    if b"multistatus" not in body[:4096]:
        raise HttpError(f"{url}: the listing is not WebDAV XML")
    own = urlsplit(url).path.rstrip("/")
    members = []
    for match in _RESPONSE.finditer(body):
        block = match.group(0)
        found = _HREF.search(block)
        href = unescape(found.group(1).decode("utf-8", "replace")).strip() if found else ""
        path = (urlsplit(href).path if "://" in href else href).rstrip("/")
        if not path or path == own:
            continue
        stamp = ":".join(
            (hit.group(1).decode("utf-8", "replace").strip() if hit else "")
            for hit in (pattern.search(block) for pattern in _STAMP)
        )
        is_dir = _COLLECTION.search(block) is not None
        members.append((unquote(path.rsplit("/", 1)[-1]), is_dir, stamp))
    return members


def open_source(where: str, target: Target, http: Http) -> FleetSource:
    """The source named on the command line: an http(s) address or a folder."""
    if where.startswith(("http://", "https://")):
        return DavSource(Target(where, "", target.user, target.password, target.token), http)
    if "://" in where:
        raise SourceError(f"{where}: only http(s) addresses and folders can be read")
    return FolderSource(Path(where))
