"""One sync at a time per data directory (the kiosk's scheduler and `kiosk sync` may overlap)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from kiosk.sync.http import SyncError

LOCK_FILE = "sync.lock"


@contextlib.contextmanager
def sync_lock(root: Path) -> Iterator[None]:
    """Hold the data directory's sync lock, or raise SyncError if another sync holds it.

    An OS lock, not a marker file: the system releases it when a sync is killed, so a crash
    never blocks the next sync.
    """
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            _lock(fd)
        except OSError:
            raise SyncError("another sync of this data directory is running") from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
