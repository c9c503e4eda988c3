"""The search page: results as you type, grouped by kind, each opening its detail."""

from __future__ import annotations

from screeninput import touch
from webkit import QUIET

from kiosk.app import Kiosk
from kiosk.ui.cards import CardGrid, CardSpec


def labels(grid: CardGrid) -> list[str]:
    """Headings and card titles, as the grid shows them."""
    return grid.headings() + [card.title for card in grid.cards()]


def cards(grid: CardGrid) -> list[CardSpec]:
    return grid.cards()


def test_typing_shows_grouped_results(qtbot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.open_page("search")
    page = window.page["search"]
    qtbot.keyClicks(page.field, "oernsk")
    qtbot.waitUntil(lambda: "Plats 0 Örnsköldsvik" in labels(page.grid))
    texts = labels(page.grid)
    assert page.tr("Places") in texts  # the heading, in the kiosk's language
    assert "Plats 0 Örnsköldsvik" in texts
    page.field.setText("evenem")
    qtbot.waitUntil(lambda: page.tr("Events") in labels(page.grid))
    assert "Evenemang 0" in labels(page.grid)
    qtbot.waitUntil(lambda: page.tr("Places") not in labels(page.grid))  # old cards go later


@QUIET
def test_an_e_service_result_opens_it_in_the_browser(qtbot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.open_page("search")
    page = window.page["search"]
    qtbot.keyClicks(page.field, "1177")
    qtbot.waitUntil(lambda: page.tr("E-services") in labels(page.grid))
    assert cards(page.grid)
    page.grid.click(0)
    assert window.current == "browser"
    browser = window.page["browser"].browser
    assert browser.service == "1177"
    browser.end_session()


def test_no_hits_shows_a_clear_empty_state(qtbot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.open_page("search")
    page = window.page["search"]
    qtbot.keyClicks(page.field, 'zzz "NEAR(')
    qtbot.waitUntil(page.empty.isVisible)
    assert 'zzz "NEAR(' in page.empty.text()
    qtbot.waitUntil(lambda: not cards(page.grid))


def test_reopening_the_page_starts_empty(qtbot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.open_page("search")
    page = window.page["search"]
    qtbot.keyClicks(page.field, "plats")
    qtbot.waitUntil(lambda: page.tr("Places") in labels(page.grid))
    window.go_home()
    window.open_page("search")
    assert page.field.text() == ""
    assert not page.field.isUndoAvailable()
    qtbot.waitUntil(lambda: page.tr("Places") not in labels(page.grid))


def test_a_name_that_begins_with_the_words_comes_first(qtbot, demo_kiosk: Kiosk) -> None:
    # "Utförsåkning på Skuleberget" and "Toppstugan på Skuleberget" came before the park.
    window = demo_kiosk.window
    window.open_page("search")
    page = window.page["search"]
    qtbot.keyClicks(page.field, "skule")
    qtbot.waitUntil(lambda: page.grid.headings()[:1] == [page.tr("Places")])
    titles = [card.title for card in cards(page.grid)]
    assert {titles[0], titles[1]} == {"Skuleskogens nationalpark", "Skuleberget"}, titles


def test_the_clear_button_is_big_enough_for_a_finger_and_keeps_the_keyboard(
    qtbot, demo_kiosk: Kiosk
) -> None:
    window = demo_kiosk.window
    window.open_page("search")
    page = window.page["search"]
    qtbot.waitUntil(window.keyboard.isVisible)
    assert page.clear.isHidden()  # nothing to clear
    qtbot.keyClicks(page.field, "skule")
    assert page.clear.isVisible()
    assert page.clear.width() >= 44 and page.clear.height() >= 44
    touch(page.clear)
    assert page.field.text() == "" and page.field.hasFocus()


def test_keys_typed_in_one_burst_make_one_search_for_the_last_text(qtbot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.open_page("search")
    page = window.page["search"]
    searched: list[str] = []
    search = kiosk.content.search

    def counting(text: str, *args, **kwargs):  # our own service, watched: how often it is asked
        searched.append(text)
        return search(text, *args, **kwargs)

    kiosk.content.search = counting  # type: ignore[method-assign]
    # Five keys reach the field before the event loop runs again, as when a visitor types
    # faster than results paint: the page searches once, for what the field says then.
    qtbot.keyClicks(page.field, "oernsk")
    qtbot.waitUntil(lambda: "Plats 0 Örnsköldsvik" in labels(page.grid))
    assert searched == ["oernsk"]
