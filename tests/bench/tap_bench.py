"""Taps in a real window (Xvfb): tap -> next frame painted, for page switches, the first open
of each page kind after the start, and a search keystroke -> its results painted.

    python tests/bench/tap_bench.py        (or run.py --only taps [--low-end])

Two floors come first, measured in the same child after the kiosk's taps: the same tap on a bare Qt
window (two labels in a stack), and a fixed piece of Python work (its time says what share of a
CPU the child got), so that a busy machine shows as a slow floor rather than as a slow kiosk.

The first taps come once the warm-up after the first frame is over (the pages, the places and
the keyboard, kiosk.afterpaint.warm_up), whose length is reported: a tap during it waits for the
piece being built.

Budgets (design brief and issue 25): a tap paints within 100 ms at p95; the first tap on any
page after the start within 150 ms; a keystroke's results within 100 ms at p95. 1,000 places and
~10,000 events in the store.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import Row, big_store  # noqa: E402


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _verdict(value: float, budget: float) -> str:
    return f"<= {budget:g} ms: {'OK' if value <= budget else 'OVER BUDGET'}"


def measure(config: Path, data: Path) -> list[dict]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONPATH"] = str(HERE.parents[1])
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", sys.executable]
    command += [str(HERE / "tap_child.py"), str(config), str(data)]
    done = subprocess.run(
        command, check=False, capture_output=True, text=True, env=env, timeout=900
    )
    taps = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if not taps:
        raise RuntimeError(f"tap benchmark: no taps measured ({done.stderr.strip()[-300:]})")
    return taps


def tap_rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        feed, data = big_store(Path(tmp))
        config = Path(tmp) / "kiosk.toml"
        config.write_text(f'feed_url = "{feed}"\n', encoding="utf-8")
        taps = measure(config, data)
    floor = [t["ms"] for t in taps if t["kind"] == "floor"]
    work = [t["ms"] for t in taps if t["kind"] == "floor work"]
    warm = [t["ms"] for t in taps if t["kind"] == "floor warm-up"]
    taps = [t for t in taps if not t["kind"].startswith("floor")]
    switches = [t["ms"] for t in taps if not t["first"] and t["kind"] != "search key"]
    keys = [t["ms"] for t in taps if t["kind"] == "search key"]
    firsts = {t["kind"]: t["ms"] for t in taps if t["first"] and t["kind"] != "search key"}
    slowest = max(firsts, key=lambda kind: firsts[kind])
    rows: list[Row] = [
        (
            f"tap -> frame, floor: a bare Qt page switch ({len(floor)})",
            f"{statistics.median(floor):.0f} ms p50",
            f"{p95(floor):.0f} ms p95",
            "the machine now, no budget",
        ),
        (
            "floor: a fixed piece of Python work in the same child",
            f"{statistics.median(work):.0f} ms p50",
            f"{p95(work):.0f} ms p95",
            "the CPU share now, no budget",
        ),
        (
            "warm-up after the first frame (pages, places, keyboard)",
            f"{statistics.median(warm):.0f} ms",
            "the first taps after it",
            "no budget: a tap meanwhile waits for one piece",
        ),
        (
            f"tap -> frame, page switches ({len(switches)}), p95",
            f"{statistics.median(switches):.0f} ms p50",
            f"{p95(switches):.0f} ms p95",
            _verdict(p95(switches), 100),
        ),
        (
            "first tap on each page kind after start, slowest",
            f"{firsts[slowest]:.0f} ms ({slowest})",
            " ".join(f"{k}={v:.0f}" for k, v in firsts.items()),
            _verdict(firsts[slowest], 150),
        ),
        (
            f"search keystroke -> results painted ({len(keys)}), p95",
            f"{statistics.median(keys):.0f} ms p50",
            f"{p95(keys):.0f} ms p95",
            _verdict(p95(keys), 100),
        ),
    ]
    by_kind: dict[str, list[float]] = {}
    for t in taps:
        if not t["first"] and t["kind"] != "search key":
            by_kind.setdefault(t["kind"], []).append(t["ms"])
    rows += [
        (
            f"  tap -> frame: {kind}",
            f"{statistics.median(v):.0f} ms p50",
            f"{p95(v):.0f} ms p95",
            "",
        )
        for kind, v in by_kind.items()
    ]
    return rows


if __name__ == "__main__":
    for row in tap_rows():
        print("  ".join(row))
