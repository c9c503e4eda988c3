"""Shop-owner mode as a whole: it ends on idle and on 'Stäng', and nothing in it is visitor usage."""

from __future__ import annotations

from datetime import timedelta

from owner_helpers import open_owner_mode, with_pin

from kiosk.app import Kiosk


def test_owner_mode_ends_on_idle_like_a_visit(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    with_pin(kiosk)
    kiosk.idle.register_input()  # the owner's touch
    open_owner_mode(kiosk)
    assert kiosk.owner is not None
    with qtbot.waitSignal(kiosk.bridge.owner_mode_changed, timeout=15_000) as ended:
        pass
    assert ended.args == [False]
    assert not kiosk.owner.service.active
    assert kiosk.window.current == "attract"


def test_close_goes_back_to_the_visitor_home(kiosk: Kiosk) -> None:
    with_pin(kiosk)
    open_owner_mode(kiosk)
    assert kiosk.owner is not None
    kiosk.owner.panel.close_button.click()
    assert kiosk.window.current == "home"
    assert kiosk.window.header.isVisible() and kiosk.window.navbar.isVisible()
    assert not kiosk.owner.service.active


def test_owner_actions_leave_the_usage_counters_untouched(qtbot, kiosk: Kiosk) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.stats is not None and kiosk.owner is not None
    with_pin(kiosk)
    kiosk.stats.recorder.take()
    navigated: list[tuple[str, bool]] = []
    service = kiosk.owner.service
    kiosk.bridge.navigated.connect(lambda page: navigated.append((page, service.active)))
    # The owner checks What's on first (that looks like a visit), then holds the shop's name.
    kiosk.idle.register_input()
    kiosk.window.open_page("events")
    open_owner_mode(kiosk)
    panel = kiosk.owner.panel
    panel.nav["events"].click()
    view = panel.view("events")
    view.new.click()
    view.form.title.setText("Julmarknad")
    view.form.day.setText((kiosk.content.clock().date() + timedelta(days=5)).isoformat())
    view.form.start.setText("11:00")
    view.form.save.click()
    panel.nav["details"].click()
    panel.nav["status"].click()
    panel.close_button.click()
    # The owner's screens are never navigation; leaving them happens while the mode is still on.
    assert navigated == [("events", False), ("attract", True), ("home", True)]
    counts = kiosk.stats.recorder.take()
    assert not any(n > 0 for day in counts.values() for n in day.values()), counts


def test_a_visitor_after_the_owner_is_counted_again(kiosk: Kiosk) -> None:
    assert kiosk.stats is not None and kiosk.owner is not None
    with_pin(kiosk)
    kiosk.idle.register_input()
    open_owner_mode(kiosk)
    kiosk.owner.panel.close_button.click()
    kiosk.stats.recorder.take()
    kiosk.idle.register_input()  # a visitor
    kiosk.window.open_page("events")
    counts = kiosk.stats.recorder.take()
    assert any(day.get("visits") == 1 for day in counts.values())
