"""The fleet folder the report and board benchmarks read: made once per process, removed at exit.

100 service points x 3 years (2023-2025) of day files, 107,560 files with a status.json each.
Making them takes 20-40 s, which CI paid twice while report_bench.py and fleet_bench.py each
made a copy of their own in the same run.py process. Neither writes into the folder (the report
writes to its --out and --data-dir, the board's link cache lives in its own SQLite file), so one
copy serves both, whichever runs first.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from fleetmaker import status, write_status  # noqa: E402
from usagesim import simulate_fleet  # noqa: E402

from kiosk.domain import STOCKHOLM  # noqa: E402

FILES_FROM, FILES_TO = date(2023, 1, 1), date(2025, 12, 31)
NOW = datetime(2026, 1, 1, 11, 0, tzinfo=STOCKHOLM)
"""The board's "now": every kiosk wrote its status five minutes before, so none needs attention."""


@functools.cache
def fleet_folder(points: int = 100) -> Path:
    """The folder of `points` service points, made on the first call in this process and
    removed when the process exits."""
    root = Path(tempfile.mkdtemp(prefix="fleet-bench-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    make_in(root, points)
    return root


def make_in(root: Path, points: int) -> None:
    """Make the folder in a child process: the simulation holds every day file in memory, and
    the benchmark's own process (run.py) should not keep that peak."""
    began = time.perf_counter()
    subprocess.run([sys.executable, __file__, str(root), str(points)], check=True)
    print(f"  (fleet folder of {points} points made in {time.perf_counter() - began:.0f} s)")


def make(root: Path, points: int) -> None:
    """3 years of day files and a status.json per service point, as the kiosks upload them.

    The status is the whole contract (the board reads it all); the report reads only the name
    and the village."""
    simulate_fleet(root, points, FILES_FROM, FILES_TO, seed=1)
    written = NOW - timedelta(minutes=5)
    for n in range(1, points + 1):
        point = f"punkt{n:02d}"
        write_status(root, status(point, written, name=f"Lanthandeln nr {n}", village=f"Byn {n}"))


if __name__ == "__main__":
    make(Path(sys.argv[1]), int(sys.argv[2]))
