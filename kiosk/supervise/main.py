"""`kiosk supervise`: the child command, the supervisor's own log, and stopping cleanly."""

from __future__ import annotations

import logging
import logging.handlers
import signal
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from types import FrameType

from kiosk.config import Config
from kiosk.paths import DataDir
from kiosk.supervise.nightly import NightlyRestart, parse_restart_time
from kiosk.supervise.supervisor import Policy, Supervisor

LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def kiosk_command(config: Config, data: DataDir, extra: Sequence[str]) -> list[str]:
    """`kiosk run` with the same configuration: this interpreter, or the bundle's own program."""
    # In a PyInstaller bundle sys.executable is the bundle's kiosk(.exe) itself.
    frozen = getattr(sys, "frozen", False)
    base = [sys.executable] if frozen else [sys.executable, "-m", "kiosk"]
    command = [*base, "run", "--data-dir", str(data.root)]
    if config.source is not None:
        command += ["--config", str(config.source)]
    return [*command, *extra]


def setup_logging(data: DataDir) -> None:
    """Its own rotating file (the kiosk rotates kiosk.log itself) and standard error (journal)."""
    data.log_dir.mkdir(parents=True, exist_ok=True)
    form = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    rotating = logging.handlers.RotatingFileHandler(
        data.log_dir / "supervisor.log",
        maxBytes=LOG_BYTES,
        backupCount=LOG_BACKUPS,
        encoding="utf-8",
    )
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setFormatter(logging.Formatter("kiosk supervise: %(message)s"))
    rotating.setFormatter(form)
    logger = logging.getLogger("kiosk.supervise")
    logger.setLevel(logging.INFO)
    for handler in (rotating, terminal):
        logger.addHandler(handler)


def _stop_on_terminate(_signal: int, _frame: FrameType | None) -> None:
    # systemd and the Task Scheduler stop the supervisor this way: unwind so the child is stopped.
    raise SystemExit(0)


def supervise(config: Config, data: DataDir, extra: Sequence[str]) -> int:
    """Run the kiosk under supervision until it is ended on purpose (0) or the supervisor gives up (1)."""
    nightly_at = parse_restart_time(str(config.values["nightly_restart"]))
    setup_logging(data)
    signal.signal(signal.SIGTERM, _stop_on_terminate)
    policy = Policy.from_settings(config.values)
    now = datetime.now(UTC)
    nightly = NightlyRestart(nightly_at, data, config.service_point, now)
    supervisor = Supervisor(kiosk_command(config, data, extra), data, policy, nightly)
    return supervisor.run()
