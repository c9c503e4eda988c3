"""What the visitor does on the pages reaches the statistics as catalogue ids, never as text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from webkit import QUIET

from kiosk.app import Kiosk


@pytest.fixture
def heard(kiosk: Kiosk) -> Iterator[list[tuple[str, ...]]]:
    """Every usage signal the bridge carries, as (signal name, arguments...)."""
    events: list[tuple[str, ...]] = []
    bridge = kiosk.bridge
    bridge.item_viewed.connect(lambda *a: events.append(("item_viewed", *a)))
    bridge.eservice_opened.connect(lambda *a: events.append(("eservice_opened", *a)))
    bridge.brochure_opened.connect(lambda *a: events.append(("brochure_opened", *a)))
    bridge.qr_shown.connect(lambda: events.append(("qr_shown",)))
    bridge.search_made.connect(lambda: events.append(("search_made",)))
    bridge.notice_shown.connect(lambda: events.append(("notice_shown",)))
    yield events


def test_a_place_detail_counts_the_place_its_category_and_its_qr_codes(kiosk, heard) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    window.open_page("places")
    place = kiosk.content.places()[0]
    window.page["places"].grid.click(0)
    assert window.current == "detail"
    assert ("item_viewed", "place", place.id, place.category) in heard
    codes = sum(
        1
        for code in (window.page["detail"].qr, window.page["detail"].qr2)
        if code.isVisibleTo(window)
    )
    assert heard.count(("qr_shown",)) == codes
    kiosk.state.set_language("en")  # the same detail in another language is not a second view
    assert [e for e in heard if e[0] == "item_viewed"] == [
        ("item_viewed", "place", place.id, place.category)
    ]


def test_searching_counts_each_new_query_once_and_never_its_text(qtbot, kiosk, heard) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    window.open_page("search")
    page = window.page["search"]
    for text in ("k", "ky", "kyrk"):  # one search, typed letter by letter
        page.field.setText(text)
        qtbot.waitUntil(lambda: not page.timer.isActive())
    page.field.setText("")
    qtbot.waitUntil(lambda: not page.timer.isActive())
    page.field.setText("bad")
    qtbot.waitUntil(lambda: not page.timer.isActive())
    assert heard.count(("search_made",)) == 2
    assert all("kyrk" not in "".join(event) and "bad" not in "".join(event) for event in heard)


def test_a_brochure_opened_in_the_reader_is_counted(kiosk, heard) -> None:  # type: ignore[no-untyped-def]
    brochure = kiosk.content.brochures()[0]
    kiosk.window.open_page("reader", brochure)
    assert ("brochure_opened", brochure.id) in heard


@QUIET
def test_an_e_service_opened_in_the_browser_is_counted(qtbot, kiosk, heard) -> None:  # type: ignore[no-untyped-def]
    link = kiosk.content.links()[0]
    kiosk.window.open_page("browser", link)
    assert ("eservice_opened", link.id) in heard
    kiosk.window.page["browser"].browser.end_session()


def test_notices_on_the_home_screen_count_as_shown(kiosk, heard) -> None:  # type: ignore[no-untyped-def]
    kiosk.window.open_page("places")
    kiosk.window.go_home()
    assert heard.count(("notice_shown",)) == (1 if kiosk.content.notices() else 0)


def test_a_failing_page_retried_by_itself_shows_its_qr_code_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kiosk.ui.browser.panel import BrowserPanel

    panel = BrowserPanel()
    qtbot.addWidget(panel)
    shown: list[bool] = []
    panel.qr_shown.connect(lambda: shown.append(True))
    for _ in range(3):  # the 30-second retry fails again and again
        panel.show_message("failed", "t", "x", "b", "https://www.1177.se/")
    panel.show_message("blocked", "t", "x", "b", "https://elsewhere.example/")
    assert len(shown) == 2
