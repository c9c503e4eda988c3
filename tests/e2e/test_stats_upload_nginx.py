"""`kiosk stats upload` to a real nginx WebDAV server with basic authentication, as a municipality runs it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from loopnginx import Nginx

from kiosk.domain import STOCKHOLM
from kiosk.stats.dayfile import DayFile, sha256
from kiosk.store import usage
from kiosk.store.local import open_local
from kiosk.store.usage import UsageDelta

pytestmark = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (.ci/run installs it)"
)


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[Nginx]:
    server = Nginx(tmp_path / "web")
    try:
        yield server
    finally:
        server.stop()


def record(data: Path, day: date, visits: int) -> None:
    db = open_local(data / "local.db")
    usage.flush(
        db,
        UsageDelta(
            counters={day: {"visits": visits, "eservice_open:skatteverket": 1}},
            hours={(day, 11): [60, 60, 60]},
            starts={day: 1},
        ),
    )
    db.conn.close()


def waiting(data: Path) -> int:
    db = open_local(data / "local.db")
    try:
        return len(usage.waiting(db))
    finally:
        db.conn.close()


def test_days_reach_webdav_through_a_wrong_password_and_an_outage_and_chain(
    run_kiosk, nginx: Nginx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    today = datetime.now(STOCKHOLM).date()
    days = [today - timedelta(days=n) for n in (6, 5, 3)]
    for n, day in enumerate(days):
        record(data, day, visits=n + 1)
    env = {
        "KIOSK_UPLOAD_URL": nginx.url,
        "KIOSK_SERVICE_POINT": "bjorna",
        "KIOSK_UPLOAD_USER": "kiosk",
        "KIOSK_UPLOAD_PASSWORD": "fel",
    }
    nginx.start()
    refused = run_kiosk("stats", "upload", "--data-dir", str(data), env=env)
    assert refused.returncode == 1
    assert "HTTP 401" in refused.stdout and "upload_password" in refused.stdout
    assert refused.stdout.startswith("0 days delivered, 3 waiting in the queue")
    assert "Traceback" not in refused.stdout + refused.stderr
    assert not list(nginx.root.rglob("*.json"))

    env["KIOSK_UPLOAD_PASSWORD"] = "rätt-lösen"
    nginx.stop()
    down = run_kiosk("stats", "upload", "--data-dir", str(data), env=env)
    assert down.returncode == 1
    assert "cannot be reached" in down.stdout
    assert waiting(data) == 3

    nginx.start()
    done = run_kiosk("stats", "upload", "--data-dir", str(data), env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "3 days delivered, 0 waiting in the queue; events.ics delivered"
    folder = nginx.root / "bjorna"
    raws = [(folder / f"{day.isoformat()}.json").read_bytes() for day in days]
    files = [DayFile.from_bytes(raw) for raw in raws]
    assert [f.counters["visits"] for f in files] == [1, 2, 3]
    assert files[0].previous_sha256 is None
    assert files[1].previous_sha256 == sha256(raws[0])
    assert files[2].previous_sha256 == sha256(raws[1])
    assert (folder / "events.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")

    again = run_kiosk("stats", "upload", "--data-dir", str(data), env=env)
    assert again.returncode == 0
    assert again.stdout.strip() == "0 days delivered, 0 waiting in the queue"

    # A kiosk killed between the PUT and noting it sends the day again: the very same bytes.
    db = open_local(data / "local.db")
    db.execute("UPDATE usage_queue SET uploaded_at = NULL WHERE day = ?", [days[2].isoformat()])
    db.conn.commit()
    db.conn.close()
    # Counts that arrive late never change a delivered file: they join the next open day.
    record(data, days[2], visits=5)
    record(data, today - timedelta(days=2), visits=7)
    resent = run_kiosk("stats", "upload", "--data-dir", str(data), env=env)
    assert resent.returncode == 0, resent.stdout
    assert resent.stdout.startswith("2 days delivered")
    assert (folder / f"{days[2].isoformat()}.json").read_bytes() == raws[2]
    newest = DayFile.from_bytes(
        (folder / f"{(today - timedelta(days=2)).isoformat()}.json").read_bytes()
    )
    assert newest.previous_sha256 == sha256(raws[2])
    assert newest.counters["visits"] == 7 + 5
    assert newest.late_visits == 5
