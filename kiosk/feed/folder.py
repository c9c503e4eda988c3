"""Reading a feed folder (a USB stick) as a hostile publisher might have laid it out.

Only regular files inside the folder are read: a symbolic link (to a file elsewhere, or to
/dev/zero) or a special file (device, FIFO, socket) is refused with a one-line reason, and a
file's size is checked against its limit before a single byte of it is read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kiosk.errors import FeedError
from kiosk.units import human_size

MAX_MANIFEST_BYTES = 8 * 1024 * 1024
"""manifest.json is read whole, up to this size."""

CHUNK = 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # not on Windows: lstat and realpath below still hold
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO must not block the open; fstat refuses it next
_BINARY = getattr(os, "O_BINARY", 0)


def open_regular(folder: Path, name: str, limit: int) -> tuple[BinaryIO, int]:
    """Open `name` (a relative path such as 'assets/<sha256>.pdf') of `folder` for reading.

    Returns the open file and its size. FeedError when it is missing, a link, not a regular
    file, outside the folder or over `limit` bytes; FileNotFoundError is kept as such so that
    callers can tell a missing file from a refused one.
    """
    root = os.path.realpath(folder)
    parts = name.split("/")
    if name.startswith("/") or any(p in {"", ".", ".."} for p in parts):
        raise FeedError(f"{name}: not a path inside the feed folder")
    path = os.path.join(root, *parts)
    for depth in range(1, len(parts) + 1):  # every step, so that a linked 'assets/' is refused too
        _refuse_link(os.path.join(root, *parts[:depth]), "/".join(parts[:depth]))
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _BINARY)
    except OSError as error:
        if error.errno in {errno.ELOOP, errno.EMLINK} or os.path.islink(path):
            # O_NOFOLLOW's answer for a link that appeared after the lstat above
            raise FeedError(
                f"{name}: is a symbolic link; a feed folder holds regular files only"
            ) from None
        raise
    handle = os.fdopen(fd, "rb")
    try:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise FeedError(
                f"{name}: is not a regular file; a feed folder holds regular files only"
            )
        if os.path.commonpath([root, os.path.realpath(path)]) != root:
            raise FeedError(f"{name}: lies outside the feed folder")
        if info.st_size > limit:
            raise FeedError(
                f"{name}: {human_size(info.st_size)} is over the {human_size(limit)} limit"
            )
    except BaseException:
        handle.close()
        raise
    return handle, info.st_size


def _refuse_link(path: str, name: str) -> None:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return  # the open below says it is missing
    if stat.S_ISLNK(info.st_mode):
        raise FeedError(f"{name}: is a symbolic link; a feed folder holds regular files only")


def read_regular(folder: Path, name: str, limit: int) -> bytes:
    """The whole of `name`, at most `limit` bytes (see `open_regular`)."""
    return b"".join(stream_regular(folder, name, limit))


def stream_regular(folder: Path, name: str, limit: int) -> Iterator[bytes]:
    """`name` in chunks; never more than `limit` bytes even if the file grows while read."""
    handle, _size = open_regular(folder, name, limit)
    with handle:
        left = limit + 1  # one byte over tells a file that grew from one that fits
        while block := handle.read(min(CHUNK, left)):
            left -= len(block)
            if left <= 0:
                raise FeedError(f"{name}: grew past the {human_size(limit)} limit while read")
            yield block
