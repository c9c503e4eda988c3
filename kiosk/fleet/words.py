"""Times and dates as the officer reads them in Swedish: "mån 09:12", "i går", "3 dec"."""

from __future__ import annotations

from datetime import date, datetime

WEEKDAYS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
MONTHS = ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec")


def day_text(day: date, today: date) -> str:
    """'i dag', 'i går', 'i förrgår', a weekday within the week, else '3 dec' ('3 dec 2025')."""
    ago = (today - day).days
    if ago == 0:
        return "i dag"
    if ago == 1:
        return "i går"
    if 1 < ago < 7:
        return WEEKDAYS[day.weekday()]
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def moment_text(moment: datetime, now: datetime) -> str:
    """A past moment in the shop's local time: 'i dag 09:12', 'mån 09:12', '3 dec 09:12'."""
    local = moment.astimezone(now.tzinfo)
    return f"{day_text(local.date(), now.date())} {local:%H:%M}"


def span_text(first: date, last: date, today: date) -> str:
    """A stretch of days: '3 dec' or '3–9 dec' or '28 nov–2 dec'."""
    if first == last:
        return day_text(first, today) if (today - first).days < 2 else _plain(first, today)
    if first.month == last.month and first.year == last.year:
        return f"{first.day}–{_plain(last, today)}"
    return f"{_plain(first, today)}–{_plain(last, today)}"


def _plain(day: date, today: date) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def days_text(count: int) -> str:
    """'1 dag', '3 dagar'."""
    return "1 dag" if count == 1 else f"{count} dagar"
