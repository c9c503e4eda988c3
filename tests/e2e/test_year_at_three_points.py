"""A year at three service points: counted, delivered to nginx, and read back as the municipality's
fleet report and as each point's own PDF — the statistics issue's whole way, end to end."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from e2e_helpers import Run
from feedmaker import apply_folder
from loopnginx import Nginx

from kiosk.domain import STOCKHOLM
from kiosk.paths import DataDir
from kiosk.stats.days import SETTLE
from kiosk.store import usage
from kiosk.store.local import open_local
from kiosk.store.usage import UsageDelta

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("nginx") is None, reason="needs nginx (.ci/run installs it)"),
]
DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo-feed"
POINTS = ("bjorna", "kopmanholmen", "ulvohamn")


def a_year(data: DataDir, point_number: int, days: list) -> tuple[int, set]:  # type: ignore[type-arg]
    """Record a year of plausible use; every 40th day (offset per point) the kiosk was off."""
    db = open_local(data.local_db)
    visits, off = 0, set()
    counters, hours, starts = {}, {}, {}
    for n, day in enumerate(days):
        if (n + point_number * 7) % 40 == 0:
            off.add(day)
            continue
        today = 3 + (n * (point_number + 1)) % 9
        visits += today
        counters[day] = {
            "visits": today,
            "visit_seconds": today * 240,
            "section:places": today,
            "eservice_open:1177": 1 + n % 3,
        }
        for hour in range(9, 18):
            hours[(day, hour)] = [60, 60, 60]
        starts[day] = 1
    usage.flush(db, UsageDelta(counters=counters, hours=hours, starts=starts))
    db.conn.close()
    return visits, off


def test_a_year_at_three_points_reaches_the_fleet_report_and_each_points_pdf(
    run_kiosk: Run, tmp_path: Path
) -> None:
    nginx = Nginx(tmp_path / "web")
    nginx.start()
    try:
        now = datetime.now(STOCKHOLM)
        # The last settled day: in the first hour after midnight yesterday is not closed yet.
        end = (now - SETTLE).date() - timedelta(days=1)
        days = [end - timedelta(days=n) for n in range(364, -1, -1)]
        expected = {}
        for number, point in enumerate(POINTS):
            data = DataDir(tmp_path / point)
            apply_folder(DEMO, data, now)
            expected[point] = a_year(data, number, days)
            env = {
                "KIOSK_UPLOAD_URL": nginx.url,
                "KIOSK_SERVICE_POINT": point,
                "KIOSK_UPLOAD_USER": "kiosk",
                "KIOSK_UPLOAD_PASSWORD": "rätt-lösen",
            }
            sent = run_kiosk("stats", "upload", "--data-dir", str(data.root), env=env, timeout=300)
            assert sent.returncode == 0, sent.stdout + sent.stderr
            assert sent.stdout.startswith(f"{365 - len(expected[point][1])} days delivered")
    finally:
        nginx.stop()

    out = tmp_path / "fleet.json"
    fleet = run_kiosk(
        "report", "--fleet", str(nginx.root), "--from", str(days[0]), "--to", str(days[-1]),
        "--format", "json", "--out", str(out), timeout=300,
    )  # fmt: skip
    assert fleet.returncode == 0, fleet.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["points"]) == set(POINTS)
    for point, (visits, off) in expected.items():
        mine = report["points"][point]
        assert mine["chain"]["intact"], mine["chain"]
        computer = mine["criteria"]["computer"]
        assert computer["measures"]["visits"] == visits
        assert mine["coverage"]["days_with_data"] == 365 - len(off)
        assert mine["coverage"]["days_missing"] == len(off)
        assert computer["met"] and mine["criteria"]["tourist_info"]["offered_days"] > 0
    rows = [r for r in report["rows"] if r["service_point"] == "bjorna"]
    assert {r["criterion"] for r in rows} == {
        "tourist_info", "computer", "activities", "cafe", "home_delivery",
    }  # fmt: skip

    pdf = tmp_path / "bjorna.pdf"
    single = run_kiosk(
        "report", "--from", str(days[0]), "--to", str(days[-1]), "--out", str(pdf),
        "--data-dir", str(tmp_path / "bjorna"), env={"KIOSK_SERVICE_POINT": "bjorna"}, timeout=300,
    )  # fmt: skip
    assert single.returncode == 0, single.stderr
    done = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    text = done.stdout
    assert "Björna Lanthandel" in text
    assert "Dator med internet" in text
    assert "1177 – vård och hälsa" in text  # the feed's name, not its id
    # Thousands are set apart by a (no-break) space, as Swedish is printed.
    assert f"{expected['bjorna'][0]:,}".replace(",", " ") in text
