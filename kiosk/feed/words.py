"""Schema errors in words an officer understands, in English (command line) and Swedish (publisher).

Pydantic says "String should match pattern '^(Mo|Tu|…'" or "Extra inputs are not permitted";
the person who typed the value needs to hear what to write instead. One place translates, so
`kiosk feed validate`, `kiosk feed build`, a kiosk's sync and the publisher's forms agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple


class Words(NamedTuple):
    """One problem with one field, said in English and in Swedish."""

    en: str
    sv: str


_PATTERNS: dict[str, Words] = {  # by the field's last name, for string_pattern_mismatch
    "openingHours": Words(
        "write opening hours like 'Mo-Fr 09:00-18:00' or 'Sa 10:00-14:00' "
        "(days Mo Tu We Th Fr Sa Su, then from-to in 24-hour time)",
        "skriv öppettider som 'Mo-Fr 09:00-18:00' eller 'Sa 10:00-14:00' "
        "(dagarna Mo Tu We Th Fr Sa Su, sedan från–till i 24-timmarsformat)",
    ),
    "id": Words(
        "use only lower-case letters a-z, digits and '-' (no å, ä, ö or spaces), e.g. 'vintervaglag'",
        "använd bara små bokstäver a–z, siffror och '-' (inga å, ä, ö eller mellanslag), "
        "t.ex. 'vintervaglag'",
    ),
    "service_points": Words(
        "a service point's id: lower-case a-z, digits and '-'",
        "en servicepunkts id: små bokstäver a–z, siffror och '-'",
    ),
    "url": Words(
        "must be a web address starting with https:// (or http://), without spaces",
        "måste vara en webbadress som börjar med https:// (eller http://), utan mellanslag",
    ),
    "allow": Words(
        "write a host name such as 'www.1177.se', or '*.1177.se' for all of its subdomains",
        "skriv ett värdnamn som 'www.1177.se', eller '*.1177.se' för alla dess underdomäner",
    ),
    "file": Words(
        "must be a PDF file in the source folder, e.g. 'brochures/karta.pdf'",
        "måste vara en PDF-fil i källmappen, t.ex. 'brochures/karta.pdf'",
    ),
    "languages": Words(
        "a two-letter language code such as 'sv', 'en', 'de' or 'fi'",
        "en språkkod med två bokstäver, som 'sv', 'en', 'de' eller 'fi'",
    ),
    "lang": Words(
        "a two-letter language code such as 'sv', 'en', 'de' or 'fi'",
        "en språkkod med två bokstäver, som 'sv', 'en', 'de' eller 'fi'",
    ),
}
_FILE_NAME = Words(
    "must name a file in the source folder, e.g. 'images/butiken.jpg' (letters a-z, no spaces)",
    "måste vara ett filnamn i källmappen, t.ex. 'images/butiken.jpg' (bokstäver a–z, inga mellanslag)",
)
_VALUE_ERRORS = {  # our own validators' texts (kiosk.feed.models)
    "a Swedish text ('sv') is required": Words(
        "a Swedish text (sv) is required", "en svensk text (sv) krävs"
    ),
    "validThrough is before validFrom": Words(
        "the last day (validThrough) is before the first day (validFrom)",
        "sista dagen (validThrough) ligger före första dagen (validFrom)",
    ),
    "opens and closes go together (neither: closed)": Words(
        "give both the opening and the closing time, or neither for a closed day",
        "ange både när det öppnar och när det stänger, eller ingen tid för en stängd dag",
    ),
    "closes is not after opens": Words(
        "the closing time must be after the opening time",
        "stängningstiden måste vara efter öppningstiden",
    ),
    "a period of special hours is longer than 366 days": Words(
        "a period of special hours may be at most a year (366 days)",
        "en period med avvikande tider får vara högst ett år (366 dagar)",
    ),
}


def _choices(ctx: Mapping[str, Any]) -> tuple[str, str]:
    expected = str(ctx.get("expected", ""))
    return expected, expected.replace(" or ", " eller ")


def _by_type(kind: str, ctx: Mapping[str, Any], field: str, given: Any) -> Words | None:
    simple = {
        "missing": Words("is missing", "saknas"),
        "extra_forbidden": Words(
            "is not a field this kind of item has (check the spelling)",
            "är inget fält som den här sortens innehåll har (kontrollera stavningen)",
        ),
        "string_too_short": Words("must not be empty", "får inte vara tomt"),
        "string_type": Words("must be text (in quotes)", "måste vara text (inom citattecken)"),
        "bool_type": Words("must be true or false", "måste vara ja eller nej (true/false)"),
        "bool_parsing": Words("must be true or false", "måste vara ja eller nej (true/false)"),
        "list_type": Words(
            'must be a list in brackets, e.g. ["a", "b"]',
            'måste vara en lista inom hakparenteser, t.ex. ["a", "b"]',
        ),
        "int_type": Words("must be a whole number", "måste vara ett heltal"),
        "int_parsing": Words("must be a whole number", "måste vara ett heltal"),
        "float_type": Words("must be a number", "måste vara ett tal"),
        "float_parsing": Words("must be a number", "måste vara ett tal"),
        "timezone_aware": Words(
            "must be a date and time with zone, e.g. 2026-11-01T08:00:00Z",
            "måste vara datum och tid med tidszon, t.ex. 2026-11-01T08:00:00Z",
        ),
    }
    if kind in simple:
        return simple[kind]
    if kind.startswith("date") and "datetime" not in kind:
        return Words(
            "must be a date like 2026-12-24 (year-month-day, without quotes)",
            "måste vara ett datum som 2026-12-24 (år-månad-dag, utan citattecken)",
        )
    if kind.startswith("datetime"):
        return Words(
            "must be a date and time like 2026-11-01T08:00:00Z",
            "måste vara datum och tid som 2026-11-01T08:00:00Z",
        )
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return Words(
            f'must be a group of fields, e.g. {field}.sv = "..."'
            if field
            else "must be a table of fields",
            f'måste vara en grupp av fält, t.ex. {field}.sv = "..."'
            if field
            else "måste vara en tabell av fält",
        )
    if kind == "literal_error":
        en, sv = _choices(ctx)
        return Words(f"must be one of {en}", f"måste vara något av {sv}")
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        (bound,) = (ctx[key] for key in ("ge", "le", "gt", "lt") if key in ctx)
        bound = int(bound) if isinstance(bound, float) and bound.is_integer() else bound
        low = kind.startswith("greater")
        return Words(
            f"must be {'at least' if low else 'at most'} {bound} (it is {given})",
            f"måste vara {'minst' if low else 'högst'} {bound} (det är {given})",
        )
    if kind == "string_pattern_mismatch":
        if field in _PATTERNS:
            return _PATTERNS[field]
        if field in {"image", "cover", "name"}:
            return _FILE_NAME
    return None


def field_name(loc: Sequence[Any]) -> str:
    """The last named part of a pydantic location: ('items', 3, 'openingHours', 0) -> 'openingHours'."""
    names = [str(part) for part in loc if isinstance(part, str) and part != "root"]
    names = [name for name in names if not name.startswith("function-")]
    return names[-1] if names else ""


def plain_words(problem: Mapping[str, Any]) -> Words:
    """A pydantic error (one entry of `ValidationError.errors()`) in plain English and Swedish."""
    kind = str(problem.get("type", ""))
    ctx = problem.get("ctx") or {}
    message = str(problem.get("msg", "")).removeprefix("Value error, ")
    if kind == "value_error":
        return _VALUE_ERRORS.get(message, Words(message, message))
    words = _by_type(kind, ctx, field_name(problem.get("loc", ())), problem.get("input"))
    return words or Words(message, message)
