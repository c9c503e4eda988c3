"""What the kiosk shows now: the content's feed version and the manifest it was built from."""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from datetime import datetime

from pydantic import ValidationError

from kiosk.errors import ContentError
from kiosk.feed import strictjson
from kiosk.feed.models import Manifest
from kiosk.feed.validate import MANIFEST, _explain
from kiosk.paths import DataDir
from kiosk.store.content import ContentStore
from kiosk.store.damage import usable
from kiosk.sync.http import SyncError
from kiosk.sync.state import write_atomic


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


def parse_manifest(raw: bytes) -> Manifest:
    """The manifest model, or SyncError naming the first problem."""
    try:
        data = strictjson.loads(raw)
    except strictjson.JsonError as error:
        raise SyncError(f"{MANIFEST}: not valid JSON ({error})") from None
    try:
        return Manifest.model_validate(data)
    except ValidationError as error:
        lines = _explain(MANIFEST, error, data)
        more = f" (and {len(lines) - 1} more problems)" if len(lines) > 1 else ""
        raise SyncError(lines[0] + more) from None


def held_manifest(data: DataDir, shown: Showing | None) -> Manifest | None:
    """The manifest the content showing was built from, if the copy kept beside it is that one.

    The loader writes the copy just after swapping the content in; a crash between the two
    leaves an older copy, which is not trusted here and is replaced on the next fetch.
    """
    try:
        raw = (data.root / "feed" / MANIFEST).read_bytes()
    except OSError:
        return None
    if shown is None or hashlib.sha256(raw).hexdigest() != shown.sha256:
        return None
    try:
        return parse_manifest(raw)
    except SyncError:
        return None


def hold_manifest(data: DataDir, raw: bytes) -> None:
    """Make `raw` the kept copy of the manifest (when it matches the content showing)."""
    path = data.root / "feed" / MANIFEST
    with contextlib.suppress(OSError):
        if path.read_bytes() == raw:
            return
    write_atomic(path, raw)
