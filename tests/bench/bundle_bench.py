"""The PyInstaller bundle: its size, and its cold start against the same kiosk run from source.

Needs `python packaging/build.py` first; without dist/servicepunkt-kiosk/ the rows say so.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "servicepunkt-kiosk"
PROGRAM = BUNDLE / ("kiosk.exe" if sys.platform == "win32" else "kiosk")

Row = tuple[str, str, str, str]
Timer = Callable[[list[str], dict[str, str]], float]


def folder_mb(folder: Path) -> float:
    """Megabytes of the files below `folder` (links counted once)."""
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def bundle_rows(runs: int, time_to_first_paint: Timer) -> list[Row]:
    """Size of the built folder; cold start to the painted home screen, bundle vs source."""
    if not PROGRAM.is_file():
        note = "skipped: no build (python packaging/build.py)"
        return [("built program (dist/servicepunkt-kiosk)", note, "", "")]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["KIOSK_REPORT_FIRST_PAINT"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        args = ["run", "--demo", "--windowed"]
        built = [str(PROGRAM), *args, "--data-dir", str(Path(tmp) / "built")]
        source = [sys.executable, "-m", "kiosk", *args, "--data-dir", str(Path(tmp) / "source")]
        time_to_first_paint(built, env)  # loads the demo feed and warms the disk cache
        time_to_first_paint(source, env)
        pairs = [
            (time_to_first_paint(source, env), time_to_first_paint(built, env)) for _ in range(runs)
        ]
    from_source = statistics.median(s for s, _ in pairs)
    from_bundle = statistics.median(b for _, b in pairs)
    ratio = statistics.median(b / s for s, b in pairs)
    return [
        ("cold start from source (demo feed)", f"{from_source * 1000:.0f} ms", "", ""),
        (
            "cold start of the built program",
            f"{from_bundle * 1000:.0f} ms",
            f"{ratio:.2f}x source",
            "",
        ),
        ("size of the built folder", f"{folder_mb(BUNDLE):.0f} MB", "", ""),
    ]
