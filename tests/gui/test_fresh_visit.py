"""The next visitor starts afresh: nothing the last one opened, chose, typed or scrolled stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QWidget
from screeninput import touch, type_key

from kiosk.app import Kiosk
from kiosk.ui.theme import Theme
from kiosk.ui.window import KioskWindow


def scrolled(page: QWidget) -> list[str]:
    """The scroll areas of `page` that are not at their start."""
    return [
        f"{area.objectName() or type(area).__name__} at {bar.value()}"
        for area in page.findChildren(QAbstractScrollArea)
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar())
        if bar.value() != bar.minimum()
    ]


def scroll_all(page: QWidget) -> None:
    for area in page.findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        area.horizontalScrollBar().setValue(area.horizontalScrollBar().maximum())


def visit_everything(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    """Visitor 1 opens every panel there is and leaves each in a state of their own."""
    window, state = kiosk.window, kiosk.state
    kiosk.idle.register_input()  # the visit begins
    state.set_theme(Theme(high_contrast=True, text_step=2))  # long pages
    touch(window.page["home"].tiles["places"])
    places = window.page["places"]
    touch(places.chips["nature"])
    assert places.category == "nature"
    scroll_all(places)
    window.open_page("item", ("places", kiosk.content.places("nature")[0]))
    scroll_all(window.page["detail"])
    touch(window.navbar.home)
    touch(window.page["home"].tiles["events"])
    events = window.page["events"]
    touch(events.chips["here"])
    assert events.filter == "here"
    scroll_all(events)
    window.open_page("item", ("events", kiosk.content.upcoming(limit=1)[0]))
    scroll_all(window.page["detail"])
    assert scrolled(window.page["detail"])
    touch(window.navbar.home)
    window.open_page("item", ("brochures", kiosk.content.brochures()[0]))
    reader = window.page["reader"]
    reader.go_to_page(4)
    reader.zoom_in()
    assert reader.current_page == 4 and reader.view.zoomMode() == QPdfView.ZoomMode.Custom
    touch(window.navbar.home)
    assert kiosk.speech_mode is not None
    touch(kiosk.speech_mode.listen)  # Lyssna: speech mode on
    assert kiosk.speech_mode.active
    state.set_language("de")
    for name in ("about", "emergency", "services", "brochures", "notices", "home"):
        window.open_page(name)
        scroll_all(window.page[name])
    touch(window.page["home"].search)
    search = window.page["search"]
    qtbot.waitUntil(window.keyboard.isVisible)
    for key in (Qt.Key.Key_S, Qt.Key.Key_K):  # a physical keyboard: the screen one goes
        type_key(search.field, key)
    assert search.field.text() == "sk"
    assert window.keyboard.physical  # the screen keyboard stays out of this visitor's way


def leftovers(kiosk: Kiosk) -> list[str]:
    """What visitor 2 would meet of visitor 1, on every page as it is opened anew."""
    window, state = kiosk.window, kiosk.state
    found = []
    if state.lang != "sv":
        found.append(f"language {state.lang}")
    if state.theme != Theme():
        found.append(f"look {state.theme}")
    if window.keyboard.isVisible() or QGuiApplication.inputMethod().isVisible():
        found.append("the keyboard is up")
    if isinstance(QApplication.focusWidget(), QLineEdit):
        found.append("a text field has the focus")
    found += [
        f"{field.accessibleName()} holds {field.text()!r}"
        for field in window.findChildren(QLineEdit)
        if field.text()
    ]
    assert kiosk.speech_mode is not None
    if kiosk.speech_mode.active or kiosk.speech_mode.bar.isVisibleTo(window):
        found.append("speech mode is on")
    window.open_page("home")
    for name, everything in (("places", None), ("events", "")):
        touch(window.page["home"].tiles[name])
        page = window.page[name]
        chosen = [key for key, chip in page.chips.items() if chip.isChecked()]
        if chosen != [everything]:
            found.append(f"{name} filtered by {chosen}")
        found += [f"{name}: {where}" for where in scrolled(page)]
        window.go_home()
    touch(window.page["home"].search)
    field = window.page["search"].field
    if field.text():
        found.append(f"search holds {field.text()!r}")
    if not (field.hasFocus() and window.keyboard.isVisible()):
        found.append("a tap on the search bar brings no keyboard")
    window.go_home()
    for name, page in window.page.items():
        found += [f"{name}: {where}" for where in scrolled(page)]
    window.open_page("item", ("brochures", kiosk.content.brochures()[0]))
    reader = window.page["reader"]
    if reader.current_page != 0 or reader.view.zoomMode() != QPdfView.ZoomMode.FitInView:
        found.append(f"the brochure opens at page {reader.current_page + 1}, zoomed")
    window.go_home()
    return found


def test_a_new_visit_starts_with_every_panel_closed_and_every_choice_undone(
    qtbot, demo_kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    """Issue 23: state carried from one visit to the next."""
    window: KioskWindow = demo_kiosk.window
    visit_everything(qtbot, demo_kiosk)
    demo_kiosk.idle.end_visit()
    qtbot.waitUntil(lambda: window.current == "attract")
    touch(window.attract)
    qtbot.waitUntil(lambda: window.current == "home")
    assert leftovers(demo_kiosk) == []
