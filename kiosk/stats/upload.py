"""Delivery to the municipality: frozen day files and extra files by HTTP PUT (WebDAV shape).

`{upload_url}/{service_point}/{YYYY-MM-DD}.json` for each finished day, oldest first, and extra
files such as `{upload_url}/{service_point}/events.ics`. What is not delivered stays queued in
the local database for the next pass, however long the kiosk is offline.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import quote

import requests.auth
import sqlite_utils

from kiosk.config import Config
from kiosk.net.failures import HttpError
from kiosk.net.http import Http
from kiosk.stats.confirm import UploadError, check_stored, has_events, judge, server_has_events
from kiosk.stats.dayfile import sha256
from kiosk.store import usage

__all__ = ["Outcome", "Target", "UploadError", "deliver", "put"]

TIMEOUT = (10.0, 60.0)
"""Seconds to connect, and to wait for the server's answer (a WebDAV server may be slow to store)."""

ATTEMPTS = 3
"""Tries per file in one pass for passing trouble (no network, 5xx, 429); then the pass stops."""

BACKOFF_BASE = 1.0
BACKOFF_CAP = 20.0
LONGEST_WAIT = 60.0
"""A Retry-After longer than this ends the pass: the next pass tries again."""


@dataclass(frozen=True)
class Target:
    """Where and as whom to deliver."""

    upload_url: str
    service_point: str
    user: str = ""
    password: str = ""
    token: str = ""

    def url(self, name: str) -> str:
        """The address of one file of this service point."""
        base = self.upload_url.rstrip("/")
        return f"{base}/{quote(self.service_point, safe='')}/{quote(name, safe='')}"

    def headers(self) -> dict[str, str]:
        """Bearer authentication when a token is set (basic goes through `auth`)."""
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def auth(self) -> requests.auth.HTTPBasicAuth | None:
        """Basic authentication when a user name is set.

        As UTF-8 (RFC 7617): requests would send text as Latin-1, and 'lösen' would not match.
        """
        if not self.user or self.token:
            return None
        return requests.auth.HTTPBasicAuth(self.user.encode("utf-8"), self.password.encode("utf-8"))


def target_for(config: Config, service_point: str) -> Target:
    """The configured upload_url and credentials, for this service point's folder."""
    v = config.values
    return Target(
        str(v["upload_url"]).strip(),
        service_point,
        str(v["upload_user"]),
        str(v["upload_password"]),
        str(v["upload_token"]),
    )


@dataclass
class Outcome:
    """What one pass did."""

    sent: list[date] = field(default_factory=list)
    waiting: int = 0
    extras_sent: list[str] = field(default_factory=list)
    extras_waiting: list[str] = field(default_factory=list)
    extras_held: list[str] = field(default_factory=list)
    """Empty calendars not sent, so as not to replace one with events (see `_held_back`)."""
    problem: str = ""

    @property
    def ok(self) -> bool:
        """Everything is delivered."""
        return not self.waiting and not self.extras_waiting and not self.problem

    @property
    def line(self) -> str:
        """One line for the operator and the shop owner's overview."""
        days = "1 day" if len(self.sent) == 1 else f"{len(self.sent)} days"
        text = f"{days} delivered, {self.waiting} waiting in the queue"
        if self.extras_sent:
            text += f"; {', '.join(self.extras_sent)} delivered"
        if self.extras_waiting:
            text += f"; {', '.join(self.extras_waiting)} waiting"
        if self.extras_held:
            text += f"; {', '.join(self.extras_held)} not sent (empty: the server keeps its events)"
        return text + (f" ({self.problem})" if self.problem else "")


Sleep = Callable[[float], None]


def put(
    http: Http,
    target: Target,
    name: str,
    body: bytes,
    content_type: str,
    sleep: Sleep = time.sleep,
    rng: random.Random | None = None,
) -> None:
    """PUT one file, retrying passing trouble with full-jitter backoff; UploadError otherwise."""
    rng = rng or random.Random()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            wait = _put_once(http, target, name, body, content_type)
        except UploadError as error:
            if not error.passing or attempt == ATTEMPTS:
                raise
            wait = None
        if wait is not None and wait < 0:
            return
        if attempt == ATTEMPTS:
            raise UploadError(f"{target.url(name)}: the server is busy, try again later")
        if wait is None:
            # Full jitter: kiosks that failed together do not retry together.
            wait = rng.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (attempt - 1)))
        if wait > LONGEST_WAIT:
            raise UploadError(f"the server asks to wait {wait:.0f} s before {name}")
        sleep(wait)


def _put_once(
    http: Http, target: Target, name: str, body: bytes, content_type: str
) -> float | None:
    """-1 when delivered; seconds the server asked to wait (or None) for passing trouble."""
    url = target.url(name)
    try:
        answer = http.put(
            url, body, {"Content-Type": content_type, **target.headers()}, auth=target.auth()
        )
        if judge(answer, name):
            check_stored(http, url, name, body, target.headers(), target.auth())
            return -1
    except HttpError as error:
        raise UploadError(f"{url} cannot be reached ({error})") from None
    status = answer.status
    if status == 401:
        raise UploadError(
            f"{url}: the server refused the user name, password or token (HTTP 401); "
            "check upload_user, upload_password or upload_token",
            passing=False,
        )
    if status == 403:
        raise UploadError(f"{url}: the server does not allow writing there (HTTP 403)", False)
    if status == 429 or status >= 500:
        if status in {429, 503} and answer.retry_after is not None:
            return answer.retry_after  # seconds or an HTTP-date, read by the HTTP layer
        raise UploadError(f"{url}: the server answered HTTP {status}")
    raise UploadError(f"{url}: the server refused the file (HTTP {status})", passing=False)


def deliver(
    db: sqlite_utils.Database,
    target: Target,
    now: datetime,
    extras: Mapping[str, Callable[[], bytes | None]] | None = None,
    http: Http | None = None,
    sleep: Sleep = time.sleep,
) -> Outcome:
    """PUT every frozen day still waiting (oldest first), then changed extra files.

    Stops at the first file that cannot be delivered: the rest waits, in order, for next time.
    """
    outcome = Outcome()
    client = http or Http(timeout=TIMEOUT)
    try:
        _deliver_days(db, target, now, client, sleep, outcome)
        if not outcome.problem:
            _deliver_extras(db, target, extras or {}, client, sleep, outcome)
        else:
            outcome.extras_waiting = sorted(extras or {})
    finally:
        if http is None:
            client.close()
    outcome.waiting = len(usage.waiting(db))
    usage.record_attempt(db, now, outcome.line)
    return outcome


def _deliver_days(
    db: sqlite_utils.Database,
    target: Target,
    now: datetime,
    http: Http,
    sleep: Sleep,
    outcome: Outcome,
) -> None:
    for day, body in usage.waiting(db):
        try:
            put(http, target, f"{day.isoformat()}.json", body, "application/json", sleep)
        except UploadError as error:
            outcome.problem = str(error)
            return
        usage.mark_uploaded(db, day, now)
        outcome.sent.append(day)


def _deliver_extras(
    db: sqlite_utils.Database,
    target: Target,
    extras: Mapping[str, Callable[[], bytes | None]],
    http: Http,
    sleep: Sleep,
    outcome: Outcome,
) -> None:
    for name, make in sorted(extras.items()):
        body = make()
        if body is None:
            continue
        digest = sha256(body)
        if usage.get_state(db, f"extra:{name}") == digest:
            continue  # the server already has these very bytes
        kind = "text/calendar" if name.endswith(".ics") else "application/octet-stream"
        try:
            if _held_back(db, http, target, name, body):
                outcome.extras_held.append(name)
                continue
            put(http, target, name, body, kind, sleep)
        except UploadError as error:
            outcome.extras_waiting.append(name)
            outcome.problem = str(error)
            return
        filled = {f"filled:{name}": "1"} if has_events(body) else {}
        usage.set_state(db, {f"extra:{name}": digest, **filled})
        outcome.extras_sent.append(name)


def _held_back(
    db: sqlite_utils.Database, http: Http, target: Target, name: str, body: bytes
) -> bool:
    """Whether an empty calendar must not be sent, so that it never replaces one with events.

    A local database recreated after a power cut, or salvaged without its events, would
    otherwise empty the municipality's copy. The kiosk remembers sending one with events; when
    that memory is gone with the old database, the server's own copy is asked.
    """
    if not name.endswith(".ics") or has_events(body):
        return False
    if usage.get_state(db, f"filled:{name}"):
        return True
    return server_has_events(http, target.url(name), target.headers(), target.auth())
