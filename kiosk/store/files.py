"""Whole-file writes that a power cut can never leave half done."""

from __future__ import annotations

import contextlib
import os
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
