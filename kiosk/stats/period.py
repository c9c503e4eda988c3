"""Report periods: a quarter is what the municipality pays by, so it is named as one.

`2026Q3` is 1 July – 30 September 2026 and is titled "3:e kvartalet 2026 (1 juli – 30 sept.)";
any other span is titled by its dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kiosk.errors import KioskError

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")

_ORDINAL_SV = {1: "1:a", 2: "2:a", 3: "3:e", 4: "4:e"}

_MONTHS_SHORT = {
    # Swedish abbreviations as Språkrådet writes them; "maj", "juni", "juli" are not shortened.
    "sv": "jan. feb. mars apr. maj juni juli aug. sept. okt. nov. dec.",
    "en": "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.",
}


def parse_quarter(raw: str) -> tuple[date, date]:
    """`2026Q3` (also `2026-Q3`, `2026q3`) as its first and last day; KioskError otherwise."""
    found = _QUARTER.match(raw)
    if not found:
        raise KioskError(f"{raw!r} is not a quarter; write it as 2026Q3")
    year, number = int(found.group(1)), int(found.group(2))
    first = date(year, 3 * number - 2, 1)
    return first, _quarter_end(first)


def _quarter_end(first: date) -> date:
    month = first.month + 3
    following = date(first.year + (month > 12), (month - 1) % 12 + 1, 1)
    return following - timedelta(days=1)


def quarter_of(start: date, end: date) -> int | None:
    """The quarter number (1–4) when start..end is exactly one calendar quarter, else None."""
    if start.day != 1 or start.month % 3 != 1 or end != _quarter_end(start):
        return None
    return (start.month + 2) // 3


def short_date(lang: str, day: date, year: bool = False) -> str:
    """'30 sept.' / '30 Sept.' (with the year when asked)."""
    month = _MONTHS_SHORT["en" if lang == "en" else "sv"].split()[day.month - 1]
    return f"{day.day} {month}" + (f" {day.year}" if year else "")


def period_title(lang: str, start: date, end: date) -> str:
    """'3:e kvartalet 2026 (1 juli – 30 sept.)' for a quarter; else '1 jan. 2025 – 30 juni
    2025 (181 dagar)'."""
    number = quarter_of(start, end)
    if number is not None:
        span = f"{short_date(lang, start)} – {short_date(lang, end)}"
        if lang == "en":
            return f"Q{number} {start.year} ({span})"
        return f"{_ORDINAL_SV[number]} kvartalet {start.year} ({span})"
    days = (end - start).days + 1
    unit = ("days" if days != 1 else "day") if lang == "en" else ("dagar" if days != 1 else "dag")
    return f"{short_date(lang, start, True)} – {short_date(lang, end, True)} ({days} {unit})"
