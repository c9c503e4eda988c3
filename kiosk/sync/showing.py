"""What the kiosk shows now: the content's feed version and origin, from its database alone.

Read at every start and by `kiosk screenshot`, so it loads no feed validation: the manifest the
content was built from is read by kiosk/sync/manifest.py, when a sync needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.errors import ContentError
from kiosk.paths import DataDir
from kiosk.store.content import ContentStore
from kiosk.store.damage import usable


@dataclass(frozen=True)
class Showing:
    """What the current content database was built from (its meta table)."""

    version: int
    sha256: str
    """SHA-256 of the manifest the content was built from."""
    origin: str
    """The feed address or folder it came from."""
    expires: datetime | None
    window_start: datetime | None
    """Start of the window over which recurring events were expanded."""
    problems: tuple[str, ...] = ()
    """Events the load skipped, each with why (reported with every pass, never a failure)."""


def showing(data: DataDir) -> Showing | None:
    """The content showing, or None when there is none (or it cannot be read).

    Damaged content is set aside here, so that the pass rebuilds it rather than answering
    'unchanged' over a database the kiosk cannot read.
    """
    if not usable(data.content_dir, data.objects_dir):
        return None
    try:
        store = ContentStore(data.content_dir, data.objects_dir)
    except ContentError:
        return None
    try:
        meta = store.meta
        expires, start = meta.get("expires"), meta.get("window_start")
        return Showing(
            version=int(meta["version"]),
            sha256=str(meta.get("manifest_sha256", "")),
            origin=str(meta.get("origin", "")),
            expires=datetime.fromisoformat(expires) if expires else None,
            window_start=datetime.fromisoformat(start) if start else None,
            problems=tuple(str(p) for p in meta.get("problems") or ()),
        )
    except (KeyError, ValueError, TypeError):
        return None
    finally:
        store.close()
