"""The watch job: alert mails through a real SMTP server on loopback, once per start and end."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from fleetmaker import status, write_days, write_status
from smtploop import Mailbox, free_port, mail_settings, smtp_server, tls_smtp_server

from kiosk.config import SETTINGS
from kiosk.domain import STOCKHOLM
from kiosk.fleet.mail import MailSettings, send
from kiosk.fleet.source import FolderSource
from kiosk.fleet.watch import watch_alerts
from kiosk.store import fleetwatch

__all__ = ["smtp_server", "tls_smtp_server"]

MONDAY = datetime(2026, 12, 7, 11, 30, tzinfo=STOCKHOLM)
LOST = datetime(2026, 12, 7, 9, 12, tzinfo=STOCKHOLM)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    database = fleetwatch.open_watch(tmp_path / "state" / fleetwatch.FILE_NAME)
    yield database
    database.close()


def settings_for(port: int, **changes: object) -> MailSettings:
    values = {s.name: s.default for s in SETTINGS} | mail_settings(port) | changes
    return MailSettings.from_values(values)


def fleet(tmp_path: Path, written: datetime, **changes: object) -> Path:
    folder = tmp_path / "dav"
    yesterday = written.date() - timedelta(days=1)
    write_days(folder, "bjorna", date(2026, 11, 1), yesterday)
    delivered = yesterday.isoformat()
    write_status(folder, status("bjorna", written, newest_delivered_day=delivered, **changes))
    return folder


def run(
    folder: Path,
    db: sqlite_utils.Database,
    port: int,
    now: datetime,
    muted: date | None = None,
    **changes: object,
) -> list[str]:
    settings = settings_for(port, **changes)
    _board, outcome = watch_alerts(FolderSource(folder), db, settings, now, 2, muted, send)
    return outcome.lines


def test_one_mail_when_a_problem_starts_none_while_it_lasts_one_when_over(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    folder = fleet(tmp_path, LOST)
    run(folder, db, port, MONDAY)
    assert box.subjects() == [
        "Bjorna Handel, Bjorna: Ingen kontakt sedan i dag 09:12 – butiken har öppet"
    ]
    mail = box.messages[0]
    assert mail["To"] == "handlaggare@kommunen.example"
    body = mail.get_content()
    assert "Bjorna Handel i Bjorna behöver tillsyn" in body
    assert "• Ingen kontakt sedan i dag 09:12 – butiken har öppet" in body
    assert "Ring butiken" in body

    for minutes in (15, 30, 45):  # the timer keeps running; the problem lasts
        run(folder, db, port, MONDAY + timedelta(minutes=minutes))
    assert len(box.messages) == 1

    back = MONDAY + timedelta(hours=1)
    write_status(folder, status("bjorna", back, newest_delivered_day="2026-12-06"))
    run(folder, db, port, back + timedelta(minutes=1))
    assert box.subjects()[1] == "Bjorna Handel, Bjorna: i ordning igen"
    assert "Det här är över för Bjorna Handel i Bjorna" in box.messages[1].get_content()
    run(folder, db, port, back + timedelta(minutes=16))
    assert len(box.messages) == 2


def test_silence_under_the_set_hours_while_open_is_not_mailed(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    folder = fleet(tmp_path, datetime(2026, 12, 7, 10, 0, tzinfo=STOCKHOLM))
    run(folder, db, port, MONDAY)  # 90 minutes, the setting says 2 hours
    assert box.messages == []


def test_a_closed_shop_that_is_silent_gets_no_mail(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    folder = fleet(tmp_path, datetime(2026, 12, 5, 14, 2, tzinfo=STOCKHOLM))  # after closing
    for hour in range(15, 24):
        run(folder, db, port, datetime(2026, 12, 5, hour, 0, tzinfo=STOCKHOLM))
    for hour in range(24):
        run(folder, db, port, datetime(2026, 12, 6, hour, 0, tzinfo=STOCKHOLM))  # Sunday
    assert box.messages == []
    run(folder, db, port, datetime(2026, 12, 7, 11, 1, tzinfo=STOCKHOLM))  # open for 2 h 1 min
    assert box.subjects() == [
        "Bjorna Handel, Bjorna: Ingen kontakt sedan lör 14:02 – butiken har öppet"
    ]


def test_no_alert_mail_while_muted_and_the_problem_is_mailed_after(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    folder = fleet(tmp_path, LOST)
    lines = run(folder, db, port, MONDAY, muted=date(2026, 12, 7))
    assert lines == ["alerts muted until 2026-12-07: no alert mail sent"]
    assert box.messages == []
    run(folder, db, port, MONDAY + timedelta(days=1), muted=date(2026, 12, 7))
    assert len(box.messages) == 1


def test_expired_content_and_changed_day_files_are_mailed_together(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    folder = fleet(tmp_path, MONDAY, content_expired=True, feed_expires="2026-12-06T00:00:00+01:00")
    changed = folder / "bjorna" / "2026-11-20.json"
    changed.write_bytes(changed.read_bytes().replace(b'"session":12', b'"session":40'))
    run(folder, db, port, MONDAY)
    assert box.subjects() == ["Bjorna Handel, Bjorna: Innehållet gick ut i går"]
    body = box.messages[0].get_content()
    assert "• Ändrade dagsfiler (20 nov)" in body


def test_a_mail_that_cannot_be_sent_is_tried_again_next_run(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    folder = fleet(tmp_path, LOST)
    lines = run(folder, db, free_port(), MONDAY)
    assert "alert not sent" in lines[0] and "cannot be reached" in lines[0]
    lines = run(folder, db, port, MONDAY, smtp_password="fel")
    assert "refused smtp_user or smtp_password" in lines[0]
    assert box.messages == []
    run(folder, db, port, MONDAY + timedelta(minutes=15))
    assert len(box.messages) == 1


def test_mail_goes_over_starttls_with_a_login_and_a_checked_certificate(
    tmp_path: Path,
    db: sqlite_utils.Database,
    tls_smtp_server: tuple[Mailbox, int, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box, port, cert = tls_smtp_server
    folder = fleet(tmp_path, LOST)
    lines = run(folder, db, port, MONDAY, smtp_starttls=True)
    assert "the encrypted connection failed" in lines[0]  # an unknown certificate is refused
    assert box.messages == []
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # as if the municipality's CA were installed
    run(folder, db, port, MONDAY, smtp_starttls=True)
    assert len(box.messages) == 1


def test_a_server_without_starttls_is_named_in_plain_words(
    tmp_path: Path, db: sqlite_utils.Database, smtp_server: tuple[Mailbox, int]
) -> None:
    box, port = smtp_server
    lines = run(fleet(tmp_path, LOST), db, port, MONDAY, smtp_starttls=True)
    assert "does not offer STARTTLS; set smtp_starttls = false" in lines[0]
    assert box.messages == []
