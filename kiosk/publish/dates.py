"""Whether an item is showing, still to come or over: the publisher's Aktiv / Kommande / Utgången."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any, Literal

from kiosk.domain import in_period

Status = Literal["active", "upcoming", "expired"]

EXPIRY_WARNING_DAYS = 14
"""The publisher warns this many days before an item's last day ("går ut inom 14 dagar")."""


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def period(item: Mapping[str, Any]) -> tuple[date | None, date | None]:
    """The item's first and last day (validFrom, validThrough); None where open-ended."""
    return _day(item.get("validFrom")), _day(item.get("validThrough"))


def status(item: Mapping[str, Any], today: date) -> Status:
    """'active' when kiosks show it today, 'upcoming' before validFrom, 'expired' after validThrough."""
    first, last = period(item)
    if in_period(first, last, today):
        return "active"
    return "upcoming" if first is not None and today < first else "expired"


def expires_soon(item: Mapping[str, Any], today: date, days: int = EXPIRY_WARNING_DAYS) -> bool:
    """True when the item shows today and its last day is within `days` days."""
    _, last = period(item)
    return (
        status(item, today) == "active"
        and last is not None
        and last - today <= timedelta(days=days)
    )
