"""Benchmark rows: peak memory of `kiosk sync` applying a feed that holds a 200 MB PDF.

The sync streams every object through its hash while it is copied or downloaded and never
holds an asset in memory, so its peak stays far below the PDF's size (budget: under 100 MB).
Measured as the peak RSS of the `kiosk sync` child alone: a small wrapper process starts it
and reads getrusage(RUSAGE_CHILDREN), so no other child of the benchmarks is counted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from feedmaker import write_source
from sync_bench import published_ago, serve

from kiosk.feed.build import build_feed

Row = tuple[str, str, str, str]
PDF_BYTES = 200 * 1000 * 1000
BUDGET_MB = 100

WRAPPER = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stderr.write(done.stdout + done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""


def big_feed(root: Path) -> Path:
    """A small feed whose brochure is a 200 MB PDF (incompressible bytes, written in chunks)."""
    src = write_source(root / "src", places=3, weekly_series=2)
    with (src / "brochures" / "guide.pdf").open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        for _ in range(PDF_BYTES // (1 << 20)):
            handle.write(os.urandom(1 << 20))
        handle.write(b"\n%%EOF\n")
    out = root / "feed"
    build_feed(src, out, now=datetime(2026, 11, 1, tzinfo=UTC))
    return out


def peak_of_sync(feed_url: str, data: Path, validate: bool = False) -> tuple[float, int]:
    """Peak RSS in MB of one `kiosk sync` (or `kiosk feed validate`) child, and its exit code."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["KIOSK_FEED_URL"] = feed_url
    command = [sys.executable, "-m", "kiosk", "sync", "--data-dir", str(data)]
    if validate:
        command = [sys.executable, "-m", "kiosk", "feed", "validate", feed_url]
        command += ["--data-dir", str(data)]
    return peak(command, env)


def peak(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Peak RSS in MB of one child running `command` (no other child counted), and its exit code."""
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *command],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    kib, code = done.stdout.split()
    return int(kib) / 1024, int(code)


def big_pdf_rows() -> list[Row]:
    """Peak memory of a sync over HTTP and from a folder (USB stick)."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        feed = big_feed(root)
        published_ago(feed, 120)
        with serve(feed) as url:
            peak, code = peak_of_sync(url, root / "data-http")
        rows.append(_row("sync over HTTP", peak, code))
        peak, code = peak_of_sync(str(feed), root / "data-usb")
        rows.append(_row("sync from a folder (USB)", peak, code))
        peak, code = peak_of_sync(str(feed), root / "data-validate", validate=True)
        rows.append(_row("kiosk feed validate of the folder", peak, code))
    return rows


def _row(how: str, peak: float, code: int) -> Row:
    verdict = "OK" if peak < BUDGET_MB and code == 0 else "OVER BUDGET"
    if code != 0:
        verdict = f"FAILED (exit {code})"
    return (
        f"peak RSS, feed with a 200 MB PDF: {how}",
        f"{peak:.0f} MB",
        "",
        f"< {BUDGET_MB} MB: {verdict}",
    )


if __name__ == "__main__":
    for row in big_pdf_rows():
        print("  ".join(row))
