"""JSON from outside, bounded: nesting depth, number length and text that is real Unicode."""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64
"""No feed document nests deeper than a handful of levels; 64 leaves room and stops recursion."""

MAX_NUMBER_CHARS = 40
"""Digits (and sign, point, exponent) of one number: enough for any id, size or coordinate."""


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


def loads(raw: bytes | str) -> Any:
    """Parse `raw` (UTF-8); JsonError for bad JSON, deep nesting, huge numbers, lone surrogates."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        data = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except RecursionError:
        raise JsonError(f"nested deeper than {MAX_DEPTH} levels") from None
    except JsonError:
        raise
    except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
        raise JsonError(str(error)) from None
    _check(data)
    return data


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
