"""What went wrong with a request, in one line for people: the error type and its wording."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from kiosk.errors import KioskError


class HttpError(KioskError):
    """A request (or a sync step) failed; `str()` says why in one line, `retry_after` is the server's wish."""

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


class BrokeOffError(HttpError):
    """The connection ended before the body did (the caller says how far it got)."""

    def __init__(self) -> None:
        super().__init__("the connection broke off")


def host_of(url: str) -> str:
    """'example.se' or 'example.se:8080' for messages (never credentials or paths)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or url
        return f"{host}:{parts.port}" if parts.port else host
    except ValueError:  # a bracket left open, a port out of range: the address as given
        return url


def file_of(url: str) -> str:
    """The last path segment of `url`, for messages."""
    try:
        return urlsplit(url).path.rsplit("/", 1)[-1] or url
    except ValueError:
        return url


def translate(url: str, error: Exception, timeout: tuple[float, float]) -> HttpError:
    """A requests exception as one line that names the host, never a traceback."""
    host = host_of(url)
    causes = list(_causes(error))
    connect, read = timeout
    if isinstance(error, HttpError):
        return error
    if isinstance(error, requests.ConnectTimeout):
        return HttpError(f"cannot reach {host} (no answer within {connect:g} s)", unreachable=True)
    if isinstance(error, requests.ReadTimeout) or any(
        isinstance(c, urllib3.exceptions.ReadTimeoutError) for c in causes
    ):
        return HttpError(f"{host}: timed out after {read:g} s")
    if isinstance(error, requests.exceptions.SSLError):
        return HttpError(f"cannot reach {host} (TLS certificate or handshake problem)")
    if isinstance(error, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
        return HttpError(f"'{url}' is not a valid address")
    if isinstance(error, requests.exceptions.MissingSchema):
        return HttpError(f"'{url}' is not a valid address (http:// or https:// missing)")
    if isinstance(error, requests.TooManyRedirects):
        return HttpError(f"{host}: too many redirects for {file_of(url)}")
    if isinstance(error, requests.exceptions.ChunkedEncodingError):
        return HttpError(f"{host}: the connection broke off during {file_of(url)}")
    return HttpError(f"cannot reach {host} ({_reason(causes)})", unreachable=True)


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
