"""A day counts as delivered only when the server itself confirms it stored the bytes.

Loopback servers misbehave as real addresses do: a 302 to a login page (requests would follow
it with a GET and see 200), a network's sign-in page answering every PUT with `200 text/html`,
a 307 to another host, and a server that says 201 and keeps nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlite_utils
from davstore import DavStore
from pytest_httpserver import HTTPServer

from kiosk.domain import STOCKHOLM
from kiosk.stats.upload import Target, deliver
from kiosk.store import usage
from kiosk.store.local import open_local

NOW = datetime(2027, 3, 20, 4, tzinfo=STOCKHOLM)
DAYS = [date(2027, 3, 10), date(2027, 3, 11), date(2027, 3, 12)]
CALENDAR = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    made = open_local(tmp_path / "local.db")
    for day in DAYS:
        usage.queue_day(made, day, f'{{"day":"{day}"}}\n'.encode(), "x" * 64, NOW)
    yield made
    made.conn.close()


@pytest.fixture
def other() -> Iterator[HTTPServer]:
    """A second loopback server: the host a 307 points to."""
    server = HTTPServer(host="127.0.0.1")
    server.start()
    yield server
    server.clear()
    server.stop()


def send(db: sqlite_utils.Database, server: HTTPServer) -> str:
    target = Target(server.url_for("/dav"), "bjorna")
    outcome = deliver(db, target, NOW, {"events.ics": lambda: CALENDAR}, sleep=lambda _s: None)
    assert "\n" not in outcome.line
    return outcome.line


def expect_all_delivered_once(db: sqlite_utils.Database, dav: DavStore) -> None:
    dav.mode = "ok"
    dav.puts.clear()
    line = send(db, dav.server)
    assert line == "3 days delivered, 0 waiting in the queue; events.ics delivered"
    assert usage.waiting(db) == []
    assert send(db, dav.server) == "0 days delivered, 0 waiting in the queue"
    expected = {f"/dav/bjorna/{day}.json" for day in DAYS} | {"/dav/bjorna/events.ics"}
    assert dict(dav.puts) == dict.fromkeys(expected, 1)  # each file once, none twice
    assert set(dav.files) == expected


def test_a_302_to_a_login_page_delivers_nothing_and_says_where_it_pointed(
    httpserver: HTTPServer, db: sqlite_utils.Database
) -> None:
    dav = DavStore(httpserver)
    dav.mode = "login"
    line = send(db, httpserver)
    assert line.startswith(
        "0 days delivered, 3 waiting in the queue; events.ics waiting (2027-03-10.json was not"
    )
    assert f"pointed to {httpserver.url_for('/login')} instead (HTTP 302" in line
    assert "check upload_url" in line
    assert len(usage.waiting(db)) == 3
    assert usage.get_state(db, "extra:events.ics") is None
    expect_all_delivered_once(db, dav)


def test_a_sign_in_page_answering_200_html_delivers_nothing(
    httpserver: HTTPServer, db: sqlite_utils.Database
) -> None:
    dav = DavStore(httpserver)
    dav.mode = "portal"
    line = send(db, httpserver)
    assert line.startswith("0 days delivered, 3 waiting")
    assert "answered with a web page, not a confirmation" in line
    assert len(usage.waiting(db)) == 3
    expect_all_delivered_once(db, dav)


def test_a_307_to_another_host_is_not_followed_and_delivers_nothing(
    httpserver: HTTPServer, other: HTTPServer, db: sqlite_utils.Database
) -> None:
    dav = DavStore(httpserver)
    elsewhere = DavStore(other)
    dav.mode = "moved"
    dav.elsewhere = other.url_for("").rstrip("/")
    line = send(db, httpserver)
    assert line.startswith("0 days delivered, 3 waiting")
    assert f"pointed to {other.url_for('/dav/bjorna/2027-03-10.json')} instead (HTTP 307" in line
    assert elsewhere.puts == {}  # the body never went to a host nobody configured
    assert len(usage.waiting(db)) == 3
    expect_all_delivered_once(db, dav)


def test_a_server_that_confirms_but_keeps_nothing_delivers_nothing(
    httpserver: HTTPServer, db: sqlite_utils.Database
) -> None:
    dav = DavStore(httpserver)
    dav.mode = "forgetful"
    line = send(db, httpserver)
    assert "2027-03-10.json was not stored: the server confirmed it, then did not have it" in line
    assert len(usage.waiting(db)) == 3
    expect_all_delivered_once(db, dav)


def test_a_server_holding_other_bytes_than_were_sent_delivers_nothing(
    httpserver: HTTPServer, db: sqlite_utils.Database
) -> None:
    dav = DavStore(httpserver)
    dav.files["/dav/bjorna/2027-03-10.json"] = b"{}"  # PUT stores nothing; old bytes stay
    dav.mode = "forgetful"
    line = send(db, httpserver)
    assert "was not stored as sent: the server holds 2 bytes, not the 21 bytes sent" in line
    assert len(usage.waiting(db)) == 3


EMPTY = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"


def deliver_calendar(db: sqlite_utils.Database, server: HTTPServer, body: bytes) -> str:
    for day in DAYS:
        usage.mark_uploaded(db, day, NOW)
    target = Target(server.url_for("/dav"), "bjorna")
    return deliver(db, target, NOW, {"events.ics": lambda: body}).line


def test_an_empty_calendar_never_replaces_the_one_with_events_the_kiosk_sent(
    httpserver: HTTPServer, db: sqlite_utils.Database
) -> None:
    dav = DavStore(httpserver)
    dav.readable = False  # a drop box: only the kiosk's memory can tell
    deliver_calendar(db, httpserver, CALENDAR)
    line = deliver_calendar(db, httpserver, EMPTY)
    assert line.endswith("; events.ics not sent (empty: the server keeps its events)")
    assert dav.files["/dav/bjorna/events.ics"] == CALENDAR
    assert dav.puts == {"/dav/bjorna/events.ics": 1}


def test_an_empty_calendar_from_a_new_database_does_not_empty_the_servers_copy(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    dav = DavStore(httpserver)
    dav.files["/dav/bjorna/events.ics"] = CALENDAR  # sent before the old database was lost
    fresh = open_local(tmp_path / "new.db")
    line = deliver_calendar(fresh, httpserver, EMPTY)
    assert "events.ics not sent" in line
    assert dav.puts == {}
    assert dav.files["/dav/bjorna/events.ics"] == CALENDAR


def test_an_empty_calendar_is_sent_where_the_server_has_none(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    dav = DavStore(httpserver)
    fresh = open_local(tmp_path / "new.db")
    assert deliver_calendar(fresh, httpserver, EMPTY).endswith("; events.ics delivered")
    assert dav.files["/dav/bjorna/events.ics"] == EMPTY
