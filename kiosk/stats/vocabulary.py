"""The closed vocabulary of usage counters: nothing outside it is ever recorded.

A counter key is ``NAME`` or ``NAME:ARG``; ARG is a catalogue id, section name, category or
language code taken from the feed or the code, never from what a visitor typed.
docs/privacy.md lists the same names; a test keeps the two in step.
"""

from __future__ import annotations

import re

SECTIONS = (
    "home",
    "places",
    "events",
    "services",
    "brochures",
    "search",
    "about",
    "notices",
    "browser",
)
"""Pages a visitor can open; ``section:<name>`` counts each opening."""

VISIT_BUCKETS = ("lt1m", "1-5m", "5-15m", "15-30m", "ge30m")
"""Visit lengths, coarse on purpose: an exact length on a shop computer identifies a person."""

ITEM_KINDS = ("place", "event", "link", "brochure", "notice")

COUNTERS: dict[str, str] = {
    "visits": "Visits (first real input after idle to the last input before the timeout).",
    "visit_seconds": "Total length of the day's visits in seconds (trailing idle not counted).",
    "visit_length": "Visits per length bucket (ARG: lt1m, 1-5m, 5-15m, 15-30m, ge30m).",
    "section": "Openings of a section of the kiosk (ARG: section name).",
    "item": "Views of one catalogue item's detail (ARG: kind/id, e.g. place/gideaberg).",
    "place_category": "Views of tourist-information places per category (ARG: category).",
    "eservice_open": "E-services opened in the locked-down browser (ARG: catalogue id).",
    "brochure_open": "Brochures opened in the reader (ARG: brochure id).",
    "notice_shown": "Notices shown on the home screen or their page.",
    "qr_shown": "QR codes shown for a visitor to take along.",
    "search": "Searches made (the count only; what was typed is never kept).",
    "language": "Visits per language chosen (ARG: sv, en, de, fi).",
    "crisis_shown": "Times a public warning (VMA) or crisis notice took over the screen.",
}
"""Every counter name with its meaning, as the privacy statement gives it."""

_ARG = re.compile(r"[a-z0-9][a-z0-9_./@-]{0,199}")
_NEEDS_ARG = {
    "visit_length",
    "section",
    "item",
    "place_category",
    "eservice_open",
    "brochure_open",
    "language",
}


def counter_key(name: str, arg: str | None = None) -> str:
    """The key for counter `name` (with its argument); ValueError for anything off-vocabulary."""
    if name not in COUNTERS:
        raise ValueError(f"{name!r} is not a usage counter")
    if (arg is None) == (name in _NEEDS_ARG):
        raise ValueError(f"counter {name!r} {'needs' if arg is None else 'takes no'} argument")
    if arg is None:
        return name
    if not _ARG.fullmatch(arg):
        raise ValueError(f"{arg!r} is not a catalogue id, section or code")
    if name == "section" and arg not in SECTIONS:
        raise ValueError(f"{arg!r} is not a section")
    if name == "visit_length" and arg not in VISIT_BUCKETS:
        raise ValueError(f"{arg!r} is not a visit-length bucket")
    if name == "item" and arg.split("/", 1)[0] not in ITEM_KINDS:
        raise ValueError(f"{arg!r} does not start with an item kind")
    return f"{name}:{arg}"


def visit_bucket(seconds: float) -> str:
    """The coarse bucket a visit of `seconds` falls in."""
    for limit, bucket in ((60, "lt1m"), (300, "1-5m"), (900, "5-15m"), (1800, "15-30m")):
        if seconds < limit:
            return bucket
    return "ge30m"
