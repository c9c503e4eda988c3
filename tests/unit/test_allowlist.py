"""The browser's allow-list rules (no Qt)."""

from __future__ import annotations

import pytest

from kiosk.allowlist import HostRule, allowed, blocked_scheme, decide, host_of

ALLOW = ("*.1177.se", "www.skatteverket.se", "127.0.0.1")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.1177.se/",
        "https://1177.se/start",
        "https://e-tjanster.www.1177.se/x?y=1",
        "https://WWW.SKATTEVERKET.SE/privat",
        "http://127.0.0.1:8080/page",
        "about:blank",
    ],
)
def test_allowed_urls(url: str) -> None:
    assert allowed(url, ALLOW)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil1177.se/",
        "https://1177.se.evil.com/",
        "https://skatteverket.se/",
        "https://sub.www.skatteverket.se/",
        "http://localhost/",
        "https://example.com/",
        "file:///etc/passwd",
        "javascript:alert(1)",
    ],
)
def test_blocked_urls(url: str) -> None:
    assert not allowed(url, ALLOW)


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("file:///etc/passwd", "file"),
        ("data:text/html,hi", "data"),
        ("JavaScript:alert(1)", "javascript"),
        ("view-source:https://www.1177.se/", "view-source"),
        ("chrome://settings", "chrome"),
        ("chrome-extension://abc/x.html", "chrome-extension"),
        ("devtools://devtools/bundled/inspector.html", "devtools"),
        ("qrc:/index.html", "qrc"),
        ("about:config", "about"),
        ("about:srcdoc", "about"),
    ],
)
def test_blocked_schemes(url: str, scheme: str) -> None:
    assert blocked_scheme(url) == scheme


@pytest.mark.parametrize("url", ["about:blank", "https://www.1177.se/", "http://127.0.0.1/"])
def test_web_urls_and_about_blank_are_not_blocked(url: str) -> None:
    assert blocked_scheme(url) is None


def test_wildcard_rule_matches_domain_and_subdomains() -> None:
    rule = HostRule.parse("*.X.se.")
    assert rule == HostRule("x.se", True)
    assert rule.matches("x.se") and rule.matches("a.x.se") and rule.matches("a.b.x.se")
    assert not rule.matches("ax.se")


def test_empty_rules_allow_nothing() -> None:
    assert not allowed("https://www.1177.se/", ("", "  "))


def test_decide_gives_a_reason() -> None:
    assert decide("https://www.1177.se/", ALLOW) == (True, "allowed host")
    assert decide("https://example.com/", ALLOW) == (False, "host not in allow list")
    assert decide("file:///x", ALLOW) == (False, "blocked scheme file:")


def test_host_of_tolerates_bad_urls() -> None:
    assert host_of("http://[::1") == ""
    assert host_of("https://User@WWW.1177.se:443/x") == "www.1177.se"


def test_a_lone_star_means_any_web_host_but_never_a_blocked_scheme() -> None:
    assert allowed("https://www.example.com/x", ["*"])
    assert not allowed("file:///etc/passwd", ["*"])
    assert not allowed("javascript:alert(1)", ["*"])
    assert not HostRule.parse("*.").matches("")
