"""The supervisor with a tiny fake kiosk as its child: crashes, hangs, giving up, exit codes."""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from kiosk.domain import STOCKHOLM
from kiosk.paths import DataDir
from kiosk.supervise.nightly import NightlyRestart
from kiosk.supervise.record import last_restart, restarts_on
from kiosk.supervise.supervisor import Policy, Supervisor

# The fake kiosk: run number n does plan[n] (the last entry repeats) and records its pid.
FAKE_KIOSK = """
import os, sys, time
from pathlib import Path
data, plan = Path(sys.argv[1]), sys.argv[2].split(",")
runs = data / "runs"
done = runs.read_text().split() if runs.exists() else []
runs.write_text(" ".join([*done, str(os.getpid())]))
if len(done) >= 20:  # a supervisor that never gives up fails its test instead of hanging it
    sys.exit(0)
step = plan[min(len(done), len(plan) - 1)]
beat = data / "heartbeat"
if step == "leave-profile":  # killed with a visit open: its browser profile stays behind
    from kiosk.paths import DataDir
    profile = DataDir(data).browser_profiles_dir / f"{os.getpid()}-visit" / "storage"
    profile.mkdir(parents=True)
    (profile / "leveldb").write_text("19121212-1212")
    os.kill(os.getpid(), 9)
if step == "count-profiles":
    from kiosk.paths import DataDir
    root = DataDir(data).browser_profiles_dir
    (data / "profiles-seen").write_text(str(len(list(root.iterdir())) if root.is_dir() else 0))
    sys.exit(0)
if step == "crash":
    sys.exit(1)
if step.startswith("exit"):
    sys.exit(int(step[4:]))
if step == "hang":  # beats once, then the "GUI thread" hangs
    beat.touch()
if step == "beat":
    while True:
        beat.touch()
        time.sleep(0.05)
time.sleep(60)
"""

FAST = Policy(
    heartbeat_timeout=0.5,
    startup_timeout=10,  # Python's start on a busy machine; only the silent test waits for it
    restart_delay=0.01,
    restart_delay_max=0.04,
    give_up_after=10,
    poll_seconds=0.02,
    stop_grace=5,
    min_free_mb=0,
)


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    return data


def supervisor(data: DataDir, plan: str, policy: Policy = FAST, **kwargs: object) -> Supervisor:
    script = data.root.parent / "fake_kiosk.py"
    script.write_text(FAKE_KIOSK, encoding="utf-8")
    command = [sys.executable, str(script), str(data.root), plan]
    return Supervisor(command, data, policy, **kwargs)  # type: ignore[arg-type]


def pids(data: DataDir) -> list[int]:
    return [int(pid) for pid in (data.root / "runs").read_text().split()]


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def today() -> date:
    return datetime.now(STOCKHOLM).date()


def test_a_crashing_kiosk_is_restarted_with_growing_backoff(
    data: DataDir, caplog: pytest.LogCaptureFixture
) -> None:
    assert supervisor(data, "crash,crash,crash,crash,exit0").run() == 0
    assert len(pids(data)) == 5
    assert warnings(caplog) == [
        "the kiosk crashed (exit 1): restarting it in 0.01 s",
        "the kiosk crashed (exit 1): restarting it in 0.02 s",
        "the kiosk crashed (exit 1): restarting it in 0.04 s",
        "the kiosk crashed (exit 1): restarting it in 0.04 s",  # capped at restart_delay_max
    ]
    assert restarts_on(data, today()) == 4
    last = last_restart(data)
    assert last is not None and last.reason == "crashed (exit 1)"


def test_a_hung_kiosk_is_killed_and_restarted(
    data: DataDir, caplog: pytest.LogCaptureFixture
) -> None:
    assert supervisor(data, "hang,exit0").run() == 0
    hung, _ = pids(data)
    with pytest.raises(ProcessLookupError):
        os.kill(hung, 0)  # gone, not left running beside its successor
    assert "the kiosk sent no heartbeat for 0.5 s (hung)" in warnings(caplog)
    last = last_restart(data)
    assert last is not None and last.reason == "stopped responding (no heartbeat)"
    assert restarts_on(data, today()) == 1


def test_a_kiosk_that_never_sends_a_heartbeat_is_restarted(
    data: DataDir, caplog: pytest.LogCaptureFixture
) -> None:
    policy = Policy(**{**FAST.__dict__, "startup_timeout": 2})
    assert supervisor(data, "silent,exit0", policy).run() == 0
    assert len(pids(data)) == 2
    assert "the kiosk sent no heartbeat within 2 s of starting" in warnings(caplog)


def test_rapid_failures_make_it_give_up_noisily(
    data: DataDir, caplog: pytest.LogCaptureFixture
) -> None:
    policy = Policy(**{**FAST.__dict__, "give_up_after": 3})
    assert supervisor(data, "crash", policy).run() == 1
    assert len(pids(data)) == 3
    critical = [r.getMessage() for r in caplog.records if r.levelno == logging.CRITICAL]
    assert len(critical) == 1
    assert critical[0].startswith(
        "giving up: the kiosk failed 3 times in a row, each soon after starting "
        "(last: crashed (exit 1))"
    )


def test_failures_far_apart_never_make_it_give_up(data: DataDir) -> None:
    steady = Policy(**{**FAST.__dict__, "give_up_after": 2, "steady_seconds": 0})
    assert supervisor(data, "crash,crash,crash,exit0", steady).run() == 0
    assert len(pids(data)) == 4


def test_exit_0_stops_the_supervisor_without_a_restart(data: DataDir) -> None:
    assert supervisor(data, "exit0").run() == 0
    assert len(pids(data)) == 1
    assert restarts_on(data, today()) == 0 and last_restart(data) is None


def test_exit_3_restarts_at_once_and_is_no_failure(
    data: DataDir, caplog: pytest.LogCaptureFixture
) -> None:
    policy = Policy(**{**FAST.__dict__, "give_up_after": 2})
    assert supervisor(data, "exit3,exit3,exit3,exit0", policy).run() == 0
    assert warnings(caplog) == ["the kiosk restart requested: restarting it at once"] * 3
    assert restarts_on(data, today()) == 3


def test_the_nightly_restart_restarts_a_healthy_kiosk_once(
    data: DataDir, caplog: pytest.LogCaptureFixture
) -> None:
    evening = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)  # 03:00 in Sweden
    night = datetime(2026, 11, 26, 2, 31, tzinfo=UTC)  # 03:31: due, and no content says open
    nightly = NightlyRestart(time(3, 30), data, "", evening)
    # The night falls once the first kiosk beats: it has then counted its run.
    beating = data.heartbeat_file.exists
    run = supervisor(
        data, "beat,exit0", nightly=nightly, clock=lambda: night if beating() else evening
    )
    assert run.run() == 0
    assert len(pids(data)) == 2
    last = last_restart(data)
    assert last is not None and last.reason == "nightly restart"
    assert restarts_on(data, night.date()) == 1


def test_restart_record_survives_a_damaged_file(data: DataDir) -> None:
    data.supervisor_file.write_text("{not json", encoding="utf-8")
    assert restarts_on(data, today()) == 0 and last_restart(data) is None
    assert supervisor(data, "crash,exit0").run() == 0
    assert restarts_on(data, today()) == 1


def test_the_nightly_restart_is_skipped_while_the_service_point_is_open(
    data: DataDir, caplog: pytest.LogCaptureFixture
) -> None:
    from feedmaker import apply_folder

    from kiosk.paths import demo_feed_dir

    thursday_noon = datetime(2026, 11, 26, 11, 0, tzinfo=UTC)  # Björna is open 09-19
    apply_folder(demo_feed_dir(), data, thursday_noon, window_days=30)
    nightly = NightlyRestart(time(12, 5), data, "bjorna", thursday_noon)
    assert not nightly.check(datetime(2026, 11, 26, 11, 10, tzinfo=UTC))
    assert "nightly restart skipped: the service point is open at 12:05" in warnings(caplog)[0]
    assert nightly.check(datetime(2026, 11, 27, 22, 10, tzinfo=UTC))  # 23:10: closed


def test_a_full_disk_loses_old_logs_and_partial_downloads_only(
    data: DataDir, caplog: pytest.LogCaptureFixture
) -> None:
    from kiosk.supervise.disk import disk_state, guard_disk
    from kiosk.supervise.record import read_record

    data.log_dir.mkdir()
    (data.objects_dir / ".partial").mkdir(parents=True)
    keep = [data.log_dir / "kiosk.log", data.objects_dir / "abc.png", data.local_db]
    lose = [data.log_dir / "kiosk.log.1", data.objects_dir / ".partial" / "abc.png.part"]
    for path in keep + lose:
        path.write_bytes(b"x" * 1000)
    impossible = 10**12  # more MB than any disk has: the guard always finds it too full
    state = guard_disk(data, impossible)
    assert state.low
    assert all(path.exists() for path in keep)
    assert not any(path.exists() for path in lose)
    assert "low disk space" in warnings(caplog)[0]
    assert read_record(data)["disk"]["low"] is True
    assert disk_state(data, 0).low is False


def test_a_missing_kiosk_program_is_a_one_line_error(data: DataDir) -> None:
    from kiosk.errors import KioskError

    missing = Supervisor([str(data.root / "no-such-kiosk")], data, FAST)
    with pytest.raises(KioskError, match=r"cannot start the kiosk .*no-such-kiosk \(No such file"):
        missing.run()


def test_the_nightly_restart_follows_the_shop_owners_own_hours(data: DataDir) -> None:
    from feedmaker import apply_folder

    from kiosk.paths import demo_feed_dir
    from kiosk.store.local import open_local
    from kiosk.store.owner import Details, save_details

    thursday = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)  # the feed says Björna opens at 09:00
    apply_folder(demo_feed_dir(), data, thursday, window_days=30)
    db = open_local(data.local_db)
    # The owner opens early on weekdays, and is closed on 27 November for inventory.
    save_details(
        db,
        Details(
            hours=("06:00-19:00",) * 5 + ("", ""), exceptions=(("2026-11-27", "", "Inventering"),)
        ),
    )
    db.conn.close()
    at_7 = NightlyRestart(time(7, 30), data, "bjorna", thursday)
    assert not at_7.check(datetime(2026, 11, 26, 6, 35, tzinfo=UTC))  # 07:35: open by the owner
    at_noon = NightlyRestart(time(12, 0), data, "bjorna", thursday)
    assert not at_noon.check(datetime(2026, 11, 26, 11, 5, tzinfo=UTC))  # open: skipped
    assert at_noon.check(datetime(2026, 11, 27, 11, 5, tzinfo=UTC))  # the feed says open; inventory


def test_profiles_a_killed_kiosk_left_are_gone_before_it_restarts(
    data: DataDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert supervisor(data, "leave-profile,count-profiles").run() == 0
    assert (data.root / "profiles-seen").read_text() == "0"
