"""Where a feed is published: a web server taking HTTP PUT (WebDAV), or a folder or USB stick.

Every failure becomes a PublishError that says what happened in Swedish (for the publisher)
and English (for the command line), and what it means: nothing a kiosk sees has changed.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import requests.auth

from kiosk.errors import KioskError
from kiosk.net.failures import HttpError, host_of
from kiosk.net.http import Http

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.minisig"


class PublishError(KioskError):
    """Publishing stopped; `str()` is English, `sv` the same in Swedish."""

    def __init__(self, en: str, sv: str) -> None:
        super().__init__(en)
        self.sv = sv


class Target(Protocol):
    """A place kiosks read the feed from, that the publisher can write to."""

    def describe(self) -> str:
        """Where this is, for messages (never a password)."""

    def read(self, name: str) -> bytes | None:
        """A file of the published feed (None when there is none yet)."""

    def write(self, name: str, body: bytes) -> None:
        """Store one file of the feed, replacing any older one of that name."""


_REASONS_SV = {
    "connection refused": "anslutningen nekades",
    "name not found": "namnet finns inte",
    "connection reset": "anslutningen bröts",
    "network error": "nätverksfel",
}


def _unreachable(url: str, error: HttpError) -> PublishError:
    host = host_of(url)
    reason = str(error).rsplit("(", 1)[-1].rstrip(")") if "(" in str(error) else str(error)
    return PublishError(
        f"cannot reach {host} ({reason}); check the address and the network. "
        "Nothing was published; kiosks keep the feed they have",
        f"Kan inte nå {host} ({_REASONS_SV.get(reason, reason)}). Kontrollera adressen och "
        "nätverket. Inget publicerades; kioskerna behåller flödet de har.",
    )


def _refused(url: str, status: int, name: str) -> PublishError:
    host = host_of(url)
    kept_en = "Kiosks keep the feed they have"
    kept_sv = "Kioskerna behåller flödet de har."
    if status == 401:
        return PublishError(
            f"{host} refused the user name or password (HTTP 401). Nothing was published",
            f"Servern {host} godtog inte användarnamnet eller lösenordet (HTTP 401). "
            "Inget publicerades.",
        )
    if status == 403:
        return PublishError(
            f"{host} does not allow writing there (HTTP 403). {kept_en}",
            f"Servern {host} tillåter inte att du skriver där (HTTP 403). {kept_sv}",
        )
    if status == 507:
        return PublishError(
            f"{host} is full (HTTP 507): there is no room for {name}. {kept_en}",
            f"Servern {host} är full (HTTP 507): det finns inte plats för {name}. {kept_sv}",
        )
    return PublishError(
        f"{host} did not take {name} (HTTP {status}). {kept_en}",
        f"Servern {host} tog inte emot {name} (HTTP {status}). {kept_sv}",
    )


@dataclass
class WebTarget:
    """A feed folder on a web server that takes HTTP PUT (nginx dav_methods PUT, any WebDAV)."""

    url: str
    user: str = ""
    password: str = ""
    token: str = ""
    http: Http = field(default_factory=lambda: Http(timeout=(10.0, 60.0)))
    _made: set[str] = field(default_factory=set, init=False, repr=False)

    @property
    def base(self) -> str:
        """The folder's address, ending in '/' (a manifest.json address names its folder)."""
        url = self.url.split("?", 1)[0]
        return url.rsplit("/", 1)[0] + "/" if url.endswith(".json") else url.rstrip("/") + "/"

    def describe(self) -> str:
        """The address, without credentials."""
        return self.base

    def _auth(self) -> requests.auth.HTTPBasicAuth | None:
        # UTF-8 (RFC 7617): requests would send Latin-1, and 'lösen' would not match.
        if not self.user or self.token:
            return None
        return requests.auth.HTTPBasicAuth(self.user.encode("utf-8"), self.password.encode("utf-8"))

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def read(self, name: str) -> bytes | None:
        """GET one file; None on 404."""
        url = self.base + name
        try:
            return self.http.get(url, auth=self._auth(), headers=self._headers()).body
        except HttpError as error:
            if error.status in {404, 410}:
                return None
            if error.status is not None:
                raise _refused(url, error.status, name) from None
            raise _unreachable(url, error) from None

    def write(self, name: str, body: bytes) -> None:
        """PUT one file; the server must confirm it stored it (201 or 204, or 200)."""
        url = self.base + name
        kind = "application/json" if name.endswith(".json") else "application/octet-stream"
        headers = {"Content-Type": kind, **self._headers()}
        status = self._send("PUT", url, body, headers)
        folder = self.base + name.rsplit("/", 1)[0] + "/"
        if status in {409, 500} and "/" in name and folder not in self._made:
            # No such folder yet: WebDAV says 409 (RFC 4918), nginx without create_full_put_path
            # says 500. Make it (405: it exists after all) and try once more.
            self._made.add(folder)
            if self._send("MKCOL", folder, b"", self._headers()) not in {201, 405}:
                raise _refused(folder, status, name)
            status = self._send("PUT", url, body, headers)
        if status not in {200, 201, 204}:
            raise _refused(url, status, name)

    def _send(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> int:
        try:
            return self.http.send(method, url, body, headers, auth=self._auth()).status
        except HttpError as error:
            raise _unreachable(url, error) from None


@dataclass
class FolderTarget:
    """A folder a web server serves, a network share or a USB stick."""

    folder: Path

    def describe(self) -> str:
        """The folder."""
        return str(self.folder)

    def read(self, name: str) -> bytes | None:
        """A file of the folder; None when it is not there."""
        try:
            return (self.folder / name).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._failed(name, error) from None

    def write(self, name: str, body: bytes) -> None:
        """Write under a temporary name, then rename: a reader sees the old file or the new one."""
        target = self.folder / name
        partial = target.with_name(f".{target.name}.partial")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("wb") as file:
                file.write(body)
                file.flush()
                os.fsync(file.fileno())
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise self._failed(name, error) from None

    def _failed(self, name: str, error: OSError) -> PublishError:
        if error.errno == errno.ENOSPC:
            return PublishError(
                f"{self.folder} is full: there is no room for {name}. "
                "Kiosks keep the feed they have",
                f"{self.folder} är full: det finns inte plats för {name}. "
                "Kioskerna behåller flödet de har.",
            )
        return PublishError(
            f"{self.folder / name}: cannot be written ({error.strerror}). "
            "Kiosks keep the feed they have",
            f"{self.folder / name} går inte att skriva ({error.strerror}). "
            "Kioskerna behåller flödet de har.",
        )


def open_target(
    where: str, user: str = "", password: str = "", token: str = "", http: Http | None = None
) -> Target:
    """A web address (http/https) or a folder."""
    if where.startswith(("http://", "https://")):
        web = WebTarget(where, user, password, token)
        if http is not None:
            web.http = http
        return web
    if "://" in where:
        raise PublishError(
            f"{where}: only http(s) addresses and folders can be published to",
            f"{where}: det går bara att publicera till en http(s)-adress eller en mapp",
        )
    return FolderTarget(Path(where))
