"""Benchmark: the fleet report over 3 years of 10 service points (budget: under 2 s).

python tests/bench/report_bench.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from usagesim import simulate_fleet  # noqa: E402

from kiosk.stats.fleet import build_fleet  # noqa: E402
from kiosk.stats.fleet_export import fleet_dict  # noqa: E402
from kiosk.stats.report_export import to_json  # noqa: E402

Row = tuple[str, str, str, str]
START, END = date(2023, 1, 1), date(2025, 12, 31)
BUDGET = 2.0


def _timed(action: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def report_rows(runs: int = 3) -> list[Row]:
    """The fleet report (read, check chains, sum, JSON) and its PDF, over 10 x 3 years."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "fleet"
        simulate_fleet(root, 10, START, END, seed=1)
        now = datetime.now()

        def json_report() -> None:
            to_json(fleet_dict(build_fleet(root, START, END, now, "bench")))

        seconds = _timed(json_report, runs)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from kiosk.ui.report.fleet import write_fleet_pdf

        fleet = build_fleet(root, START, END, now, "bench")
        pdf = _timed(lambda: write_fleet_pdf(fleet, Path(tmp) / "fleet.pdf"), runs)
    verdict = "OK" if seconds < BUDGET else "OVER BUDGET"
    return [
        (
            "fleet report, 10 points x 3 years (JSON)",
            f"{seconds * 1000:.0f} ms",
            "",
            f"< 2 s: {verdict}",
        ),
        ("  its PDF rendering (Qt)", f"{pdf * 1000:.0f} ms", "", ""),
    ]


if __name__ == "__main__":
    for row in report_rows():
        print("  ".join(row))
