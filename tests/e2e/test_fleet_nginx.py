"""The municipality's side end to end: three kiosks deliver to nginx's WebDAV with their real
upload code, one stops, and `kiosk fleet watch` mails through a real SMTP server on loopback
once inside that shop's opening hours and once more when it is back."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from fleetmaker import day_file, status
from loopnginx import DAV_EXT, WEBDAV_LISTING, Nginx
from smtploop import Mailbox, mail_settings, smtp_server

from kiosk.domain import STOCKHOLM
from kiosk.net.http import Http
from kiosk.stats.dayfile import sha256
from kiosk.stats.upload import Target, deliver, put
from kiosk.store import usage
from kiosk.store.local import open_local

__all__ = ["smtp_server"]

pytestmark = pytest.mark.skipif(
    shutil.which("nginx") is None or not Path(DAV_EXT).exists(),
    reason="nginx with dav-ext is not installed (.ci/run installs it)",
)

POINTS = ("bjorna", "husum", "ulvon")
SATURDAY = datetime(2026, 12, 5, 13, 50, tzinfo=STOCKHOLM)
"""Ten minutes before the Saturday closing (10-14); weekdays are 09-18, Sundays closed."""


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[Nginx]:
    server = Nginx(tmp_path / "web", WEBDAV_LISTING)
    server.start()
    try:
        yield server
    finally:
        server.stop()


class Kiosk:
    """One kiosk's local database and its real upload code."""

    def __init__(self, root: Path, point: str, url: str) -> None:
        self.point = point
        self.db = open_local(root / point / "local.db")
        self.target = Target(url, point, "kiosk", "rätt-lösen")
        self.http = Http()

    def finish_days(self, first: date, last: date) -> None:
        """Freeze chained day files as the kiosk does after midnight, and deliver them."""
        head = usage.chain_head(self.db)
        previous = head[1] if head else None
        day = first
        while day <= last:
            raw = day_file(self.point, day, previous).to_bytes()
            usage.queue_day(self.db, day, raw, sha256(raw), SATURDAY)
            previous = sha256(raw)
            day += timedelta(days=1)
        outcome = deliver(self.db, self.target, SATURDAY, http=self.http, sleep=lambda _: None)
        assert outcome.ok, outcome.line

    def report(self, written: datetime, last_day: date) -> None:
        """PUT status.json as the kiosk does every 15 minutes."""
        state = status(self.point, written, newest_delivered_day=last_day.isoformat())
        put(self.http, self.target, "status.json", state.to_json(), "application/json")


def write_config(tmp_path: Path, port: int) -> Path:
    values = mail_settings(port) | {
        "upload_user": "kiosk",
        "upload_password": "rätt-lösen",
        "alert_after_hours": 1,
    }
    lines = []
    for key, value in values.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, int):
            lines.append(f"{key} = {value}")
        elif isinstance(value, list):
            lines.append(f"{key} = [{', '.join(repr(v) for v in value)}]".replace("'", '"'))
        else:
            lines.append(f'{key} = "{value}"')
    config = tmp_path / "kommunen.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def test_one_shop_stops_and_the_officer_is_mailed_only_while_it_is_open(
    run_kiosk, nginx: Nginx, smtp_server: tuple[Mailbox, int], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    box, port = smtp_server
    config = write_config(tmp_path, port)
    data = tmp_path / "officer"
    kiosks = [Kiosk(tmp_path / "kiosks", p, nginx.url) for p in POINTS]
    friday = date(2026, 12, 4)
    for kiosk in kiosks:
        kiosk.finish_days(date(2026, 9, 1), friday)
        kiosk.report(SATURDAY, friday)
    husum = kiosks[1]  # switched off at 13:50 on Saturday, ten minutes before closing

    def watch(when: datetime) -> list[str]:
        for kiosk in kiosks:
            if kiosk is not husum:
                kiosk.report(when - timedelta(minutes=3), friday)
        stamp = when.strftime("%Y-%m-%dT%H:%M")
        done = run_kiosk(
            "fleet", "watch", nginx.url, "--config", str(config), "--data-dir", str(data),
            "--now", stamp, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return [str(m["Subject"]) for m in box.messages if "redovisning" not in m["Subject"]]

    assert watch(datetime(2026, 12, 5, 16, 0, tzinfo=STOCKHOLM)) == []  # closed since 14:00
    assert watch(datetime(2026, 12, 6, 12, 0, tzinfo=STOCKHOLM)) == []  # closed on Sunday
    assert watch(datetime(2026, 12, 7, 9, 45, tzinfo=STOCKHOLM)) == []  # open 55 minutes
    alerts = watch(datetime(2026, 12, 7, 10, 0, tzinfo=STOCKHOLM))
    assert alerts == ["Husum Handel, Husum: Ingen kontakt sedan lör 13:50 – butiken har öppet"]
    assert watch(datetime(2026, 12, 7, 10, 15, tzinfo=STOCKHOLM)) == alerts  # no repeat

    husum.report(datetime(2026, 12, 7, 10, 20, tzinfo=STOCKHOLM), friday)
    alerts = watch(datetime(2026, 12, 7, 10, 30, tzinfo=STOCKHOLM))
    assert alerts[1:] == ["Husum Handel, Husum: i ordning igen"]
    assert watch(datetime(2026, 12, 7, 10, 45, tzinfo=STOCKHOLM)) == alerts

    # The third quarter's reports went out with the first run, once, as real PDFs.
    reports = [m for m in box.messages if "redovisning" in m["Subject"]]
    assert [str(m["Subject"]) for m in reports] == [
        "Servicepunkternas redovisning för kvartal 3 2026"
    ]
    files = {p.get_filename(): p.get_content() for p in reports[0].iter_attachments()}
    assert sorted(files) == [
        "bjorna-2026-Q3.pdf", "husum-2026-Q3.pdf", "servicepunkter-2026-Q3.pdf", "ulvon-2026-Q3.pdf",
    ]  # fmt: skip
    assert all(body.startswith(b"%PDF") for body in files.values())
    saved = data / "reports" / "2026-Q3" / "husum-2026-Q3.pdf"
    pages = subprocess.run(["pdfinfo", str(saved)], capture_output=True, text=True, check=True)
    assert "Pages:" in pages.stdout


def test_the_board_reads_the_same_from_webdav_as_from_the_folder(
    run_kiosk, nginx: Nginx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    kiosks = [Kiosk(tmp_path / "kiosks", p, nginx.url) for p in POINTS]
    friday = date(2026, 12, 4)
    for kiosk in kiosks:
        kiosk.finish_days(date(2026, 10, 1), friday)
        kiosk.report(SATURDAY, friday)
    changed = nginx.root / "ulvon" / "2026-11-20.json"
    changed.write_bytes(changed.read_bytes().replace(b'"session":12', b'"session":40'))
    config = write_config(tmp_path, 25)
    now = ("--now", "2026-12-07T10:00", "--config", str(config))
    over_http = run_kiosk("fleet", "status", nginx.url, *now)
    from_folder = run_kiosk("fleet", "status", str(nginx.root), *now)
    assert over_http.returncode == from_folder.returncode == 1, over_http.stderr
    assert over_http.stdout == from_folder.stdout
    assert over_http.stdout.splitlines() == [
        "Bjorna Handel, Bjorna  Ingen kontakt sedan lör 13:50 – butiken har öppet",
        "Husum Handel, Husum    Ingen kontakt sedan lör 13:50 – butiken har öppet",
        "Ulvon Handel, Ulvon    Ingen kontakt sedan lör 13:50 – butiken har öppet; "
        "Ändrade dagsfiler (20 nov)",
        "0 av 3 servicepunkter i ordning.",
    ]
    wrong = run_kiosk("fleet", "status", nginx.url, *now, env={"KIOSK_UPLOAD_PASSWORD": "fel"})
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("kiosk: ") and "401" in wrong.stderr
    assert len(wrong.stderr.splitlines()) == 1


def test_the_fleet_commands_say_in_one_line_what_is_wrong(run_kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = run_kiosk("fleet", "status", str(tmp_path / "nowhere"))
    assert (missing.returncode, missing.stderr) == (
        1,
        f"kiosk: {tmp_path / 'nowhere'}: no such folder\n",
    )
    closed = run_kiosk("fleet", "status", "http://127.0.0.1:9/dav")
    assert closed.returncode == 1 and closed.stderr.startswith("kiosk: http://127.0.0.1:9/dav: ")
    assert len(closed.stderr.splitlines()) == 1
    (tmp_path / "dav").mkdir()
    no_mail = run_kiosk("fleet", "watch", str(tmp_path / "dav"), "--data-dir", str(tmp_path / "d"))
    assert no_mail.returncode == 1
    assert no_mail.stderr == "kiosk: no smtp_host is configured: the watch job has nobody to mail\n"
    env = {"KIOSK_SMTP_HOST": "127.0.0.1", "KIOSK_MAIL_FROM": "a@b.se"}
    bad_mute = run_kiosk(
        "fleet", "watch", str(tmp_path / "dav"), "--data-dir", str(tmp_path / "d"),
        env={**env, "KIOSK_ALERT_MUTE_UNTIL": "efter jul"},
    )  # fmt: skip
    assert bad_mute.returncode == 1
    assert "alert_mute_until" in bad_mute.stderr and "YYYY-MM-DD" in bad_mute.stderr
    empty = run_kiosk("fleet", "status", str(tmp_path / "dav"))
    assert empty.returncode == 1 and "no service points here" in empty.stderr
    bad_now = run_kiosk("fleet", "status", str(tmp_path / "dav"), "--now", "i morgon")
    assert bad_now.returncode == 2 and "Traceback" not in bad_now.stderr
