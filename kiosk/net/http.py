"""The one HTTP layer of the kiosk: timeouts, size caps, bounded redirects, Retry-After, plain-word errors.

The sync (manifest, objects, calendars), `kiosk feed validate` and the statistics upload all make
their requests through `Http`, so every request the kiosk makes has the same limits.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.structures import CaseInsensitiveDict

from kiosk import __version__
from kiosk.net.failures import BrokeOffError, HttpError, file_of, host_of, translate
from kiosk.net.retry import parse_retry_after
from kiosk.units import human_size

USER_AGENT = f"servicepunkt-kiosk/{__version__}"
TIMEOUT = (5.0, 30.0)
"""Seconds to connect, and seconds of silence while reading, for every request."""

MAX_OBJECT_BYTES = 200 * 1024 * 1024
"""No single feed object is downloaded or copied beyond this (the format's own limit per file)."""

MAX_SMALL_BYTES = 8 * 1024 * 1024
"""The manifest, its signature and a local calendar are read up to this size."""

MAX_REDIRECTS = 5
"""A request follows at most this many redirects; https never redirects down to plain http."""

DEADLINE = 120.0
"""Seconds a small GET (manifest, signature, calendar) or a stream may take in all: a server
that sends a byte now and then never trips the read timeout, and must not stall a pass forever."""

MIN_RATE = 8 * 1024
"""Bytes per second: a download slower than this on average (after a minute) is given up."""

CHUNK = 64 * 1024


class Digest(Protocol):
    """What a download feeds its bytes to (hashlib's objects)."""

    def update(self, data: bytes, /) -> None:
        """Add bytes."""


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


@dataclass(frozen=True)
class Fetched:
    """A small GET: 200 with its body, or 304 (not modified) with none."""

    status: int
    body: bytes
    etag: str = ""
    last_modified: str = ""
    date: str = ""
    """The server's Date header: a witness for this computer's clock (kiosk.clock)."""

    @property
    def modified(self) -> bool:
        """False for a 304."""
        return self.status != 304


SNIFF_BYTES = 1024
"""How much of a PUT's answer is read: enough to tell a web page from a WebDAV reply."""


@dataclass(frozen=True)
class Answer:
    """A request that follows no redirect: its status, headers and (the start of) its body."""

    status: int
    headers: Mapping[str, str]
    retry_after: float | None = None
    body: bytes = b""
    complete: bool = True
    """False when the body was longer than what was read."""

    @property
    def location(self) -> str:
        """Where a redirect pointed ('' for none), as an absolute address when it was relative."""
        return self.headers.get("Location", "")

    @property
    def html(self) -> bool:
        """Whether the answer is a web page (a login page, a network's sign-in page)."""
        kind = self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if kind in {"text/html", "application/xhtml+xml"}:
            return True
        # Some sign-in pages come with the type the address's extension suggests (.json).
        return self.body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))


class DowngradeError(requests.RequestException):
    """An https address redirected to plain http."""


class _Session(requests.Session):
    """requests' session with a short redirect chain that never leaves https for http."""

    def __init__(self) -> None:
        super().__init__()
        self.max_redirects = MAX_REDIRECTS
        self.headers["User-Agent"] = USER_AGENT

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        """The next address, refused when it would drop TLS."""
        target = super().get_redirect_target(resp)
        if target and urlsplit(resp.url).scheme == "https" and urlsplit(target).scheme == "http":
            raise DowngradeError(f"{host_of(resp.url)} redirected to plain http")
        return target


class Http:
    """One requests.Session with our User-Agent, a timeout on every request and byte counters.

    Several threads may download through one Http at once (the sync fetches a few objects in
    parallel): urllib3's connection pool is thread-safe and keeps a connection alive per thread,
    and the counters are kept under a lock.
    """

    def __init__(
        self,
        timeout: tuple[float, float] = TIMEOUT,
        max_object_bytes: int = MAX_OBJECT_BYTES,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        deadline: float = DEADLINE,
    ) -> None:
        self.timeout = timeout
        self.deadline = deadline
        self.max_object_bytes = max_object_bytes
        self.clock = clock
        self.received = 0
        """Body bytes received so far (after any transfer decoding)."""
        self.requests = 0
        self._counting = threading.Lock()
        self._session = _Session()

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
        self,
        url: str,
        etag: str = "",
        last_modified: str = "",
        limit: int = MAX_SMALL_BYTES,
        headers: Mapping[str, str] | None = None,
        auth: Any = None,
    ) -> Fetched:
        """GET a small file, conditionally when validators are given; HttpError unless 200 or 304.

        `headers` and `auth` carry credentials (the fleet board reads the upload folder)."""
        headers = dict(headers or {})
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with self._open(url, headers, auth) as response:
            sent = response.headers.get("Date", "")
            if response.status_code == 304:
                return Fetched(304, b"", etag, last_modified, sent)
            if response.status_code != 200:
                raise self._status_error(url, response)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise HttpError(f"{file_of(url)}: {human_size(int(declared))} is over the limit")
            body = bytearray()
            broke = False
            try:
                for chunk in self._timed(url, self._chunks(url, response)):
                    body += chunk
                    if len(body) > limit:
                        raise HttpError(f"{file_of(url)}: more than {human_size(limit)}; stopped")
            except BrokeOffError:
                broke = True
            # A Content-Length counts encoded (e.g. gzip) bytes; only a plain body compares.
            if broke or (_plain(response) and declared.isdigit() and len(body) < int(declared)):
                expected = f" of {human_size(int(declared))}" if declared.isdigit() else ""
                raise HttpError(
                    f"{file_of(url)}: the download broke off after {human_size(len(body))}{expected}"
                )
            if _changed_this_second(response.headers):
                # Validators that could hide the next change are not kept.
                return Fetched(200, bytes(body), date=sent)
            return Fetched(
                200,
                bytes(body),
                response.headers.get("ETag", ""),
                response.headers.get("Last-Modified", ""),
                sent,
            )

    def download(self, url: str, part: Path, size: int, digest: Digest | None = None) -> int:
        """Fetch `url` into `part`, resuming what an earlier attempt left there; returns bytes fetched.

        Never reads more than `size` (the manifest's) nor `max_object_bytes`: a server sending
        more is cut off at once and the partial file removed. Every byte that ends up in `part`
        goes through `digest` once, as it is written (a resumed prefix as it is read back).
        """
        name = file_of(url)
        if size > self.max_object_bytes:
            raise HttpError(
                f"{name}: {human_size(size)} is over the {human_size(self.max_object_bytes)} limit"
            )
        part.parent.mkdir(parents=True, exist_ok=True)
        have = part.stat().st_size if part.exists() else 0
        if have > size:
            part.unlink()
            have = 0
        if have == size:  # an earlier attempt got it all, but stopped before installing it
            if digest is not None:
                _hash_prefix(part, have, digest)
            return 0
        # A resumed download asks for byte ranges of the file itself (identity); a fresh one
        # takes a compressed body (JSON, ICS), which urllib3 decodes at most CHUNK at a time, so
        # the size and hash checks below see decoded bytes and a compression bomb is cut off.
        headers = {"Range": f"bytes={have}-", "Accept-Encoding": "identity"} if have else {}
        fetched = 0
        started = time.monotonic()
        with self._open(url, headers) as response:
            if response.status_code == 206 and have:
                if not response.headers.get("Content-Range", "").startswith(f"bytes {have}-"):
                    raise HttpError(f"{name}: the server answered a different byte range")
            elif response.status_code == 200:
                have = 0  # the server ignored the Range header: start again
            else:
                if response.status_code == 416:  # the partial file is no prefix of the object
                    part.unlink(missing_ok=True)
                raise self._status_error(url, response)
            declared = response.headers.get("Content-Length", "")
            if _plain(response) and declared.isdigit() and have + int(declared) > size:
                part.unlink(missing_ok=True)
                raise HttpError(
                    f"{name}: the server offers {human_size(have + int(declared))}, "
                    f"the manifest says {human_size(size)}; not downloaded"
                )
            with part.open("ab" if have else "wb") as handle:
                if digest is not None and have:
                    _hash_prefix(part, have, digest)
                try:
                    for chunk in self._chunks(url, response):
                        have += len(chunk)
                        fetched += len(chunk)
                        if have > size:
                            handle.close()
                            part.unlink(missing_ok=True)
                            raise HttpError(
                                f"{name}: larger than the {human_size(size)} the manifest says; download stopped"
                            )
                        handle.write(chunk)
                        if digest is not None:
                            digest.update(chunk)
                        elapsed = time.monotonic() - started
                        if elapsed > 60 and fetched / elapsed < MIN_RATE:
                            raise HttpError(f"{name}: download too slow; will resume later")
                except BrokeOffError:
                    pass  # what arrived stays in the partial file for the next attempt
                handle.flush()
                os.fsync(handle.fileno())
        if have < size:
            raise HttpError(
                f"{name}: the download broke off after {human_size(have)} of {human_size(size)}; will resume"
            )
        return fetched

    @contextlib.contextmanager
    def stream(self, url: str, limit: int) -> Iterator[Iterator[bytes]]:
        """GET `url` as chunks, never more than `limit` bytes; HttpError unless 200."""
        with self._open(url, {"Accept-Encoding": "identity"}) as response:
            if response.status_code != 200:
                raise self._status_error(url, response)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise HttpError(f"{file_of(url)}: {human_size(int(declared))} is over the limit")
            yield self._timed(url, self._capped(url, response, limit))

    def _timed(self, url: str, chunks: Iterator[bytes]) -> Iterator[bytes]:
        """`chunks` until the overall deadline, then HttpError."""
        ends = time.monotonic() + self.deadline
        for chunk in chunks:
            if time.monotonic() > ends:
                raise HttpError(f"{file_of(url)}: too slow, stopped after {self.deadline:g} s")
            yield chunk

    def _capped(self, url: str, response: requests.Response, limit: int) -> Iterator[bytes]:
        seen = 0
        for chunk in self._chunks(url, response):
            seen += len(chunk)
            if seen > limit:
                raise HttpError(f"{file_of(url)}: more than {human_size(limit)}; stopped")
            yield chunk

    def put(self, url: str, body: bytes, headers: Mapping[str, str], auth: Any = None) -> Answer:
        """PUT `body`, following no redirect (HttpError if unreachable).

        requests would follow a 302 with a GET and report the login page's 200: the caller
        sees the redirect itself, with the first bytes of any body to tell a web page apart.
        """
        return self._unfollowed("PUT", url, headers, auth, SNIFF_BYTES, body)

    def send(
        self, method: str, url: str, body: bytes, headers: Mapping[str, str], auth: Any = None
    ) -> Answer:
        """Any request whose answer's body nobody needs (WebDAV's MKCOL), following no redirect."""
        return self._unfollowed(method, url, headers, auth, SNIFF_BYTES, body)

    def read_back(
        self, url: str, headers: Mapping[str, str], auth: Any = None, limit: int = MAX_SMALL_BYTES
    ) -> Answer:
        """GET `url` as it is stored, following no redirect and undecoded, up to `limit` bytes."""
        wanted = {"Accept-Encoding": "identity", **headers}
        return self._unfollowed("GET", url, wanted, auth, limit)

    def _unfollowed(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        auth: Any,
        limit: int,
        body: bytes | None = None,
    ) -> Answer:
        self._count(made=1)
        try:
            response = self._session.request(
                method,
                url,
                data=body,
                headers=dict(headers),
                auth=auth,
                timeout=self.timeout,
                allow_redirects=False,
                stream=True,
            )
        except requests.RequestException as error:
            raise self._translate(url, error) from None
        with response:
            received = bytearray()
            try:
                for chunk in self._chunks(url, response):
                    received += chunk
                    if len(received) > limit:
                        break
            except BrokeOffError:
                pass  # what came is enough to judge the answer by
            retry = parse_retry_after(response.headers.get("Retry-After"), self.clock())
            headers_out = CaseInsensitiveDict(response.headers)
            if response.is_redirect or response.is_permanent_redirect:
                headers_out["Location"] = urljoin(url, response.headers.get("Location", ""))
            return Answer(
                response.status_code,
                headers_out,
                retry,
                bytes(received[:limit]),
                len(received) <= limit,
            )

    def propfind(
        self,
        url: str,
        headers: Mapping[str, str],
        auth: Any = None,
        limit: int = MAX_SMALL_BYTES,
        body: bytes = b"",
    ) -> bytes:
        """A WebDAV listing (PROPFIND, Depth 1) of the collection `url`: the 207 body's XML.

        `body` may name the properties wanted (RFC 4918, 9.1); HttpError unless 207; the
        answer is read up to `limit` like any small GET."""
        self._count(made=1)
        kind = {"Content-Type": "application/xml; charset=utf-8"} if body else {}
        try:
            response = self._session.request(
                "PROPFIND",
                url,
                data=body or None,
                headers={"Depth": "1", **kind, **headers},
                auth=auth,
                timeout=self.timeout,
                stream=True,
            )
        except requests.RequestException as error:
            raise self._translate(url, error) from None
        with response:
            if response.status_code != 207:
                raise self._status_error(url, response)
            answer = bytearray()
            try:
                for chunk in self._chunks(url, response):
                    answer += chunk
                    if len(answer) > limit:
                        raise HttpError(f"{file_of(url)}: more than {human_size(limit)}; stopped")
            except BrokeOffError:
                raise HttpError(f"{file_of(url)}: the listing broke off") from None
            return bytes(answer)

    def _open(self, url: str, headers: dict[str, str], auth: Any = None) -> requests.Response:
        try:  # urllib's own parse errors (a bracket left open, a port out of range) are ValueErrors
            urlsplit(url).port  # noqa: B018 -- parsing the port is the check
        except ValueError as error:
            raise HttpError(f"{url}: not a valid address ({error})") from None
        self._count(made=1)
        try:
            response = self._session.get(
                url, headers=headers, auth=auth, timeout=self.timeout, stream=True
            )
        except requests.RequestException as error:
            raise self._translate(url, error) from None
        # A body cut short then ends quietly, with every byte that came kept (for resuming);
        # the callers compare what arrived with what was announced.
        response.raw.enforce_content_length = False
        return response

    def _chunks(self, url: str, response: requests.Response) -> Iterator[bytes]:
        # read1: each read returns what one receive brought, so that a trickling server cannot
        # hold one 64 KB read for an hour; the deadline is checked between reads (see _timed).
        raw = response.raw
        try:
            while chunk := raw.read1(CHUNK, decode_content=True):
                self._count(received=len(chunk))
                yield chunk
        except urllib3.exceptions.ProtocolError:
            raise BrokeOffError() from None
        except urllib3.exceptions.HTTPError as error:  # a read timeout, TLS, a broken gzip
            raise self._translate(url, requests.exceptions.ConnectionError(error)) from None
        except OSError as error:
            raise self._translate(url, requests.exceptions.ConnectionError(error)) from None

    def _count(self, made: int = 0, received: int = 0) -> None:
        with self._counting:
            self.requests += made
            self.received += received

    def _status_error(self, url: str, response: requests.Response) -> HttpError:
        code = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"), self.clock())
        text = f"{host_of(url)} answered {code} {response.reason or ''}".rstrip()
        text += f" for {file_of(url)}"
        if retry_after is not None:
            text += f"; will retry after {retry_after:.0f} s"
        elif code in {429, 503}:
            text += "; will retry later"
        return HttpError(text, retry_after=retry_after, status=code)

    def _translate(self, url: str, error: Exception) -> HttpError:
        if isinstance(error, DowngradeError):
            return HttpError(f"{error}; refused")
        return translate(url, error, self.timeout)


def _plain(response: requests.Response) -> bool:
    """Whether the body comes as the file itself (no gzip): then Content-Length is its size."""
    return response.headers.get("Content-Encoding", "identity").strip().lower() == "identity"


def _hash_prefix(part: Path, have: int, digest: Digest) -> None:
    """Feed the first `have` bytes of an earlier attempt to `digest` (once, before resuming)."""
    with part.open("rb") as handle:
        left = have
        while left:
            block = handle.read(min(1024 * 1024, left))
            if not block:
                break
            digest.update(block)
            left -= len(block)
