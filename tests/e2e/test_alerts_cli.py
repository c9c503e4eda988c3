"""`kiosk alerts` as the owner and municipal IT run it: what visitors see now, and why not the rest."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from kiosk.domain import STOCKHOLM
from tests.alertfixtures import (
    kris_news,
    smhi_answer,
    smhi_warning,
    vma_alert,
    vma_answer,
)

pytestmark = pytest.mark.slow


def config(tmp_path: Path, server: HTTPServer, **more: object) -> Path:
    """Every source on the loopback server, the area Örnsköldsvik."""
    values = {
        "alert_area": "2284",
        "vma_url": server.url_for("/vma"),
        "smhi_warnings_url": server.url_for("/smhi"),
        "krisinformation_url": server.url_for("/kris"),
        **more,
    }
    path = tmp_path / "kiosk.toml"
    path.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()), "utf-8")
    return path


def alerts(run_kiosk, tmp_path: Path, conf: Path, *flags: str):  # type: ignore[no-untyped-def]
    return run_kiosk("alerts", *flags, "--config", str(conf), "--data-dir", str(tmp_path / "d"))


def test_alerts_prints_what_visitors_see_and_with_all_what_is_held_back(
    run_kiosk, tmp_path: Path, httpserver: HTTPServer
) -> None:
    now = datetime.now(STOCKHOLM)
    httpserver.expect_request("/vma").respond_with_data(
        vma_answer(now, vma_alert(now, "A1"), vma_alert(now, "T1", status="Test"))
    )
    httpserver.expect_request("/smhi").respond_with_data(smhi_answer(smhi_warning(now)))
    httpserver.expect_request("/kris").respond_with_data(json.dumps([kris_news(now)]))
    # The demo feed's Björna service point gives the position SMHI's areas are matched against.
    loaded = run_kiosk("events", "--demo", "--data-dir", str(tmp_path / "d"))
    assert loaded.returncode == 0, loaded.stderr
    done = alerts(run_kiosk, tmp_path, config(tmp_path, httpserver), "--json", "--all")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert [(a["source"], a["id"]) for a in doc["shown"]] == [
        ("vma", "A1"),
        ("smhi", "3101/31010"),
        ("krisinformation", "KRI-TEST-1"),
    ]
    assert [(a["id"], a["held"]) for a in doc["held"]] == [
        ("T1", "test alert (never shown to visitors)")
    ]
    assert all(c["last_ok"] and not c["failing_since"] for c in doc["checks"])
    text = alerts(run_kiosk, tmp_path, config(tmp_path, httpserver))
    assert "Visitors see now (3):" in text.stdout and "vma (Sveriges Radio)" in text.stdout


def test_no_warnings_is_exit_0_and_a_failing_source_is_never_an_all_clear(
    run_kiosk, tmp_path: Path, httpserver: HTTPServer
) -> None:
    now = datetime.now(STOCKHOLM)
    httpserver.expect_request("/vma").respond_with_data(vma_answer(now))
    httpserver.expect_request("/smhi").respond_with_data(b"[]")
    conf = config(tmp_path, httpserver, krisinformation_url="http://127.0.0.1:9/kris")
    done = alerts(run_kiosk, tmp_path, conf)
    assert done.returncode == 0
    assert "Visitors see no warning now, but not every source could be checked." in done.stdout
    assert "krisinformation  never  failing since" in done.stdout


def test_a_bad_alert_area_is_a_one_line_error(run_kiosk, tmp_path: Path, httpserver) -> None:  # type: ignore[no-untyped-def]
    done = alerts(run_kiosk, tmp_path, config(tmp_path, httpserver, alert_area="Björna"))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "alert_area" in done.stderr
