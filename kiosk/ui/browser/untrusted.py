"""What a page chooses is hostile: strings bounded before they reach a label, a panel or the log,
and QR codes only of addresses the municipality vouches for.

Imports no Qt: the rules are plain functions, unit-tested on their own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from urllib.parse import urlsplit

from kiosk.allowlist import WEB_SCHEMES, HostRule, host_of

TITLE_MAX = 120
"""A page title in the bar (the label elides it further to the space it has)."""
TEXT_MAX = 600
"""An alert, confirm or prompt text in the panel."""
HOST_MAX = 80
"""A host named in a panel (a real host name is rarely longer; DNS allows 253)."""
URL_MAX = 2_000
"""An address in the decision log (`kiosk browse --json-log`)."""
QR_MAX = 300
"""The longest address drawn as a QR code: longer codes do not scan from a kiosk's screen."""
_ELLIPSIS = "…"
_INVISIBLE = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})
"""Controls, format characters (bidi overrides that reverse what follows), private and broken
code points: never from a page to the kiosk's own labels."""


def bounded(text: str, limit: int) -> str:
    """`text` on one line, without invisible characters, cut to `limit` characters with '…'."""
    # Only a little more than the limit is looked at: a 100,000-character alert costs nothing.
    head = text[: limit * 4 + 16]
    visible = "".join(
        " " if c.isspace() else c
        for c in head
        if unicodedata.category(c) not in _INVISIBLE or c.isspace()
    )
    plain = " ".join(visible.split())
    if len(plain) > limit or len(head) < len(text):
        return plain[: limit - 1].rstrip() + _ELLIPSIS
    return plain


def breakable(text: str, every: int = 24) -> str:
    """`text` with a zero-width space in every run of `every` characters without a space, so that
    a label can wrap it (a 600-letter word would otherwise widen the kiosk's window)."""
    words = text.split(" ")
    return " ".join(
        "\u200b".join(word[i : i + every] for i in range(0, len(word), every))
        if len(word) > every
        else word
        for word in words
    )


def origin(url: str) -> str:
    """`https://host[:port]/` of a web address, '' when it has none."""
    try:
        parts = urlsplit(url.strip()[:URL_MAX])
        host, port = parts.hostname, parts.port
    except ValueError:
        return ""
    if parts.scheme.lower() not in WEB_SCHEMES or not host:
        return ""
    return f"{parts.scheme.lower()}://{host}{f':{port}' if port else ''}/"


def vouched(url: str, start_url: str, allow: Sequence[str]) -> str:
    """The address the kiosk may put into a QR code for `url`, '' for none.

    The kiosk's frame vouches only for what the municipality chose: on the e-service's own host
    the catalogue's address (the start page), on another host of its allow-list that host's
    origin; never a page's own choice of path, and nothing at all for other hosts. `*` (free
    browsing) names no host and vouches for none.
    """
    host = host_of(url[:URL_MAX])
    if not host or not origin(url):
        return ""
    if host == host_of(start_url):
        return start_url if len(start_url) <= QR_MAX else origin(start_url)
    rules = [HostRule.parse(rule) for rule in allow if rule.strip() and rule.strip() != "*"]
    if any(rule.matches(host) for rule in rules):
        home = origin(url)
        return home if len(home) <= QR_MAX else ""
    return ""


def plain_host(url: str) -> str:
    """The host of `url` to name in a panel, bounded; '' when it has none."""
    return bounded(host_of(url[:URL_MAX]), HOST_MAX)
