"""The first-run assistant's test upload against nginx WebDAV, and the fleet's quarterly report, as the officer meets them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fleetmaker import write_days
from loopnginx import Nginx
from test_publish_nginx import LOCATIONS

from kiosk.services.fleetview import Where, make_report
from kiosk.services.publisher_setup import Destination, SetupError, try_upload

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed"),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Nginx]:
    nginx = Nginx(tmp_path / "web", LOCATIONS, "")
    nginx.start()
    try:
        yield nginx
    finally:
        nginx.stop()


def destination(server: Nginx) -> Destination:
    return Destination(
        upload_url=f"{server.url}/dav/",
        user="kiosk",
        feed_url=f"{server.url}/kiosk/manifest.json",
    )


def test_the_test_upload_is_read_back_from_the_kiosks_address(server: Nginx) -> None:
    said = try_upload(destination(server), "rätt-lösen")
    assert "kioskernas adress" in said


def test_a_refused_login_and_a_wrong_kiosk_address_are_said_in_swedish(server: Nginx) -> None:
    with pytest.raises(SetupError, match="godtog inte användarnamnet eller lösenordet"):
        try_upload(destination(server), "fel-lösen")
    wrong = Destination(
        upload_url=f"{server.url}/dav/",
        user="kiosk",
        feed_url=f"{server.url}/nowhere/manifest.json",
    )
    with pytest.raises(SetupError, match="kioskernas adress"):
        try_upload(wrong, "rätt-lösen")


def test_skapa_rapport_makes_the_last_quarters_pdf(tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    for point in ("bjorna", "bredbyn"):
        write_days(uploads, point, date(2026, 7, 1), date(2026, 9, 30))
    out = make_report(Where(str(uploads)), date(2026, 12, 6), tmp_path / "rapport.pdf")
    assert out.read_bytes().startswith(b"%PDF")
