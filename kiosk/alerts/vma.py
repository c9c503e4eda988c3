"""Sveriges Radio's VMA API (version 3): CAP 1.2 as JSON, parsed and judged for one area.

Shape (https://vmaapi.sr.se/swagger/v3.0/swagger.json): {"timestamp", "alerts": [alert, ...]};
an alert has identifier, sent, status, msgType, references and `info` (null on a Cancel): one
block per language with event (the title), description, instruction, expires, web and area
[{areaDesc, geocode: [{valueName, value}]}].
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any

from kiosk.alerts.areas import covers
from kiosk.alerts.model import Alert, ParseError, items, load_json, text, when
from kiosk.domain import Text

MAX_ALERTS = 200
"""Alerts read from one answer; a real answer holds a handful."""

UNCONFIRMED_LIFETIME = timedelta(hours=24)
"""An alert without `expires` that can no longer be confirmed (no network) is shown this long
after it was sent: long enough to outlast any outage of a day, never for good."""

HELD_STATUS = {
    "Test": "test alert (never shown to visitors)",
    "Exercise": "exercise (never shown to visitors)",
    "System": "system message",
    "Draft": "draft",
}


def parse(body: bytes) -> list[Alert]:
    """Every alert in an answer, in the order sent; ParseError when it is not the API's shape.

    Single alerts of the wrong shape are skipped: one broken alert never hides the others.
    """
    doc = load_json(body)
    if not isinstance(doc, dict) or not isinstance(doc.get("alerts"), list):
        raise ParseError("no 'alerts' list")
    alerts = [_alert(raw) for raw in items(doc["alerts"], MAX_ALERTS)]
    return [alert for alert in alerts if alert is not None]


def _alert(raw: Any) -> Alert | None:
    if not isinstance(raw, dict):
        return None
    ident = text(raw.get("identifier"), 200)
    if not ident:
        return None
    infos = [info for info in items(raw.get("info"), 10) if isinstance(info, dict)]
    by_lang = {_lang(info): info for info in reversed(infos)}  # the first block per language wins
    first = infos[0] if infos else {}
    areas = [a for a in items(first.get("area"), 50) if isinstance(a, dict)]
    codes = tuple(
        text(code.get("value"), 10)
        for area in areas
        for code in items(area.get("geocode"), 400)
        if isinstance(code, dict) and text(code.get("value"), 10)
    )
    expires = [when(info.get("expires")) for info in infos]
    return Alert(
        source="vma",
        id=ident,
        level="alert",
        area=", ".join(text(a.get("areaDesc"), 200) for a in areas if text(a.get("areaDesc"))),
        headline=_per_lang(by_lang, "headline", "event"),
        description=_per_lang(by_lang, "description"),
        instruction=_per_lang(by_lang, "instruction"),
        sent=when(raw.get("sent")),
        ends=min((e for e in expires if e is not None), default=None),
        web=text(first.get("web"), 2000),
        status=text(raw.get("status"), 40) or "Actual",
        msg_type=text(raw.get("msgType"), 40) or "Alert",
        references=_references(raw.get("references")),
        codes=codes,
    )


def _lang(info: dict[str, Any]) -> str:
    """'sv-SE' -> 'sv'; a block without a language is Swedish (the API's own default)."""
    return (text(info.get("language"), 20) or "sv")[:2].lower()


def _per_lang(by_lang: dict[str, dict[str, Any]], *keys: str) -> Text:
    """The first non-empty of `keys` per language (a headline when there is one, else the event: the title)."""
    values = {}
    for lang, info in by_lang.items():
        for key in keys:
            value = text(info.get(key))
            if value:
                values[lang] = value
                break
    return Text(MappingProxyType(values))


def _references(raw: Any) -> tuple[str, ...]:
    """CAP's references: whitespace-separated 'sender,identifier,sent' triples -> identifiers."""
    if not isinstance(raw, str):
        return ()
    found = []
    for triple in raw.split()[:50]:
        parts = triple.split(",")
        if len(parts) >= 2 and parts[1]:
            found.append(parts[1][:200])
    return tuple(found)


def judge(alerts: Iterable[Alert], area: str, now: datetime, confirmed: bool) -> list[Alert]:
    """Every alert with `held` set to why visitors do not see it ('' for those they do).

    `confirmed`: the alerts come from an answer of this very check (False: from before a network
    loss; an alert without `expires` then fades `UNCONFIRMED_LIFETIME` after it was sent).
    """
    alerts = list(alerts)
    cancelled = {ref for a in alerts if a.msg_type == "Cancel" for ref in a.references}
    updated = {ref for a in alerts if a.msg_type == "Update" for ref in a.references}
    judged = []
    for alert in alerts:
        judged.append(alert.holding(_reason(alert, area, now, confirmed, cancelled, updated)))
    return judged


def _reason(
    alert: Alert,
    area: str,
    now: datetime,
    confirmed: bool,
    cancelled: set[str],
    updated: set[str],
) -> str:
    if alert.status != "Actual":
        return HELD_STATUS.get(alert.status, f"status {alert.status}")
    if alert.msg_type == "Cancel":
        return "a cancellation (the alert it cancels is gone)"
    if alert.msg_type not in ("Alert", "Update"):
        return f"message type {alert.msg_type}"
    if alert.id in cancelled:
        return "cancelled"
    if alert.id in updated:
        return "replaced by an update"
    if not any(covers(code, area) for code in alert.codes):
        return "another area" if area else "no alert_area for this kiosk"
    if alert.ends is not None and alert.ends <= now:
        return "expired"
    stale = not confirmed and alert.ends is None and alert.sent is not None
    if stale and alert.sent is not None and now - alert.sent > UNCONFIRMED_LIFETIME:
        return "expired (not confirmed for a day)"
    if not alert.headline:
        return "no text"
    return ""


__all__ = ["ParseError", "judge", "parse"]
