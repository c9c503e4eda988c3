"""Example warnings for screenshots and the layout check: FICTIONAL texts in the sources' shapes,
marked as examples, timed around `now` (never a real alert presented as current)."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import MappingProxyType

from kiosk.alerts.check import Snapshot, SourceCheck
from kiosk.alerts.model import Alert
from kiosk.domain import Text


def _text(**values: str) -> Text:
    return Text(MappingProxyType(values))


def demo_snapshot(now: datetime, stale: bool = False) -> Snapshot:
    """A VMA for Örnsköldsvik, a yellow SMHI warning and a Krisinformation news item."""
    vma = Alert(
        source="vma",
        id="EXEMPEL-VMA",
        level="alert",
        area="Örnsköldsviks kommun (Västernorrlands län)",
        headline=_text(
            sv="Viktigt meddelande till allmänheten (VMA) – EXEMPEL",
            en="Important public announcement – EXAMPLE",
        ),
        description=_text(
            sv="Det brinner i en industribyggnad i Domsjö med kraftig rökutveckling. "
            "(Detta är ett exempel, inget verkligt meddelande.)",
            en="An industrial building in Domsjö is on fire, with heavy smoke. "
            "(This is an example, not a real announcement.)",
        ),
        instruction=_text(
            sv="Gå inomhus och stäng dörrar, fönster och ventilation. "
            "Lyssna på Sveriges Radio P4 Västernorrland.",
            en="Go indoors and close doors, windows and ventilation. "
            "Listen to Sveriges Radio P4 Västernorrland.",
        ),
        sent=now - timedelta(minutes=6),
        ends=now + timedelta(hours=5),
        codes=("2284",),
    )
    smhi = Alert(
        source="smhi",
        id="EXEMPEL-SMHI",
        level="yellow",
        area="Västernorrlands kustland",
        headline=_text(sv="Mycket snö (exempel)", en="Heavy snow (example)"),
        description=_text(
            sv="Händelsebeskrivning: 20–30 cm snö väntas under natten.",
            en="Description of incident: 20–30 cm of snow expected overnight.",
        ),
        starts=now - timedelta(hours=1),
        ends=now + timedelta(hours=14),
    )
    news = Alert(
        source="krisinformation",
        id="EXEMPEL-KRIS",
        level="news",
        area="Västernorrlands län",
        headline=_text(sv="Störningar i elnätet efter stormen (exempel)"),
        description=_text(sv="Flera orter i länet saknar ström. Elbolaget arbetar med felen."),
        sent=now - timedelta(hours=2),
    )
    checked = now - timedelta(minutes=14 if stale else 1)
    checks = (
        SourceCheck("vma", checked, now - timedelta(minutes=13) if stale else None, ""),
        SourceCheck("smhi", checked, None, ""),
        SourceCheck("krisinformation", checked, None, ""),
    )
    return Snapshot(now, (vma, smhi, news), (), checks, checked if stale else None)
