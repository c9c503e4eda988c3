"""What the kiosk knows of each warning source between checks and across restarts (a JSON file
in the data directory, replaced atomically): an active alert outlives a power cut and a network loss."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.alerts.model import Alert, items, text, when
from kiosk.store.files import write_atomic

log = logging.getLogger(__name__)

MAX_STATE_BYTES = 4 * 1024 * 1024
"""A state file larger than this is not ours (or is damaged): start afresh."""


@dataclass
class SourceState:
    """One source: when it last answered, since when it fails, its validators and its items."""

    ok_at: datetime | None = None
    tried_at: datetime | None = None
    failing_since: datetime | None = None
    error: str = ""
    etag: str = ""
    last_modified: str = ""
    confirmed: bool = False
    """The items come from this run's last check (False: from before a restart or a failure)."""
    items: list[Alert] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON for the state file."""
        return {
            "ok_at": _iso(self.ok_at),
            "tried_at": _iso(self.tried_at),
            "failing_since": _iso(self.failing_since),
            "error": self.error,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "items": [item.to_json() for item in self.items],
        }

    @classmethod
    def from_json(cls, raw: Any) -> SourceState:
        """Back from `to_json`; whatever is damaged is left out."""
        if not isinstance(raw, dict):
            return cls()
        loaded = (Alert.from_json(item) for item in items(raw.get("items"), 500))
        return cls(
            ok_at=when(raw.get("ok_at")),
            tried_at=when(raw.get("tried_at")),
            failing_since=when(raw.get("failing_since")),
            error=text(raw.get("error"), 500),
            etag=text(raw.get("etag"), 500),
            last_modified=text(raw.get("last_modified"), 100),
            items=[item for item in loaded if item is not None],
        )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def load_state(path: Path) -> dict[str, SourceState]:
    """Each source's state from `path`; empty when the file is missing, too large or damaged."""
    try:
        if path.stat().st_size > MAX_STATE_BYTES:
            log.warning("%s is too large; warning sources start afresh", path)
            return {}
        doc = json.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError) as error:
        log.warning("cannot read %s (%s); warning sources start afresh", path, error)
        return {}
    sources = doc.get("sources") if isinstance(doc, dict) else None
    if not isinstance(sources, dict):
        return {}
    return {str(name): SourceState.from_json(raw) for name, raw in list(sources.items())[:10]}


def save_state(path: Path, states: dict[str, SourceState]) -> None:
    """Write every source's state at once; a full disk is logged, never raised."""
    doc = {"version": 1, "sources": {name: s.to_json() for name, s in states.items()}}
    try:
        write_atomic(path, json.dumps(doc, ensure_ascii=False).encode())
    except OSError as error:
        log.warning("cannot save %s (%s)", path, error.strerror)
