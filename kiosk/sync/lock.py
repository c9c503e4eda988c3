"""One sync at a time per data directory (the kiosk's scheduler and `kiosk sync` may overlap)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from kiosk.store.lock import DirectoryLock, LockHeldError
from kiosk.sync.http import SyncError

LOCK_FILE = "sync.lock"


@contextlib.contextmanager
def sync_lock(root: Path) -> Iterator[None]:
    """Hold the data directory's sync lock, or raise SyncError if another sync holds it."""
    root.mkdir(parents=True, exist_ok=True)
    lock = DirectoryLock(root / LOCK_FILE)
    try:
        lock.acquire()
    except LockHeldError:
        raise SyncError("another sync of this data directory is running") from None
    try:
        yield
    finally:
        lock.release()
