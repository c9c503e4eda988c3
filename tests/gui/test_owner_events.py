"""Posting local events: create, edit, repeat, cancel, delete, every validation message, What's on."""

from __future__ import annotations

from datetime import timedelta

import icalendar
import pytest
from fingers import finger
from owner_helpers import open_owner_mode, with_pin
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from screeninput import touch

from kiosk.app import Kiosk
from kiosk.feed.localics import local_events_ics
from kiosk.ui.owner.events import EventsView
from kiosk.ui.owner.form import EventForm
from kiosk.ui.theme import Theme
from kiosk.ui.window import KioskWindow


@pytest.fixture
def events_view(kiosk: Kiosk) -> EventsView:
    with_pin(kiosk)
    open_owner_mode(kiosk)
    assert kiosk.owner is not None
    kiosk.owner.panel.nav["events"].click()
    view: EventsView = kiosk.owner.panel.view("events")
    return view


def fill(form: EventForm, title: str, day: str, start: str, end: str = "") -> None:
    form.title.setText(title)
    form.day.setText(day)
    form.start.setText(start)
    form.end.setText(end)


def whats_on(kiosk: Kiosk) -> list[tuple[str, bool]]:
    kiosk.window.open_page("events")
    return [(e.title.get("sv"), e.cancelled) for e in kiosk.window.page["events"].shown]


def published(kiosk: Kiosk) -> list[icalendar.Event]:
    assert kiosk.owner is not None
    data = local_events_ics(kiosk.owner.service.db, "bjorna")
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_a_posted_event_shows_in_whats_on_at_once_and_in_the_published_file(
    kiosk: Kiosk, events_view: EventsView
) -> None:
    events_view.new.click()
    form = events_view.form
    assert form.place.text() == kiosk.content.service_point().name  # type: ignore[union-attr]
    form.day_chips[1].click()  # tomorrow
    fill(form, "Pubkväll i butiken", form.day.text(), "19", "23:00")
    form.category_chips["music"].click()
    form.save.click()
    assert events_view.currentWidget() is events_view.list_page
    assert len(events_view.rows) == 1
    assert ("Pubkväll i butiken", False) in whats_on(kiosk)
    (shown,) = [
        e for e in kiosk.window.page["events"].shown if e.title.get("sv") == "Pubkväll i butiken"
    ]
    assert shown.service_point == "bjorna" and shown.categories == ("music",)
    assert shown.start.strftime("%H:%M") == "19:00"
    (vevent,) = published(kiosk)
    assert str(vevent["SUMMARY"]) == "Pubkväll i butiken"


def test_a_weekly_event_repeats_in_whats_on_and_carries_its_rrule(
    kiosk: Kiosk, events_view: EventsView
) -> None:
    events_view.new.click()
    form = events_view.form
    first = kiosk.content.clock().date() + timedelta(days=1)
    fill(form, "Stickcafé", first.isoformat(), "14:00", "16:00")
    form.repeat_chips["weekly"].click()
    form.until.setText((first + timedelta(days=21)).isoformat())
    form.save.click()
    assert ("Stickcafé", False) in whats_on(kiosk)
    every = [e.start.date() for e in kiosk.content.upcoming() if e.title.get("sv") == "Stickcafé"]
    assert every == [first + timedelta(days=7 * n) for n in range(4)]
    assert published(kiosk)[0]["RRULE"]["FREQ"] == ["WEEKLY"]


def test_editing_changes_the_event_everywhere(kiosk: Kiosk, events_view: EventsView) -> None:
    events_view.new.click()
    day = (kiosk.content.clock().date() + timedelta(days=2)).isoformat()
    fill(events_view.form, "Loppis", day, "10:00")
    events_view.form.save.click()
    (row,) = events_view.rows.values()
    row.edit.click()
    assert events_view.form.title.text() == "Loppis"
    assert events_view.form.heading.text() == "Ändra evenemang"
    events_view.form.title.setText("Loppis på gården")
    events_view.form.save.click()
    titles = [t for t, _ in whats_on(kiosk)]
    assert "Loppis på gården" in titles and "Loppis" not in titles
    assert len(published(kiosk)) == 1


def test_a_cancelled_event_is_shown_as_cancelled_and_can_be_taken_back(
    kiosk: Kiosk, events_view: EventsView
) -> None:
    events_view.new.click()
    fill(
        events_view.form,
        "Bingo",
        (kiosk.content.clock().date() + timedelta(days=3)).isoformat(),
        "18:00",
    )
    events_view.form.save.click()
    (row,) = events_view.rows.values()
    row.cancel.click()
    assert ("Bingo", True) in whats_on(kiosk)
    assert str(published(kiosk)[0]["STATUS"]) == "CANCELLED"
    (row,) = events_view.rows.values()
    assert row.when.text().startswith("INSTÄLLT")
    row.cancel.click()
    assert ("Bingo", False) in whats_on(kiosk)


def test_delete_asks_once_more_and_then_removes_the_event(
    kiosk: Kiosk, events_view: EventsView
) -> None:
    events_view.new.click()
    fill(
        events_view.form,
        "Bokcirkel",
        (kiosk.content.clock().date() + timedelta(days=4)).isoformat(),
        "18:00",
    )
    events_view.form.save.click()
    (row,) = events_view.rows.values()
    row.delete.click()
    assert row.when.text() == "Ta bort evenemanget helt?"
    row.keep.click()
    assert len(events_view.rows) == 1 and not row.edit.isHidden()
    row.delete.click()
    row.confirm.click()
    assert events_view.rows == {}
    assert "Bokcirkel" not in [t for t, _ in whats_on(kiosk)]
    assert published(kiosk) == []


def errors(form: EventForm) -> dict[str, str]:
    return {name: widget.text() for name, widget in form.errors.items() if not widget.isHidden()}


@pytest.mark.parametrize(
    ("field_values", "expected"),
    [
        (
            {"title": "", "day": "", "start": ""},
            {
                "title": "Skriv vad som händer, t.ex. Pubkväll.",
                "day": "Skriv datumet, t.ex. 2026-12-05, eller tryck på en dag.",
                "start": "Skriv när det börjar, t.ex. 19:00.",
            },
        ),
        ({"day": "32/13"}, {"day": "Skriv datumet som 2026-12-05 eller 5/12."}),
        (
            {"day": "2020-01-01"},
            {"day": "Det datumet har redan varit. Välj i dag eller en senare dag."},
        ),
        ({"start": "25:00"}, {"start": "Skriv tiden som 19:00."}),
        ({"end": "sent"}, {"end": "Skriv tiden som 22:00, eller lämna tomt."}),
        ({"end": "19:00"}, {"end": "Sluttiden måste vara senare än starttiden."}),
        ({"place": "  "}, {"place": "Skriv var det är, t.ex. i butiken."}),
        (
            {"repeat": "weekly", "until": "igen"},
            {"until": "Skriv datumet som 2026-12-05 eller 5/12."},
        ),
        (
            {"repeat": "monthly", "until": "same"},
            {"until": "Sista gången måste vara efter första datumet."},
        ),
        ({"description": "x" * 1001}, {"description": "Högst 1000 tecken – nu är det 1001."}),
    ],
)
def test_every_mistake_is_explained_next_to_its_field(
    kiosk: Kiosk, events_view: EventsView, field_values: dict[str, str], expected: dict[str, str]
) -> None:
    events_view.new.click()
    form = events_view.form
    day = (kiosk.content.clock().date() + timedelta(days=1)).isoformat()
    fill(form, "Quiz", day, "19:00")
    for name, value in field_values.items():
        if name == "repeat":
            form.repeat_chips[value].click()
        elif name == "description":
            form.description.setPlainText(value)
        else:
            getattr(form, name).setText(day if value == "same" else value)
    form.save.click()
    assert errors(form) == expected
    assert (
        form.problem.text()
        == "Rätta till de markerade fälten: vid vart och ett står vad som är fel."
    )
    assert events_view.currentWidget() is form  # nothing typed is lost
    assert kiosk.owner is not None and kiosk.owner.service.events() == []


def frame_width(field: QWidget) -> int:
    """How many pixels of the field's frame colour run in from its left edge, at mid-height."""
    picture = field.grab().toImage()
    y = picture.height() // 2
    edge = picture.pixelColor(1, y)
    width = 1
    while width < picture.width() // 2 and picture.pixelColor(width, y) == edge:
        width += 1
    return width


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_field_to_fix_is_marked_by_more_than_its_colour(
    qtbot, kiosk: Kiosk, events_view: EventsView, high_contrast: bool
) -> None:
    """In high contrast every field's frame is yellow, the colour of a mistake too: a field to
    fix looked like all the others, and the form said 'marked in red' with no red on screen."""
    kiosk.state.set_theme(Theme(high_contrast=high_contrast))
    events_view.new.click()
    form = events_view.form
    day = (kiosk.content.clock().date() + timedelta(days=1)).isoformat()
    fill(form, "Quiz", day, "25:00")
    form.save.click()
    qtbot.waitUntil(form.errors["start"].isVisible)
    assert not form.end.hasFocus()
    assert frame_width(form.start) >= 2 * frame_width(form.end)  # 7 px to 2, 8 px to 4
    assert "rött" not in form.problem.text()


def finger_on(widget: QWidget) -> None:
    """A tap with a finger (touch events, as the kiosk's screen sends them)."""
    window = widget.window()
    assert isinstance(window, KioskWindow)
    finger(window, widget.mapTo(window, widget.rect().center()))


def above_the_keyboard(window: KioskWindow, widget: QWidget) -> bool:
    bottom = widget.mapTo(window, QPoint(0, widget.height())).y()
    return bottom <= window.keyboard.mapTo(window, QPoint(0, 0)).y()


@pytest.mark.parametrize("tap", [touch, finger_on], ids=["mouse", "finger"])
def test_the_first_tap_on_save_with_the_keyboard_up_saves(
    qtbot, kiosk: Kiosk, events_view: EventsView, tap
) -> None:  # type: ignore[no-untyped-def]
    # The tap takes the focus from the field, the keyboard goes, the form grows: the room the
    # keyboard held stays until the finger lifts, so the button is still under it and saves.
    window = kiosk.window
    events_view.new.click()
    form = events_view.form
    fill(
        form,
        "Pubkväll",
        (kiosk.owner.service.clock().date() + timedelta(days=1)).isoformat(),
        "19:00",
    )  # type: ignore[union-attr]
    touch(form.title)
    qtbot.waitUntil(window.keyboard.isVisible)
    qtbot.waitUntil(lambda: above_the_keyboard(window, form.save))
    tap(form.save)
    qtbot.waitUntil(lambda: events_view.currentWidget() is events_view.list_page)
    assert [row.item.title for row in events_view.rows.values()] == ["Pubkväll"]
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())


def test_closing_with_a_half_written_event_asks_first(
    qtbot, kiosk: Kiosk, events_view: EventsView
) -> None:
    assert kiosk.owner is not None
    panel = kiosk.owner.panel
    events_view.new.click()
    form = events_view.form
    touch(form.title)
    qtbot.waitUntil(kiosk.window.keyboard.isVisible)
    form.title.setText("Julmarknad")
    QGuiApplication.inputMethod().hide()  # the keyboard's own key folds it away
    qtbot.waitUntil(lambda: not kiosk.window.keyboard.isVisible())
    assert not kiosk.window.navbar.isVisible()  # no visitor's Hem in shop-owner mode
    panel.close_button.click()
    assert kiosk.window.current == "owner" and panel.ask.isVisible()
    assert panel.ask.text.text() == "Du har ändringar som inte är sparade."
    panel.ask.keep.click()
    assert form.title.text() == "Julmarknad" and not panel.ask.isVisible()
    panel.nav["status"].click()  # another section asks too
    assert panel.current == "events" and panel.nav["events"].isChecked()
    panel.ask.discard.click()
    assert panel.current == "status"
    panel.close_button.click()  # nothing unsaved now: closes at once
    assert kiosk.window.current == "home"


def test_an_unchanged_form_closes_without_asking(kiosk: Kiosk, events_view: EventsView) -> None:
    assert kiosk.owner is not None
    events_view.new.click()
    kiosk.owner.panel.close_button.click()
    assert kiosk.window.current == "home"


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=["1366x768", "1280x720"])
def test_a_tap_into_the_description_with_the_keyboard_up_shows_all_of_it_and_save(
    qtbot, kiosk: Kiosk, events_view: EventsView, size: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    window.resize(*size)
    events_view.new.click()
    form = events_view.form
    touch(form.title)
    qtbot.waitUntil(window.keyboard.isVisible)
    # The description's first line peeks out above the keyboard: the owner taps it there.
    viewport = form.scroller.viewport()
    top = form.description.mapTo(form.scroller.widget(), QPoint(0, 0)).y()
    form.scroller.verticalScrollBar().setValue(top - viewport.height() + 30)
    touch(form.description, QPoint(40, 12))
    qtbot.waitUntil(form.description.hasFocus)

    def shown_whole() -> bool:
        field_top = form.description.mapTo(viewport, QPoint(0, 0)).y()
        return field_top >= 0 and field_top + form.description.height() <= viewport.height()

    qtbot.waitUntil(shown_whole)
    assert above_the_keyboard(window, form.description) and above_the_keyboard(window, form.save)
    assert form.save.visibleRegion().boundingRect().size() == form.save.size()
