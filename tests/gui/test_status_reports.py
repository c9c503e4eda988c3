"""The kiosk's status reports: sent again on the timer, never about a visitor, and a misspelt
service_point said plainly to the shop owner and the municipality."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from gui.conftest import running_kiosk
from owner_helpers import open_owner_mode, with_pin
from pytest_httpserver import HTTPServer
from test_owner_panels import status_view

from kiosk.afterpaint import live_facts
from kiosk.app import Kiosk
from kiosk.domain import STOCKHOLM
from kiosk.fleet.send import HOME_SENT_FILE
from kiosk.fleet.status import KioskStatus, from_json
from kiosk.services.status import StatusService
from kiosk.store import usage
from kiosk.store.local import open_local

FIELDS = {
    "service_point", "written", "reason", "format", "program_version", "service_point_known",
    "name", "village", "started", "restarts_today", "feed_version", "feed_applied",
    "feed_expires", "content_expired", "sync_outcome", "sync_time", "sync_problem", "online",
    "offline_since", "disk_free_mb", "speech", "open_now", "newest_delivered_day",
    "days_waiting", "problems", "notes", "schedule", "timezone",
}  # fmt: skip
"""Every field of status.json, each about the machine or the shop (docs/privacy.md says why).
A new field fails this test until someone has checked it says nothing about a visitor."""


@pytest.fixture
def dav(httpserver: HTTPServer) -> HTTPServer:
    httpserver.expect_request("/dav/bjorna/status.json", method="PUT").respond_with_data(
        "", status=201
    )
    return httpserver


@pytest.fixture
def reporting(qtbot, tmp_path: Path, feed: Path, dav: HTTPServer) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    """A kiosk that delivers to the loopback server; home.png already sent today."""
    data = tmp_path / "data"
    data.mkdir()
    (data / HOME_SENT_FILE).write_text(datetime.now(STOCKHOLM).date().isoformat())
    yield from running_kiosk(
        qtbot, data, (1280, 800), feed_url=str(feed), upload_url=dav.url_for("/dav")
    )


def statuses(server: HTTPServer) -> list[KioskStatus]:
    """What the kiosk PUT (its read-back GETs of what it stored are no reports)."""
    return [from_json(request.data) for request, _ in server.log if request.method == "PUT"]


def reporter(kiosk: Kiosk, interval_ms: int = 60_000) -> StatusService:
    made = StatusService(
        kiosk.config,
        kiosk.data,
        lambda: live_facts(kiosk, datetime.now(STOCKHOLM)),
        interval_ms=interval_ms,
        parent=kiosk.app,
    )
    return made


def test_the_timer_sends_the_status_again(qtbot, reporting: Kiosk, dav: HTTPServer) -> None:  # type: ignore[no-untyped-def]
    service = reporter(reporting, interval_ms=100)
    reasons: list[str] = []
    service.reported.connect(lambda reason, ok: reasons.append(reason) if ok else None)
    service.start()
    qtbot.waitUntil(lambda: reasons.count("periodic") >= 2, timeout=10_000)
    service.finish()
    qtbot.waitUntil(lambda: reasons[-1] == "exit")  # the signal crosses from the worker thread
    assert reasons[0] == "start"
    sent = statuses(dav)
    assert [s.reason for s in sent] == reasons
    assert all(s.service_point == "bjorna" and s.feed_version == 1 for s in sent)


def test_a_server_that_refuses_is_only_logged(qtbot, reporting: Kiosk, httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.clear()
    httpserver.expect_request("/dav/bjorna/status.json").respond_with_data("no", status=403)
    service = reporter(reporting)
    with qtbot.waitSignal(service.reported, timeout=10_000) as done:
        service.report("periodic")
    assert done.args == ["periodic", False]
    assert reporting.window.current in {"home", "attract"}  # the visitor's screen is untouched


def test_nothing_a_visitor_typed_or_opened_reaches_the_status(
    qtbot, reporting: Kiosk, dav: HTTPServer
) -> None:  # type: ignore[no-untyped-def]
    kiosk = reporting
    link = kiosk.content.links()[0]
    typed = "Hemlig sökning Åsa"
    page = kiosk.window.page["search"]
    for _ in range(3):  # three visits, each searching and opening an e-service
        kiosk.bridge.visit_started.emit()
        kiosk.window.open_page("search")
        page.field.setText(typed)
        qtbot.waitUntil(lambda: not page.timer.isActive())
        kiosk.bridge.eservice_opened.emit(link.id)
        kiosk.bridge.visit_ended.emit(95.0)
        kiosk.window.go_home()
    assert kiosk.stats is not None
    with qtbot.waitSignal(kiosk.stats.flushed, timeout=5000):
        kiosk.stats.flush()
    db = open_local(kiosk.data.local_db)
    today = datetime.now(STOCKHOLM).date()
    counted = usage.daily_counters(db, today, today)[today]
    db.conn.close()
    assert counted[f"eservice_open:{link.id}"] == 3  # the visits are on record: the test bites

    service = reporter(kiosk)
    with qtbot.waitSignal(service.reported, timeout=10_000):
        service.report("periodic")
    body = [request.data for request, _ in dav.log if request.method == "PUT"][-1]
    text = body.decode("utf-8")
    for trace in (typed, "Hemlig", link.id, link.name.get("sv"), link.url, "eservice", "search"):
        assert trace not in text
    assert set(json.loads(body)) == FIELDS
    assert {f.name for f in dataclasses.fields(KioskStatus)} == FIELDS


def test_a_misspelt_service_point_is_said_to_the_owner_and_the_municipality(
    qtbot, tmp_path: Path, feed: Path, dav: HTTPServer
) -> None:  # type: ignore[no-untyped-def]
    dav.expect_request("/dav/bjrona/status.json", method="PUT").respond_with_data("", status=201)
    data = tmp_path / "data"
    data.mkdir()
    (data / HOME_SENT_FILE).write_text(datetime.now(STOCKHOLM).date().isoformat())
    for kiosk in running_kiosk(
        qtbot, data, (1280, 800), feed_url=str(feed), upload_url=dav.url_for("/dav"),
        service_point="bjrona",
    ):  # fmt: skip
        assert kiosk.window.header.name.text() == "Björna Lanthandel"  # visitors see a shop
        with_pin(kiosk)
        open_owner_mode(kiosk)
        view = status_view(kiosk)
        assert view.overall.text() == "Servicepunkten ”bjrona” finns inte i innehållet"
        assert "service_point" in view.advice.text()
        assert "Björna Lanthandel" in view.advice.text()
        service = reporter(kiosk)
        with qtbot.waitSignal(service.reported, timeout=10_000):
            service.report("periodic")
    sent = statuses(dav)[-1]
    assert sent.service_point == "bjrona" and sent.service_point_known is False
    assert sent.problems[0] == (
        "Servicepunkten ”bjrona” finns inte i innehållet – kontrollera inställningen service_point"
    )
