"""An OS lock on a file in the data directory: held while a process lives, taken without writing."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

_HELD = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK}
"""What a refused non-blocking lock reports (EACCES/EDEADLK: Windows' msvcrt)."""


class LockHeldError(OSError):
    """Another process holds the lock."""


class DirectoryLock:
    """An OS lock on one file: the system releases it when its process dies, so a crash never
    blocks the next start, and taking it writes nothing (a full disk cannot fake 'held')."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock; LockHeldError when another process holds it, OSError when the file
        cannot be opened or created (no space for a new file, no permission)."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in _HELD:
                raise LockHeldError(error.errno, "held by another process") from None
            raise
        self._fd = fd

    def release(self) -> None:
        """Let go (closing releases the lock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
