"""The disk-space guard: below the minimum, remove what the kiosk can do without or fetch again."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import ContentError
from kiosk.paths import DataDir, sweep_profiles
from kiosk.store.content import current_path
from kiosk.store.damage import DAMAGED
from kiosk.supervise.record import read_record, update_record

log = logging.getLogger("kiosk.supervise")
MB = 1024 * 1024


@dataclass(frozen=True)
class DiskState:
    """Free space of the data directory's disk against the configured minimum."""

    free_mb: int
    min_free_mb: int
    freed_mb: int = 0
    """What the last guard run removed."""

    @property
    def low(self) -> bool:
        """True when the disk is still below the minimum (the status panel shows a warning)."""
        return self.free_mb < self.min_free_mb


def free_mb(folder: Path) -> int:
    """Free megabytes on the disk holding `folder` (its nearest existing parent)."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return shutil.disk_usage(folder).free // MB


def prunable(data: DataDir) -> list[Path]:
    """Files the kiosk can lose: rotated old logs, partial downloads (sync fetches them again),
    content databases that are not current and damaged ones set aside (content is rebuilt)."""
    found = [path for path in data.log_dir.glob("*.log.*") if path.is_file()]
    partial = data.objects_dir / ".partial"
    found += [path for path in partial.glob("*") if path.is_file()]
    found += [path for path in (data.content_dir / DAMAGED).glob("*") if path.is_file()]
    try:
        current = current_path(data.content_dir)
    except ContentError:  # a damaged pointer: the kiosk sets it aside and rebuilds
        current = None
    if current is not None:  # without a current one, an older database is all there is
        found += [p for p in data.content_dir.glob("content-*.db") if p != current]
    return sorted(found)


def guard_disk(data: DataDir, min_free_mb: int) -> DiskState:
    """Check the free space; when low, prune, log it clearly and record the state."""
    free = free_mb(data.root)
    if free >= min_free_mb:
        state = DiskState(free, min_free_mb)
    else:
        freed = 0
        for path in prunable(data):
            try:
                size = path.stat().st_size
                path.unlink()
            except OSError:  # in use (Windows) or already gone: the next run tries again
                continue
            freed += size
        sweep_profiles(data.browser_profiles_dir, only_dead=True)  # a browser's leftover cache
        state = DiskState(free_mb(data.root), min_free_mb, freed // MB)
        level = logging.ERROR if state.low else logging.WARNING
        log.log(
            level,
            "low disk space: %d MB free (minimum %d MB); removed %d MB of old logs, partial "
            "downloads and old content; %s",
            free,
            min_free_mb,
            state.freed_mb,
            "still too little: free space on the disk" if state.low else "now enough",
        )
    _remember(data, state)
    return state


def _remember(data: DataDir, state: DiskState) -> None:
    previous = read_record(data).get("disk")
    current = {"free_mb": state.free_mb, "min_free_mb": state.min_free_mb, "low": state.low}
    # Written only when the verdict changes: the record is not rewritten every hour for nothing.
    if not isinstance(previous, dict) or previous.get("low") != state.low:
        try:
            update_record(data, disk=current)
        except OSError as error:  # the disk may be full: that is what is being reported
            log.warning("cannot record the disk state in %s (%s)", data.supervisor_file, error)


def disk_state(data_dir: Path | DataDir, min_free_mb: int) -> DiskState:
    """The disk state now, for the status panel (no pruning; cheap)."""
    root = data_dir.root if isinstance(data_dir, DataDir) else data_dir
    return DiskState(free_mb(root), min_free_mb)
