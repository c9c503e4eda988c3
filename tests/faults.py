"""Inject the faults a kiosk meets in a shop: damaged files, a full disk (see tests/unit/test_full_disk.py)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

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
