"""Public warnings: parsing the largest answers and judging on the GUI thread, against the
50 ms stall budget (the 30 s re-judge runs there; checks run on a worker thread).

    python tests/bench/alerts_bench.py
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from kiosk.alerts import krisinformation, smhi, vma  # noqa: E402
from kiosk.alerts.check import Checker, Place  # noqa: E402
from kiosk.alerts.state import SourceState  # noqa: E402
from kiosk.domain import Geo  # noqa: E402
from kiosk.net.http import Http  # noqa: E402
from tests.alertfixtures import BJORNA, kris_news, smhi_warning, vma_alert, vma_answer  # noqa: E402

NOW = datetime(2026, 12, 6, 8, 12, tzinfo=UTC)
HERE_GEO = Geo(*BJORNA)


def circle(vertices: int) -> list[list[list[float]]]:
    """A county-sized outline around Björna with `vertices` points."""
    ring = [
        [
            18.6 + 0.7 * math.cos(2 * math.pi * i / vertices),
            63.5 + 0.4 * math.sin(2 * math.pi * i / vertices),
        ]
        for i in range(vertices)
    ]
    return [[*ring, ring[0]]]


def best(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def alerts_rows() -> list[tuple[str, str, str, str]]:
    """The parses (a worker thread: no budget) and the re-judge on the GUI thread (< 50 ms)."""
    warnings = [smhi_warning(NOW, i, polygon=circle(2000)) for i in range(60)]
    smhi_body = json.dumps(warnings).encode()
    vma_body = vma_answer(NOW, *[vma_alert(NOW, f"A{i}") for i in range(200)])
    news_body = json.dumps([kris_news(NOW, f"K{i}") for i in range(100)]).encode()
    deep = b"[" * 100_000 + b"]" * 100_000
    rows = [
        (
            "SMHI answer parsed + 60 areas x 2,000 vertices matched",
            f"{len(smhi_body) / 1e6:.1f} MB",
            best(lambda: smhi.parse(smhi_body, HERE_GEO)),
        ),
        (
            "VMA answer of 200 alerts parsed",
            f"{len(vma_body) / 1e3:.0f} kB",
            best(lambda: vma.parse(vma_body)),
        ),
        (
            "Krisinformation, 100 news parsed",
            f"{len(news_body) / 1e3:.0f} kB",
            best(lambda: krisinformation.parse(news_body)),
        ),
        ("hostile: 100,000-deep nesting refused", "200 kB", best(lambda: _refused(deep))),
    ]
    with tempfile.TemporaryDirectory() as folder:
        urls = {"vma": "http://x/", "smhi": "http://x/", "krisinformation": "http://x/"}
        checker = Checker(
            Http(), urls, Place("2284", HERE_GEO), Path(folder) / "a.json", lambda: NOW
        )
        checker.states = {
            "vma": SourceState(items=vma.parse(vma_body), confirmed=True),
            "smhi": SourceState(items=smhi.parse(smhi_body, HERE_GEO)),
            "krisinformation": SourceState(items=krisinformation.parse(news_body)),
        }
        rows.append(
            (
                "re-judge on the GUI thread (360 items held)",
                "",
                best(checker.snapshot, 20),
            )
        )
    *parses, (what, _, judge_ms) = rows
    return [
        *((f"warnings: {w}", f"{ms:.1f} ms", size, "worker thread") for w, size, ms in parses),
        (
            f"warnings: {what}",
            f"{judge_ms:.1f} ms",
            "",
            f"< 50 ms GUI stall: {'OK' if judge_ms < 50 else 'OVER BUDGET'}",
        ),
    ]


def main() -> None:
    for row in alerts_rows():
        print("  ".join(row))


def _refused(body: bytes) -> None:
    try:
        vma.parse(body)
    except vma.ParseError:
        return
    raise AssertionError("deep nesting was accepted")


if __name__ == "__main__":
    main()
