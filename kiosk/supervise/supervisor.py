"""Runs the kiosk as a child process and brings it back after a crash, a hang or a nightly restart.

Only `subprocess.Popen`, `terminate` and `kill`: the same on Linux and Windows.
"""

from __future__ import annotations

import logging
import os
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kiosk.domain import EXIT_RESTART, SUPERVISED_ENV
from kiosk.errors import KioskError
from kiosk.paths import DataDir, sweep_profiles
from kiosk.supervise.disk import guard_disk
from kiosk.supervise.nightly import NightlyRestart
from kiosk.supervise.record import Restart, record_restart

log = logging.getLogger("kiosk.supervise")

EXIT_TO_DESKTOP = 0
"""The shop owner left the kiosk on purpose: the supervisor stops too."""


@dataclass(frozen=True)
class Policy:
    """How patient the supervisor is. Seconds throughout; tests use fractions of a second."""

    heartbeat_timeout: float = 60
    startup_timeout: float = 180
    restart_delay: float = 2
    restart_delay_max: float = 300
    give_up_after: int = 10
    steady_seconds: float = 600
    """A child that ran this long before failing was not a rapid failure: the count starts over."""
    poll_seconds: float = 1.0
    stop_grace: float = 10
    """Seconds a child gets to quit after being asked, before it is killed."""
    disk_check_seconds: float = 3600
    min_free_mb: int = 500

    @classmethod
    def from_settings(cls, values: Any) -> Policy:
        """The policy from the configuration's values (a mapping of setting name to value)."""
        return cls(
            heartbeat_timeout=values["heartbeat_timeout"],
            startup_timeout=values["startup_timeout"],
            restart_delay=values["restart_delay"],
            restart_delay_max=values["restart_delay_max"],
            give_up_after=values["give_up_after"],
            min_free_mb=values["min_free_mb"],
        )


@dataclass(frozen=True)
class Outcome:
    """How one run of the child ended: 'exit' (with its code), 'hung' or 'nightly'."""

    kind: str
    code: int | None = None

    def reason(self) -> str:
        """For people: the log, the status panel and the record."""
        if self.kind == "hung":
            return "stopped responding (no heartbeat)"
        if self.kind == "nightly":
            return "nightly restart"
        if self.code == EXIT_RESTART:
            return "restart requested"
        return f"crashed (exit {self.code})"


class Supervisor:
    """`run()` keeps `command` running until it exits 0 or fails `give_up_after` times in a row."""

    def __init__(
        self,
        command: Sequence[str],
        data: DataDir,
        policy: Policy,
        nightly: NightlyRestart | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.command = list(command)
        self.data = data
        self.policy = policy
        self.nightly = nightly
        self.clock = clock
        self._disk_checked = float("-inf")

    def run(self) -> int:
        """0 when the kiosk was ended on purpose; 1 after giving up."""
        failures = 0
        while True:
            started = time.monotonic()
            outcome = self._run_child()
            if outcome.kind == "exit" and outcome.code == EXIT_TO_DESKTOP:
                log.info("the kiosk was ended on purpose (exit 0): the supervisor stops too")
                return 0
            delay = 0.0
            if outcome.kind == "hung" or (outcome.kind == "exit" and outcome.code != EXIT_RESTART):
                rapid = time.monotonic() - started < self.policy.steady_seconds
                failures = failures + 1 if rapid else 1
                if failures >= self.policy.give_up_after:
                    self._give_up(failures, outcome)
                    return 1
                delay = self._backoff(failures)
            else:
                failures = 0
            self._record(Restart(self.clock(), outcome.reason()))
            when = "at once" if delay == 0 else f"in {delay:g} s"
            log.warning("the kiosk %s: restarting it %s", outcome.reason(), when)
            time.sleep(delay)

    def _record(self, restart: Restart) -> None:
        try:
            record_restart(self.data, restart)
        except OSError as error:  # a full disk, or (Windows) a reader holding the file open
            log.warning("cannot record the restart in %s (%s)", self.data.supervisor_file, error)

    def _backoff(self, failures: int) -> float:
        delay = self.policy.restart_delay * 2 ** (failures - 1)
        return float(min(self.policy.restart_delay_max, delay))

    def _give_up(self, failures: int, outcome: Outcome) -> None:
        log.critical(
            "giving up: the kiosk failed %d times in a row, each soon after starting (last: %s); "
            "see the kiosk's log in %s, fix the cause and start the supervisor again",
            failures,
            outcome.reason(),
            self.data.log_dir,
        )

    def _run_child(self) -> Outcome:
        self.data.root.mkdir(parents=True, exist_ok=True)
        self.data.heartbeat_file.unlink(missing_ok=True)
        self._sweep_profiles()
        log.info("starting the kiosk: %s", " ".join(self.command))
        try:
            child = subprocess.Popen(self.command, env={**os.environ, SUPERVISED_ENV: "1"})
        except OSError as error:
            raise KioskError(
                f"cannot start the kiosk {self.command[0]} ({error.strerror})"
            ) from None
        try:
            return self._watch(child)
        finally:  # also when the supervisor itself is stopped: never leave the kiosk orphaned
            if child.poll() is None:
                self._stop(child)

    def _sweep_profiles(self) -> None:
        """A killed or crashed kiosk leaves its visit's browser profile: gone before it restarts."""
        swept = sweep_profiles(self.data.browser_profiles_dir)
        if swept:
            log.info("deleted %d browser profile(s) the last run left behind", swept)

    def _watch(self, child: subprocess.Popen[bytes]) -> Outcome:
        beat = Heartbeat(self.data, self.policy)
        while True:
            try:
                return Outcome("exit", child.wait(timeout=self.policy.poll_seconds))
            except subprocess.TimeoutExpired:
                pass
            if beat.hung():
                log.error("the kiosk %s", beat.problem)
                self._stop(child)
                return Outcome("hung")
            if self.nightly is not None and self.nightly.check(self.clock()):
                self._stop(child)
                return Outcome("nightly")
            self._check_disk()

    def _check_disk(self) -> None:
        if time.monotonic() - self._disk_checked >= self.policy.disk_check_seconds:
            self._disk_checked = time.monotonic()
            guard_disk(self.data, self.policy.min_free_mb)

    def _stop(self, child: subprocess.Popen[bytes]) -> None:
        """Ask the child to quit (SIGTERM; on Windows this already kills), then kill it."""
        child.terminate()
        try:
            child.wait(timeout=self.policy.stop_grace)
        except subprocess.TimeoutExpired:
            log.warning("the kiosk did not quit within %g s: killing it", self.policy.stop_grace)
            child.kill()
            child.wait()


class Heartbeat:
    """Watches DATA_DIR/heartbeat: the time of its last change, on the supervisor's own clock.

    Changes are timed with a monotonic clock, so a wall-clock jump (NTP at boot) is never a hang.
    """

    def __init__(self, data: DataDir, policy: Policy) -> None:
        self.path = data.heartbeat_file
        self.policy = policy
        self.started = self.changed = time.monotonic()
        self.seen: float | None = None
        self.problem = ""

    def hung(self) -> bool:
        """True when the first heartbeat is overdue, or the last one is too old."""
        try:
            mtime: float | None = self.path.stat().st_mtime
        except OSError:
            mtime = None
        now = time.monotonic()
        if mtime is not None and mtime != self.seen:
            self.seen, self.changed = mtime, now
        if self.seen is None and now - self.started > self.policy.startup_timeout:
            self.problem = f"sent no heartbeat within {self.policy.startup_timeout:g} s of starting"
            return True
        if self.seen is not None and now - self.changed > self.policy.heartbeat_timeout:
            self.problem = f"sent no heartbeat for {self.policy.heartbeat_timeout:g} s (hung)"
            return True
        return False
