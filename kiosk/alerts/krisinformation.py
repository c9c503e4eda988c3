"""Krisinformation.se's news (API version 3), parsed and judged for one county.

Shape (https://api.krisinformation.se/v3/news): a list of items {Identifier, Headline, Preamble,
BodyText (HTML), Area: [{Type, Description}], Published, Updated, Web, SenderName, Language}.
Krisinformation is not part of the alarm chain: its news are notices, never a takeover.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any

from kiosk.alerts.areas import county_name
from kiosk.alerts.model import Alert, ParseError, items, load_json, text, when
from kiosk.domain import Text

MAX_NEWS = 100
SHOWN_FOR = timedelta(days=7)
"""News older than this (by its last update) are no longer shown."""
_TAGS = re.compile(r"<[^>]{0,2000}>")


def parse(body: bytes) -> list[Alert]:
    """Every news item; ParseError when the answer is not a list."""
    doc = load_json(body)
    if not isinstance(doc, list):
        raise ParseError("not a list of news")
    news = [_item(raw) for raw in items(doc, MAX_NEWS)]
    return [item for item in news if item is not None]


def _item(raw: Any) -> Alert | None:
    if not isinstance(raw, dict):
        return None
    ident, headline = text(raw.get("Identifier"), 200), text(raw.get("Headline"), 500)
    if not ident or not headline:
        return None
    lang = (text(raw.get("Language"), 10) or "sv")[:2].lower()
    areas = [
        text(a.get("Description"), 200)
        for a in items(raw.get("Area"), 100)
        if isinstance(a, dict) and text(a.get("Description"), 200)
    ]
    body = _plain(text(raw.get("BodyText")))
    preamble = text(raw.get("Preamble"))
    return Alert(
        source="krisinformation",
        id=ident,
        level="news",
        area=", ".join(areas),
        headline=Text(MappingProxyType({lang: headline})),
        description=Text(MappingProxyType({lang: preamble or body} if preamble or body else {})),
        sent=when(raw.get("Published")),
        ends=None,
        web=text(raw.get("Web"), 2000),
        extra=MappingProxyType({"updated": text(raw.get("Updated"), 40), "areas": tuple(areas)}),
    )


def _plain(markup: str) -> str:
    """BodyText is HTML: its words without the tags (the kiosk shows no web content here)."""
    return html.unescape(_TAGS.sub(" ", markup)).strip()


def judge(news: Iterable[Alert], county: str, now: datetime) -> list[Alert]:
    """Each item with why it is held back: another county, or older than `SHOWN_FOR`."""
    name = county_name(county)
    judged = []
    for item in news:
        updated = when(item.extra.get("updated")) or item.sent
        if not name:
            reason = "no county for this kiosk"
        elif name not in item.extra.get("areas", ()) and "Sverige" not in item.extra.get(
            "areas", ()
        ):
            reason = "another area"
        elif updated is None or now - updated > SHOWN_FOR:
            reason = "older than a week"
        else:
            reason = ""
        judged.append(item.holding(reason))
    return judged
