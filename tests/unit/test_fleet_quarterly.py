"""Each quarter's reports by mail, once, to the officer and to each shop that has an address."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlite_utils
from feedmaker import write_source
from fleetmaker import status, write_days, write_status
from smtploop import Mailbox, mail_settings, smtp_server

from kiosk.config import SETTINGS
from kiosk.domain import STOCKHOLM
from kiosk.feed.build import build_feed
from kiosk.fleet.contacts import shop_addresses
from kiosk.fleet.mail import MailSettings, send
from kiosk.fleet.quarterly import last_quarter, send_quarter
from kiosk.fleet.source import FolderSource
from kiosk.net.http import Http
from kiosk.stats.fleet import FleetReport
from kiosk.stats.report import Report
from kiosk.store import fleetwatch

__all__ = ["smtp_server"]

OCTOBER_FIRST = datetime(2026, 10, 1, 6, 0, tzinfo=STOCKHOLM)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    database = fleetwatch.open_watch(tmp_path / "state" / fleetwatch.FILE_NAME)
    yield database
    database.close()


def render(made: Report | FleetReport, out: Path, lang: str) -> int:
    """Our seam in place of the Qt drawing: a file naming what it holds."""
    what = "fleet" if isinstance(made, FleetReport) else made.service_point
    out.write_bytes(f"%PDF {what} {made.start}..{made.end} {lang}".encode())
    return 1


def folder_with_two(tmp_path: Path) -> Path:
    folder = tmp_path / "dav"
    for point in ("bjorna", "ulvon"):
        write_days(folder, point, date(2026, 6, 20), date(2026, 9, 30))
        write_status(folder, status(point, OCTOBER_FIRST))
    return folder


def settings(port: int) -> MailSettings:
    return MailSettings.from_values({s.name: s.default for s in SETTINGS} | mail_settings(port))


def test_the_quarter_that_ended_last() -> None:
    assert last_quarter(date(2026, 10, 1)) == ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30))
    assert last_quarter(date(2027, 2, 14)) == ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31))
    assert last_quarter(date(2026, 6, 30)) == ("2026-Q1", date(2026, 1, 1), date(2026, 3, 31))


def test_reports_go_out_once_after_the_quarter_with_every_shops_pdf(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    folder = folder_with_two(tmp_path)
    out = tmp_path / "reports"
    labels = {"bjorna": "Björna Lanthandel, Björna"}
    outcome = send_quarter(
        FolderSource(folder), db, settings(port), OCTOBER_FIRST, out, render, send, "1.0", labels
    )
    assert not outcome.failed
    assert box.subjects() == ["Servicepunkternas redovisning för kvartal 3 2026"]
    mail = box.messages[0]
    assert mail["To"] == "arkiv@kommunen.example"
    names = [part.get_filename() for part in mail.iter_attachments()]
    assert names == ["servicepunkter-2026-Q3.pdf", "bjorna-2026-Q3.pdf", "ulvon-2026-Q3.pdf"]
    first = next(mail.iter_attachments()).get_content()
    assert first == b"%PDF fleet 2026-07-01..2026-09-30 sv"
    assert "kvartal 3 2026" in mail.get_body().get_content()  # type: ignore[union-attr]
    assert (out / "2026-Q3" / "ulvon-2026-Q3.pdf").exists()

    for day in (1, 2, 15):  # the timer keeps running through the quarter
        later = OCTOBER_FIRST.replace(day=day, hour=12)
        send_quarter(FolderSource(folder), db, settings(port), later, out, render, send, "1.0")
    assert len(box.messages) == 1


def test_a_shop_with_an_address_in_the_feed_gets_its_own_report(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    src = write_source(tmp_path / "src")
    points = src / "service_points.toml"
    points.write_text(
        points.read_text(encoding="utf-8").replace(
            'village = "Björna"\n', 'village = "Björna"\nemail = "butiken@bjorna.example"\n'
        ),
        encoding="utf-8",
    )
    build_feed(src, tmp_path / "feed", now=datetime(2026, 11, 1, tzinfo=UTC))
    with Http() as http:
        addresses = shop_addresses(str(tmp_path / "feed"), [], http)
    assert addresses == {"bjorna": "butiken@bjorna.example"}

    send_quarter(
        FolderSource(folder_with_two(tmp_path)), db, settings(port), OCTOBER_FIRST,
        tmp_path / "reports", render, send, "1.0",
        {"bjorna": "Björna Lanthandel, Björna"}, lambda: addresses,
    )  # fmt: skip
    shop = box.messages[1]
    assert shop["To"] == "butiken@bjorna.example"
    assert shop["Subject"] == "Björna Lanthandel, Björna: redovisning för kvartal 3 2026"
    assert [p.get_filename() for p in shop.iter_attachments()] == ["bjorna-2026-Q3.pdf"]


def test_reports_that_cannot_be_mailed_are_tried_again(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    folder = FolderSource(folder_with_two(tmp_path))
    out = tmp_path / "reports"
    down = MailSettings.from_values(
        {s.name: s.default for s in SETTINGS} | mail_settings(port) | {"smtp_port": 1}
    )
    outcome = send_quarter(folder, db, down, OCTOBER_FIRST, out, render, send, "1.0")
    assert outcome.failed and "next run tries again" in outcome.lines[0]
    send_quarter(folder, db, settings(port), OCTOBER_FIRST, out, render, send, "1.0")
    assert len(box.messages) == 1
