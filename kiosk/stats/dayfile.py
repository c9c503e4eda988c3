"""One finished day of one service point: the file uploaded to the municipality and read by reports.

The bytes are canonical JSON (sorted keys, UTF-8, one trailing newline), so the same day always
gives the same file and the SHA-256 chain (each file names the hash of the previous one) shows a
missing or edited day.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from kiosk.feed import strictjson

FORMAT = "servicepunkt-usage/1"

CRITERIA = ("computer", "cafe", "tourist_info", "activities", "home_delivery")
"""The agreement's five criteria: computer with internet, café corner, tourist information with
brochures, at least three activities a year, home delivery."""

HOURS = 24


@dataclass(frozen=True)
class Availability:
    """Minutes of each local hour (index 0-23) the service point was open, and the kiosk was
    running, online and had fresh content. About the machine, never about a person."""

    open_minutes: list[int] = field(default_factory=lambda: [0] * HOURS)
    running_minutes: list[int] = field(default_factory=lambda: [0] * HOURS)
    online_minutes: list[int] = field(default_factory=lambda: [0] * HOURS)
    fresh_minutes: list[int] = field(default_factory=lambda: [0] * HOURS)


@dataclass(frozen=True)
class HeldEvent:
    """An activity held at the service point that day (public information from the calendar)."""

    start: str
    """Local start, ``YYYY-MM-DDTHH:MM`` or ``YYYY-MM-DD`` for all-day events."""
    title: str
    source: str
    """``local`` (posted by the shop owner) or ``feed``."""
    cancelled: bool = False


OUTCOMES = ("held", "cancelled")
"""What the shop can say about a past activity: it took place ("Genomförd") or not ("Inställd")."""

CONFIRM_WINDOW = 92
"""A day file repeats the shop's confirmations of activities from this many days back, so a
report of a period finds a confirmation made up to a quarter after it in the next files."""


@dataclass(frozen=True)
class Confirmation:
    """The shop's statement that an activity at the service point took place or was cancelled.
    Public information about the activity, nothing about who confirmed it or when."""

    start: str
    """The activity's start as in HeldEvent.start."""
    title: str
    outcome: str
    """``held`` or ``cancelled`` (OUTCOMES)."""


@dataclass(frozen=True)
class DayFile:
    """Counters, availability, offers and activities of one service point on one day."""

    service_point: str
    day: date
    counters: Mapping[str, int]
    availability: Availability
    offers: Mapping[str, bool]
    """Criterion (see CRITERIA) -> whether the service point offers it that day."""
    events: list[HeldEvent] = field(default_factory=list)
    restarts: int = 0
    """Kiosk restarts by the supervisor that day."""
    kiosk_version: str = ""
    previous_sha256: str | None = None
    """SHA-256 of the previous uploaded day file's bytes; None for the first file."""
    confirmations: list[Confirmation] = field(default_factory=list)
    """The shop's confirmations of activities of the last CONFIRM_WINDOW days (the state as
    of this day, not the act of confirming)."""
    late_visits: int = 0
    """Visits in `counters` that the kiosk dated on an earlier day, already delivered, because
    its clock was set behind (kiosk/store/usage.py): delivered late rather than lost."""

    def to_bytes(self) -> bytes:
        """The canonical JSON bytes that are uploaded and hashed."""
        data = _fields(self)
        data["availability"] = _fields(self.availability)
        data["events"] = [_fields(event) for event in self.events]
        data["confirmations"] = [_fields(said) for said in self.confirmations]
        if not self.confirmations:
            del data["confirmations"]  # files without any keep the bytes older kiosks wrote
        if not self.late_visits:
            del data["late_visits"]
        data["day"] = self.day.isoformat()
        data["counters"] = dict(sorted(self.counters.items()))
        data["offers"] = {c: bool(self.offers.get(c, False)) for c in CRITERIA}
        data["format"] = FORMAT
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return (text + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> DayFile:
        """Parse a day file; ValueError with a one-line reason when it is not one."""
        try:
            data = strictjson.loads(raw)
            if data.get("format") != FORMAT:
                raise ValueError(f"format is {data.get('format')!r}, expected {FORMAT!r}")
            avail = data["availability"]
            for key in ("open_minutes", "running_minutes", "online_minutes", "fresh_minutes"):
                if len(avail[key]) != HOURS:
                    raise ValueError(f"availability.{key} needs {HOURS} hours")
            return cls(
                service_point=str(data["service_point"]),
                day=date.fromisoformat(data["day"]),
                counters={str(k): int(v) for k, v in data["counters"].items()},
                availability=Availability(**{k: [int(m) for m in v] for k, v in avail.items()}),
                offers={c: bool(data["offers"].get(c, False)) for c in CRITERIA},
                events=[HeldEvent(**e) for e in data.get("events", [])],
                restarts=int(data.get("restarts", 0)),
                kiosk_version=str(data.get("kiosk_version", "")),
                previous_sha256=_optional_text(data.get("previous_sha256")),
                confirmations=[_confirmation(c) for c in data.get("confirmations", [])],
                late_visits=int(data.get("late_visits", 0)),
            )
        except strictjson.JsonError as error:
            raise ValueError(f"not JSON: {error}") from error
        except RecursionError:
            raise ValueError("nested too deeply to be a day file") from None
        except (KeyError, TypeError, AttributeError, OverflowError) as error:
            # OverflowError: a count of 1e999 (JSON allows it, int() does not).
            raise ValueError(f"missing or malformed field: {error}") from error


def _fields(item: Any) -> dict[str, Any]:
    """A dataclass's fields by name, not copied: json.dumps only reads them, and asdict's deep
    copy of every count made writing a file take five times as long."""
    return {f.name: getattr(item, f.name) for f in fields(item)}


def _optional_text(value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError("previous_sha256 is not text")
    return value


def _confirmation(raw: Mapping[str, Any]) -> Confirmation:
    found = Confirmation(str(raw["start"]), str(raw["title"]), str(raw["outcome"]))
    if found.outcome not in OUTCOMES:
        raise TypeError(f"outcome {found.outcome!r} is not one of {OUTCOMES}")
    return found


def activity_start(start: datetime, all_day: bool) -> str:
    """An activity's start as day files name it: ``YYYY-MM-DD`` all day, else local
    ``YYYY-MM-DDTHH:MM``."""
    return start.date().isoformat() if all_day else start.strftime("%Y-%m-%dT%H:%M")


def sha256(raw: bytes) -> str:
    """The hex SHA-256 that the next day's file names as ``previous_sha256``."""
    return hashlib.sha256(raw).hexdigest()
