"""One navigation on the browser page: the frame's own controls, nothing of the kiosk's bar twice."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from pytest_httpserver import HTTPServer
from webkit import QUIET, url

from kiosk.app import Kiosk
from kiosk.domain import Link, Text
from kiosk.ui.browser import toolbar

pytestmark = [QUIET]


def _open(qtbot, kiosk: Kiosk, httpserver: HTTPServer):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/").respond_with_data(
        '<title>one</title><a id="a" href="/two">two</a>', content_type="text/html"
    )
    httpserver.expect_request("/two").respond_with_data(
        "<title>two</title>", content_type="text/html"
    )
    kiosk.state.set_online(True)
    link = Link(
        "test", "municipality", Text({"sv": "Testtjänsten"}), Text({}), url(httpserver, "/")
    )
    kiosk.window.open_page("browser", link)
    browser = kiosk.window.page["browser"].browser
    qtbot.waitUntil(lambda: browser.title.text() == "one", timeout=10_000)
    return browser


def visible_texts(kiosk: Kiosk) -> list[str]:
    from PySide6.QtWidgets import QPushButton

    return [b.text() for b in kiosk.window.findChildren(QPushButton) if b.isVisibleTo(kiosk.window)]


def test_german_browser_page_has_one_start_and_one_back(qtbot, kiosk: Kiosk, httpserver) -> None:
    kiosk.window.page["browser"]  # built in Swedish: the frame must follow the switch
    kiosk.state.set_language("de")
    browser = _open(qtbot, kiosk, httpserver)
    texts = visible_texts(kiosk)
    for word in ("Start", "Zurück", "Vorwärts", "Neu laden", "Beenden"):
        assert texts.count(word) == 1, (word, texts)
    navbar = kiosk.window.navbar
    assert not any(btn.isVisibleTo(kiosk.window) for btn in navbar.languages.values())
    assert all(btn.isVisibleTo(kiosk.window) for btn in navbar.sizes)  # text size still there
    browser.end_session()
    kiosk.window.go_home()
    assert all(btn.isVisibleTo(kiosk.window) for btn in navbar.languages.values())


def test_back_and_forward_only_when_there_is_somewhere_to_go(
    qtbot, kiosk: Kiosk, httpserver
) -> None:
    browser = _open(qtbot, kiosk, httpserver)
    assert not browser.back_button.isEnabled()
    assert not browser.forward_button.isEnabled()
    browser.view.load(url(httpserver, "/two"))
    qtbot.waitUntil(browser.back_button.isEnabled, timeout=10_000)
    assert not browser.forward_button.isEnabled()
    browser.back_button.click()
    qtbot.waitUntil(browser.forward_button.isEnabled, timeout=10_000)
    qtbot.waitUntil(lambda: not browser.back_button.isEnabled(), timeout=10_000)
    browser.end_session()


def test_a_disabled_control_is_visibly_grey_in_high_contrast(
    qtbot, kiosk: Kiosk, httpserver
) -> None:
    kiosk.state.set_theme(type(kiosk.state.theme)(high_contrast=True))
    browser = _open(qtbot, kiosk, httpserver)
    assert not browser.back_button.isEnabled()
    image = browser.back_button.icon().pixmap(28, QIcon.Mode.Disabled).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert inked and all(c.name().upper() == toolbar.DISABLED_HIGH_CONTRAST for c in inked)
    style = browser.back_button.styleSheet()
    assert f"border-color: {toolbar.DISABLED_HIGH_CONTRAST}" in style and "dashed" not in style
    browser.end_session()


def test_text_size_on_the_browser_page_enlarges_the_web_page(
    qtbot, kiosk: Kiosk, httpserver
) -> None:
    browser = _open(qtbot, kiosk, httpserver)
    assert browser.view.zoomFactor() == 1.0
    kiosk.window.navbar.sizes[2].click()
    assert browser.view.zoomFactor() == kiosk.state.theme.scale > 1
    browser.end_session()


def test_a_tap_on_greyed_back_says_why_in_the_visitors_language(
    qtbot, kiosk: Kiosk, httpserver
) -> None:
    from screeninput import touch

    browser = _open(qtbot, kiosk, httpserver)
    assert not browser.back_button.isEnabled()
    assert not browser.hint.isVisible()
    touch(browser.back_button)
    assert browser.hint.isVisible()
    assert (
        browser.hint.text()
        == "Du är på den första sidan, så det finns ingen sida att gå tillbaka till."
    )
    assert browser.back_button.accessibleDescription() == browser.hint.text()
    hint, back = browser.hint.geometry(), browser.back_button.geometry()
    assert hint.top() >= back.bottom() and not hint.intersects(browser.forward_button.geometry())
    kiosk.state.set_language("de")  # the next tap says it in German; the old text goes
    assert not browser.hint.isVisible()
    touch(browser.forward_button)
    assert browser.hint.text().startswith("Vorwärts")
    browser.view.load(url(httpserver, "/two"))
    qtbot.waitUntil(browser.back_button.isEnabled, timeout=10_000)
    assert browser.back_button.accessibleDescription() == ""  # usable now: nothing to explain
    browser.end_session()


def test_without_the_internet_the_greyed_controls_say_so(qtbot, kiosk: Kiosk) -> None:
    from screeninput import touch

    kiosk.state.set_online(False)
    link = Link("test", "municipality", Text({"sv": "Testtjänsten"}), Text({}), "https://x.se/")
    kiosk.window.open_page("browser", link)
    browser = kiosk.window.page["browser"].browser
    touch(browser.reload_button)
    assert browser.hint.text() == "Utan internet går det inte att öppna någon sida."
