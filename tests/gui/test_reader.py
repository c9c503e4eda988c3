"""Visitors read a PDF brochure in the kiosk: pages, zoom, keys, and a calm note for a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture

from kiosk.app import Kiosk
from kiosk.domain import Brochure, Text
from kiosk.ui.cards import CardGrid
from kiosk.ui.pages.reader import ReaderPage

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def feed() -> Path:
    """The demo feed: its brochures are real PDFs of 7 and 8 pages (overrides conftest's feed)."""
    return REPO / "assets" / "demo-feed"


def open_first_brochure(qtbot, kiosk: Kiosk) -> ReaderPage:  # type: ignore[no-untyped-def]
    window = kiosk.window
    window.open_page("brochures")
    grid = window.page["brochures"].findChild(CardGrid)
    assert grid.cards()
    grid.click(0)
    assert window.current == "reader"
    reader = window.page["reader"]
    assert isinstance(reader, ReaderPage)
    qtbot.waitUntil(lambda: reader.page_count > 0)
    return reader


def test_a_touch_on_a_brochure_opens_the_reader_at_page_one(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    assert reader.page_count in (7, 8)
    assert reader.view.isVisible()
    assert reader.indicator.text() == f"Sida 1 av {reader.page_count}"
    assert reader.heading.text() == kiosk.content.brochures()[0].name.get(kiosk.state.lang)
    assert not reader.qr.isVisible()


def test_next_and_previous_turn_the_pages(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    assert not reader.previous.isEnabled()
    qtbot.mouseClick(reader.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reader.current_page == 1)
    assert reader.indicator.text() == f"Sida 2 av {reader.page_count}"
    qtbot.mouseClick(reader.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reader.current_page == 2)
    qtbot.mouseClick(reader.previous, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reader.current_page == 1)


def test_the_last_page_disables_next(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    reader.go_to_page(99)
    qtbot.waitUntil(lambda: reader.current_page == reader.page_count - 1)
    assert not reader.next.isEnabled()
    assert reader.previous.isEnabled()


def test_arrow_and_page_keys_turn_the_pages(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    qtbot.keyClick(reader.view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: reader.current_page == 1)
    qtbot.keyClick(reader.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: reader.current_page == 2)
    qtbot.keyClick(reader.view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: reader.current_page == 1)
    qtbot.keyClick(reader.view, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: reader.current_page == 0)


def test_a_brochure_opens_with_its_first_page_whole(qtbot, kiosk: Kiosk) -> None:
    """Issue 23: fitted to the width, a low screen showed a strip of the cover's sky."""
    kiosk.window.resize(1366, 768)
    reader = open_first_brochure(qtbot, kiosk)
    qtbot.wait(50)
    page = reader.document.pagePointSize(0)
    shown = page.height() * reader.view.logicalDpiY() / 72 * reader.zoom
    assert shown <= reader.view.viewport().height()


def test_zoom_buttons_change_the_zoom_and_fit_returns_to_width(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    qtbot.mouseClick(reader.fit_button, Qt.MouseButton.LeftButton)
    fitted = reader.zoom
    qtbot.mouseClick(reader.zoom_in_button, Qt.MouseButton.LeftButton)
    assert reader.zoom > fitted
    zoomed = reader.zoom
    qtbot.mouseClick(reader.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(reader.zoom_out_button, Qt.MouseButton.LeftButton)
    assert reader.zoom < zoomed
    qtbot.mouseClick(reader.fit_button, Qt.MouseButton.LeftButton)
    assert reader.zoom == pytest.approx(fitted)


def test_the_buttons_are_big_enough_to_touch(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    for widget in (
        reader.previous,
        reader.next,
        reader.zoom_in_button,
        reader.zoom_out_button,
        reader.fit_button,
    ):
        assert widget.width() >= 56 and widget.height() >= 56
        assert widget.accessibleName()


def test_a_broken_pdf_shows_a_calm_message(qtbot, kiosk: Kiosk, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"this is not a PDF at all" * 40)
    brochure = Brochure("broken", Text({"en": "Broken"}), Text({}), str(broken))
    kiosk.window.open_page("reader", brochure)
    reader = kiosk.window.page["reader"]
    assert isinstance(reader, ReaderPage)
    qtbot.waitUntil(reader.message.isVisible)
    assert reader.message.text() == "Den här broschyren kan inte visas just nu"
    assert not reader.view.isVisible()
    assert not reader.toolbar.isVisible()


def test_a_public_url_adds_a_qr_code(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    brochure = reader.brochure
    assert brochure is not None
    reader.show_brochure(brochure, "https://example.se/broschyr.pdf")
    assert reader.qr.isVisible()
    assert reader.qr_caption.text() == "Skanna för att få broschyren i mobilen"
    reader.show_brochure(brochure, "file:///etc/passwd")
    assert not reader.qr.isVisible()


def test_leaving_and_coming_back_reopens_the_brochure(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    count = reader.page_count
    kiosk.window.open_page("about")
    assert reader.page_count == 0
    kiosk.window.go_back()
    assert kiosk.window.current == "reader"
    qtbot.waitUntil(lambda: reader.page_count == count)


def test_a_pinch_on_the_pages_zooms(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    pinch = QPinchGesture()
    pinch.setTotalScaleFactor(2.0)
    pinch.setChangeFlags(QPinchGesture.ChangeFlag.ScaleFactorChanged)
    QApplication.sendEvent(reader.view.viewport(), QGestureEvent([pinch]))
    assert reader.zoom == pytest.approx(2.0)


def test_the_page_number_sits_level_with_the_page_buttons(qtbot, kiosk: Kiosk) -> None:
    reader = open_first_brochure(qtbot, kiosk)
    qtbot.waitUntil(lambda: reader.indicator.text() != "")
    number, button = reader.indicator.geometry(), reader.next.geometry()
    assert number.y() > button.y()  # shorter than the buttons: in their middle, not at their top
    assert abs(number.center().y() - button.center().y()) <= 2
