"""`kiosk supervise` with the real kiosk as its child."""

from __future__ import annotations

from pathlib import Path

import pytest
from e2e_helpers import Run

from kiosk.supervise.record import last_restart


@pytest.mark.slow
def test_supervise_runs_the_kiosk_and_stops_when_it_is_ended(
    run_kiosk: Run, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    result = run_kiosk("supervise", "--data-dir", str(data), "--", "--demo", "--quit-after", "3")
    assert result.returncode == 0, result.stderr
    assert "the kiosk was ended on purpose (exit 0): the supervisor stops too" in result.stderr
    assert (data / "heartbeat").is_file()  # the kiosk's GUI thread beat while it ran
    log = (data / "logs" / "supervisor.log").read_text(encoding="utf-8")
    assert "starting the kiosk:" in log and " run --data-dir " in log
    assert last_restart(data) is None  # ended on purpose: not a restart


@pytest.mark.slow
def test_a_bad_nightly_restart_time_is_a_one_line_error(run_kiosk: Run, tmp_path: Path) -> None:
    result = run_kiosk(
        "supervise", "--data-dir", str(tmp_path / "data"), env={"KIOSK_NIGHTLY_RESTART": "3.30"}
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "kiosk: setting 'nightly_restart' must be a time like 03:30 (or empty), not '3.30'"
    )
