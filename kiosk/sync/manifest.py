"""The manifest the content showing was built from: parsed, and the copy kept beside it."""

from __future__ import annotations

import contextlib
import hashlib

from pydantic import ValidationError

from kiosk.feed import strictjson
from kiosk.feed.models import Manifest
from kiosk.feed.validate import MANIFEST, _explain
from kiosk.paths import DataDir
from kiosk.sync.http import SyncError
from kiosk.sync.showing import Showing
from kiosk.sync.state import write_atomic


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
