"""Delivery by HTTP PUT: bearer tokens, passing trouble retried with backoff, refusals stop the pass."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlite_utils
from davstore import DavStore
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kiosk.domain import STOCKHOLM
from kiosk.stats.upload import Target, deliver
from kiosk.store import usage
from kiosk.store.local import open_local

NOW = datetime(2027, 3, 20, 4, tzinfo=STOCKHOLM)
DAYS = [date(2027, 3, 10), date(2027, 3, 11)]


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    made = open_local(tmp_path / "local.db")
    for day in DAYS:
        usage.queue_day(made, day, f'{{"day":"{day}"}}\n'.encode(), "x" * 64, NOW)
    return made


CALENDAR = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
BODIES = {day: f'{{"day":"{day}"}}\n'.encode() for day in DAYS}


@pytest.fixture
def write_only(httpserver: HTTPServer) -> None:
    """Servers that do not let the kiosk read back (a drop box): their word is all there is."""
    httpserver.expect_request(re.compile("^/dav/"), method="GET").respond_with_data("", 405)


def no_sleep(waits: list[float]):  # type: ignore[no-untyped-def]
    return waits.append


def test_a_bearer_token_is_sent_and_every_waiting_day_delivered(
    httpserver: HTTPServer, db: sqlite_utils.Database
) -> None:
    dav = DavStore(httpserver)
    dav.auth = "Bearer s3cret"
    target = Target(httpserver.url_for("/dav/"), "bjorna", token="s3cret")
    outcome = deliver(db, target, NOW)
    assert outcome.ok, outcome.line
    assert outcome.sent == DAYS
    assert dav.files == {f"/dav/bjorna/{day}.json": body for day, body in BODIES.items()}
    assert usage.waiting(db) == []
    assert usage.last_upload(db) == (NOW, "2 days delivered, 0 waiting in the queue")


def test_passing_server_trouble_is_retried_with_backoff_then_delivered(
    httpserver: HTTPServer, db: sqlite_utils.Database, write_only: None
) -> None:
    answers = iter([503, 502, 201, 201])

    def handler(request: Request) -> Response:
        return Response("", status=next(answers))

    for day in DAYS:
        httpserver.expect_request(f"/dav/bjorna/{day}.json", "PUT").respond_with_handler(handler)
    waits: list[float] = []
    outcome = deliver(db, Target(httpserver.url_for("/dav"), "bjorna"), NOW, sleep=no_sleep(waits))
    assert outcome.ok, outcome.line
    assert len(waits) == 2
    assert all(0 <= w <= 2 for w in waits)


def test_a_refused_file_stops_the_pass_and_keeps_the_queue_in_order(
    httpserver: HTTPServer, db: sqlite_utils.Database, write_only: None
) -> None:
    httpserver.expect_request("/dav/bjorna/2027-03-10.json").respond_with_data("", status=405)
    waits: list[float] = []
    outcome = deliver(db, Target(httpserver.url_for("/dav"), "bjorna"), NOW, sleep=no_sleep(waits))
    assert not outcome.ok
    assert "HTTP 405" in outcome.problem
    assert waits == []  # a refusal is not retried in the same pass
    assert [day for day, _ in usage.waiting(db)] == DAYS


def test_a_long_retry_after_ends_the_pass_instead_of_waiting(
    httpserver: HTTPServer, db: sqlite_utils.Database, write_only: None
) -> None:
    httpserver.expect_request("/dav/bjorna/2027-03-10.json").respond_with_data(
        "", status=429, headers={"Retry-After": "3600"}
    )
    waits: list[float] = []
    outcome = deliver(db, Target(httpserver.url_for("/dav"), "bjorna"), NOW, sleep=no_sleep(waits))
    assert "wait 3600 s" in outcome.problem
    assert waits == []
    assert outcome.waiting == 2


def test_an_unchanged_extra_file_is_not_sent_again(
    httpserver: HTTPServer, db: sqlite_utils.Database
) -> None:
    dav = DavStore(httpserver)
    for day in DAYS:
        usage.mark_uploaded(db, day, NOW)
    target = Target(httpserver.url_for("/dav"), "bjorna")
    extras = {"events.ics": lambda: CALENDAR}
    assert deliver(db, target, NOW, extras).extras_sent == ["events.ics"]
    assert deliver(db, target, NOW, extras).extras_sent == []
    assert dav.puts == {"/dav/bjorna/events.ics": 1}


def test_a_retry_after_given_as_an_http_date_is_honoured(
    httpserver: HTTPServer, db: sqlite_utils.Database, write_only: None
) -> None:
    from datetime import UTC, timedelta
    from email.utils import format_datetime

    from kiosk.net.http import Http

    answers = iter([503, 201, 201])
    when = format_datetime((NOW + timedelta(seconds=30)).astimezone(UTC), usegmt=True)

    def handler(_request: Request) -> Response:
        return Response("", status=next(answers), headers={"Retry-After": when})

    for day in DAYS:
        httpserver.expect_request(f"/dav/bjorna/{day}.json", "PUT").respond_with_handler(handler)
    waits: list[float] = []
    client = Http(clock=lambda: NOW)  # the seam: the server's date is read against our clock
    target = Target(httpserver.url_for("/dav"), "bjorna")
    outcome = deliver(db, target, NOW, http=client, sleep=no_sleep(waits))
    assert outcome.ok, outcome.line
    assert waits == [30.0]
