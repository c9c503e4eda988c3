"""Inject the faults a kiosk meets in a shop: damaged files, a full disk (see tests/unit/test_full_disk.py)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.store.content import current_path


def damage_pages(database: Path, keep_pages: int = 2) -> None:
    """Overwrite the start of every other page after the first `keep_pages` with random bytes.

    The meta table (page 2) stays readable, as after a power cut that tore some later pages:
    the database opens, and fails only where a query reaches a damaged page.
    """
    with sqlite3.connect(database) as conn:
        page = int(conn.execute("pragma page_size").fetchone()[0])
    conn.close()
    raw = bytearray(database.read_bytes())
    for offset in range(page * keep_pages, len(raw), page * 2):
        raw[offset : offset + 300] = os.urandom(300)
    database.write_bytes(bytes(raw))


def damage_current_content(content_dir: Path) -> Path:
    """Damage the pages of the content database showing; its path."""
    path = current_path(content_dir)
    assert path is not None
    damage_pages(path)
    return path


class FullDisk:
    """A small tmpfs of its own (root only), filled to the last byte on request."""

    def __init__(self, mount: Path) -> None:
        self.mount = mount

    def fill(self) -> None:
        """Write filler files until the filesystem refuses even a single byte (ENOSPC)."""
        for size in (65536, 4096, 512, 1):
            fd = os.open(self.mount / f"filler-{size}", os.O_WRONLY | os.O_CREAT, 0o600)
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC, error
            finally:
                os.close(fd)

    def free(self) -> None:
        """Remove the filler: the disk has room again."""
        for path in self.mount.glob("filler*"):
            path.unlink()


@contextlib.contextmanager
def full_disk(where: Path, size_mb: int = 16) -> Iterator[FullDisk]:
    """Mount a tmpfs of `size_mb` at `where` for the test; skip unless root may mount."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a real full disk needs root to mount a small tmpfs")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield FullDisk(where)
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
