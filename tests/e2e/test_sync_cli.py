"""`kiosk sync` as operators run it: one line of outcome, exit 0 or 1, never a traceback."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from syncfeed import FeedSite, build
from werkzeug import Response

pytestmark = pytest.mark.slow


def config(tmp_path: Path, feed_url: str, **more: object) -> Path:
    """A configuration file naming the feed."""
    path = tmp_path / "kiosk.toml"
    lines = [f"feed_url = {json.dumps(feed_url)}"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in more.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sync(run_kiosk, tmp_path: Path, conf: Path) -> subprocess.CompletedProcess[str]:
    """`kiosk sync` with its own data directory under tmp_path."""
    return run_kiosk("sync", "--config", str(conf), "--data-dir", str(tmp_path / "data"))


def test_sync_prints_one_line_per_outcome(
    run_kiosk, tmp_path: Path, httpserver: HTTPServer
) -> None:
    site = FeedSite(httpserver, build(tmp_path, 1))
    conf = config(tmp_path, site.url)
    first = sync(run_kiosk, tmp_path, conf)
    assert first.returncode == 0, first.stderr
    assert first.stdout == "updated to feed version 1 (8 new objects, 2.8 kB)\n"
    assert first.stderr == ""

    second = sync(run_kiosk, tmp_path, conf)
    assert (second.returncode, second.stdout) == (0, "unchanged (feed version 1)\n")

    site.faults["manifest.json"] = lambda request: Response("oops", status=500)
    failed = sync(run_kiosk, tmp_path, conf)
    host = site.url.split("/")[2]
    assert failed.returncode == 1
    assert failed.stdout == (
        f"kept feed version 1: {host} answered 500 INTERNAL SERVER ERROR for manifest.json\n"
    )
    assert "Traceback" not in failed.stderr


def test_a_warning_is_a_second_line(run_kiosk, tmp_path: Path) -> None:
    feed = build(tmp_path, 1)
    manifest = json.loads((feed / "manifest.json").read_text(encoding="utf-8"))
    manifest["expires"] = "2026-01-01T00:00:00+00:00"
    (feed / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = sync(run_kiosk, tmp_path, config(tmp_path, str(feed)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "updated to feed version 1 (8 new objects, 2.8 kB)",
        "warning: feed version 1 expired on 2026-01-01; the publisher has not updated the feed since",
    ]


def test_no_feed_url_is_a_one_line_error(run_kiosk, tmp_path: Path) -> None:
    result = sync(run_kiosk, tmp_path, config(tmp_path, ""))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "kiosk: no feed_url is configured (set it in the config file or KIOSK_FEED_URL)\n"
    )


def test_a_first_sync_that_fails_says_there_is_no_feed_yet(run_kiosk, tmp_path: Path) -> None:
    result = sync(run_kiosk, tmp_path, config(tmp_path, "http://kiosk-feed.invalid/manifest.json"))
    assert result.returncode == 1
    assert result.stdout == "no feed yet: cannot reach kiosk-feed.invalid (name not found)\n"
    assert result.stderr == ""
