"""Idle: the 'Är du kvar?' countdown, one touch extends, the end resets the kiosk for the next visitor."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from screeninput import touch

from kiosk.app import Kiosk
from kiosk.services.idle import State


def start_visit(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(kiosk.bridge.visit_started):
        touch(kiosk.window.page["home"].tiles["places"])


def test_first_touch_starts_a_visit(qtbot, kiosk: Kiosk) -> None:
    start_visit(qtbot, kiosk)
    assert kiosk.idle.state is State.ACTIVE


def test_silence_starts_a_visible_and_audible_countdown(qtbot, kiosk: Kiosk) -> None:
    start_visit(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.idle.countdown_started, timeout=5000):
        pass
    overlay = kiosk.window.countdown
    assert overlay.isVisible()
    assert overlay.number.text() == "3"
    assert overlay.question.text() == "Är du kvar?"
    assert "chime" in kiosk.chime.played


def test_the_countdown_in_english_counts_seconds_in_plain_english(qtbot, kiosk: Kiosk) -> None:
    """English is the source language: without its plural forms Qt showed '3 second(s)'."""
    start_visit(qtbot, kiosk)
    kiosk.state.set_language("en")
    with qtbot.waitSignal(kiosk.idle.countdown_started, timeout=5000):
        pass
    text = kiosk.window.countdown.explain.text()  # 3 seconds, or fewer on a slow machine
    count = int(text.removeprefix("Your visit ends in ").split(" ", 1)[0])
    assert text.startswith(f"Your visit ends in {count} {'second' if count == 1 else 'seconds'}.")


def test_one_touch_during_the_countdown_extends_the_visit(qtbot, kiosk: Kiosk) -> None:
    start_visit(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.idle.countdown_started, timeout=5000):
        pass
    with qtbot.waitSignal(kiosk.idle.countdown_cancelled):
        touch(kiosk.window.countdown, QPoint(5, 5))
    assert not kiosk.window.countdown.isVisible()
    assert kiosk.idle.state is State.ACTIVE
    assert kiosk.window.current == "places"


def test_the_end_of_a_visit_resets_language_text_size_and_page(qtbot, kiosk: Kiosk) -> None:
    start_visit(qtbot, kiosk)
    kiosk.state.set_language("en")
    kiosk.state.set_theme(kiosk.state.theme.with_text_step(2))
    search = kiosk.window.page["search"]
    kiosk.window.open_page("search")
    search.field.setText("plats")
    with qtbot.waitSignal(kiosk.bridge.visit_ended, timeout=8000):
        pass
    assert kiosk.state.lang == "sv"
    assert kiosk.state.theme.text_step == 0
    assert search.field.text() == ""
    assert kiosk.window.current == "attract"
    assert kiosk.window.history == []


def test_end_my_visit_now_ends_it_at_once(qtbot, kiosk: Kiosk) -> None:
    start_visit(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.idle.countdown_started, timeout=5000):
        pass
    with qtbot.waitSignal(kiosk.bridge.visit_ended):
        touch(kiosk.window.countdown.end_button)
    assert kiosk.window.current == "attract"


def test_a_touch_on_the_attract_screen_starts_a_visit_at_home(qtbot, kiosk: Kiosk) -> None:
    kiosk.window.show_attract()
    attract = kiosk.window.attract
    assert attract.title.text()
    with qtbot.waitSignal(kiosk.bridge.visit_started):
        touch(attract)
    assert kiosk.window.current == "home"
    assert kiosk.window.header.isVisible()


def test_a_content_update_waits_until_the_visitor_is_home(qtbot, kiosk: Kiosk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from feedmaker import make_feed

    newer, _ = make_feed(tmp_path / "newer", places=2, weekly_series=1, version=7)
    start_visit(qtbot, kiosk)
    assert kiosk.window.current == "places"
    kiosk.content.load_folder_async(newer)
    qtbot.waitUntil(lambda: kiosk.content.update_waiting, timeout=30000)
    assert kiosk.content.info().version == 1
    with qtbot.waitSignal(kiosk.content.changed):
        touch(kiosk.window.navbar.home)
    assert kiosk.content.info().version == 7
