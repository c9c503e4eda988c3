"""Checking the warning sources over HTTP (loopback): polling, network loss, restarts, bounds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from kiosk.alerts.check import LIMITS, Checker, Place
from kiosk.domain import Geo
from kiosk.net.http import Http
from tests.alertfixtures import BJORNA, cancel_of, smhi_answer, smhi_warning, vma_alert, vma_answer

START = datetime(2026, 12, 6, 8, 12, tzinfo=UTC)


class Clock:
    """The test's clock: moved by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def checker(server: HTTPServer, state: Path, clock: Clock, smhi_on: bool = False) -> Checker:
    urls = {"vma": server.url_for("/api/v3/alerts")}
    if smhi_on:
        urls["smhi"] = server.url_for("/warning.json")
    return Checker(
        Http(timeout=(2.0, 2.0)), urls, Place("2284", Geo(*BJORNA)), state / "alerts.json", clock
    )


def serve_vma(server: HTTPServer, body: bytes, etag: str = '"v1"') -> None:
    server.clear()
    server.expect_request("/api/v3/alerts").respond_with_data(
        body, content_type="application/json", headers={"ETag": etag}
    )


def test_an_actual_alert_is_seen_at_the_first_check_and_asked_for_the_area(
    httpserver: HTTPServer, tmp_path: Path, clock: Clock
) -> None:
    serve_vma(httpserver, vma_answer(START, vma_alert(START, "A1")))
    snapshot = checker(httpserver, tmp_path, clock).check()
    assert [a.id for a in snapshot.takeovers] == ["A1"]
    request, _ = httpserver.log[0]
    assert request.args["geocode"] == "2284"


def test_an_unchanged_answer_costs_a_304_and_keeps_the_alert(
    httpserver: HTTPServer, tmp_path: Path, clock: Clock
) -> None:
    serve_vma(httpserver, vma_answer(START, vma_alert(START, "A1")))
    check = checker(httpserver, tmp_path, clock)
    check.check()
    httpserver.clear()
    httpserver.expect_request(
        "/api/v3/alerts", headers={"If-None-Match": '"v1"'}
    ).respond_with_data(b"", status=304)
    clock.now += timedelta(seconds=60)
    assert [a.id for a in check.check().takeovers] == ["A1"]


def test_a_cancel_removes_the_alert_at_the_next_check(
    httpserver: HTTPServer, tmp_path: Path, clock: Clock
) -> None:
    alert = vma_alert(START, "A1")
    serve_vma(httpserver, vma_answer(START, alert))
    check = checker(httpserver, tmp_path, clock)
    check.check()
    clock.now += timedelta(seconds=60)
    serve_vma(httpserver, vma_answer(clock.now, cancel_of(clock.now, alert, "C1"), alert), '"v2"')
    snapshot = check.check()
    assert snapshot.takeovers == ()
    assert {a.id: a.held for a in snapshot.held}["A1"] == "cancelled"


def test_with_the_network_gone_the_alert_stays_and_after_ten_minutes_says_since_when(
    httpserver: HTTPServer, tmp_path: Path, clock: Clock
) -> None:
    serve_vma(httpserver, vma_answer(START, vma_alert(START, "A1")))
    check = checker(httpserver, tmp_path, clock)
    check.check()
    httpserver.stop()  # the network is gone: connections are refused
    try:
        clock.now += timedelta(minutes=5)
        snapshot = check.check()
        assert [a.id for a in snapshot.takeovers] == ["A1"]
        assert snapshot.stale_since is None  # five minutes: not yet said
        clock.now += timedelta(minutes=6)
        snapshot = check.check()
        assert [a.id for a in snapshot.takeovers] == ["A1"]
        assert snapshot.stale_since == START  # the last time all was confirmed
        assert snapshot.checks[0].failing_since == START + timedelta(minutes=5)
    finally:
        httpserver.start()


def test_after_a_restart_the_alert_is_still_there_before_any_check(
    httpserver: HTTPServer, tmp_path: Path, clock: Clock
) -> None:
    serve_vma(httpserver, vma_answer(START, vma_alert(START, "A1")))
    checker(httpserver, tmp_path, clock).check()
    httpserver.clear()  # the restarted kiosk finds no answer at all
    again = checker(httpserver, tmp_path, clock)
    assert [a.id for a in again.snapshot().takeovers] == ["A1"]
    assert again.snapshot().checks[0].ok_at == START


def test_an_expired_alert_goes_offline_too(
    httpserver: HTTPServer, tmp_path: Path, clock: Clock
) -> None:
    serve_vma(httpserver, vma_answer(START, vma_alert(START, "A1", expires_in=timedelta(hours=1))))
    check = checker(httpserver, tmp_path, clock)
    check.check()
    httpserver.clear()
    clock.now += timedelta(hours=2)
    assert check.check().takeovers == ()


def test_a_huge_answer_is_refused_without_reading_it_all(
    httpserver: HTTPServer, tmp_path: Path, clock: Clock
) -> None:
    serve_vma(httpserver, vma_answer(START, vma_alert(START, "A1")))
    check = checker(httpserver, tmp_path, clock)
    check.check()
    sent = []

    def endless(_request: Request) -> Response:
        def chunks():  # type: ignore[no-untyped-def]
            for _ in range(100_000):
                sent.append(1)
                yield b" " * 65536

        return Response(chunks(), content_type="application/json")

    httpserver.clear()
    httpserver.expect_request("/api/v3/alerts").respond_with_handler(endless)
    clock.now += timedelta(seconds=60)
    snapshot = check.check()
    assert [a.id for a in snapshot.takeovers] == ["A1"]  # the last good answer stays
    assert "more than" in snapshot.checks[0].error
    assert len(sent) < 1000  # stopped reading long before the server ran dry


def test_smhi_warnings_are_checked_less_often_than_vma(
    httpserver: HTTPServer, tmp_path: Path, clock: Clock
) -> None:
    serve_vma(httpserver, vma_answer(START))
    httpserver.expect_request("/warning.json").respond_with_data(smhi_answer(smhi_warning(START)))
    check = checker(httpserver, tmp_path, clock, smhi_on=True)
    snapshot = check.check()
    assert [a.source for a in snapshot.shown] == ["smhi"]
    clock.now += timedelta(seconds=61)
    assert check.due(clock.now) == ("vma",)


def test_failures_back_off(httpserver: HTTPServer, tmp_path: Path, clock: Clock) -> None:
    httpserver.expect_request("/api/v3/alerts").respond_with_data(b"", status=503)
    check = checker(httpserver, tmp_path, clock)
    waits = []
    for _ in range(6):
        check.check(("vma",))
        waits.append(check.delay("vma", clock.now))
    assert waits == sorted(waits) and waits[0] < 60 and waits[-1] == 600


def test_an_answer_over_the_vma_limit_is_refused_even_when_it_is_valid_json(
    httpserver: HTTPServer, tmp_path: Path, clock: Clock
) -> None:
    serve_vma(httpserver, vma_answer(START, vma_alert(START, "A1")))
    check = checker(httpserver, tmp_path, clock)
    check.check()
    padded = b" " * (LIMITS["vma"] + 1) + vma_answer(START)  # no alerts, but far too large
    serve_vma(httpserver, padded, '"v2"')
    clock.now += timedelta(seconds=60)
    snapshot = check.check()
    assert [a.id for a in snapshot.takeovers] == ["A1"]
    assert snapshot.checks[0].failing_since == clock.now
