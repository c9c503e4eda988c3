"""Every control a visitor can reach by keypad has a name a voice can say, in all four languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.app import Kiosk
from kiosk.domain import LANGUAGES
from kiosk.ui.cards import CardGrid
from kiosk.ui.speech import describe
from kiosk.ui.speech.keypad import focusable

PAGES = ("home", "places", "events", "services", "brochures", "search", "about", "notices")


def reachable(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if focusable(w)]


def spoken_name(widget: QWidget) -> str:
    """What speech mode says for the control, less the role and state words."""
    text = describe.control(widget)
    for word in (describe.tr("button"), describe.tr("selected"), describe.tr("text field")):
        text = text.replace(word, "")
    return text.strip(" ,.")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reachable_control_on_every_page_has_a_name(qtbot, kiosk: Kiosk, lang: str) -> None:
    kiosk.state.set_language(lang)
    assert kiosk.speech_mode is not None
    kiosk.speech_mode.start()  # the speech bar's controls are visible too
    nameless: list[str] = []
    for page in PAGES:
        kiosk.window.open_page(page)
        for grid in kiosk.window.findChildren(CardGrid):
            if grid.isVisible() and grid.model_.rows:
                grid.setCurrentIndex(grid.model_.index(len(grid.model_.rows) - 1))
        for widget in reachable(kiosk.window):
            if not spoken_name(widget):
                nameless.append(f"{page}: {type(widget).__name__} {widget.objectName()!r}")
        assert reachable(kiosk.window), page
    assert not nameless, nameless


def test_controls_named_by_an_icon_alone_are_caught(qtbot, kiosk: Kiosk) -> None:
    from kiosk.ui.widgets import button

    icon_only = button()
    kiosk.window.page["home"].layout().addWidget(icon_only)  # type: ignore[union-attr]
    icon_only.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    kiosk.window.open_page("home")
    icon_only.show()
    assert icon_only in reachable(kiosk.window)
    assert spoken_name(icon_only) == ""
