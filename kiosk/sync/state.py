"""What the last sync did, kept as JSON in the data directory for the next sync and the status panel."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from kiosk.store.files import write_atomic

STATE_FILE = "sync-state.json"
FORMAT = 1


@dataclass(frozen=True)
class Validators:
    """HTTP validators of one fetched file, and the sha256 of the copy they describe."""

    url: str = ""
    etag: str = ""
    last_modified: str = ""
    sha256: str = ""

    @property
    def usable(self) -> bool:
        """True when a conditional GET can be made with them."""
        return bool(self.etag or self.last_modified)


@dataclass(frozen=True)
class CalendarState:
    """One extra calendar: its file name in data/calendars, validators, when it was last fetched."""

    name: str
    etag: str = ""
    last_modified: str = ""
    fetched: str = ""


@dataclass(frozen=True)
class SyncState:
    """The content of sync-state.json."""

    time: str = ""
    """When the last sync finished (ISO 8601)."""
    outcome: str = ""
    """'updated', 'unchanged' or 'failed'; '' before the first sync."""
    feed_version: int | None = None
    """The feed version showing after it."""
    line: str = ""
    """The human line, as `kiosk sync` printed it."""
    warnings: tuple[str, ...] = ()
    reason: str = ""
    """Why the last sync failed ('' when it did not)."""
    retry_after: float | None = None
    """Seconds the server asked us to wait, if it did."""
    failures: int = 0
    """Failed syncs in a row (0 after a success): drives the backoff."""
    last_success: str = ""
    """When a sync last reached the feed and the content was current (ISO 8601)."""
    offline: bool = False
    """The last sync could not reach the feed's server at all."""
    manifest: Validators = field(default_factory=Validators)
    calendars: dict[str, CalendarState] = field(default_factory=dict)
    """Extra calendar URL -> its state."""

    def to_json(self) -> dict[str, Any]:
        """The JSON object written to the file."""
        data = asdict(self)
        data["warnings"] = list(self.warnings)
        return {"format": FORMAT, **data}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SyncState:
        """Read what `to_json` wrote; unknown keys are ignored, wrong types raise."""
        calendars = {
            str(url): CalendarState(**_known(CalendarState, value))
            for url, value in dict(data.get("calendars") or {}).items()
        }
        version = data.get("feed_version")
        retry = data.get("retry_after")
        return cls(
            time=str(data.get("time", "")),
            outcome=str(data.get("outcome", "")),
            feed_version=int(version) if version is not None else None,
            line=str(data.get("line", "")),
            warnings=tuple(str(w) for w in data.get("warnings") or ()),
            reason=str(data.get("reason", "")),
            retry_after=float(retry) if retry is not None else None,
            failures=int(data.get("failures", 0)),
            last_success=str(data.get("last_success", "")),
            offline=bool(data.get("offline", False)),
            manifest=Validators(**_known(Validators, data.get("manifest") or {})),
            calendars=calendars,
        )


def _known(kind: type, values: dict[str, Any]) -> dict[str, str]:
    names = {f.name for f in fields(kind)}
    return {key: str(value) for key, value in values.items() if key in names}


def load_state(root: Path) -> SyncState:
    """The last saved state; an empty one when there is none or it cannot be read."""
    try:
        data = json.loads((root / STATE_FILE).read_text(encoding="utf-8"))
        return SyncState.from_json(data)
    except (OSError, ValueError, TypeError, AttributeError):
        # Only validators and a status line are lost: the next sync simply fetches in full.
        return SyncState()


def save_state(root: Path, state: SyncState) -> None:
    """Write the state atomically: a reader sees the old file or the new one, never half."""
    text = json.dumps(state.to_json(), ensure_ascii=False, indent=1) + "\n"
    write_atomic(root / STATE_FILE, text.encode("utf-8"))
