"""Answers of the public warning sources in their real shapes, with times relative to a test clock.

Shapes follow the sources' published documentation and public archives of real answers:
Sveriges Radio's VMA API v3 (CAP 1.2 as JSON: an object with `timestamp` and `alerts`; a
Cancel's `info` is null; `references` is CAP's 'sender,identifier,sent'), SMHI's IBWW warnings
(a list of warnings with `warningAreas`, each with a GeoJSON `area`) and Krisinformation's
news v3 (PascalCase fields). Every event here is FICTIONAL: no real alert is ever presented as
current.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

SENDER = "https://vmaapi.sr.se/api/v3"
ORNSKOLDSVIK = "2284"
BJORNA = (63.5431, 18.5912)
"""The demo feed's Björna service point (latitude, longitude)."""

AROUND_ORNSKOLDSVIK = [[[18.0, 63.0], [19.3, 63.0], [19.3, 63.9], [18.0, 63.9], [18.0, 63.0]]]
IN_SKANE = [[[12.5, 55.3], [14.5, 55.3], [14.5, 56.5], [12.5, 56.5], [12.5, 55.3]]]


def iso(moment: datetime) -> str:
    """As the APIs write times: ISO 8601 with an offset."""
    return moment.isoformat(timespec="seconds")


def vma_answer(now: datetime, *alerts: dict[str, Any]) -> bytes:
    """The VMA API's answer body."""
    return json.dumps({"timestamp": iso(now), "alerts": list(alerts)}, ensure_ascii=False).encode()


def vma_alert(
    now: datetime,
    ident: str = "SRCAP20261206091200I",
    *,
    status: str = "Actual",
    msg_type: str = "Alert",
    code: str = ORNSKOLDSVIK,
    area_desc: str = "Örnsköldsviks kommun (Västernorrlands län)",
    sent_ago: timedelta = timedelta(minutes=3),
    expires_in: timedelta | None = timedelta(hours=6),
    english: bool = True,
    references: str | None = None,
) -> dict[str, Any]:
    """One CAP alert as the VMA API sends it; a Cancel carries `info: null`."""
    sent = now - sent_ago
    alert: dict[str, Any] = {
        "identifier": ident,
        "sender": SENDER,
        "sent": iso(sent),
        "status": status,
        "msgType": msg_type,
        "scope": "Public",
        "references": references,
        "incidents": ident.replace("SRCAP", "SRVMA"),
        "info": None,
    }
    if msg_type == "Cancel":
        return alert
    area = [{"areaDesc": area_desc, "geocode": [{"valueName": _value_name(code), "value": code}]}]
    info = [_info("sv-SE", "Viktigt meddelande till allmänheten (VMA)", _SV, _SV_DO, area)]
    if english:
        info.append(_info("en-US", "Important public announcement", _EN, None, area))
    for block in info:
        if expires_in is not None:
            block["expires"] = iso(now + expires_in)
    alert["info"] = info
    return alert


def _value_name(code: str) -> str:
    return {2: "Län", 4: "Kommun"}.get(len(code), "Land")


def _info(
    lang: str, event: str, description: str, instruction: str | None, area: list[Any]
) -> dict[str, Any]:
    return {
        "language": lang,
        "category": "Safety",
        "event": event,
        "urgency": "Immediate",
        "severity": "Severe",
        "certainty": "Observed",
        "senderName": "Sveriges Radio",
        "description": description,
        "instruction": instruction,
        "web": "https://sverigesradio.se/artikel/vma-vad-ar-det",
        "area": area,
    }


_SV = (
    "Viktigt meddelande till allmänheten i Örnsköldsviks kommun, Västernorrlands län.\r\n\r\n"
    "Det brinner i en industribyggnad (TESTHÄNDELSE) med kraftig rökutveckling.\r\n\r\n"
    "För mer information lyssna på Sveriges Radio P4 Västernorrland."
)
_SV_DO = "Gå inomhus och stäng dörrar, fönster och ventilation."
_EN = (
    "Important public announcement for Örnsköldsvik municipality, Västernorrland county.\r\n\r\n"
    "An industrial building is on fire (TEST EVENT), with heavy smoke. Go indoors and close "
    "doors, windows and ventilation."
)


def cancel_of(now: datetime, alert: dict[str, Any], ident: str) -> dict[str, Any]:
    """A Cancel referring to `alert`."""
    references = f"{SENDER},{alert['identifier']},{alert['sent']}"
    return vma_alert(now, ident, msg_type="Cancel", references=references)


def smhi_answer(*warnings: dict[str, Any]) -> bytes:
    """SMHI's warning.json body."""
    return json.dumps(list(warnings), ensure_ascii=False).encode()


def smhi_warning(
    now: datetime,
    ident: int = 3101,
    *,
    level: str = "YELLOW",
    polygon: list[Any] | None = None,
    ends_in: timedelta | None = timedelta(hours=12),
) -> dict[str, Any]:
    """One IBWW warning with one warning area."""
    names = {"RED": "Röd", "ORANGE": "Orange", "YELLOW": "Gul", "MESSAGE": "Meddelande"}
    area: dict[str, Any] = {
        "id": ident * 10,
        "created": iso(now - timedelta(hours=2)),
        "approximateStart": iso(now - timedelta(hours=1)),
        "published": iso(now - timedelta(hours=2)),
        "normalProbability": True,
        "pushNotice": True,
        "areaName": {"sv": "Västernorrlands kustland", "en": "Västernorrland coast"},
        "warningLevel": {"sv": names[level], "en": level.title(), "code": level},
        "eventDescription": {
            "sv": "Mycket snö (TESTVARNING)",
            "en": "Heavy snow (TEST WARNING)",
            "code": "SNOW",
        },
        "affectedAreas": [{"id": 22, "sv": "Västernorrlands län", "en": "Västernorrland County"}],
        "descriptions": [
            {
                "title": {"sv": "Händelsebeskrivning", "en": "Description of incident"},
                "text": {"sv": "20–30 cm snö väntas.", "en": "20–30 cm of snow expected."},
            }
        ],
        "area": {
            "type": "Feature",
            "geometry": {"type": "Polygon", "coordinates": polygon or AROUND_ORNSKOLDSVIK},
        },
    }
    if ends_in is not None:
        area["approximateEnd"] = iso(now + ends_in)
    return {
        "id": ident,
        "normalProbability": True,
        "event": {"sv": "Snö", "en": "Snow", "code": "SNOW_ICE"},
        "warningAreas": [area],
    }


def kris_news(
    now: datetime,
    ident: str = "KRI-TEST-1",
    county: str = "Västernorrlands län",
    age: timedelta = timedelta(hours=2),
) -> dict[str, Any]:
    """One Krisinformation news item."""
    published = iso(now - age)
    return {
        "Identifier": ident,
        "PushMessage": "",
        "Updated": published,
        "Published": published,
        "Headline": "Störningar i elnätet (TESTNYHET)",
        "Preamble": "Flera orter i länet saknar ström efter stormen.",
        "BodyText": "<p>Elbolaget arbetar med att &aring;terst&auml;lla str&ouml;mmen.</p>",
        "Area": [
            {"Type": "County", "Description": county, "Coordinate": "", "GeometryInformation": None}
        ],
        "Web": "https://www.krisinformation.se/nyheter/test",
        "Language": "sv",
        "Event": "Elavbrott",
        "SenderName": "Krisinformation.se",
    }
