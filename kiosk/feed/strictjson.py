"""JSON from outside, bounded: nesting depth, number length and text that is real Unicode."""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
"""No feed document nests deeper than a handful of levels; 64 leaves room and stops recursion."""

MAX_NUMBER_CHARS = 40
"""Digits (and sign, point, exponent) of one number: enough for any id, size or coordinate."""


_AS_RUNS = bytes(ord("0" if chr(b) in "-+0123456789.eE" else " ") for b in range(256))
"""A translation table: every byte that can be part of a JSON number becomes "0", any other " "."""

_LONG_RUN = b"0" * (MAX_NUMBER_CHARS + 1)
"""Where no run of number characters is longer than the limit, no number can be: the parser's
per-number hooks (most of the time of a day file full of counts) are needed only then."""

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
"""A lone surrogate can only come from a \\uD800-\\uDFFF escape: UTF-8 text cannot hold one
(text given as str is encoded first, which refuses one)."""


class JsonError(ValueError):
    """The text is not JSON, or is JSON beyond the limits; `str()` says which, in one line."""


def _number(text: str) -> str:
    if len(text) > MAX_NUMBER_CHARS:
        raise JsonError(f"a number of {len(text)} characters (at most {MAX_NUMBER_CHARS})")
    return text


def _int(text: str) -> int:
    return int(_number(text))


def _float(text: str) -> float:
    return float(_number(text))


def _constant(name: str) -> Any:
    raise JsonError(f"{name} is not a JSON number")


_PLAIN = json.JSONDecoder(parse_constant=_constant)
_CHECKED = json.JSONDecoder(parse_constant=_constant, parse_int=_int, parse_float=_float)
"""Made once: json.loads with any argument builds a new decoder for every document."""


def loads(raw: bytes | str) -> Any:
    """Parse `raw` (UTF-8); JsonError for bad JSON, deep nesting, huge numbers, lone surrogates."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if isinstance(raw, str):
            _text(raw)
        long = _has_long_run(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
        data = (_CHECKED if long else _PLAIN).decode(text)
    except RecursionError:
        raise JsonError(f"nested deeper than {MAX_DEPTH} levels") from None
    except JsonError:
        raise
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        raise JsonError(str(error)) from None
    # Nesting is at most the number of brackets, and text is Unicode unless an escape says
    # otherwise: the walk is needed only where either could be wrong.
    if text.count("[") + text.count("{") > MAX_DEPTH or _SURROGATE_ESCAPE.search(text):
        _check(data)
    return data


def _has_long_run(raw: bytes) -> bool:
    """Whether a run of number characters is longer than the limit. A translation and a substring
    search in C: a regular expression tried at every digit took longer than parsing the JSON."""
    return _LONG_RUN in raw.translate(_AS_RUNS)


def _check(data: Any) -> None:
    """Depth and text, walked without recursion (the parser allowed ~1000 levels)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            _text(value)
        elif isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise JsonError(f"nested deeper than {MAX_DEPTH} levels")
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str):
                    _text(key)
                stack.append((item, depth + 1))


def _text(value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise JsonError(
            "text with a lone surrogate (\\ud800-\\udfff), which is not Unicode"
        ) from None
