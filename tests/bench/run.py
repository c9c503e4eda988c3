"""Benchmarks against the design brief's budgets: prints a table; not a timed test.

    python tests/bench/run.py [--runs N] [--low-end] [--only start,search,taps,...]

--low-end runs everything on one core at half speed (tests/bench/lowend.py says how).

Cold start: the time from spawning the process to the first painted frame of the home screen,
with a content store of 10,000 events and 1,000 places, against the bare-Qt floor (the same
interpreter starting QApplication and painting one window). Budget: at most 2x the floor.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from feedmaker import apply_folder, make_feed  # noqa: E402
from lowend import limit_to_low_end  # noqa: E402

from kiosk.feed.ics import STOCKHOLM  # noqa: E402
from kiosk.paths import DataDir  # noqa: E402

FLOOR = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
class Paint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("first-paint", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
window.installEventFilter(Paint(app))
window.resize(1280, 800)
window.show()
app.exec()
"""

Row = tuple[str, str, str, str]


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawn until the child prints 'first-paint'."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command[:3]} never painted (exit {child.wait()})")
    child.wait(timeout=60)
    return elapsed


def big_store(root: Path) -> tuple[Path, Path]:
    """A feed with 1,000 places and ~10,000 event occurrences, loaded into a data dir."""
    feed, _ = make_feed(root, places=1000, weekly_series=56)  # 56 daily series x 180 days
    data = DataDir(root / "data")
    apply_folder(feed, data, datetime.now(STOCKHOLM), window_days=180)
    database = max(data.content_dir.glob("content-*.db"), key=lambda p: p.stat().st_mtime)
    print(f"content store: 1,001 places ({database.stat().st_size // 1024} KiB)")
    return feed, data.root


def compile_bytecode() -> None:
    """Byte-compile the kiosk package as an installed wheel or bundle has it.

    An editable install under PYTHONDONTWRITEBYTECODE=1 (set on this workplace's machines) would
    otherwise compile every module from source at every start, which no deployed kiosk does.
    """
    import compileall

    compileall.compile_dir(HERE.parents[1] / "kiosk", quiet=1)


def cold_start(runs: int) -> list[Row]:
    compile_bytecode()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        feed, data = big_store(Path(tmp))
        config = Path(tmp) / "kiosk.toml"
        config.write_text(f'feed_url = "{feed}"\n', encoding="utf-8")
        kiosk_cmd = [sys.executable, "-m", "kiosk", "run", "--windowed"]
        kiosk_cmd += ["--config", str(config), "--data-dir", str(data)]
        kiosk_env = {**env, "KIOSK_REPORT_FIRST_PAINT": "1"}
        floor_cmd = [sys.executable, "-c", FLOOR]
        time_to_first_paint(
            floor_cmd, env
        )  # warm the disk cache like a kiosk that has started before
        time_to_first_paint(kiosk_cmd, kiosk_env)
        # Floor and kiosk alternate, so that a busy moment of the machine hits both alike.
        pairs = [
            (time_to_first_paint(floor_cmd, env), time_to_first_paint(kiosk_cmd, kiosk_env))
            for _ in range(runs)
        ]
    floor = statistics.median(f for f, _ in pairs)
    kiosk = statistics.median(k for _, k in pairs)
    ratio = statistics.median(k / f for f, k in pairs)
    verdict = "OK" if ratio <= 2 else "OVER BUDGET"
    return [
        ("cold start, bare-Qt floor", f"{floor * 1000:.0f} ms", "", ""),
        (
            "cold start to painted home (10k events, 1k places)",
            f"{kiosk * 1000:.0f} ms",
            f"{ratio:.2f}x floor",
            f"<= 2x: {verdict}",
        ),
    ]


def benchmarks(args: argparse.Namespace) -> dict[str, Callable[[], list[Row]]]:
    """Every benchmark by name, in the order the table lists them."""
    from alerts_bench import alerts_rows
    from bigfeed_bench import big_pdf_rows
    from browser_bench import browser_rows
    from bundle_bench import bundle_rows
    from fleet_bench import fleet_rows
    from hostile_bench import hostile_rows
    from list_bench import list_rows
    from local_bench import local_rows
    from memory_bench import memory_rows
    from report_bench import report_rows
    from rest_bench import rest_rows
    from rural_bench import rural_rows
    from search_bench import search_rows
    from stats_bench import stats_rows
    from sync_bench import gui_stall_rows, ics_ingest_rows, sync_rows
    from tap_bench import tap_rows

    return {
        "start": lambda: cold_start(args.runs),
        "sync": lambda: sync_rows() + ics_ingest_rows() + gui_stall_rows(),
        "rural": lambda: rural_rows(compare=False),  # about 40 s: the link is slow on purpose
        "bigfeed": big_pdf_rows,
        "hostile": hostile_rows,
        "alerts": alerts_rows,
        "search": search_rows,
        "list": list_rows,
        "bundle": lambda: bundle_rows(args.runs, time_to_first_paint),
        "stats": stats_rows,
        "local": local_rows,
        "report": report_rows,
        "fleet": fleet_rows,
        "taps": tap_rows,
        "rest": rest_rows,
        "browser": lambda: browser_rows(args.visits),
        "memory": memory_rows,  # a real window and Chromium --kiosk beside it: about 2.5 min
    }


def main() -> None:
    # The kiosk's own log lines (e.g. "no content yet" on a fresh data dir) are not results.
    logging.getLogger().addHandler(logging.NullHandler())
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--visits", type=int, default=200, help="Browser soak length.")
    parser.add_argument(
        "--low-end",
        action="store_true",
        help="One core at half speed (cgroup CPU quota) for this process and every child.",
    )
    parser.add_argument("--only", default="", help="Comma-separated benchmark names.")
    args = parser.parse_args()
    if args.low_end:
        print(f"low-end profile: {limit_to_low_end()}", flush=True)
    chosen = benchmarks(args)
    names = [name for name in args.only.split(",") if name] or list(chosen)
    unknown = sorted(set(names) - set(chosen))
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)} (known: {', '.join(chosen)})")
    rows: list[Row] = [("benchmark", "median", "ratio", "budget")]
    for name in names:
        rows += chosen[name]()
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))


if __name__ == "__main__":
    main()
