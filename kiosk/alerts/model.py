"""What every warning source comes down to: one `Alert` per alert, warning or news item, and
the small, defensive readers the parsers share (hostile input never raises past them)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from kiosk.domain import Text

SOURCES = ("vma", "smhi", "krisinformation", "crisis")
"""Every source, in the order the kiosk shows them (takeovers first)."""

SOURCE_NAMES = {
    "vma": "Sveriges Radio",
    "smhi": "SMHI",
    "krisinformation": "Krisinformation.se",
    "crisis": "",  # the municipality's own notice: the feed's publisher is the source
}
"""The name each source's terms ask us to give beside its text ('Källa: SMHI')."""

TAKEOVER_SOURCES = frozenset({"vma", "crisis"})
"""Sources whose shown items take over the screen."""

NO_TEXT = Text()
MAX_TEXT = 20_000
"""Characters kept of any one text: a VMA is a few hundred; more is not for a screen."""


class ParseError(ValueError):
    """An answer that is not the source's shape at all (not JSON, wrong top-level type)."""


@dataclass(frozen=True)
class Alert:
    """One alert (VMA, crisis notice), weather warning (SMHI) or news item (Krisinformation)."""

    source: str
    id: str
    level: str
    """vma/crisis: 'alert'; smhi: 'red', 'orange', 'yellow' or 'message'; krisinformation: 'news'."""
    area: str
    headline: Text
    description: Text = NO_TEXT
    instruction: Text = NO_TEXT
    sent: datetime | None = None
    starts: datetime | None = None
    ends: datetime | None = None
    web: str = ""
    status: str = "Actual"
    """CAP status: Actual, Exercise, System, Test, Draft (other sources: Actual)."""
    msg_type: str = "Alert"
    references: tuple[str, ...] = ()
    """Identifiers of earlier alerts this one updates or cancels."""
    codes: tuple[str, ...] = ()
    """VMA: the geocode values of its areas ('00', a county, a municipality)."""
    held: str = ""
    """Why visitors do not see it ('' when they do); set when a snapshot is judged."""
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def takeover(self) -> bool:
        """True for what takes over the screen (a VMA or a crisis notice)."""
        return self.source in TAKEOVER_SOURCES

    @property
    def source_name(self) -> str:
        """The name the source's terms ask us to show."""
        return SOURCE_NAMES.get(self.source, "")

    def holding(self, reason: str) -> Alert:
        """The same item, held back for `reason`."""
        return replace(self, held=reason)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (persisted between restarts, printed by `kiosk alerts --json`)."""
        return {
            "source": self.source,
            "id": self.id,
            "level": self.level,
            "area": self.area,
            "headline": dict(self.headline.values),
            "description": dict(self.description.values),
            "instruction": dict(self.instruction.values),
            "sent": _iso(self.sent),
            "starts": _iso(self.starts),
            "ends": _iso(self.ends),
            "web": self.web,
            "status": self.status,
            "msg_type": self.msg_type,
            "references": list(self.references),
            "codes": list(self.codes),
            "extra": {k: _plain(v) for k, v in self.extra.items() if _plain(v) is not None},
            **({"held": self.held} if self.held else {}),
        }

    @classmethod
    def from_json(cls, raw: Any) -> Alert | None:
        """Back from `to_json`; None for anything that is not one (a damaged state file)."""
        if not isinstance(raw, dict) or raw.get("source") not in SOURCES:
            return None
        ident = text(raw.get("id"), 300)
        if not ident:
            return None
        return cls(
            source=str(raw["source"]),
            id=ident,
            level=text(raw.get("level"), 40),
            area=text(raw.get("area"), 500),
            headline=lang_text(raw.get("headline")),
            description=lang_text(raw.get("description")),
            instruction=lang_text(raw.get("instruction")),
            sent=when(raw.get("sent")),
            starts=when(raw.get("starts")),
            ends=when(raw.get("ends")),
            web=text(raw.get("web"), 2000),
            status=text(raw.get("status"), 40) or "Actual",
            msg_type=text(raw.get("msg_type"), 40) or "Alert",
            references=tuple(text(r, 300) for r in items(raw.get("references"), 50) if r),
            codes=tuple(text(c, 10) for c in items(raw.get("codes"), 400) if c),
            extra=MappingProxyType(_extra(raw.get("extra"))),
        )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _plain(value: Any) -> Any:
    """A JSON-able copy of an `extra` value: scalars and tuples of texts; None to leave it out."""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return list(value)
    return None


def _extra(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        return {}
    kept: dict[str, Any] = {}
    for key, value in list(raw.items())[:20]:
        if isinstance(value, list):
            kept[key] = tuple(text(v, 200) for v in value[:100] if isinstance(v, str))
        elif isinstance(value, bool | int | float) or (isinstance(value, str) and len(value) < 200):
            kept[key] = value
    return kept


def load_json(body: bytes) -> Any:
    """Parse an answer; ParseError for anything that is not JSON (deep nesting included)."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise ParseError(f"not JSON ({type(error).__name__})") from None


def text(value: Any, limit: int = MAX_TEXT) -> str:
    """A string field, stripped and cut to `limit`; '' for anything else (null, a number, a list)."""
    return value.strip()[:limit] if isinstance(value, str) else ""


def items(value: Any, limit: int) -> list[Any]:
    """A list field's first `limit` entries; [] when it is no list."""
    return value[:limit] if isinstance(value, list) else []


def when(value: Any) -> datetime | None:
    """An ISO 8601 time with its offset (a 'Z' too); None when missing, malformed or naive."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo is not None else None


def lang_text(raw: Any) -> Text:
    """A {lang: text} mapping (two-letter keys) into a Text; anything else gives an empty Text."""
    if not isinstance(raw, dict):
        return Text()
    kept = {k: text(v) for k, v in list(raw.items())[:8] if isinstance(k, str) and len(k) == 2}
    return Text(MappingProxyType({k: v for k, v in kept.items() if v}))
