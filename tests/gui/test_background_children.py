"""The kiosk's helper processes (sync and upload passes, the speech engine) run at a lower CPU
priority than its screen: on a one-core kiosk PC the speech engine's start took half the
processor from a visitor's first taps (tests/bench/run.py --low-end)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kiosk.app import Kiosk
from kiosk.config import load_config
from kiosk.paths import DataDir
from kiosk.services import syncprocess
from kiosk.services.syncprocess import BACKGROUND_NICENESS, run_child

pytestmark = pytest.mark.skipif(not hasattr(os, "setpriority"), reason="Unix priorities")

WAIT_FOR_NICENESS = """
import os, sys, time
for _ in range(3000):  # the parent lowers it just after the start: wait until it has
    if os.getpriority(os.PRIO_PROCESS, 0) == int(sys.argv[1]):
        break
    time.sleep(0.01)
print(os.getpriority(os.PRIO_PROCESS, 0))
"""


def expected() -> int:
    return min(19, os.getpriority(os.PRIO_PROCESS, 0) + BACKGROUND_NICENESS)


def test_a_sync_pass_runs_below_the_screens_priority(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        syncprocess, "kiosk_command", lambda: [sys.executable, "-c", WAIT_FOR_NICENESS]
    )
    done = run_child(load_config(None, environ={}), DataDir(tmp_path), [str(expected())], 60)
    assert int(done.stdout) == expected()


def test_the_speech_engine_runs_below_the_screens_priority(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.speech is not None
    kiosk.speech.start()
    process = kiosk.speech._process
    assert process is not None and process.processId()
    stat = Path(f"/proc/{process.processId()}/stat").read_text().rsplit(")", 1)[1].split()
    assert int(stat[16]) == expected()  # field 19 of /proc/PID/stat: the niceness
