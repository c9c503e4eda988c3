"""The kiosk at rest, as `kiosk run` runs it: memory with the home screen, and CPU with the home
screen idle and with the attract screen showing.

    python tests/bench/rest_bench.py        (or run.py --only rest [--low-end])

Budgets (design brief): home screen under 150 MB RSS; idle home screen ~0 % CPU (counted here as
under 1 % of one core); attract screen animation under 5 % of one core. 1,000 places and ~10,000
events in the store. The kiosk's own process is measured from outside (/proc): its sync passes
run as child processes and are not the GUI's cost. Under --low-end "one core" is the half-speed
core the kiosk gets, so the same work counts twice.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lowend import cpu_share  # noqa: E402
from run import Row, big_store  # noqa: E402

SETTLE = 12.0
"""Seconds after the spawn before measuring: painted, the pages built, the start over (the
slow setting paints in about 3 s)."""
HOME = 10.0
"""Seconds of idle home screen measured."""
ATTRACT = 15.0
"""Seconds of attract screen measured (more than one slide change)."""
IDLE_TIMEOUT = int(SETTLE + HOME + 3)
"""The kiosk's idle_timeout: nobody touches it, so the attract screen comes this long after its
window shows."""


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process `pid` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> dict[str, float]:
    """The process's resident memory in MB: 'all' (VmRSS) and its 'anonymous' and 'files' parts.

    The file part (library code) depends on what the page cache holds: the kernel maps the
    pages around each one a process touches when they are cached already, so the same kiosk
    shows more of it on a machine that has just run other Qt programs (CI, after the tests).
    """
    fields = {"VmRSS:": "all", "RssAnon:": "anonymous", "RssFile:": "files"}
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        parts = line.split()
        if parts and parts[0] in fields:
            found[fields[parts[0]]] = int(parts[1]) / 1024
    if "all" not in found:
        raise RuntimeError(f"no VmRSS for process {pid}")
    return found


def cpu_percent(pid: int, seconds: float) -> float:
    """The share of one (benchmark) core that process `pid` uses over the next `seconds`."""
    cpu, wall = cpu_seconds(pid), time.perf_counter()
    time.sleep(seconds)
    used = cpu_seconds(pid) - cpu
    return 100 * used / ((time.perf_counter() - wall) * cpu_share())


def measure(config: Path, data: Path) -> tuple[dict[str, float], float, float]:
    """(RSS MB with the home screen (see `rss_mb`), % CPU idle at home, % CPU on the attract
    screen)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(HERE.parents[1])
    command = [sys.executable, "-m", "kiosk", "run", "--windowed", "--config", str(config)]
    command += ["--data-dir", str(data), "--quit-after", str(IDLE_TIMEOUT + ATTRACT + 15)]
    spawned = time.perf_counter()
    child = subprocess.Popen(command, stderr=subprocess.DEVNULL, env=env)
    try:
        time.sleep(SETTLE)
        home_cpu = cpu_percent(child.pid, HOME)
        home_rss = rss_mb(child.pid)
        time.sleep(max(0.0, spawned + IDLE_TIMEOUT + 5 - time.perf_counter()))
        if child.poll() is not None:
            raise RuntimeError(f"the kiosk ended early (exit {child.returncode})")
        attract_cpu = cpu_percent(child.pid, ATTRACT)
    finally:
        child.terminate()
        child.wait(timeout=60)
    return home_rss, home_cpu, attract_cpu


def rest_rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        feed, data = big_store(Path(tmp))
        config = Path(tmp) / "kiosk.toml"
        config.write_text(f'feed_url = "{feed}"\nidle_timeout = {IDLE_TIMEOUT}\n', encoding="utf-8")
        rss, home, attract = measure(config, data)
    return [
        (
            "memory with the home screen (RSS)",
            f"{rss['all']:.0f} MB",
            f"anonymous {rss.get('anonymous', 0):.0f}, files {rss.get('files', 0):.0f} MB",
            _verdict(rss["all"], 150, "MB"),
        ),
        (
            "CPU, idle home screen",
            f"{home:.1f} % of a core",
            f"over {HOME:g} s",
            _verdict(home, 1, "%"),
        ),
        (
            "CPU, attract screen",
            f"{attract:.1f} % of a core",
            f"over {ATTRACT:g} s",
            _verdict(attract, 5, "%"),
        ),
    ]


def _verdict(value: float, budget: float, unit: str) -> str:
    return f"< {budget:g} {unit}: {'OK' if value < budget else 'OVER BUDGET'}"


if __name__ == "__main__":
    for row in rest_rows():
        print("  ".join(row))
