"""SMHI's impact-based weather warnings (IBWW, version 1), parsed and judged for one position.

Shape (https://opendata-download-warnings.smhi.se/ibww/api/version/1/warning.json): a list of
warnings {id, event: {sv, en, code}, warningAreas: [{id, warningLevel: {sv, en, code},
areaName, eventDescription, affectedAreas, approximateStart, approximateEnd, published,
descriptions: [{title, text}], area: GeoJSON}]}. SMHI's terms: the text unchanged, the source named.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from types import MappingProxyType
from typing import Any

from kiosk.alerts.geo import contains
from kiosk.alerts.model import Alert, ParseError, items, lang_text, load_json, text, when
from kiosk.domain import Geo, Text

MAX_WARNINGS = 300
LEVELS = {"RED": "red", "ORANGE": "orange", "YELLOW": "yellow", "MESSAGE": "message"}
"""SMHI's level codes; the order is their severity."""


def parse(body: bytes, position: Geo | None) -> list[Alert]:
    """One Alert per warning area; `inside` recorded per area for the position (None: unknown)."""
    doc = load_json(body)
    if not isinstance(doc, list):
        raise ParseError("not a list of warnings")
    found = []
    for warning in items(doc, MAX_WARNINGS):
        if not isinstance(warning, dict):
            continue
        event = lang_text(warning.get("event"))
        for area in items(warning.get("warningAreas"), 200):
            alert = _area(warning, event, area, position)
            if alert is not None:
                found.append(alert)
    return found


def _area(warning: dict[str, Any], event: Text, area: Any, position: Geo | None) -> Alert | None:
    if not isinstance(area, dict):
        return None
    level = area.get("warningLevel")
    code = text(level.get("code"), 20) if isinstance(level, dict) else ""
    if code not in LEVELS:
        return None
    ident = f"{_ident(warning.get('id'))}/{_ident(area.get('id'))}"
    inside = position is not None and contains(
        area.get("area"), position.latitude, position.longitude
    )
    return Alert(
        source="smhi",
        id=ident,
        level=LEVELS[code],
        area=lang_text(area.get("areaName")).get("sv"),
        headline=_headline(event, lang_text(area.get("eventDescription"))),
        description=_descriptions(area.get("descriptions")),
        sent=when(area.get("published")),
        starts=when(area.get("approximateStart")),
        ends=when(area.get("approximateEnd")),
        extra=MappingProxyType({"inside": inside, "level_name": lang_text(level)}),
    )


def _ident(raw: Any) -> str:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return str(raw)
    return text(raw, 60) or "?"


def _headline(event: Text, description: Text) -> Text:
    """SMHI's own description of the event ('Risk för vattenbrist - ...'), else the event's name."""
    return description if description else event


def _descriptions(raw: Any) -> Text:
    """SMHI's descriptions, each 'Title: text', per language, as SMHI wrote them."""
    parts: dict[str, list[str]] = {}
    for entry in items(raw, 20):
        if not isinstance(entry, dict):
            continue
        title, body = lang_text(entry.get("title")), lang_text(entry.get("text"))
        for lang, value in body.values.items():
            heading = title.values.get(lang, "")
            parts.setdefault(lang, []).append(f"{heading}: {value}" if heading else value)
    return Text(MappingProxyType({lang: "\n\n".join(v) for lang, v in parts.items()}))


def judge(warnings: Iterable[Alert], position: Geo | None, now: datetime) -> list[Alert]:
    """Each warning with why it is held back ('' when shown): outside the position, or ended."""
    judged = []
    for warning in warnings:
        if position is None:
            reason = "no position for this service point"
        elif not warning.extra.get("inside"):
            reason = "another area"
        elif warning.ends is not None and warning.ends <= now:
            reason = "ended"
        else:
            reason = ""
        judged.append(warning.holding(reason))
    return judged
