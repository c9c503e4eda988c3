"""Sizes as people read them, for one-line messages (plain: no network or Qt imports)."""

from __future__ import annotations


def human_size(size: float) -> str:
    """Bytes as people read them: '68 bytes', '12.3 kB', '1.4 MB'."""
    if size < 1000:
        return f"{int(size)} bytes"
    if size < 1000**2:
        return f"{size / 1000:.1f} kB"
    if size < 1000**3:
        return f"{size / 1000**2:.1f} MB"
    return f"{size / 1000**3:.1f} GB"
