"""The home tiles keep their icons where they are low (1280x1024 with two notices)."""

from __future__ import annotations

from kiosk import screens


def home_at(kiosk, width: int, height: int):  # type: ignore[no-untyped-def]
    """The home page shown and laid out in a window of this size."""
    window = kiosk.window
    window.resize(width, height)
    window.show()
    screens.show(kiosk, "home")
    screens.settle(kiosk)
    return window.page["home"]


def tiles_without_icon(home) -> list[str]:  # type: ignore[no-untyped-def]
    return [name for name, tile in home.tiles.items() if not tile.badge.isVisible()]


def test_every_home_tile_keeps_its_icon_on_a_1280x1024_screen(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    home = home_at(kiosk, 1280, 1024)
    assert tiles_without_icon(home) == []
    scroll = home._scroll
    assert scroll is None or not scroll.isVisible(), "all five tiles on one screen, no scrolling"


def test_every_home_tile_keeps_its_icon_on_a_1280x720_screen(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """'Turistinformation' is too long for its badge beside it in a third of 1280 px, and the
    tile too low for the large badge above: it lost its icon while its neighbours kept theirs."""
    assert tiles_without_icon(home_at(kiosk, 1280, 720)) == []


def test_the_next_events_fit_their_tile_without_overlapping(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    window.resize(1280, 1024)
    window.show()
    screens.show(kiosk, "home")
    screens.settle(kiosk)
    events = window.page["home"].events
    shown = [what.geometry() for when, what in events.rows if what.isVisible()]
    assert shown, "at least the next event shows"
    assert all(rect.bottom() < events.more.geometry().top() for rect in shown)
    assert events.more.geometry().bottom() <= events.height()


def test_a_portrait_stand_at_the_largest_text_keeps_every_icon_and_never_scrolls_sideways(
    demo_kiosk, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """720x1280 in German at A++: 'Touristeninformation' is one long word. With its icon beside
    it, it held the whole page 22 px wider than the screen; without any, two tiles had none."""
    kiosk = demo_kiosk
    window = kiosk.window
    window.resize(720, 1280)  # the stand turned to portrait, then a visitor's German and A++
    screens.show(kiosk, "home")
    screens.settle(kiosk)
    screens.apply_look(kiosk, "de", False, 2)
    screens.settle(kiosk)
    home = window.page["home"]
    assert window.width() == 720, "the window follows the screen turned from landscape"
    assert [name for name, tile in home.tiles.items() if not tile.badge.isVisible()] == []
    scroll = home._scroll
    assert scroll is not None and scroll.isVisible(), "the column of large tiles scrolls"
    assert scroll.widget().width() <= scroll.viewport().width()
    for tile in home.tiles.values():
        assert tile.title.width() >= tile.title.minimumSizeHint().width(), tile.title.text()


def test_back_from_the_largest_text_the_home_screen_is_drawn_once(demo_kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A++ then A in high contrast at 1280x1024: a tile that found itself cramped while the page
    stopped scrolling left the scroll area drawn over the tiles it had just given back."""
    from kiosk.ui.layoutcheck import check

    kiosk = demo_kiosk
    kiosk.window.resize(1280, 1024)
    for look in (("en", False, 2), ("en", True, 0)):
        screens.apply_look(kiosk, *look)
        screens.show(kiosk, "home")
        screens.settle(kiosk)
        assert [str(problem) for problem in check(kiosk.window)] == [], look
    home = kiosk.window.page["home"]
    assert home._scroll is None or not home._scroll.isVisible()


def test_the_largest_text_chosen_on_the_attract_screen_leaves_no_home_tile_cut_off(
    demo_kiosk, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """A+ then A++ on the attract screen, then Home at 1280x800 in high contrast: moving the
    body out of its scroll area resized the page, and the arrangement for the old size then
    put its tile floors over the new one, the last row 17 px below the page."""
    from kiosk.ui.layoutcheck import check

    kiosk = demo_kiosk
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    screens.apply_look(kiosk, "en", True, 1)
    screens.show(kiosk, "attract")
    screens.settle(kiosk)
    screens.apply_look(kiosk, "en", True, 2)
    screens.show(kiosk, "home")
    screens.settle(kiosk)
    assert [str(problem) for problem in check(kiosk.window)] == []
