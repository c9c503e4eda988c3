"""Visitors move between screens with tiles, Home and Back; the ways out of the kiosk are closed."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from kiosk.app import Kiosk, install_exception_hook


def visible_texts(widget) -> set[str]:  # type: ignore[no-untyped-def]
    return {
        lbl.text() for lbl in widget.findChildren(QLabel) if lbl.isVisibleTo(widget) and lbl.text()
    }


@pytest.mark.parametrize("tile", ["events", "places", "services", "brochures", "about"])
def test_each_home_tile_opens_its_page_and_home_returns(qtbot, kiosk: Kiosk, tile: str) -> None:
    window = kiosk.window
    home = window.page["home"]
    qtbot.mouseClick(home.tiles[tile], Qt.MouseButton.LeftButton)
    assert window.current == tile
    assert window.navbar.home.isVisible()
    qtbot.mouseClick(window.navbar.home, Qt.MouseButton.LeftButton)
    assert window.current == "home"
    assert not window.navbar.back.isVisible()


def test_back_returns_to_the_previous_page(qtbot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.open_page("places")
    window.open_page("events")
    qtbot.mouseClick(window.navbar.back, Qt.MouseButton.LeftButton)
    assert window.current == "places"
    qtbot.mouseClick(window.navbar.back, Qt.MouseButton.LeftButton)
    assert window.current == "home"


def test_the_home_screen_shows_the_service_point_and_the_next_events(kiosk: Kiosk) -> None:
    texts = visible_texts(kiosk.window)
    assert "Björna Lanthandel" in texts
    assert "Evenemang 0" in texts
    assert "Viktigt" in texts  # the valid notice
    assert "Gammal" not in texts  # the expired one


def test_targeted_places_show_only_at_their_service_point(kiosk: Kiosk) -> None:
    names = {p.name.get("sv") for p in kiosk.content.places()}
    assert "Plats 1 Örnsköldsvik" in names
    assert "Bara Ulvön" not in names


@pytest.mark.parametrize(
    "keys",
    [
        QKeySequence(Qt.Key.Key_Escape),
        QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_F4),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q),
        QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W),
    ],
)
def test_the_usual_ways_out_do_nothing(qtbot, kiosk: Kiosk, keys: QKeySequence) -> None:
    combo = keys[0]
    qtbot.keyClick(kiosk.window, combo.key(), combo.keyboardModifiers())
    assert kiosk.window.isVisible()
    assert not kiosk.window.close()  # a close request (what Alt+F4 asks for) is refused
    assert kiosk.window.isVisible()


def test_a_bug_shows_the_out_of_order_page_not_a_traceback(qtbot, kiosk: Kiosk) -> None:
    install_exception_hook(kiosk)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what Qt does with an exception escaping a slot
    assert kiosk.window.current == "out-of-order"
    assert not kiosk.window.header.isVisible()
    kiosk.window.out_of_order.retry.emit()  # the page's own timer does this every minute
    assert kiosk.window.current == "attract"


def test_after_the_out_of_order_page_the_next_visitor_meets_swedish(qtbot, kiosk: Kiosk) -> None:
    kiosk.window.attract_touched.emit()  # a German visitor starts a visit
    kiosk.idle.register_input()
    kiosk.state.set_language("de")
    install_exception_hook(kiosk)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert kiosk.window.current == "out-of-order"
    kiosk.window.out_of_order.retry.emit()
    assert kiosk.window.current == "attract"
    assert kiosk.state.lang == "sv"


def test_without_content_the_visitor_sees_out_of_order_until_a_feed_arrives(
    qtbot, tmp_path, feed
) -> None:  # type: ignore[no-untyped-def]
    from kiosk.app import build_kiosk
    from kiosk.config import Config, load_config
    from kiosk.paths import DataDir

    values = dict(load_config(None, environ={}).values)
    values.update(feed_url=str(tmp_path / "not-there"))
    kiosk = build_kiosk(Config(values), DataDir(tmp_path / "empty"), demo=False, sound=False)
    qtbot.addWidget(kiosk.window)
    try:
        assert kiosk.window.current == "out-of-order"
        assert "no content yet" in kiosk.content.problem
        with qtbot.waitSignal(kiosk.content.changed, timeout=30000):
            kiosk.content.load_folder_async(feed)
        assert kiosk.window.current == "attract"
    finally:
        kiosk.close()


def test_the_out_of_order_page_is_readable_in_both_palettes(qtbot, kiosk: Kiosk) -> None:
    """Issue 23: white text on the cream page (1.15:1); the layout check reads the colours."""
    from kiosk.ui.layoutcheck import check
    from kiosk.ui.theme import Theme

    for high in (False, True):
        kiosk.state.set_theme(Theme(high_contrast=high))
        kiosk.window.show_out_of_order()
        qtbot.wait(50)
        assert [p for p in check(kiosk.window) if p.kind == "contrast"] == []


def test_a_new_item_and_a_new_visit_open_a_detail_page_at_its_top(qtbot, kiosk: Kiosk) -> None:
    """Issue 23: after scrolling one event, the next (and the next visitor's) opened scrolled."""
    from PySide6.QtWidgets import QAbstractScrollArea

    window = kiosk.window
    kiosk.state.set_theme(kiosk.state.theme.with_text_step(2))  # long enough to scroll
    window.resize(1280, 720)
    events = kiosk.content.upcoming(limit=5)

    def open_event(index: int) -> list[int]:
        window.open_page("events")
        window.open_page("item", ("events", events[index]))
        qtbot.wait(50)
        return [
            a.verticalScrollBar().value()
            for a in window.page["detail"].findChildren(QAbstractScrollArea)
            if a.isVisible()
        ]

    open_event(0)
    scrolled = 0
    for area in window.page["detail"].findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        scrolled += area.verticalScrollBar().value()
    assert scrolled > 0
    assert set(open_event(1)) == {0}
    for area in window.page["detail"].findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    window.reset_visit()
    kiosk.state.set_theme(kiosk.state.theme.with_text_step(2))
    assert set(open_event(1)) == {0}
