"""Runs `kiosk sync` as a child process for the kiosk: the GUI's interpreter never does sync work."""

from __future__ import annotations

import json
import logging
import os
import random
import subprocess
import sys
from datetime import datetime

from kiosk.config import ENV_PREFIX, Config
from kiosk.paths import DataDir
from kiosk.services.sync import SyncStatus
from kiosk.sync.backoff import next_attempt
from kiosk.sync.state import load_state

log = logging.getLogger(__name__)

TIME_LIMIT = 15 * 60
"""A sync pass that takes longer than this is ended; the next one resumes its downloads."""


def kiosk_command() -> list[str]:
    """How to start this program again: the bundled executable, or this interpreter with -m kiosk."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "kiosk"]


class ProcessRunner:
    """`SyncService`'s runner: one `kiosk sync` child per pass, its result read from sync-state.json.

    A child process keeps the heavy parts of a sync (JSON validation, iCalendar expansion) from
    holding the GUI thread's interpreter lock, and a crash in a sync can never take the kiosk down.
    """

    def __init__(self, config: Config, data: DataDir) -> None:
        self._config = config
        self._data = data

    def __call__(self, now: datetime) -> SyncStatus:
        """One pass; never raises."""
        try:
            done = run_child(self._config, self._data, ["sync"], TIME_LIMIT)
        except (OSError, subprocess.SubprocessError) as error:
            return SyncStatus(now, "failed", True, f"cannot start the sync: {error}")
        if done.returncode not in (0, 1):
            log.error("kiosk sync exited with %s: %s", done.returncode, done.stderr.strip()[-500:])
        state = load_state(self._data.root)
        line = done.stdout.strip().splitlines()[0] if done.stdout.strip() else state.line
        version = state.feed_version
        outcome = state.outcome if state.outcome in {"updated", "unchanged", "failed"} else "failed"
        if done.returncode not in (0, 1):
            outcome, line = (
                "failed",
                done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "sync failed",
            )
        return SyncStatus(now, outcome, not state.offline, line, state.retry_after, version)


def run_child(
    config: Config, data: DataDir, args: list[str], time_limit: float
) -> subprocess.CompletedProcess[str]:
    """`kiosk ARGS --data-dir DATA` as a child with the kiosk's effective settings, in the
    background (`run_in_background`); raises OSError or subprocess.SubprocessError when it
    cannot be started or runs out of time."""
    with subprocess.Popen(
        [*kiosk_command(), *args, "--data-dir", str(data.root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_environment(config),
    ) as child:
        run_in_background(child.pid)
        try:
            out, err = child.communicate(timeout=time_limit)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            raise
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


BACKGROUND_NICENESS = 10
"""How much lower than the kiosk's own the CPU priority of its helper processes is (Unix `nice`):
the sync and upload passes and the speech engine. On a one-core kiosk PC the speech engine's
start, a second after every start, took half the processor from the screen: a visitor's first
tap on Tourist information waited about 400 ms on the slow setting (tests/bench/run.py
--low-end) against about 150 with speech off. At this niceness the screen gets about nine
tenths of the processor whenever it has work, and the helpers all of it otherwise."""


def run_in_background(pid: int) -> None:
    """Lower the CPU priority of process `pid` (a child just started) by BACKGROUND_NICENESS."""
    if not hasattr(os, "setpriority"):  # Windows: priority classes, not used here
        return
    try:
        own = os.getpriority(os.PRIO_PROCESS, 0)
        os.setpriority(os.PRIO_PROCESS, pid, min(19, own + BACKGROUND_NICENESS))
    except OSError as error:  # the child has already ended
        log.debug("child %d keeps its priority (%s)", pid, error.strerror)


def child_environment(config: Config) -> dict[str, str]:
    """The kiosk's effective settings for a child, whatever file or variables they came from."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(ENV_PREFIX)}
    for name, value in config.values.items():
        key = ENV_PREFIX + name.upper()
        if isinstance(value, bool):
            env[key] = "true" if value else "false"
        elif isinstance(value, list):
            env[key] = json.dumps(value)
        else:
            env[key] = str(value)
    return env


class Schedule:
    """Seconds until the next pass: this kiosk's slot every 15 minutes, or a backoff after failures."""

    def __init__(self, service_point: str, rng: random.Random | None = None) -> None:
        self._point = service_point
        self._rng = rng or random.Random()

    def __call__(self, status: SyncStatus | None, failures: int) -> float:
        """Delay in seconds; the first pass comes soon but spread, so a village power cut does not
        make every kiosk call at once when the power returns."""
        if status is None:
            return self._rng.uniform(5, 60)
        now = status.at
        retry = status.retry_after
        return max(
            1.0, (next_attempt(now, self._point, self._rng, failures, retry) - now).total_seconds()
        )
