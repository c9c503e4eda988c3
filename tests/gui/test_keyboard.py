"""The on-screen keyboard: a visitor with only a touch screen types into search by tapping keys."""

from __future__ import annotations

import pytest
from fingers import BESIDE, FIELD, FORM, finger, finger_keys, has_key, key_centre
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytest_httpserver import HTTPServer
from screeninput import touch
from webkit import QUIET, url

from kiosk.afterpaint import warm_up
from kiosk.app import Kiosk
from kiosk.domain import Link, Text
from kiosk.ui import keyboard
from kiosk.ui.cards import CardGrid
from kiosk.ui.window import KioskWindow


def tap_keys(window: KioskWindow, text: str) -> None:
    """Tap each key as the screen delivers a touch: through the window."""
    handle = window.windowHandle()
    for char in text:
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, pos=key_centre(window, char.lower()))


def titles(grid: CardGrid) -> list[str]:
    return [card.title for card in grid.cards()]


def test_tapping_skuleskogen_on_the_screen_keyboard_finds_it(qtbot, demo_kiosk: Kiosk) -> None:
    window = demo_kiosk.window
    assert window.keyboard.view is None  # nothing of the keyboard is built before a field has focus
    window.open_page("search")
    page = window.page["search"]
    touch(page.field)
    qtbot.waitUntil(window.keyboard.isVisible)
    assert page.field.hasFocus()
    keyboard_top = window.keyboard.mapTo(window, QPoint(0, 0)).y()
    field_bottom = page.field.mapTo(window, QPoint(0, page.field.height())).y()
    assert field_bottom <= keyboard_top  # the keyboard never covers the field
    tap_keys(window, "skuleskogen")
    # (A capital S when the keyboard's automatic capitals are on: search does not mind.)
    assert page.field.text().casefold() == "skuleskogen"
    qtbot.waitUntil(lambda: any("Skuleskogen" in title for title in titles(page.grid)))


def test_the_keyboard_is_swedish_and_follows_the_visitors_language(qtbot, demo_kiosk) -> None:
    window = demo_kiosk.window
    window.open_page("search")
    touch(window.page["search"].field)
    qtbot.waitUntil(window.keyboard.isVisible)
    for char in "åäö":
        key_centre(window, char)
    demo_kiosk.state.set_language("de")
    qtbot.waitUntil(lambda: has_key(window, "ü"))
    assert not has_key(window, "å")
    demo_kiosk.state.set_language("fi")
    qtbot.waitUntil(lambda: not has_key(window, "ü"))
    key_centre(window, "ä")


def test_the_keyboard_goes_when_no_text_field_has_focus(qtbot, demo_kiosk: Kiosk) -> None:
    window = demo_kiosk.window
    window.open_page("search")
    touch(window.page["search"].field)
    qtbot.waitUntil(window.keyboard.isVisible)
    # While typing, the header gives its room to the field and the results; Hem and Tillbaka
    # in the bottom bar stay in reach.
    assert not window.header.isVisible() and window.navbar.isVisible()
    assert window.navbar.back.isVisible() and not window.navbar.languages["sv"].isVisible()
    window.go_home()
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    assert window.header.isVisible() and window.navbar.isVisible()
    assert window.navbar.languages["sv"].isVisible()


def test_a_physical_keyboard_still_types_and_hides_the_screen_one(qtbot, demo_kiosk) -> None:
    window = demo_kiosk.window
    window.open_page("search")
    page = window.page["search"]
    touch(page.field)
    qtbot.waitUntil(window.keyboard.isVisible)
    qtbot.keyClicks(page.field, "skule")
    assert page.field.text() == "skule"
    # Gone, and not back at the next key (Qt asks for the panel again at each key release).
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    qtbot.keyClicks(page.field, "s")
    assert not window.keyboard.isVisible() and not QGuiApplication.inputMethod().isVisible()


def test_a_tap_into_the_field_after_physical_keys_brings_the_screen_keyboard_back(
    qtbot, demo_kiosk: Kiosk
) -> None:
    window = demo_kiosk.window
    window.open_page("search")
    page = window.page["search"]
    touch(page.field)
    qtbot.waitUntil(window.keyboard.isVisible)
    qtbot.keyClicks(page.field, "skule")
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    touch(page.field)  # the visitor asks for it
    qtbot.waitUntil(window.keyboard.isVisible)


def test_empty_search_suggests_todays_events_and_categories(qtbot, demo_kiosk: Kiosk) -> None:
    window = demo_kiosk.window
    window.open_page("search")
    page = window.page["search"]
    qtbot.waitUntil(window.keyboard.isVisible)  # the field has the focus: the keyboard is up
    headings = page.grid.headings()
    assert page.tr("Popular categories") in headings
    page.grid.click(len(page.grid.cards()) - 1)  # a category opens the places page with it
    # (The kinetic scroller hands a tap on to the grid through the event loop.)
    qtbot.waitUntil(lambda: window.current == "places")
    assert window.page["places"].category is not None


@pytest.mark.qt_log_ignore("Component is not ready")
def test_a_keyboard_that_cannot_load_leaves_search_usable(
    qtbot, demo_kiosk: Kiosk, monkeypatch, caplog
) -> None:
    monkeypatch.setattr(keyboard, "QML", b"import NoSuchModule\nItem {}\n")
    window = demo_kiosk.window
    window.open_page("search")
    page = window.page["search"]
    touch(page.field)
    assert window.current == "search"  # not the out-of-order page
    assert not window.keyboard.isVisible()
    assert "on-screen keyboard is not available" in caplog.text
    qtbot.keyClicks(page.field, "skule")  # a physical keyboard still types
    assert page.field.text() == "skule"


# --- a field on an e-service page -------------------------------------------------------------


def tap_page(qtbot, window: KioskWindow, view_pos: QPoint, until) -> None:  # type: ignore[no-untyped-def]
    """Tap the web page at `view_pos` until `until()`: Chromium drops touches that arrive
    before its first frame is on screen."""
    browser = window.page["browser"].browser
    spot = browser.view.focusProxy().mapTo(window, view_pos)
    for _ in range(20):
        finger(window, spot)
        try:
            qtbot.waitUntil(until, timeout=1_000)
            return
        except qtbot.TimeoutError:
            continue
    raise AssertionError("the page never reacted to a tap")


def open_form(qtbot, kiosk: Kiosk, httpserver: HTTPServer):  # type: ignore[no-untyped-def]
    httpserver.expect_request("/").respond_with_data(FORM, content_type="text/html")
    kiosk.state.set_online(True)
    link = Link("test", "health", Text({"sv": "Testtjänsten"}), Text({}), url(httpserver, "/"))
    kiosk.window.open_page("browser", link)
    browser = kiosk.window.page["browser"].browser
    qtbot.waitUntil(
        lambda: browser.view is not None and browser.view.title() == "form", timeout=15_000
    )
    return browser


@QUIET
def test_tapping_skuleskogen_into_an_e_service_field_sends_it(
    qtbot, demo_kiosk: Kiosk, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/sok", query_string="q=Skuleskogen").respond_with_data(
        "<title>found</title>", content_type="text/html"
    )
    window = demo_kiosk.window
    browser = open_form(qtbot, demo_kiosk, httpserver)
    assert window.keyboard.view is None
    tap_page(qtbot, window, FIELD, lambda: browser.view.title() == "typing")
    qtbot.waitUntil(window.keyboard.isVisible)
    keyboard_top = window.keyboard.mapTo(window, QPoint(0, 0)).y()
    field_bottom = browser.view.focusProxy().mapTo(window, QPoint(0, 100)).y()
    assert field_bottom <= keyboard_top  # the keyboard never covers the field
    finger_keys(
        window,
        "Skuleskogen",
        lambda typed: qtbot.waitUntil(lambda: browser.view.title() == f"v:{typed}"),
    )
    finger(window, key_centre(window, Qt.Key.Key_Return))
    qtbot.waitUntil(lambda: browser.view.title() == "found", timeout=10_000)
    browser.end_session()


@QUIET
def test_tapping_beside_an_e_service_field_puts_the_keyboard_away(
    qtbot, demo_kiosk: Kiosk, httpserver: HTTPServer
) -> None:
    window = demo_kiosk.window
    browser = open_form(qtbot, demo_kiosk, httpserver)
    tap_page(qtbot, window, FIELD, lambda: browser.view.title() == "typing")
    qtbot.waitUntil(window.keyboard.isVisible)
    tap_page(qtbot, window, BESIDE, lambda: browser.view.title() == "left")
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    browser.end_session()


def test_a_stand_turned_to_portrait_with_the_keyboard_up_fits_the_new_width(
    qtbot, demo_kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    """Guard: the keyboard's width never becomes the window's minimum width."""
    window = demo_kiosk.window
    window.resize(1280, 800)
    window.open_page("search")
    touch(window.page["search"].field)
    qtbot.waitUntil(window.keyboard.isVisible)
    window.resize(720, 1280)  # the screen is turned (or the window is made narrower)
    qtbot.waitUntil(lambda: window.width() == 720)
    assert window.keyboard.view is not None
    qtbot.waitUntil(lambda: window.keyboard.view.width() <= 720)
    key_centre(window, "å")  # keys are still there to tap


def test_one_tap_on_the_home_search_bar_gives_field_and_keyboard(qtbot, demo_kiosk) -> None:
    window = demo_kiosk.window
    search = window.page["home"].search
    qtbot.waitUntil(search.isVisible)  # the home screen is filled after its first frame
    touch(search)
    page = window.page["search"]
    qtbot.waitUntil(lambda: window.current == "search")
    qtbot.waitUntil(window.keyboard.isVisible)
    assert page.field.hasFocus()
    assert window.navbar.isVisible()  # Hem and Tillbaka stay in reach while typing


def test_the_keyboard_built_after_the_first_frame_comes_up_on_the_first_tap_on_search(
    qtbot, demo_kiosk: Kiosk
) -> None:
    window = demo_kiosk.window
    warm_up(demo_kiosk)  # as `kiosk run` does once the home screen has painted
    qtbot.waitUntil(lambda: window.keyboard.view is not None)  # no tap has to build it
    built = window.keyboard.view
    assert not window.keyboard.isVisible()  # nothing of it shows on the home screen
    search = window.page["home"].search
    qtbot.waitUntil(search.isVisible)
    touch(search)
    qtbot.waitUntil(window.keyboard.isVisible)
    page = window.page["search"]
    assert page.field.hasFocus()
    assert window.keyboard.view is built  # the same keyboard, not a second one
    tap_keys(window, "skule")
    assert page.field.text().casefold() == "skule"
