"""Where the fleet's files are: the upload folder (a local or mounted copy) or the upload address
itself (WebDAV: a PROPFIND listing and GETs, with the kiosks' own upload credentials).

Both give the same view: the service points (sub-folders), each one's file names, and a file's
bytes. A file that cannot be read is None, never an exception that ends the board.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol
from urllib.parse import quote, unquote, urlsplit
from xml.etree import ElementTree

from kiosk.errors import KioskError
from kiosk.net.failures import HttpError
from kiosk.net.http import Http
from kiosk.stats.upload import Target

MAX_FILE_BYTES = 1024 * 1024
"""A status or day file is far smaller; anything larger is not one of ours and is not read."""

MAX_LISTING_BYTES = 32 * 1024 * 1024
"""A listing of three years of day files (about 1,100 entries) is well under 1 MB."""

_DAV = "{DAV:}"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
"""What a service point folder is called (the feed's ids); anything else is not one."""


class SourceError(KioskError):
    """The fleet's files cannot be listed at all (no such folder, server unreachable)."""


class FleetSource(Protocol):
    """The upload area of every service point."""

    where: str

    def points(self) -> list[str]:
        """The service point ids (folder names), sorted."""

    def files(self, point: str) -> list[str]:
        """The names of one service point's files."""

    def read(self, point: str, name: str) -> bytes | None:
        """A file's bytes, or None when it is missing, too large or cannot be read."""


class FolderSource:
    """The upload folder on this computer (or a network drive)."""

    def __init__(self, folder: Path) -> None:
        if not folder.is_dir():
            raise SourceError(f"{folder}: no such folder")
        self.folder = folder
        self.where = str(folder)

    def points(self) -> list[str]:
        try:
            return sorted(p.name for p in self.folder.iterdir() if p.is_dir() and _ID.match(p.name))
        except OSError as error:
            raise SourceError(f"{self.folder}: cannot be read ({error.strerror})") from None

    def files(self, point: str) -> list[str]:
        try:
            return sorted(p.name for p in (self.folder / point).iterdir() if p.is_file())
        except OSError:
            return []

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

    def files(self, point: str) -> list[str]:
        try:
            return sorted(self._list(self._url(point) + "/", collections=False))
        except HttpError:
            return []

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
        body = self.http.propfind(url, self.headers, self.auth, MAX_LISTING_BYTES)
        return [name for name, is_dir in listing(body, url) if is_dir == collections]


def listing(body: bytes, url: str) -> list[tuple[str, bool]]:
    """(name, is a collection) of each member of a PROPFIND 207 answer, without the collection itself."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError:
        raise HttpError(f"{url}: the listing is not WebDAV XML") from None
    own = urlsplit(url).path.rstrip("/")
    members = []
    for response in root.iter(f"{_DAV}response"):
        href = response.findtext(f"{_DAV}href") or ""
        path = urlsplit(href).path.rstrip("/")
        if not path or path == own:
            continue
        is_dir = response.find(f".//{_DAV}resourcetype/{_DAV}collection") is not None
        members.append((unquote(path.rsplit("/", 1)[-1]), is_dir))
    return members


def open_source(where: str, target: Target, http: Http) -> FleetSource:
    """The source named on the command line: an http(s) address or a folder."""
    if where.startswith(("http://", "https://")):
        return DavSource(Target(where, "", target.user, target.password, target.token), http)
    if "://" in where:
        raise SourceError(f"{where}: only http(s) addresses and folders can be read")
    return FolderSource(Path(where))
