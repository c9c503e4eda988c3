"""The supervisor's record in DATA_DIR/supervisor.json: restarts per day, the last one, disk state.

Read by the shop owner's status panel and the availability statistics; written only by the
supervisor, atomically, so that a reader never sees half a file.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.domain import STOCKHOLM
from kiosk.paths import DataDir

KEEP_DAYS = 400
"""Days of restart counts kept: a year of statistics and a little more."""


@dataclass(frozen=True)
class Restart:
    """One restart of the kiosk by the supervisor."""

    at: datetime
    reason: str
    """'crashed (exit 1)', 'stopped responding', 'restart requested', 'nightly restart'."""


def _file(data_dir: Path | DataDir) -> Path:
    root = data_dir.root if isinstance(data_dir, DataDir) else data_dir
    return DataDir(root).supervisor_file


def read_record(data_dir: Path | DataDir) -> dict[str, Any]:
    """The whole record; empty when there is none yet or it cannot be read."""
    try:
        loaded = json.loads(_file(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def write_record(data_dir: Path | DataDir, record: dict[str, Any]) -> None:
    """Replace the record atomically (temporary file in the same folder, then rename)."""
    path = _file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".supervisor-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(record, file, indent=1, sort_keys=True)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def record_restart(data_dir: Path | DataDir, restart: Restart) -> None:
    """Count a restart on its local (Swedish) day and remember it as the last one."""
    record = read_record(data_dir)
    counts = record.get("restarts")
    counts = dict(counts) if isinstance(counts, dict) else {}
    day = restart.at.astimezone(STOCKHOLM).date().isoformat()
    counts[day] = int(counts.get(day, 0)) + 1
    for old in sorted(counts)[:-KEEP_DAYS]:
        del counts[old]
    record["restarts"] = counts
    record["last_restart"] = {"at": restart.at.isoformat(), "reason": restart.reason}
    write_record(data_dir, record)


def update_record(data_dir: Path | DataDir, **fields: Any) -> None:
    """Set top-level fields (e.g. the disk state) and keep the rest."""
    record = read_record(data_dir)
    record.update(fields)
    write_record(data_dir, record)


def restarts_on(data_dir: Path | DataDir, day: date) -> int:
    """How often the supervisor restarted the kiosk on `day` (Swedish date); 0 when unknown."""
    counts = read_record(data_dir).get("restarts")
    if not isinstance(counts, dict):
        return 0
    try:
        return int(counts.get(day.isoformat(), 0))
    except (TypeError, ValueError):
        return 0


def last_restart(data_dir: Path | DataDir) -> Restart | None:
    """The supervisor's last restart of the kiosk, or None when it never restarted it."""
    last = read_record(data_dir).get("last_restart")
    if not isinstance(last, dict):
        return None
    try:
        return Restart(datetime.fromisoformat(str(last["at"])), str(last.get("reason", "")))
    except (KeyError, ValueError):
        return None
