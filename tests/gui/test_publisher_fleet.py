"""The publisher reads the kiosks' upload folder: the fleet in plain words, home screens, the shops' events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fleetmaker import status, write_status
from PySide6.QtCore import QSettings, Qt
from test_publisher_forms import DictKeychain, publisher, source  # noqa: F401 (fixtures)

from kiosk.config import load_config
from kiosk.fleet.status import Note
from kiosk.publish.source import SourceFolder
from kiosk.publisher import Publisher, build_publisher

SHOP_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kiosk//owner//SV\r\nBEGIN:VEVENT\r\n"
    "UID:julmarknad-bjorna@kiosk\r\nDTSTAMP:20261201T100000Z\r\n"
    "DTSTART;TZID=Europe/Stockholm:{day}T110000\r\nDTEND;TZID=Europe/Stockholm:{day}T150000\r\n"
    "SUMMARY:Julmarknad i Björna\r\nLOCATION:Bygdegården\r\n"
    "X-KIOSK-SERVICE-POINT:bjorna\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def uploads(tmp_path: Path) -> Path:
    """An upload folder as two kiosks leave it: one fine, one silent for two days."""
    folder = tmp_path / "uploads"
    now = datetime.now(UTC)
    write_status(folder, status("bjorna", now - timedelta(minutes=5), name="Björna Lanthandel"))
    write_status(folder, status("ulvohamn", now - timedelta(days=2), name="Sjöbodens Servicepunkt"))
    day = (now + timedelta(days=10)).strftime("%Y%m%d")
    (folder / "bjorna" / "events.ics").write_text(SHOP_ICS.format(day=day), encoding="utf-8")
    return folder


def test_the_fleet_tab_puts_the_silent_kiosk_first_in_plain_words(
    qtbot,
    publisher: Publisher,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    place = uploads(tmp_path)
    fleet = publisher.window.fleet
    fleet.place.address.setText(str(place))
    with qtbot.waitSignal(publisher.fleet_reader.done, timeout=30_000):
        qtbot.mouseClick(fleet.place.refresh, Qt.MouseButton.LeftButton)
    assert fleet.table.rowCount() == 2
    assert fleet.table.item(0, 0).text().startswith("Sjöbodens")
    assert fleet.table.item(0, 1).text() != fleet.table.item(1, 1).text()
    assert "1 av 2" in fleet.state.text() or "1 of 2" in fleet.state.text()
    assert publisher.settings.destination().fleet_url == str(place)  # remembered


SAID = {
    "sv": ("Ingen kontakt sedan ", "Kiosken säger: Disken är nästan full (312 MB kvar)"),
    "en": ("No contact since ", "The kiosk says: The disk is nearly full (312 MB left)"),
    "de": ("Kein Kontakt seit ", "Der Kiosk meldet: Die Festplatte ist fast voll (312 MB frei)"),
    "fi": ("Ei yhteyttä ", "Kioski ilmoittaa: Levy on melkein täynnä (312 Mt jäljellä)"),
}


@pytest.mark.parametrize("lang", sorted(SAID))
def test_the_fleet_tab_says_what_is_wrong_in_the_publishers_language(
    qtbot,
    source: Path,  # noqa: F811 (the fixture)
    tmp_path: Path,
    lang: str,
) -> None:  # type: ignore[no-untyped-def]
    place = tmp_path / "uploads"
    now = datetime.now(UTC)
    write_status(place, status("ulvohamn", now - timedelta(days=2), name="Sjöbodens Servicepunkt"))
    disk = Note("kiosk:disk_full", (("mb", 312),))
    write_status(
        place,
        status("husum", now, problems=("Disken är nästan full (312 MB kvar)",), notes=(disk,)),
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    config = load_config(None, environ={})
    built = build_publisher(config, source, settings, DictKeychain(), tmp_path / "p", lang=lang)
    try:
        fleet = built.window.fleet
        fleet.place.address.setText(str(place))
        with qtbot.waitSignal(built.fleet_reader.done, timeout=30_000):
            qtbot.mouseClick(fleet.place.refresh, Qt.MouseButton.LeftButton)
        said = {fleet.table.item(row, 0).text(): fleet.table.item(row, 1).text() for row in (0, 1)}
    finally:
        built.close()
        built.window.deleteLater()
    silence, disk_full = SAID[lang]
    assert said["Sjöbodens Servicepunkt, Ulvohamn"].startswith(silence)
    assert said["Husum Handel, Husum"] == disk_full


def test_a_shops_event_is_copied_into_the_municipalitys_calendar_for_every_service_point(
    qtbot,
    publisher: Publisher,  # noqa: F811 (the fixture)
    source: Path,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    panel = publisher.shop_events
    panel.place.address.setText(str(uploads(tmp_path)))
    with qtbot.waitSignal(publisher.events_reader.done, timeout=30_000):
        qtbot.mouseClick(panel.place.refresh, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 1
    assert "Julmarknad i Björna" in panel.list.item(0).text()
    assert "Björna Lanthandel" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.copy, Qt.MouseButton.LeftButton)

    copied = SourceFolder.open(source).get("events", "julmarknad-bjorna@kiosk")
    assert copied is not None
    assert copied["title"]["sv"] == "Julmarknad i Björna"
    assert not copied.get("service_point"), "the municipality's calendar shows it everywhere"
