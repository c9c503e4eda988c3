"""Whole-file writes that a power cut can never leave half done, and locks between processes."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path


def write_atomic(target: Path, raw: bytes) -> None:
    """Replace `target` with `raw` in one step (temporary file, fsync, rename); raises OSError.

    The temporary name starts with a dot: garbage collection of the objects folder leaves such
    files alone while they are young, since a writer may be busy with one.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
    try:
        with tmp.open("wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def lock_fd(fd: int, wait: bool) -> None:
    """Take an OS lock on the open file `fd` (released when it is closed); OSError when busy.

    An OS lock, not a marker file: the system releases it when a process is killed, so a
    crash never blocks the next one. `wait`: block until it is free (Windows: about 10 s).
    """
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)


@contextlib.contextmanager
def held(lock: Path) -> Iterator[None]:
    """Hold the lock file `lock`, waiting for another thread or process to let go of it."""
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        lock_fd(fd, wait=True)
        yield
    finally:
        os.close(fd)  # closing releases the lock
