"""Reading what the owner typed: dates and times in the ways Swedes write them."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})[/.](\d{1,2})\.?(?:[ /.-]*(\d{4}))?$")
_TIME = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?$")


def parse_date(text: str, today: date) -> date | None:
    """'2026-12-05', '5/12', '5.12.' (as Finns and Germans write it) or '5/12 2026' (day first);
    the next such day when no year."""
    text = text.strip()
    try:
        if match := _ISO.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DAY_MONTH.match(text):
            year = int(match[3]) if match[3] else today.year
            found = date(year, int(match[2]), int(match[1]))
            if not match[3] and found < today:
                found = found.replace(year=year + 1)
            return found
    except ValueError:
        return None
    return None


def parse_time(text: str) -> str | None:
    """'19:00', '19.00', '1900' or '19' as 'HH:MM'; None when it is no time of day."""
    match = _TIME.match(text.strip())
    if not match:
        return None
    hours, minutes = int(match[1]), int(match[2] or 0)
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


def parse_span(text: str) -> tuple[str, str] | None:
    """'09:00-18:00' (or '9-18') as two 'HH:MM'; None when not a span that closes after opening."""
    parts = re.split(r"\s*[-–]\s*", text.strip())
    if len(parts) != 2:
        return None
    opens, closes = parse_time(parts[0]), parse_time(parts[1])
    if opens is None or closes is None or closes <= opens:
        return None
    return opens, closes
