"""Language switch retranslates everything visible; text size and contrast apply and reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kiosk.app import Kiosk


def visible_texts(widget) -> set[str]:  # type: ignore[no-untyped-def]
    labels = {w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget) and w.text()}
    buttons = {
        w.text().strip()
        for w in widget.findChildren(QAbstractButton)
        if w.isVisibleTo(widget) and w.text()
    }
    return labels | buttons


def test_the_kiosk_starts_in_swedish(kiosk: Kiosk) -> None:
    texts = visible_texts(kiosk.window)
    assert {"Vad händer", "Turistinformation", "E-tjänster", "Broschyrer"} <= texts


def test_a_language_switch_retranslates_everything_visible(qtbot, kiosk: Kiosk) -> None:
    window = kiosk.window
    swedish = visible_texts(window)
    qtbot.mouseClick(window.navbar.languages["en"], Qt.MouseButton.LeftButton)
    english = visible_texts(window)
    assert {"What's on", "Tourist information", "E-services", "Brochures"} <= english
    # Nothing Swedish from the UI is left over: only names, content and dates may stay alike.
    leftovers = (swedish & english) - {
        "Björna Lanthandel",
        "Svenska",
        "English",
        "Deutsch",
        "Suomi",
        "A",
        "A+",
        "A++",
    }
    leftovers = {t for t in leftovers if not any(c.isdigit() for c in t)}
    assert (
        not leftovers
        - {n.title.get("sv") for n in kiosk.content.notices()}
        - {n.text.get("sv") for n in kiosk.content.notices()}
    )


def test_dates_follow_the_language(qtbot, kiosk: Kiosk) -> None:
    header = kiosk.window.header
    swedish = header.date.text()
    kiosk.state.set_language("de")
    assert header.date.text() != swedish
    assert any(
        day in header.date.text()
        for day in ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
    )


def test_content_falls_back_to_swedish_when_not_translated(kiosk: Kiosk) -> None:
    kiosk.state.set_language("fi")
    texts = visible_texts(kiosk.window)
    assert "Evenemang 0" in texts  # the feed has only Swedish event titles


def test_text_size_and_contrast_change_the_style(qtbot, kiosk: Kiosk) -> None:
    window = kiosk.window
    before = kiosk.app.styleSheet()
    qtbot.mouseClick(window.navbar.sizes[2], Qt.MouseButton.LeftButton)
    assert kiosk.state.theme.text_step == 2
    assert "font-size: 66px" in kiosk.app.styleSheet()  # h1 44 px x 1.5
    qtbot.mouseClick(window.navbar.contrast, Qt.MouseButton.LeftButton)
    assert kiosk.state.theme.high_contrast
    assert "#FFFF00" in kiosk.app.styleSheet()
    assert kiosk.app.styleSheet() != before


def test_every_button_has_an_accessible_name_and_a_touch_size(kiosk: Kiosk) -> None:
    for page in ("home", "places", "events", "about"):
        kiosk.window.open_page(page)
        for btn in kiosk.window.findChildren(QAbstractButton):
            if btn.isVisibleTo(kiosk.window):
                assert btn.accessibleName() or btn.text(), btn
                assert btn.height() >= 44 and btn.width() >= 44, (btn.text(), btn.size())


def fresh_hint(btn: QAbstractButton) -> QSize:
    """The size hint for the button's state now (Qt keeps the one from its last style change)."""
    btn.setStyleSheet("/* re-polish */")
    hint = btn.sizeHint()
    btn.setStyleSheet("")
    return hint


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_focus_and_selection_never_change_a_buttons_size(
    qtbot, kiosk: Kiosk, high_contrast
) -> None:
    """A thicker border for focus or selection must not make a button want more room than its
    layout gave it: a focused 'Svenska' lost its first letter at 1280x1024."""
    from kiosk.ui.theme import Theme

    kiosk.state.set_theme(Theme(high_contrast=high_contrast))
    kiosk.window.open_page("events")
    navbar = kiosk.window.navbar
    chips = kiosk.window.page["events"].chips
    buttons = [*navbar.languages.values(), *navbar.sizes, navbar.contrast, navbar.home]
    buttons += [chip for chip in chips.values() if isinstance(chip, QAbstractButton)][:2]
    QTest.keyClick(kiosk.window.windowHandle(), Qt.Key.Key_Shift)  # keys in use: rings show
    for btn in buttons:
        resting = fresh_hint(btn)
        btn.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(btn.hasFocus)
        assert btn.property("focusring") is True
        assert fresh_hint(btn) == resting, (btn.text(), "focused", fresh_hint(btn), resting)
        if btn.isCheckable():
            btn.setChecked(not btn.isChecked())
            assert fresh_hint(btn) == resting, (btn.text(), "toggled + focused")
            btn.clearFocus()
            assert fresh_hint(btn) == resting, (btn.text(), "toggled")
            btn.setChecked(not btn.isChecked())
        btn.clearFocus()


def test_a_low_screen_at_the_largest_text_leaves_most_of_it_to_the_page(
    qtbot, kiosk: Kiosk
) -> None:
    """1280x720 at A++: header and bottom bar took 372 px and left the page less than half."""
    from kiosk import screens

    window = kiosk.window
    window.resize(1280, 720)
    screens.apply_look(kiosk, "fi", True, 2)
    screens.show(kiosk, "about")
    screens.settle(kiosk)
    assert window.pages.height() >= 0.6 * window.height(), window.pages.height()
    for btn in (*window.navbar.languages.values(), window.navbar.home, window.navbar.contrast):
        assert btn.height() >= 44, "still a touch target"
    window.resize(1280, 1280)  # a tall screen: the full-size bars again
    screens.settle(kiosk)
    assert window.navbar.home.height() >= kiosk.state.theme.px(56)


def test_day_names_standing_alone_are_in_their_dictionary_form(kiosk: Kiosk) -> None:
    """Finnish 'maanantaina' means 'on Monday': a list of opening hours says 'Maanantai'."""
    kiosk.state.set_language("fi")
    kiosk.window.open_page("about")
    texts = visible_texts(kiosk.window.page["about"])
    assert {"Maanantai", "Sunnuntai"} <= texts
    assert not any(text.endswith("taina") for text in texts)


def test_finnish_opening_hours_are_written_the_finnish_way(kiosk: Kiosk) -> None:
    """Finnish writes 9.00–19.00, not 09.00–19.00 as the About page showed."""
    kiosk.state.set_language("fi")
    kiosk.window.open_page("about")
    texts = visible_texts(kiosk.window.page["about"])
    assert any("9.00–19.00" in text for text in texts)
    assert not any("09.00" in text or "09:00" in text for text in texts)


def ring_on(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        w.text() or w.accessibleName()
        for w in window.findChildren(QAbstractButton)
        if w.property("focusring") is True and w.isVisible()
    ]


def test_the_focus_ring_shows_for_keys_and_never_for_taps(qtbot, kiosk: Kiosk) -> None:
    """On a touch screen the ring sat on an untouched 'Svenska' beside the selected language;
    a visitor using keys (a keyboard, the speech keypad) still sees where the focus is."""
    window = kiosk.window
    handle = window.windowHandle()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None or True)
    assert ring_on(window) == [], "nothing ringed before any key"
    size = window.navbar.sizes[1]
    QTest.mouseClick(
        handle, Qt.MouseButton.LeftButton, pos=size.mapTo(window, size.rect().center())
    )
    assert kiosk.state.theme.text_step == 1
    assert ring_on(window) == [], "a tap shows no ring"
    QTest.keyClick(handle, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(ring_on(window)) == 1)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.property("focusring") is True
    QTest.mouseClick(
        handle, Qt.MouseButton.LeftButton, pos=size.mapTo(window, size.rect().center())
    )
    assert ring_on(window) == [], "the next tap takes the ring away again"


def test_a_control_reached_with_keys_is_scrolled_into_sight(qtbot, kiosk: Kiosk) -> None:
    """1280x720 at A++: the home screen scrolls; Tab to its last tile brings it into view."""
    from kiosk import screens

    window = kiosk.window
    window.resize(1280, 720)
    screens.apply_look(kiosk, "sv", False, 2)
    screens.show(kiosk, "home")
    screens.settle(kiosk)
    home = window.page["home"]
    tile = home.tiles["about"]
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # a visitor with a keyboard
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: tile.property("focusring") is True)
    viewport = home._scroll.viewport()
    top = tile.mapTo(viewport, tile.rect().topLeft()).y()
    assert 0 <= top < viewport.height() - 40, top


def test_a_language_tap_leaves_pages_out_of_sight_until_they_are_opened(
    qtbot, kiosk: Kiosk
) -> None:
    window = kiosk.window
    window.open_page("places")
    window.go_home()
    read: list[object] = []
    places = kiosk.content.places

    def counting(*args: object):  # type: ignore[no-untyped-def]  # our own service, watched
        read.append(args)
        return places(*args)

    kiosk.content.places = counting  # type: ignore[method-assign]
    qtbot.mouseClick(window.navbar.languages["en"], Qt.MouseButton.LeftButton)
    assert read == []  # the list out of sight was not rebuilt for the tap
    window.open_page("places")
    assert "Tourist information" in visible_texts(window.page["places"])
    assert read  # it was, in English, once opened
