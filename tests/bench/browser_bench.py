"""Benchmark rows for the browser soak: memory over many private sessions, and with a page open."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

Row = tuple[str, str, str, str]
SOAK = Path(__file__).with_name("browser_soak.py")
GROWTH_BUDGET = 0.10
OPEN_BUDGET_MB = 450


def browser_rows(visits: int = 200) -> list[Row]:
    """Memory growth from visit 20 to the last, and the most seen with a page open (PSS)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(SOAK), str(visits)],
        capture_output=True, text=True, env=env, timeout=1800, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return [(f"browser soak, {visits} visits", "failed", reason[:60], "")]
    result = json.loads(lines[-1])
    after = result["after"]
    # Steady state: the median of a few visits around 20 and at the end, not one noisy sample.
    early = statistics.median(after[17:23])
    late = statistics.median(after[-5:])
    growth = late / early - 1
    return [
        (
            f"browser soak: memory (PSS) growth visit 20 -> {visits}",
            f"{early:.0f} -> {late:.0f} MB",
            f"{growth:+.1%}",
            f"< {GROWTH_BUDGET:.0%} {'ok' if growth < GROWTH_BUDGET else 'OVER'}",
        ),
        (
            "browser open (kiosk + Chromium processes, PSS)",
            f"{result['open_peak']:.0f} MB",
            f"{seconds / visits:.2f} s/visit",
            f"< {OPEN_BUDGET_MB} MB {'ok' if result['open_peak'] < OPEN_BUDGET_MB else 'OVER'}",
        ),
    ]


if __name__ == "__main__":
    for row in browser_rows(int(sys.argv[1]) if len(sys.argv) > 1 else 200):
        print("  ".join(row))
