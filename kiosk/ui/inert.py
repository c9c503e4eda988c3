"""Feed text made inert before Qt renders it: Markdown that loads nothing from the disk."""

from __future__ import annotations

import re

# ![alt](target) and ![alt][ref]: Qt's Markdown would load the target as a local file
# (/dev/zero grows the kiosk without end; a named pipe blocks the GUI thread for good).
_IMAGE = re.compile(r"!\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?")
_TAG = re.compile(r"<")


def inert_markdown(text: str) -> str:
    """`text` with every image reduced to its alt text and raw HTML shown as text.

    Feed text is read, not run: no image from a path or address (the feed's pictures have
    fields of their own), no HTML (an <img> in Markdown is HTML), so nothing is fetched or read.
    """
    text = _IMAGE.sub(lambda match: match.group(1), text)
    return _TAG.sub(r"\\<", text)
