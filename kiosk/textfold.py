"""Folds text for search, so Swedish letters can be typed without marks or as oe/ae/aa."""

from __future__ import annotations

import unicodedata

_LETTERS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "æ": "a", "ø": "o"})


def fold(text: str) -> str:
    """Lower case without marks, with å/ä/ö and their spellings aa/ae/oe made a/a/o.

    The same fold is applied to the indexed text and to the query, so 'oernskoeldsvik',
    'ornskoldsvik' and 'Örnsköldsvik' all become 'ornskoldsvik'.
    """
    text = text.casefold().translate(_LETTERS)
    text = text.replace("aa", "a").replace("ae", "a").replace("oe", "o")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str, limit: int = 56) -> str:
    """'Vinterväglag i Björna' -> 'vintervaglag-i-bjorna': for item ids and file names."""
    plain = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    letters = "".join(
        c if c.isascii() and c.isalnum() else "-" for c in plain if not unicodedata.combining(c)
    )
    return "-".join(part for part in letters.split("-") if part)[:limit].strip("-")
