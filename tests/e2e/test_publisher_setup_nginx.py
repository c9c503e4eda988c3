"""The first-run assistant's test upload against nginx WebDAV, and the fleet's quarterly report, as the officer meets them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fleetmaker import write_days
from loopnginx import Nginx
from nginxsite import DAV_PASSWORD, DAV_USER, needs_nginx

from kiosk.services.fleetview import Where, make_report
from kiosk.services.publisher_setup import Destination, SetupError, try_upload

pytestmark = [pytest.mark.slow, needs_nginx]


def destination(server: Nginx) -> Destination:
    return Destination(
        upload_url=f"{server.url}/dav/",
        user=DAV_USER,
        feed_url=f"{server.url}/kiosk/manifest.json",
    )


def test_the_test_upload_is_read_back_from_the_kiosks_address(server: Nginx) -> None:
    said = try_upload(destination(server), DAV_PASSWORD)
    assert "kioskernas adress" in said


def test_a_refused_login_and_a_wrong_kiosk_address_are_said_in_swedish(server: Nginx) -> None:
    with pytest.raises(SetupError, match="godtog inte användarnamnet eller lösenordet"):
        try_upload(destination(server), "fel-lösen")
    wrong = Destination(
        upload_url=f"{server.url}/dav/",
        user=DAV_USER,
        feed_url=f"{server.url}/nowhere/manifest.json",
    )
    with pytest.raises(SetupError, match="kioskernas adress"):
        try_upload(wrong, DAV_PASSWORD)


def test_skapa_rapport_makes_the_last_quarters_pdf(tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    for point in ("bjorna", "bredbyn"):
        write_days(uploads, point, date(2026, 7, 1), date(2026, 9, 30))
    out = make_report(Where(str(uploads)), date(2026, 12, 6), tmp_path / "rapport.pdf")
    assert out.read_bytes().startswith(b"%PDF")
