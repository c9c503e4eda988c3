"""Delivered means stored, against nginx: a login redirect and a sign-in page deliver nothing,
and once the address is right each day is PUT once and its very bytes are on nginx's disk."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from loopnginx import WEBDAV, Nginx

from kiosk.domain import STOCKHOLM
from kiosk.store import usage
from kiosk.store.local import open_local
from kiosk.store.usage import UsageDelta

pytestmark = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (.ci/run installs it)"
)

MISLEADING = """
        location /moved/ {{ return 302 /login?next=$uri; }}
        location /portal/ {{
            default_type text/html;
            return 200 "<!DOCTYPE html><html><body>Logga in på nätverket</body></html>";
        }}
        location /login {{ default_type text/html; return 200 "<html>Logga in</html>"; }}"""
"""A moved address that sends the kiosk to a login page, and a network's sign-in page."""


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[Nginx]:
    server = Nginx(tmp_path / "web", location=WEBDAV + MISLEADING)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def puts(server: Nginx, path: str) -> int:
    log = (server.tmp / "access.log").read_text()
    return sum(1 for line in log.splitlines() if f'"PUT {path} ' in line)


def test_nothing_counts_as_delivered_until_nginx_has_the_bytes(
    run_kiosk, nginx: Nginx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    today = datetime.now(STOCKHOLM).date()
    days = [today - timedelta(days=n) for n in (4, 3)]
    db = open_local(data / "local.db")
    usage.flush(
        db, UsageDelta(counters={d: {"visits": 2} for d in days}, starts=dict.fromkeys(days, 1))
    )
    db.conn.close()
    base = f"http://127.0.0.1:{nginx.port}"
    env = {"KIOSK_SERVICE_POINT": "bjorna", "KIOSK_UPLOAD_USER": "kiosk"}
    env["KIOSK_UPLOAD_PASSWORD"] = "rätt-lösen"

    moved = run_kiosk(
        "stats", "upload", "--data-dir", str(data), env={**env, "KIOSK_UPLOAD_URL": f"{base}/moved"}
    )
    assert moved.returncode == 1
    [line] = moved.stdout.splitlines()
    assert line.startswith("0 days delivered, 2 waiting in the queue")
    assert f"the server pointed to {base}/login instead (HTTP 302" in line
    assert "Traceback" not in moved.stderr

    portal = run_kiosk(
        "stats",
        "upload",
        "--data-dir",
        str(data),
        env={**env, "KIOSK_UPLOAD_URL": f"{base}/portal"},
    )
    assert portal.returncode == 1
    [line] = portal.stdout.splitlines()
    assert "the server answered with a web page, not a confirmation" in line
    assert not list(nginx.root.rglob("*.json"))

    for _ in range(2):  # fixed: all of it once; the second pass has nothing left to send
        done = run_kiosk(
            "stats",
            "upload",
            "--data-dir",
            str(data),
            env={**env, "KIOSK_UPLOAD_URL": f"{base}/dav"},
        )
        assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "0 days delivered, 0 waiting in the queue"
    db = open_local(data / "local.db")
    try:
        for day in days:
            stored = nginx.root / "bjorna" / f"{day.isoformat()}.json"
            assert stored.read_bytes() == usage.queued(db, day)
            assert puts(nginx, f"/dav/bjorna/{day.isoformat()}.json") == 1
    finally:
        db.conn.close()
    assert puts(nginx, "/dav/bjorna/events.ics") == 1
