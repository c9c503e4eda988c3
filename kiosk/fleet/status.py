"""The status contract: the machine facts a kiosk PUTs as `{upload_url}/{service_point}/status.json`.

Written by the kiosk (at start, every 15 minutes and at a clean exit) and read by the fleet
board and the watch job. Only facts about the machine and the shop's schedule: never anything
a visitor did, typed or saw (docs/privacy.md). Readers are tolerant: an unknown field is
ignored and a missing one takes its default, so kiosks of different versions can share a board.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from typing import Any

from kiosk.errors import KioskError

FORMAT = 1
FILE_NAME = "status.json"
HOME_IMAGE = "home.png"
INTERVAL_MINUTES = 15
"""A kiosk writes its status at least this often while it runs."""

MAX_BYTES = 64 * 1024
"""A status file larger than this is not read (it cannot be one of ours)."""


class StatusError(KioskError):
    """A status file that cannot be read as the contract says."""


@dataclass(frozen=True)
class OpenDay:
    """One day of the shop's schedule as the kiosk knows it (feed, owner's hours, holidays)."""

    day: date
    spans: tuple[tuple[str, str], ...] = ()
    """Opening spans as local "HH:MM" pairs; empty: closed all day."""


@dataclass(frozen=True)
class Note:
    """One of the kiosk's problems as the key of its line in kiosk/fleet/words.py and the facts
    that line names, so a reader can say it in its own language."""

    words: str
    facts: tuple[tuple[str, str | int], ...] = ()


@dataclass(frozen=True)
class KioskStatus:
    """One status report. Times are ISO 8601 with offset; '' when unknown or never."""

    service_point: str
    """The configured id, as the kiosk uses it for its uploads."""
    written: str
    """When this report was made (the kiosk's clock)."""
    reason: str = "periodic"
    """'start', 'periodic' or 'exit'."""
    format: int = FORMAT
    program_version: str = ""
    service_point_known: bool = True
    """False when the feed has no service point with the configured id (a misspelt setting)."""
    name: str = ""
    """The service point's name from the feed ('' when unknown)."""
    village: str = ""
    started: str = ""
    """When the running kiosk process started."""
    restarts_today: int = 0
    feed_version: int | None = None
    feed_applied: str = ""
    feed_expires: str = ""
    content_expired: bool = False
    sync_outcome: str = ""
    """'updated', 'unchanged', 'failed' or '' before the first sync."""
    sync_time: str = ""
    sync_problem: str = ""
    online: bool = True
    offline_since: str = ""
    disk_free_mb: int | None = None
    speech: str = ""
    """'off', 'ready', 'unavailable' or '' when not asked for yet."""
    open_now: bool | None = None
    """Whether the shop is open now by its hours; None when it has no hours."""
    newest_delivered_day: str = ""
    """The newest day file the server confirmed it stored (YYYY-MM-DD)."""
    days_waiting: int = 0
    """Finished days not yet delivered."""
    problems: tuple[str, ...] = ()
    """Short plain-Swedish lines the owner's status shows too (a salvaged database, a full disk)."""
    notes: tuple[Note, ...] = ()
    """The same problems, one note per line, for readers in other languages (older kiosks
    send none: their readers show `problems`)."""
    schedule: tuple[OpenDay, ...] = ()
    """The shop's opening spans from today on (about two weeks), so the fleet knows when silence matters."""
    timezone: str = "Europe/Stockholm"

    def to_json(self) -> bytes:
        """The file's bytes (UTF-8, stable key order)."""
        data = asdict(self)
        data["schedule"] = [
            {"day": d.day.isoformat(), "spans": [list(s) for s in d.spans]} for d in self.schedule
        ]
        data["problems"] = list(self.problems)
        data["notes"] = [{"words": n.words, "facts": dict(n.facts)} for n in self.notes]
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @property
    def written_at(self) -> datetime | None:
        """`written` as an aware datetime, or None when it is not one."""
        return parse_time(self.written)


def parse_time(text: str) -> datetime | None:
    """An ISO 8601 time with offset, or None (empty, malformed or without a time zone)."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def from_json(body: bytes) -> KioskStatus:
    """Read a status file; StatusError with a short reason when it is not one."""
    if len(body) > MAX_BYTES:
        raise StatusError(f"status.json is larger than {MAX_BYTES // 1024} kB")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise StatusError("status.json is not JSON") from None
    if not isinstance(data, dict):
        raise StatusError("status.json is not a JSON object")
    if not isinstance(data.get("service_point"), str) or not isinstance(data.get("written"), str):
        raise StatusError("status.json lacks service_point or written")
    values: dict[str, Any] = {}
    for spec in fields(KioskStatus):
        if spec.name not in data or spec.name in ("schedule", "notes"):
            continue
        value = data[spec.name]
        if _fits(spec.type, value):
            values[spec.name] = tuple(value) if spec.name == "problems" else value
    values["schedule"] = _schedule(data.get("schedule"))
    values["notes"] = _notes(data.get("notes"))
    return KioskStatus(**values)


def _fits(kind: Any, value: Any) -> bool:
    """Whether a JSON value has the type the field's annotation (a string) names."""
    text = str(kind)
    if value is None:
        return "None" in text
    if text.startswith("tuple[str"):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if isinstance(value, bool):
        return text.startswith("bool")
    if isinstance(value, int):
        return text.startswith("int")
    return isinstance(value, str) and text.startswith("str")


def _schedule(raw: Any) -> tuple[OpenDay, ...]:
    if not isinstance(raw, list):
        return ()
    days = []
    for item in raw:
        try:
            day = date.fromisoformat(item["day"])
            spans = tuple((str(a), str(b)) for a, b in item.get("spans", []))
        except (TypeError, ValueError, KeyError):
            continue
        days.append(OpenDay(day, spans))
    return tuple(days)


def _notes(raw: Any) -> tuple[Note, ...]:
    """The notes, or none at all when one is not as the contract says (then `problems` speak)."""
    if not isinstance(raw, list):
        return ()
    notes = []
    for item in raw:
        facts = item.get("facts") if isinstance(item, dict) else None
        if not isinstance(item, dict) or not isinstance(item.get("words"), str):
            return ()
        if not isinstance(facts, dict) or not all(
            isinstance(v, str | int) and not isinstance(v, bool) for v in facts.values()
        ):
            return ()
        notes.append(Note(item["words"], tuple(sorted(facts.items()))))
    return tuple(notes)
