"""Which URLs the locked-down browser may open: host allow-lists with wildcards and blocked schemes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple
from urllib.parse import urlsplit

WEB_SCHEMES = frozenset({"http", "https"})


class HostRule(NamedTuple):
    """One allow-list entry: an exact host, or `*.example.se` for the domain and its subdomains."""

    domain: str
    wildcard: bool

    @classmethod
    def parse(cls, text: str) -> HostRule:
        """`*.1177.se`, `www.1177.se`, or `*` for any host (case and a trailing dot ignored)."""
        text = text.strip().lower().rstrip(".")
        if text == "*":
            return cls("*", True)
        if text.startswith("*."):
            return cls(text[2:], True)
        return cls(text, False)

    def matches(self, host: str) -> bool:
        """Whether `host` is covered; `*.x.se` covers `a.x.se`, `a.b.x.se` and `x.se` itself."""
        host = host.lower().rstrip(".")
        if not host or not self.domain:
            return False
        if self.domain == "*":  # free browsing: the browser honours it only when configured
            return True
        if host == self.domain:
            return True
        return self.wildcard and host.endswith("." + self.domain)


def host_of(url: str) -> str:
    """The host of `url` in lower case, '' when it has none."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def scheme_of(url: str) -> str:
    """The scheme of `url` in lower case."""
    head, sep, _ = url.strip().partition(":")
    return head.lower() if sep else ""


def blocked_scheme(url: str) -> str | None:
    """The scheme when `url` must be blocked at the top level, else None.

    Everything but http, https and about:blank is blocked; the named dangerous schemes
    (file:, data:, javascript:, view-source:, chrome:, devtools:, qrc:, about:...) included.
    """
    stripped = url.strip()
    scheme = scheme_of(stripped)
    if scheme in WEB_SCHEMES:
        return None
    if scheme == "about" and stripped.lower() == "about:blank":
        return None
    return scheme or "none"


def allowed(url: str, allow: Sequence[str]) -> bool:
    """Whether the browser may open `url`: a web scheme and a host matched by a rule in `allow`."""
    if blocked_scheme(url) is not None:
        return False
    if url.strip().lower() == "about:blank":
        return True
    host = host_of(url)
    return any(HostRule.parse(rule).matches(host) for rule in allow if rule.strip())


def decide(url: str, allow: Sequence[str]) -> tuple[bool, str]:
    """(allowed, reason) for a navigation; the reason is a short English tag for logs."""
    scheme = blocked_scheme(url)
    if scheme is not None:
        return False, f"blocked scheme {scheme}:"
    if url.strip().lower() == "about:blank" or allowed(url, allow):
        return True, "allowed host"
    return False, "host not in allow list"
