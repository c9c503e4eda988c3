"""The running kiosk tells the municipality how it is: status.json and home.png on nginx's WebDAV."""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from e2e_helpers import kiosk_command
from feedmaker import make_feed
from loopnginx import Nginx

from kiosk.domain import STOCKHOLM
from kiosk.fleet.status import from_json

pytestmark = pytest.mark.skipif(
    shutil.which("nginx") is None, reason="nginx is not installed (.ci/run installs it)"
)


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[Nginx]:
    server = Nginx(tmp_path / "web")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def png_size(raw: bytes) -> tuple[int, int]:
    assert raw.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", raw[16:24])
    return width, height


def test_a_run_leaves_status_at_start_and_exit_and_the_home_screen(
    run_kiosk, nginx: Nginx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    feed, _ = make_feed(tmp_path / "feed")
    data = tmp_path / "data"
    env = {
        "KIOSK_FEED_URL": str(feed),
        "KIOSK_SERVICE_POINT": "bjorna",
        "KIOSK_UPLOAD_URL": nginx.url,
        "KIOSK_UPLOAD_USER": "kiosk",
        "KIOSK_UPLOAD_PASSWORD": "rätt-lösen",
        "KIOSK_SPEECH": "false",
    }
    synced = run_kiosk("sync", "--data-dir", str(data), env=env)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    before = datetime.now(STOCKHOLM).replace(microsecond=0)

    ran = run_kiosk("run", "--quit-after", "25", "--data-dir", str(data), env=env, timeout=180)

    assert ran.returncode == 0, ran.stderr
    folder = nginx.root / "bjorna"
    status = from_json((folder / "status.json").read_bytes())
    assert status.reason == "exit"
    assert status.service_point == "bjorna" and status.service_point_known
    assert status.name == "Björna Lanthandel" and status.village == "Björna"
    assert status.feed_version == 1 and status.sync_outcome in {"updated", "unchanged"}
    assert status.speech == "off" and status.problems == ()
    started = datetime.fromisoformat(status.started)
    assert before <= started <= datetime.fromisoformat(status.written)
    assert [d.day for d in status.schedule][:1] == [before.date()]
    assert len(status.schedule) == 14
    puts = [
        line
        for line in (nginx.tmp / "access.log").read_text(encoding="utf-8").splitlines()
        if '"PUT /dav/bjorna/status.json' in line and '" 20' in line
    ]
    assert len(puts) >= 2  # the start report and the exit report
    assert png_size((folder / "home.png").read_bytes()) == (1366, 768)
    assert "Traceback" not in ran.stderr


def test_an_unreachable_server_never_stops_the_kiosk(run_kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feed, _ = make_feed(tmp_path / "feed")
    data = tmp_path / "data"
    env = {
        "KIOSK_FEED_URL": str(feed),
        "KIOSK_SERVICE_POINT": "bjorna",
        "KIOSK_UPLOAD_URL": "http://127.0.0.1:9/dav",  # discard port: nothing listens
        "KIOSK_SPEECH": "false",
    }
    assert run_kiosk("sync", "--data-dir", str(data), env=env).returncode == 0

    ran = run_kiosk("run", "--quit-after", "8", "--data-dir", str(data), env=env, timeout=120)

    assert ran.returncode == 0, ran.stderr
    assert "Traceback" not in ran.stderr
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "status.json not delivered" in log


def test_sigterm_is_a_clean_exit_that_still_reports(nginx: Nginx, tmp_path: Path) -> None:
    """systemd at shutdown and the supervisor's nightly restart stop the kiosk with SIGTERM."""
    feed, _ = make_feed(tmp_path / "feed")
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        KIOSK_FEED_URL=str(feed),
        KIOSK_SERVICE_POINT="bjorna",
        KIOSK_UPLOAD_URL=nginx.url,
        KIOSK_UPLOAD_USER="kiosk",
        KIOSK_UPLOAD_PASSWORD="rätt-lösen",
        KIOSK_SPEECH="false",
    )
    kiosk = subprocess.Popen(
        [*kiosk_command(), "run", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    status = nginx.root / "bjorna" / "status.json"
    home = nginx.root / "bjorna" / "home.png"
    try:
        deadline = time.monotonic() + 120
        while not (status.exists() and home.exists()):  # waiting for the report, not timing it
            assert kiosk.poll() is None and time.monotonic() < deadline, "no start report"
            time.sleep(0.2)
        assert from_json(status.read_bytes()).reason == "start"

        kiosk.send_signal(signal.SIGTERM)
        _, stderr = kiosk.communicate(timeout=60)
    finally:
        if kiosk.poll() is None:  # a kiosk that ignored SIGTERM must not outlive the test
            kiosk.kill()
            kiosk.communicate()

    assert kiosk.returncode == 128 + signal.SIGTERM
    assert from_json(status.read_bytes()).reason == "exit"
    assert "Traceback" not in stderr
