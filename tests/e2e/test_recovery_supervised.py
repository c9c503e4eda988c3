"""A kiosk started under `kiosk supervise` on a damaged content database, a full disk or a clock the
feed contradicts: it starts once (no crash loop), shows content, and says what is wrong."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from e2e_helpers import Run
from faults import damage_current_content, full_disk
from feedmaker import write_source

from kiosk.feed.build import build_feed
from kiosk.paths import DataDir
from kiosk.store.content import CURRENT

pytestmark = pytest.mark.slow

QUIT_AFTER = "20"
"""Seconds the kiosk runs; content must be showing before it quits (well within 30 s)."""


def feed(root: Path, generated: datetime) -> Path:
    src = write_source(root / "src", places=4, weekly_series=2)
    toml = src / "feed.toml"
    stamp = generated.strftime("%Y-%m-%dT%H:%M:%SZ")
    toml.write_text(
        re.sub(r"generated = \S+", f"generated = {stamp}", toml.read_text("utf-8")), "utf-8"
    )
    out = root / "feed"
    build_feed(src, out, now=generated)
    return out


@contextlib.contextmanager
def prepared(case: str, tmp_path: Path, run_kiosk: Run) -> Iterator[tuple[Path, Path]]:
    """(config, data directory) with the fault of `case` in place."""
    generated = datetime.now(UTC) - timedelta(days=2)
    if case == "clock-behind-the-feed":  # the publisher's PC says it is a month later
        generated = datetime.now(UTC) + timedelta(days=30)
    folder = feed(tmp_path / "feed", generated)
    conf = tmp_path / "kiosk.toml"
    conf.write_text(f'service_point = "bjorna"\nfeed_url = "{folder}"\n', encoding="utf-8")
    with contextlib.ExitStack() as stack:
        data = tmp_path / "data"
        if case == "full-disk":
            disk = stack.enter_context(full_disk(tmp_path / "disk", size_mb=24))
            data = disk.mount / "data"
            data.mkdir()
            (tmp_path / "logs").mkdir()
            os.symlink(tmp_path / "logs", data / "logs")  # to read them: all else is on the disk
        synced = run_kiosk("sync", "--config", str(conf), "--data-dir", str(data))
        assert synced.returncode == 0, synced.stderr
        if case == "damaged-content":
            damage_current_content(DataDir(data).content_dir)
        elif case == "garbage-pointer":
            (data / "content" / CURRENT).write_bytes(os.urandom(40))
        elif case == "full-disk":
            disk.fill()
        yield conf, data


@pytest.mark.parametrize(
    "case", ["damaged-content", "garbage-pointer", "full-disk", "clock-behind-the-feed"]
)
def test_a_supervised_kiosk_shows_content_whatever_the_fault(
    case: str, run_kiosk: Run, tmp_path: Path
) -> None:
    with prepared(case, tmp_path, run_kiosk) as (conf, data):
        result = run_kiosk(
            "supervise", "--config", str(conf), "--data-dir", str(data), "--",
            "--quit-after", QUIT_AFTER,
            timeout=180,
        )  # fmt: skip
        logs = data / "logs"
        supervisor = (logs / "supervisor.log").read_text(encoding="utf-8")
        kiosk_log = (logs / "kiosk.log").read_text(encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert supervisor.count("starting the kiosk:") == 1, supervisor  # no crash loop
    assert "the kiosk was ended on purpose" in result.stderr
    assert "already running" not in result.stderr
    # Content showed, and after any damage was set aside (a damaged database opens at first).
    assert kiosk_log.rfind("content showing: content-") > kiosk_log.rfind("set aside"), kiosk_log
    if case == "clock-behind-the-feed":
        assert "the computer's clock looks behind" in kiosk_log
