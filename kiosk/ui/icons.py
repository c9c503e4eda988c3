"""Phosphor icons (bundled SVGs of the maintained @phosphor-icons/core set), recoloured and cached."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

from kiosk.paths import assets_dir

ICON_DIR = assets_dir() / "icons" / "phosphor"


@lru_cache(maxsize=64)
def _svg(name: str) -> bytes:
    return (ICON_DIR / f"{name}.svg").read_bytes()


@lru_cache(maxsize=512)
def pixmap(name: str, color: str, size: int) -> QPixmap:
    """Icon `name` (e.g. 'house-bold') in `color`, `size` logical pixels square, sharp at 2x."""
    data = _svg(name).replace(b"currentColor", color.encode())
    scale = 2
    image = QPixmap()
    image.loadFromData(
        data.replace(b"<svg ", f'<svg width="{size * scale}" height="{size * scale}" '.encode(), 1),
        "SVG",
    )
    image.setDevicePixelRatio(scale)
    return image


def icon(name: str, color: str, size: int = 32) -> QIcon:
    """A QIcon of `name` in `color`."""
    return QIcon(pixmap(name, color, size))


def exists(name: str) -> bool:
    """True when the icon is bundled (the tests check every name the UI uses)."""
    return Path(ICON_DIR / f"{name}.svg").is_file()
