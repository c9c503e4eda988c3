"""HTTP for the sync: conditional GETs, resumable capped downloads, and errors in plain words."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from kiosk import __version__
from kiosk.errors import KioskError
from kiosk.sync.backoff import parse_retry_after

USER_AGENT = f"servicepunkt-kiosk/{__version__}"
TIMEOUT = (5.0, 30.0)
"""Seconds to connect, and seconds of silence while reading, for every request."""

MAX_OBJECT_BYTES = 100 * 1024 * 1024
"""No single feed object is downloaded beyond this, whatever its manifest entry says."""

MAX_SMALL_BYTES = 8 * 1024 * 1024
"""The manifest, its signature and a local calendar are read up to this size."""

MIN_RATE = 8 * 1024
"""Bytes per second: a download slower than this on average (after a minute) is given up."""

CHUNK = 64 * 1024


def _changed_this_second(headers: Mapping[str, str]) -> bool:
    """Whether the file was modified within a second of being sent.

    Last-Modified has one-second resolution and nginx's ETag is made of it and the size: a
    manifest republished in that same second with the same size would look unchanged for good.
    Such validators are not kept, so the next pass fetches the file whole (HTTP caches do the
    same: RFC 9110, section 8.8.2.2).
    """
    try:
        modified = parsedate_to_datetime(headers.get("Last-Modified", ""))
        sent = parsedate_to_datetime(headers.get("Date", ""))
        return (sent - modified).total_seconds() < 2
    except (TypeError, ValueError, IndexError):  # missing, malformed or without a time zone
        return False


class SyncError(KioskError):
    """A sync step failed; `str()` says why in one line, `retry_after` is the server's wish."""

    def __init__(
        self,
        message: str,
        retry_after: float | None = None,
        status: int | None = None,
        unreachable: bool = False,
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.status = status
        self.unreachable = unreachable
        """True when the server could not be reached at all: the kiosk is offline."""


class _BrokeOffError(SyncError):
    """The connection ended before the body did (the caller says how far it got)."""

    def __init__(self) -> None:
        super().__init__("the connection broke off")


@dataclass(frozen=True)
class Fetched:
    """A small GET: 200 with its body, or 304 (not modified) with none."""

    status: int
    body: bytes
    etag: str = ""
    last_modified: str = ""

    @property
    def modified(self) -> bool:
        """False for a 304."""
        return self.status != 304


def human_size(size: float) -> str:
    """Bytes as people read them: '68 bytes', '12.3 kB', '1.4 MB'."""
    if size < 1000:
        return f"{int(size)} bytes"
    if size < 1000**2:
        return f"{size / 1000:.1f} kB"
    return f"{size / 1000**2:.1f} MB"


def host_of(url: str) -> str:
    """'example.se' or 'example.se:8080' for messages (never credentials or paths)."""
    parts = urlsplit(url)
    host = parts.hostname or url
    return f"{host}:{parts.port}" if parts.port else host


def _file_of(url: str) -> str:
    return urlsplit(url).path.rsplit("/", 1)[-1] or url


class Http:
    """One requests.Session with our User-Agent, a timeout on every request and byte counters."""

    def __init__(
        self,
        timeout: tuple[float, float] = TIMEOUT,
        max_object_bytes: int = MAX_OBJECT_BYTES,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.timeout = timeout
        self.max_object_bytes = max_object_bytes
        self.clock = clock
        self.received = 0
        """Body bytes received so far (after any transfer decoding)."""
        self.requests = 0
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT

    def close(self) -> None:
        """Close pooled connections."""
        self._session.close()

    def __enter__(self) -> Http:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def get(
        self, url: str, etag: str = "", last_modified: str = "", limit: int = MAX_SMALL_BYTES
    ) -> Fetched:
        """GET a small file, conditionally when validators are given; SyncError unless 200 or 304."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with self._open(url, headers) as response:
            if response.status_code == 304:
                return Fetched(304, b"", etag, last_modified)
            if response.status_code != 200:
                raise self._status_error(url, response)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise SyncError(f"{_file_of(url)}: {human_size(int(declared))} is over the limit")
            body = bytearray()
            broke = False
            try:
                for chunk in self._chunks(url, response):
                    body += chunk
                    if len(body) > limit:
                        raise SyncError(f"{_file_of(url)}: more than {human_size(limit)}; stopped")
            except _BrokeOffError:
                broke = True
            # A Content-Length counts encoded (e.g. gzip) bytes; only a plain body compares.
            plain = response.headers.get("Content-Encoding", "identity").lower() == "identity"
            if broke or (plain and declared.isdigit() and len(body) < int(declared)):
                expected = f" of {human_size(int(declared))}" if declared.isdigit() else ""
                raise SyncError(
                    f"{_file_of(url)}: the download broke off after {human_size(len(body))}{expected}"
                )
            if _changed_this_second(response.headers):
                return Fetched(200, bytes(body))  # validators that could hide the next change
            return Fetched(
                200,
                bytes(body),
                response.headers.get("ETag", ""),
                response.headers.get("Last-Modified", ""),
            )

    def download(self, url: str, part: Path, size: int) -> int:
        """Fetch `url` into `part`, resuming what an earlier attempt left there; returns bytes fetched.

        Never reads more than `size` (the manifest's) nor `max_object_bytes`: a server sending
        more is cut off at once and the partial file removed.
        """
        name = _file_of(url)
        if size > self.max_object_bytes:
            raise SyncError(
                f"{name}: {human_size(size)} is over the {human_size(self.max_object_bytes)} limit"
            )
        part.parent.mkdir(parents=True, exist_ok=True)
        have = part.stat().st_size if part.exists() else 0
        if have > size:
            part.unlink()
            have = 0
        if have == size:
            return 0
        # identity: byte ranges of the file itself, and no decompression bomb.
        headers = {"Accept-Encoding": "identity"}
        if have:
            headers["Range"] = f"bytes={have}-"
        fetched = 0
        started = time.monotonic()
        with self._open(url, headers) as response:
            if response.status_code == 206 and have:
                if not response.headers.get("Content-Range", "").startswith(f"bytes {have}-"):
                    raise SyncError(f"{name}: the server answered a different byte range")
            elif response.status_code == 200:
                have = 0  # the server ignored the Range header: start again
            else:
                if response.status_code == 416:  # the partial file is no prefix of the object
                    part.unlink(missing_ok=True)
                raise self._status_error(url, response)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and have + int(declared) > size:
                part.unlink(missing_ok=True)
                raise SyncError(
                    f"{name}: the server offers {human_size(have + int(declared))}, "
                    f"the manifest says {human_size(size)}; not downloaded"
                )
            with part.open("ab" if have else "wb") as handle:
                try:
                    for chunk in self._chunks(url, response):
                        have += len(chunk)
                        fetched += len(chunk)
                        if have > size:
                            handle.close()
                            part.unlink(missing_ok=True)
                            raise SyncError(
                                f"{name}: larger than the {human_size(size)} the manifest says; download stopped"
                            )
                        handle.write(chunk)
                        elapsed = time.monotonic() - started
                        if elapsed > 60 and fetched / elapsed < MIN_RATE:
                            raise SyncError(f"{name}: download too slow; will resume later")
                except _BrokeOffError:
                    pass  # what arrived stays in the partial file for the next attempt
                handle.flush()
                os.fsync(handle.fileno())
        if have < size:
            raise SyncError(
                f"{name}: the download broke off after {human_size(have)} of {human_size(size)}; will resume"
            )
        return fetched

    def _open(self, url: str, headers: dict[str, str]) -> requests.Response:
        self.requests += 1
        try:
            response = self._session.get(url, headers=headers, timeout=self.timeout, stream=True)
        except requests.RequestException as error:
            raise self._translate(url, error) from None
        # A body cut short then ends quietly, with every byte that came kept (for resuming);
        # the callers compare what arrived with what was announced.
        response.raw.enforce_content_length = False
        return response

    def _chunks(self, url: str, response: requests.Response) -> Iterator[bytes]:
        try:
            for chunk in response.iter_content(CHUNK):
                self.received += len(chunk)
                yield chunk
        except requests.exceptions.ChunkedEncodingError:
            raise _BrokeOffError() from None
        except requests.RequestException as error:
            raise self._translate(url, error) from None

    def _status_error(self, url: str, response: requests.Response) -> SyncError:
        code = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"), self.clock())
        text = f"{host_of(url)} answered {code} {response.reason or ''}".rstrip()
        text += f" for {_file_of(url)}"
        if retry_after is not None:
            text += f"; will retry after {retry_after:.0f} s"
        elif code in {429, 503}:
            text += "; will retry later"
        return SyncError(text, retry_after=retry_after, status=code)

    def _translate(self, url: str, error: Exception) -> SyncError:
        host = host_of(url)
        causes = list(_causes(error))
        connect, read = self.timeout
        if isinstance(error, requests.ConnectTimeout):
            return SyncError(
                f"cannot reach {host} (no answer within {connect:g} s)", unreachable=True
            )
        if isinstance(error, requests.ReadTimeout) or any(
            isinstance(c, urllib3.exceptions.ReadTimeoutError) for c in causes
        ):
            return SyncError(f"{host}: timed out after {read:g} s")
        if isinstance(error, requests.exceptions.SSLError):
            return SyncError(f"cannot reach {host} (TLS certificate or handshake problem)")
        if isinstance(error, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
            return SyncError(f"'{url}' is not a valid feed address")
        if isinstance(error, requests.exceptions.MissingSchema):
            return SyncError(f"'{url}' is not a valid feed address (http:// or https:// missing)")
        if isinstance(error, requests.TooManyRedirects):
            return SyncError(f"{host}: too many redirects for {_file_of(url)}")
        if isinstance(error, requests.exceptions.ChunkedEncodingError):
            return SyncError(f"{host}: the connection broke off during {_file_of(url)}")
        return SyncError(f"cannot reach {host} ({_reason(causes)})", unreachable=True)


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and everything it wraps (urllib3 keeps the socket error in `reason` and `args`)."""
    stack: list[object] = [error]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        stack.extend([item.__cause__, item.__context__, getattr(item, "reason", None), *item.args])


def _reason(causes: list[BaseException]) -> str:
    for cause in causes:
        if isinstance(cause, urllib3.exceptions.NameResolutionError | socket.gaierror):
            return "name not found"
    for cause in causes:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, ConnectionResetError):
            return "connection reset"
    for cause in causes:
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror.lower()
    return "network error"
