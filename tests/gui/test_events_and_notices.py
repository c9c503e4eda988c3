"""What's on filters (here / category) and the notices list, on the demo feed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk import screens
from kiosk.app import Kiosk, build_kiosk
from kiosk.config import Config, load_config
from kiosk.paths import DataDir

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(qtbot, tmp_path: Path) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    values = dict(load_config(None, environ={}).values)
    values.update(service_point="bjorna", idle_timeout=600)
    kiosk = build_kiosk(Config(values), DataDir(tmp_path / "data"), demo=True, sound=False)
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    yield kiosk
    kiosk.close()


def test_here_shows_only_events_at_this_service_point(qtbot, demo: Kiosk) -> None:  # type: ignore[no-untyped-def]
    demo.window.open_page("events")
    page = demo.window.page["events"]
    everything = list(page.shown)
    assert {e.service_point for e in everything} - {"bjorna"}  # others are there at first
    qtbot.mouseClick(page.chips["here"], Qt.MouseButton.LeftButton)
    assert page.shown and {e.service_point for e in page.shown} == {"bjorna"}
    assert page.chips["here"].text() == "Här i Björna"


def test_a_category_filter_keeps_only_that_category(qtbot, demo: Kiosk) -> None:  # type: ignore[no-untyped-def]
    demo.window.open_page("events")
    page = demo.window.page["events"]
    category = next(name for name in page.chips if name not in {"", "here"})
    qtbot.mouseClick(page.chips[category], Qt.MouseButton.LeftButton)
    assert page.shown and all(category in e.categories for e in page.shown)
    qtbot.mouseClick(page.chips[""], Qt.MouseButton.LeftButton)
    assert len(page.shown) > len([e for e in page.shown if category in e.categories])


def test_the_next_visitor_sees_all_events_again(qtbot, demo: Kiosk) -> None:  # type: ignore[no-untyped-def]
    demo.window.open_page("events")
    page = demo.window.page["events"]
    qtbot.mouseClick(page.chips["here"], Qt.MouseButton.LeftButton)
    demo.window.reset_visit()
    demo.window.open_page("events")
    assert page.filter == "" and page.chips[""].isChecked()


def shown_chips(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [name for name, chip in page.chips.items() if chip.isVisible()]


def test_filters_keep_to_one_row_and_the_rest_wait_behind_more(qtbot, demo: Kiosk) -> None:  # type: ignore[no-untyped-def]
    """At 1280x720 the filters took two rows, and the second took the room of a row of cards."""
    screens.apply_look(demo, "de", False, 2)
    demo.window.resize(1280, 720)
    demo.window.open_page("events")
    page = demo.window.page["events"]
    bar, more = page.chip_bar, page.chip_bar.more
    qtbot.waitUntil(more.isVisible)
    first_row = shown_chips(page)
    assert 0 < len(first_row) < len(page.chips)
    assert {chip.y() for chip in page.chips.values() if chip.isVisible()} == {more.y()}
    assert more.text() == f"Mehr ({len(page.chips) - len(first_row)})"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)  # every filter, in rows
    assert shown_chips(page) == list(page.chips) and more.text() == "Weniger"
    last = list(page.chips)[-1]
    qtbot.mouseClick(page.chips[last], Qt.MouseButton.LeftButton)
    assert page.filter == last and not bar.opened  # one row again, the chosen filter in it
    assert page.chips[last].isVisible() and page.chips[last].y() == more.y()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    demo.window.reset_visit()
    demo.window.open_page("events")
    qtbot.waitUntil(more.isVisible)
    assert not bar.opened and len(shown_chips(page)) < len(page.chips)  # the next visitor: one row


class LayoutRequests(QObject):
    """Counts the layouts a widget asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.LayoutRequest
        return False


def test_an_idle_whats_on_lays_out_nothing(qtbot, demo: Kiosk) -> None:  # type: ignore[no-untyped-def]
    """Measuring the More chip changed its text, which asked for a layout, which measured it
    again: a core busy for as long as What's on stood idle."""
    demo.window.resize(1280, 720)
    demo.window.open_page("events")
    bar = demo.window.page["events"].chip_bar
    qtbot.waitUntil(bar.more.isVisible)
    for _ in range(5):
        QApplication.processEvents()
    requests = LayoutRequests()
    bar.installEventFilter(requests)
    for _ in range(20):
        QApplication.processEvents()
    bar.removeEventFilter(requests)
    assert requests.count == 0


def test_a_touch_on_a_notice_banner_opens_all_notices(qtbot, demo: Kiosk) -> None:  # type: ignore[no-untyped-def]
    home = demo.window.page["home"]
    banner = home.banners[0]
    qtbot.mouseClick(banner, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert demo.window.current == "notices"
    notices = demo.window.page["notices"]
    titles = {n.title.get("sv") for n in demo.content.notices()}
    shown = {b.title.text() for b in notices.findChildren(type(banner))}
    assert titles and titles <= shown
