"""USB sticks the shop owner can save to: the folders a desktop mounts them on."""

from __future__ import annotations

import os
from pathlib import Path


def usb_sticks(roots: tuple[Path, ...]) -> list[Path]:
    """Writable mounted sticks under `roots`, by name: `<root>/<user>/<label>` as udisks mounts
    them on Debian (/media) and Fedora (/run/media), or a mount point right under a root."""
    found: list[Path] = []
    for root in roots:
        for child in _folders(root):
            if os.path.ismount(child):
                found.append(child)
            else:  # a user's folder: the sticks are inside it (it disappears with the last one)
                found.extend(_folders(child))
    return sorted((p for p in found if os.access(p, os.W_OK)), key=lambda p: p.name.casefold())


def _folders(path: Path) -> list[Path]:
    try:
        return [p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")]
    except OSError:
        return []
