"""One sync at a time per data directory (the kiosk's scheduler and `kiosk sync` may overlap)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from kiosk.store.files import lock_fd
from kiosk.sync.http import SyncError

LOCK_FILE = "sync.lock"


@contextlib.contextmanager
def sync_lock(root: Path) -> Iterator[None]:
    """Hold the data directory's sync lock, or raise SyncError if another sync holds it."""
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            lock_fd(fd, wait=False)
        except OSError:
            raise SyncError("another sync of this data directory is running") from None
        yield
    finally:
        os.close(fd)  # closing releases the lock
