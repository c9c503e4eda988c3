"""Whether the server stored a file: its own confirmation, then (where it lets us) a read-back.

A 302 to a login page, a network's sign-in page answering `200 text/html` and a 307 to another
host all look like success to a client that follows redirects. Here a file counts as delivered
only when the server answers 201 or 204, or 200 with no redirect and no web page; and when the
server lets us read the file back, it must hold the very bytes we sent.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from kiosk.errors import KioskError
from kiosk.net.failures import HttpError
from kiosk.net.http import Answer, Http

STORED = frozenset({200, 201, 204})
"""Answers that say "stored" (200 only without a redirect and not as a web page)."""

ABSENT = frozenset({404, 410})
"""Answers to the read-back that prove the file is not there."""


class UploadError(KioskError):
    """A file could not be delivered; `passing` is True when trying later may help."""

    def __init__(self, message: str, passing: bool = True) -> None:
        super().__init__(message)
        self.passing = passing


def where(url: str) -> str:
    """An address for people: scheme, host and path, without a query that may carry a token."""
    parts = urlsplit(url)
    if not parts.netloc:
        return url or "an address it did not name"
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def judge(answer: Answer, name: str) -> bool:
    """True when the answer confirms `name` was stored; UploadError when it says it was not.

    False: the answer is not about storing at all (the caller looks at its status).
    """
    status = answer.status
    if 300 <= status < 400:
        raise UploadError(
            f"{name} was not stored: the server pointed to {where(answer.location)} instead "
            f"(HTTP {status}; a login page or a moved address?) — check upload_url",
            passing=False,
        )
    if status == 200 and answer.html:
        raise UploadError(
            f"{name} was not stored: the server answered with a web page, not a confirmation "
            "(a login page or a network's sign-in page?)",
            passing=False,
        )
    return status in STORED


def check_stored(
    http: Http, url: str, name: str, body: bytes, headers: dict[str, str], auth: Any
) -> None:
    """Read `url` back and compare it with `body`; UploadError when the server lacks it.

    A server that does not let us read (401, 403, 405, a redirect, its own trouble) is taken
    at its word: its confirmation of the PUT is all there is.
    """
    back = http.read_back(url, {"Cache-Control": "no-cache", **headers}, auth, limit=len(body))
    if back.status in ABSENT:
        raise UploadError(
            f"{name} was not stored: the server confirmed it, then did not have it "
            f"(HTTP {back.status})",
            passing=False,
        )
    if back.status != 200:
        return
    if back.complete and back.body == body:
        return
    if not back.complete:
        held = f"more than {len(body)} bytes"
    elif len(back.body) != len(body):
        held = f"{len(back.body)} bytes"
    else:
        held = "other bytes of the same size"
    raise UploadError(
        f"{name} was not stored as sent: the server holds {held}, not the {len(body)} bytes sent",
        passing=False,
    )


def server_has_events(http: Http, url: str, headers: dict[str, str], auth: Any) -> bool:
    """Whether the server's copy of the calendar at `url` holds an event (False when it has none)."""
    try:
        back = http.read_back(url, headers, auth)
    except HttpError as error:
        raise UploadError(f"{url} cannot be reached ({error})") from None
    return back.status == 200 and has_events(back.body)


def has_events(calendar: bytes) -> bool:
    """Whether an iCalendar file holds at least one event."""
    return b"BEGIN:VEVENT" in calendar
