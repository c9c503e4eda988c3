"""A damaged content database is set aside, never repaired: content is rebuilt from the feed."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path

from kiosk.errors import ContentError, DamagedContentError
from kiosk.store.content import CURRENT, ContentStore, current_path

log = logging.getLogger(__name__)

DAMAGED = "damaged"
"""The folder beside the content databases that keeps the last damaged one, for a look later."""


def set_aside(content_dir: Path, reason: str) -> None:
    """Move the current content database and its pointer out of the way.

    Only the latest damaged copy is kept (a disk that damages files must not fill up with
    them). Afterwards there is no current content: the caller rebuilds it from held objects,
    or the next sync fetches what is missing.
    """
    aside = content_dir / DAMAGED
    with contextlib.suppress(OSError):
        shutil.rmtree(aside)
    with contextlib.suppress(OSError):
        aside.mkdir(parents=True, exist_ok=True)
    try:
        database = current_path(content_dir)
    except ContentError:
        database = None
    moved = [
        path
        for path in (database, content_dir / CURRENT)
        if path is not None and _move(path, aside / path.name)
    ]
    log.warning(
        "content set aside (%s): %s", reason, ", ".join(p.name for p in moved) or "nothing held"
    )


def _move(path: Path, target: Path) -> bool:
    try:
        os.replace(path, target)
        return True
    except FileNotFoundError:
        return False
    except OSError:  # another directory's disk is full, or the file is open (Windows)
        with contextlib.suppress(OSError):
            path.unlink()
            return True
        return False


def usable(content_dir: Path, objects_dir: Path) -> bool:
    """True when current content exists and every page of it reads; damaged content is set aside.

    For `kiosk sync` and the kiosk's worker thread: it reads the whole database.
    """
    try:
        store = ContentStore(content_dir, objects_dir)
    except DamagedContentError as error:
        set_aside(content_dir, str(error))
        return False
    except ContentError:
        return False
    try:
        store.check()
    except DamagedContentError as error:
        store.close()
        set_aside(content_dir, str(error))
        return False
    store.close()
    return True
