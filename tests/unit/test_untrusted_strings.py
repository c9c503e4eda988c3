"""What a page chooses is bounded, and the kiosk's QR codes vouch only for the catalogue's hosts."""

from __future__ import annotations

from kiosk.ui.browser.untrusted import (
    QR_MAX,
    bounded,
    breakable,
    origin,
    plain_host,
    vouched,
)

START = "https://www.1177.se/e-tjanster/"
ALLOW = ("www.1177.se", "*.bankid.com", "*")


def test_bounded_cuts_long_text_and_drops_what_cannot_be_seen() -> None:
    assert bounded("x" * 100_000, 10) == "x" * 9 + "…"
    assert bounded("a\u202eb\u200bc\nd\te", 40) == "abc d e"  # bidi override, zero width, lines
    assert bounded("kort", 10) == "kort"
    assert bounded(" " * 100_000 + "x", 10) == "…"  # only the first part is ever looked at


def test_breakable_lets_a_label_wrap_a_word_of_any_length() -> None:
    text = breakable("W" * 100 + " kort", every=24)
    assert all(len(part) <= 24 for word in text.split() for part in word.split("\u200b"))
    assert text.replace("\u200b", "") == "W" * 100 + " kort"


def test_origin_is_scheme_host_and_port_only() -> None:
    assert origin("https://Example.se:8443/a/b?c=d#e") == "https://example.se:8443/"
    assert origin("javascript:alert(1)") == ""
    assert origin("http://[::1") == ""  # broken addresses give nothing, never an error


def test_a_page_chosen_off_list_address_gets_no_code() -> None:
    """Guard: `vouched` (item 5: no QR of a phishing page in the kiosk's frame)."""
    assert vouched("https://bankid-login.example/", START, ALLOW) == ""
    assert vouched("https://evil.example/" + "a" * 3000, START, ALLOW) == ""


def test_the_e_services_own_host_gets_the_catalogue_address_and_allowed_hosts_their_origin() -> (
    None
):
    assert vouched("https://www.1177.se/any/path?x=1", START, ALLOW) == START
    assert vouched("https://app.bankid.com/deep/path", START, ALLOW) == "https://app.bankid.com/"


def test_a_catalogue_address_too_long_for_a_code_falls_back_to_its_origin() -> None:
    long_start = "https://www.1177.se/" + "a" * QR_MAX
    assert vouched("https://www.1177.se/x", long_start, ALLOW) == "https://www.1177.se/"


def test_the_host_named_in_a_panel_is_bounded() -> None:
    assert plain_host("http://" + "a" * 300 + ".example/").endswith("…")
    assert plain_host("about:blank") == ""
