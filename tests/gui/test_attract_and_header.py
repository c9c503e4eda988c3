"""What a passer-by reads on the attract screen, and a header that keeps its clock in one piece."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import running_kiosk
from PySide6.QtWidgets import QPushButton

from kiosk.app import Kiosk
from kiosk.ui.attract import PROMPT, PURPOSE
from kiosk.ui.layoutcheck import fold_problems


@pytest.fixture
def quiet_kiosk(qtbot, tmp_path: Path, demo_feed: Path) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    """The demo kiosk with speech = false."""
    yield from running_kiosk(
        qtbot, tmp_path / "data", (1366, 768), feed_url=str(demo_feed), speech=False
    )


def test_the_attract_screen_says_what_this_is_and_whose_it_is(qtbot, demo_kiosk: Kiosk) -> None:
    """Issue 23: nothing told a passer-by that this is a free public computer."""
    demo_kiosk.window.show_attract()
    attract = demo_kiosk.window.attract
    qtbot.waitUntil(lambda: attract.shop.text() != "")
    point = demo_kiosk.content.service_point()
    assert point is not None and attract.shop.text() == point.name
    assert attract.purpose.text() == PURPOSE and attract.purpose.isVisible()
    assert attract.prompt.text() == PROMPT
    assert attract.prompt.font().pixelSize() >= 40 or "48px" in attract.prompt.styleSheet()
    assert attract.hours.isVisible() and attract.hours.text()


def test_event_slides_without_a_picture_do_not_all_share_one(demo_kiosk: Kiosk) -> None:
    demo_kiosk.window.show_attract()
    slides = demo_kiosk.window.attract._slides
    events = [slide for slide in slides if slide.kicker.startswith("Vad händer")]
    assert len(events) >= 2
    assert len({slide.image for slide in events}) > 1


def test_with_speech_off_the_attract_screen_offers_no_listen(qtbot, quiet_kiosk: Kiosk) -> None:
    quiet_kiosk.window.show_attract()
    qtbot.wait(50)
    buttons = quiet_kiosk.window.attract.findChildren(QPushButton)
    assert not [b for b in buttons if b.isVisible() and b.objectName() != "AttractEmergency"]


def test_offline_the_header_keeps_the_time_with_its_words(demo_kiosk: Kiosk) -> None:
    """'Päivitetty tänään klo' / '19.28' on two lines looked broken (issue 23)."""
    demo_kiosk.state.set_language("fi")
    demo_kiosk.window.header.set_sync(None, online=False)
    lines = demo_kiosk.window.header.freshness.text().split("\n")
    assert len(lines) == 2
    assert "\u00a0" in lines[1] and lines[1].split("\u00a0")[-1][:1].isdigit()


def test_on_a_low_screen_an_events_code_is_on_screen_under_its_description(
    qtbot, demo_kiosk: Kiosk
) -> None:
    """Issue 23: at 1280x720 the QR code sat below the facts, out of sight."""
    window = demo_kiosk.window
    window.resize(1280, 720)
    event = next(
        e for e in demo_kiosk.content.upcoming(limit=20) if not e.image and not e.cancelled
    )
    window.open_page("events")
    window.open_page("item", ("events", event))
    page: Any = window.page["detail"]
    qtbot.waitUntil(page.qr.isVisible)
    qtbot.wait(50)
    assert fold_problems([page.qr]) == []
