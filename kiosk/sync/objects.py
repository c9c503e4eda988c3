"""The kiosk's content-addressed objects: what is held, installing verified downloads, garbage."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable
from pathlib import Path

from kiosk.feed.models import FileEntry
from kiosk.sync.http import SyncError, human_size

PARTIAL = ".partial"
"""Sub-folder of the objects folder for downloads in progress (<name>.part)."""

TEMP_GRACE = 3600
"""Seconds: a loader's temporary file younger than this may still be in use."""


def object_name(entry: FileEntry) -> str:
    """The object's file name: '<sha256>.<ext>'."""
    return entry.path.rsplit("/", 1)[-1]


def part_path(objects_dir: Path, entry: FileEntry) -> Path:
    """Where the download of `entry` collects its bytes until verified."""
    return objects_dir / PARTIAL / f"{object_name(entry)}.part"


def _held(path: Path, entry: FileEntry) -> bool:
    # An object is installed only once verified, atomically, under its own hash: its size is
    # enough to know it is there whole, and a large PDF is not hashed again on every pass.
    try:
        return path.stat().st_size == entry.size
    except OSError:
        return False


def missing(entries: Iterable[FileEntry], objects_dir: Path) -> list[FileEntry]:
    """Entries whose object is not held (one per object, in manifest order)."""
    todo: dict[str, FileEntry] = {}
    for entry in entries:
        name = object_name(entry)
        if name not in todo and not _held(objects_dir / name, entry):
            todo[name] = entry
    return list(todo.values())


def install(entry: FileEntry, part: Path, objects_dir: Path, digest: str) -> None:
    """Move a finished download into place atomically once its size and `digest` (the sha256
    computed while it was written) match its manifest entry.

    A file that fails is deleted, so the next attempt starts from scratch rather than resuming
    into the same wrong bytes.
    """
    size = part.stat().st_size
    if size != entry.size:
        part.unlink(missing_ok=True)
        raise SyncError(
            f"{entry.path}: got {human_size(size)}, the manifest says {human_size(entry.size)}"
        )
    if digest != entry.sha256:
        part.unlink(missing_ok=True)
        raise SyncError(
            f"{entry.path}: sha256 is {digest[:12]}…, the manifest says {entry.sha256[:12]}…"
        )
    os.replace(part, objects_dir / object_name(entry))


def collect_garbage(objects_dir: Path, keep: set[str]) -> int:
    """Delete objects (and unfinished downloads) not named in `keep`; returns how many went.

    Temporary files of a loader are left alone while they are young: one may be writing now.
    """
    removed = 0
    now = time.time()
    with contextlib.suppress(FileNotFoundError):
        for path in objects_dir.iterdir():
            if path.name in keep or not path.is_file():
                continue
            if path.name.startswith(".") and now - path.stat().st_mtime < TEMP_GRACE:
                continue
            with contextlib.suppress(OSError):  # open elsewhere (Windows): next time
                path.unlink()
                removed += 1
    with contextlib.suppress(FileNotFoundError):
        for path in (objects_dir / PARTIAL).iterdir():
            if path.name.removesuffix(".part") not in keep:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
    return removed
