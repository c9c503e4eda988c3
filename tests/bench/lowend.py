"""`run.py --low-end`: the benchmarks on one core at half speed, the class of PC a village shop gets.

The benchmark process moves itself onto one CPU (sched_setaffinity) and into a cgroup whose CPU
quota is half of one core (cgroup v2 `cpu.max`, or v1 `cpu.cfs_quota_us` where the machine still
has the v1 hierarchy); every kiosk, floor and browser process it starts inherits both. Where no
cgroup can be written (no permission, no cpu controller) it says so and runs on one core only.
"""

from __future__ import annotations

import atexit
import os
from pathlib import Path

GROUP = f"kiosk-bench-low-end-{os.getpid()}"
"""One group per run: two runs at once on a shared machine would otherwise split one quota."""
PERIOD_US = 100_000
QUOTA_US = PERIOD_US // 2
SHARE = "BENCH_CPU_SHARE"
"""Set for the children when the quota holds: the part of a core the kiosk gets (0.5). Not
KIOSK_...: the kiosk reads those as settings and stops at one it does not know."""


def cpu_share() -> float:
    """The part of one core this process may use: 1, or 0.5 under the low-end profile."""
    return float(os.environ.get(SHARE, "1"))


def limit_to_low_end() -> str:
    """Limit this process and its future children; a line saying what was done."""
    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[0]})
    done = f"one core (CPU {cpus[0]} of {len(cpus)}, sched_setaffinity)"
    problems = []
    for attempt in (_cgroup_v2, _cgroup_v1):
        try:
            return f"{done}, {attempt()}"
        except OSError as error:
            problems.append(f"{attempt.__name__[1:]}: {error.strerror or error}")
    return f"{done}; NOT at half speed: no writable CPU quota ({'; '.join(problems)})"


def _cgroup_v2() -> str:
    root = Path("/sys/fs/cgroup")
    if not (root / "cgroup.controllers").exists():
        raise FileNotFoundError(2, "no unified hierarchy at /sys/fs/cgroup")
    own = Path("/proc/self/cgroup").read_text().strip().splitlines()[-1].split("::", 1)[1]
    parent = root / own.lstrip("/")
    if "cpu" not in (parent / "cgroup.subtree_control").read_text().split():
        (parent / "cgroup.subtree_control").write_text("+cpu")
    group = parent / GROUP
    group.mkdir(exist_ok=True)
    (group / "cpu.max").write_text(f"{QUOTA_US} {PERIOD_US}")
    _join(group, parent)
    os.environ[SHARE] = str(QUOTA_US / PERIOD_US)
    return f"half speed (cgroup v2 {group}/cpu.max = {QUOTA_US} {PERIOD_US})"


def _cgroup_v1() -> str:
    parent = Path("/sys/fs/cgroup/cpu")
    group = parent / GROUP
    group.mkdir(exist_ok=True)
    (group / "cpu.cfs_period_us").write_text(str(PERIOD_US))
    (group / "cpu.cfs_quota_us").write_text(str(QUOTA_US))
    _join(group, parent)
    os.environ[SHARE] = str(QUOTA_US / PERIOD_US)
    return f"half speed (cgroup v1 {group}: cfs_quota_us {QUOTA_US} of {PERIOD_US})"


def _join(group: Path, parent: Path) -> None:
    (group / "cgroup.procs").write_text(str(os.getpid()))
    atexit.register(_leave, group, parent)


def _leave(group: Path, parent: Path) -> None:
    """Back to the parent group, and the group removed once its last process has left."""
    try:
        (parent / "cgroup.procs").write_text(str(os.getpid()))
        group.rmdir()
    except OSError:
        pass  # a child still running in it: the kernel keeps the group until it ends
