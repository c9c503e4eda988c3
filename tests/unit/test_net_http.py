"""The one HTTP layer: bounded redirects, and `feed validate` of an address read within caps."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from kiosk.feed.validate import WebSource, check_feed
from kiosk.net.failures import HttpError
from kiosk.net.http import MAX_REDIRECTS, Http


def test_a_redirect_loop_stops_after_five_redirects(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/loop").respond_with_response(
        Response("", status=302, headers={"Location": "/loop"})
    )
    with Http() as http, pytest.raises(HttpError, match="too many redirects for loop"):
        http.get(httpserver.url_for("/loop"))
    assert len(httpserver.log) == MAX_REDIRECTS + 1 == 6


def test_validate_of_an_address_refuses_an_oversized_manifest(httpserver: HTTPServer) -> None:
    big = json.dumps({"padding": "x" * (9 * 1000**2)})
    httpserver.expect_request("/feed/manifest.json").respond_with_data(big)
    checked = check_feed(WebSource(httpserver.url_for("/feed/manifest.json")))
    assert checked.errors == ["manifest.json: 9.0 MB is over the limit"]


def test_validate_of_an_address_refuses_an_object_larger_than_its_entry(
    httpserver: HTTPServer, tmp_path: object
) -> None:
    from pathlib import Path

    from feedmaker import make_feed

    feed, manifest = make_feed(Path(str(tmp_path)))
    pdf = next(e for e in manifest.files if e.path.endswith(".pdf"))
    for entry in manifest.files:
        body = (feed / entry.path).read_bytes()
        if entry is pdf:
            body += b"\0" * 10_000_000  # a server (or a man in the middle) sending far more
        httpserver.expect_request(f"/feed/{entry.path}").respond_with_data(body)
    httpserver.expect_request("/feed/manifest.json").respond_with_data(
        (feed / "manifest.json").read_bytes()
    )
    checked = check_feed(WebSource(httpserver.url_for("/feed/manifest.json")))
    assert checked.errors == [f"{pdf.path}: larger than the {pdf.size} bytes the manifest says"]
