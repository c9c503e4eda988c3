"""The card grid: many cards without widgets, taps open the card under the finger, covers load later."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from kiosk.ui.cards import CardGrid, CardSpec

REPO = Path(__file__).resolve().parents[2]
COVERS = sorted(str(p) for p in (REPO / "assets" / "demo-feed" / "assets").glob("*.jpg"))


def shown(qtbot, grid: CardGrid) -> CardGrid:  # type: ignore[no-untyped-def]
    qtbot.addWidget(grid)
    grid.resize(1000, 800)
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def test_ten_thousand_cards_make_no_widgets(qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = shown(qtbot, CardGrid(columns=3, image_height=0))
    before = len(grid.findChildren(QWidget))
    grid.set_sections([("", [CardSpec(f"Evenemang {n}", "Byhuset") for n in range(10_000)])])
    qtbot.waitUntil(lambda: grid.verticalScrollBar().maximum() > 0)
    grid.grab()
    assert len(grid.cards()) == 10_000
    assert len(grid.findChildren(QWidget)) <= before + 2
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum())
    grid.grab()


def test_a_tap_on_the_second_card_of_a_row_opens_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = shown(qtbot, CardGrid(columns=3, image_height=0))
    opened: list[int] = []
    specs = [CardSpec(f"Kort {n}", on_click=lambda n=n: opened.append(n)) for n in range(9)]
    grid.set_sections([("", specs)])
    grid.click(1)
    assert opened == [1]
    grid.click(7)
    assert opened == [1, 7]


def test_headings_head_their_sections(qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = shown(qtbot, CardGrid(columns=2, image_height=0))
    grid.set_sections(
        [("Idag", [CardSpec("A")]), ("", [CardSpec("B")]), ("Imorgon", [CardSpec("C")])]
    )
    assert grid.headings() == ["Idag", "Imorgon"]
    assert [card.title for card in grid.cards()] == ["A", "B", "C"]
    texts = [grid.model().index(row).data() for row in range(grid.model().rowCount())]
    assert texts == ["Idag", "A", "B", "Imorgon", "C"]


def test_covers_arrive_after_the_first_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert COVERS
    grid = shown(qtbot, CardGrid(columns=3, image_height=190))
    grid.set_sections([("", [CardSpec(f"Plats {n}", image=path) for n, path in enumerate(COVERS)])])
    grid.grab()
    qtbot.waitUntil(lambda: grid.images.loaded_count >= min(3, len(COVERS)))
    grid.grab()


def test_dimmed_and_cancelled_cards_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    grid = shown(qtbot, CardGrid(columns=3, image_height=0))
    specs = [
        CardSpec("Inställt", "Byhuset", kicker="Musik", muted=True),
        CardSpec("1177", "Kräver internet", dimmed=True),
    ]
    grid.set_sections([("Rubrik", specs)])
    assert not grid.grab().isNull()


def test_enter_opens_the_current_card_and_arrows_move_between_cards(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    grid = shown(qtbot, CardGrid(columns=3, image_height=0, card_width=100))
    opened: list[int] = []
    specs = [CardSpec(f"Kort {n}", on_click=lambda n=n: opened.append(n)) for n in range(6)]
    grid.set_sections([("", specs)])
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(1))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened == [3]
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert opened == [3, 4]


def test_cards_are_as_wide_in_a_long_list_as_in_a_short_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A long list learns that it scrolls only once every row is laid out: cards as wide as the
    # viewport without the scroll bar were wrapped anew at the narrower width (and jumped).
    short = shown(qtbot, CardGrid(columns=2, image_height=0))
    short.set_sections([("", [CardSpec("Plats 1"), CardSpec("Plats 2")])])
    long = shown(qtbot, CardGrid(columns=2, image_height=0))
    long.set_sections([("", [CardSpec(f"Plats {n}") for n in range(200)])])
    qtbot.waitUntil(lambda: long.verticalScrollBar().isVisible())
    assert not short.verticalScrollBar().isVisible()
    assert short.card_rect(1).right() == long.card_rect(1).right()
    assert long.card_rect(1).right() < long.viewport().width()
