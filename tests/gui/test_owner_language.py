"""Shop-owner mode follows the language: switched while open, or before the owner comes in."""

from __future__ import annotations

import pytest
from owner_helpers import open_owner_mode, with_pin
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.app import Kiosk
from kiosk.ui.owner.panel import SECTIONS, OwnerPanel


@pytest.fixture
def owner(kiosk: Kiosk) -> Kiosk:
    with_pin(kiosk)
    open_owner_mode(kiosk)
    return kiosk


def visit_everything(panel: OwnerPanel) -> None:
    """Build every section and the event form, as an owner looking around would."""
    for name in SECTIONS:
        panel.show_section(name)
    panel.view("events").edit(None)
    panel.show_section("status")


def texts(widget: QWidget) -> list[str]:
    """Every text an owner can read in `widget`: labels, buttons, check boxes, field hints."""
    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            found.append(child.text())
        elif isinstance(child, QLineEdit) and child.placeholderText():
            found.append(child.placeholderText())
    return found


def section_texts(panel: OwnerPanel) -> dict[str, list[str]]:
    # Rows and charts that a refresh replaced are deleted on the next turn of the event loop.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    own = [panel.title.text(), panel.close_button.text(), *(b.text() for b in panel.nav.values())]
    return {"panel": own} | {name: texts(panel.view(name)) for name in SECTIONS}


def built_in(kiosk: Kiosk) -> dict[str, list[str]]:
    """What a panel built from scratch in the language now in force shows."""
    assert kiosk.owner is not None
    fresh = OwnerPanel(kiosk.owner.service, kiosk.state)
    try:
        visit_everything(fresh)
        return section_texts(fresh)
    finally:
        fresh.deleteLater()


def stale(shown: dict[str, list[str]], fresh: dict[str, list[str]]) -> list[str]:
    """Texts that differ from a freshly built panel's, as 'section: shown != fresh'."""
    return [
        f"{name}: {a!r} != {b!r}"
        for name in fresh
        for a, b in zip(shown[name], fresh[name], strict=False)
        if a != b
    ] + [
        f"{name}: {len(shown[name])} texts, not {len(fresh[name])}"
        for name in fresh
        if len(shown[name]) != len(fresh[name])
    ]


def test_switching_language_in_owner_mode_retranslates_every_owner_text(owner: Kiosk) -> None:
    assert owner.owner is not None
    panel = owner.owner.panel
    visit_everything(panel)
    before = section_texts(panel)
    assert panel.nav["events"].text() == "Evenemang"
    for lang, events in (("fi", "Tapahtumat"), ("de", "Veranstaltungen")):
        owner.state.set_language(lang)
        shown = section_texts(panel)
        assert panel.nav["events"].text() == events
        assert shown != before, f"nothing changed switching to {lang}"
        # Every text as a panel built in this language has it: none left in the previous one.
        assert stale(shown, built_in(owner)) == [], lang
        before = shown


def test_the_owner_after_a_finnish_visitor_sees_finnish(owner: Kiosk) -> None:
    assert owner.owner is not None
    panel = owner.owner.panel
    visit_everything(panel)
    owner.owner.close()  # the visit ends: Swedish again
    owner.state.set_language("fi")  # the next visitor chose Finnish, then the owner came
    open_owner_mode(owner)
    assert panel.title.text() != "Ägarläge"
    assert stale(section_texts(panel), built_in(owner)) == []


def test_owner_dates_follow_the_language(owner: Kiosk) -> None:
    assert owner.owner is not None
    panel = owner.owner.panel
    panel.show_section("details")
    details = panel.view("details")
    assert details.day_names[0].text() == "Måndag"
    owner.state.set_language("de")
    assert details.day_names[0].text() == "Montag"


def test_a_finnish_owner_reads_and_writes_hours_the_finnish_way(owner: Kiosk) -> None:
    """The hours fields showed 09:00–19:00 to a Finnish owner, who writes 9.00–19.00."""
    assert owner.owner is not None
    owner.state.set_language("fi")
    panel = owner.owner.panel
    panel.show_section("details")
    details = panel.view("details")
    details.refresh()
    assert details.hours[0].text() == "9.00–19.00"
    assert details.hours[6].placeholderText() == "9.00–18.00"
    details.hours[0].setText("8.30–17.00")
    saved = details.validate()
    assert saved is not None and saved.hours[0] == "08:30-17:00"


def test_the_pin_pad_asks_in_the_language_of_the_visit(kiosk: Kiosk) -> None:
    with_pin(kiosk)
    assert kiosk.owner is not None
    kiosk.owner.request()
    pad = kiosk.owner.pin_pad
    assert pad.heading.text() == "Ägarläge"
    kiosk.owner.close()
    kiosk.state.set_language("de")
    kiosk.owner.request()
    assert (pad.heading.text(), pad.cancel.text()) == ("Inhabermodus", "Abbrechen")
