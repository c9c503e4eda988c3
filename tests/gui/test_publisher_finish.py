"""How the publisher looks to the officer at 1366x768: one font, a fleet table that uses the
width, and a first screen that says what to do first, with the action as a button."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fleetmaker import status, write_status
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from test_publisher_forms import REPO, DictKeychain, publisher, source  # noqa: F401 (fixtures)

from kiosk.config import load_config
from kiosk.publisher import Publisher, build_publisher
from kiosk.publisher_screens import EXAMPLE_DAYS
from kiosk.ui.publisher.style import POINT_SIZE

DEMO_POINTS = REPO / "assets" / "demo-source" / "service_points.toml"


@pytest.fixture
def unopened(qtbot, tmp_path: Path) -> Iterator[Publisher]:  # type: ignore[no-untyped-def]
    """The publisher as `kiosk publisher` starts it the first time: no source folder."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    built = build_publisher(
        load_config(None, environ={}), None, settings, DictKeychain(), tmp_path / "preview"
    )
    built.window.resize(1366, 768)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.close()
    built.window.deleteLater()


def answer_dialog(qtbot, kind: type, answer: Callable[[QWidget], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next modal dialog of `kind` as the officer would; the titles of those met."""
    met: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            met.append(dialog.windowTitle())
            answer(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return met


def demo_uploads(folder: Path) -> list[str]:
    """The upload folder of every demo service point, all fine; their labels on the board."""
    with DEMO_POINTS.open("rb") as handle:
        points = tomllib.load(handle)["service_point"]
    now = datetime.now(UTC)
    for point in points:
        at = now - timedelta(minutes=5)
        write_status(folder, status(point["id"], at, name=point["name"], village=point["village"]))
    return [f"{p['name']}, {p['village']}" for p in points]


def test_the_first_start_says_what_to_do_first_and_its_button_opens_the_folder(
    qtbot,
    unopened: Publisher,
) -> None:  # type: ignore[no-untyped-def]
    start = unopened.content.start
    assert start.isVisible()
    assert not unopened.content.kinds.isVisible(), "no empty lists before there is a folder"
    assert start.title.text() == "Börja med att öppna källmappen"
    assert start.open_button.isVisible() and start.open_button.text() == "Öppna källmappen…"
    assert start.text.height() >= start.text.heightForWidth(start.text.width()), "text cut off"

    met = answer_dialog(qtbot, QFileDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(start.open_button, Qt.MouseButton.LeftButton)
    assert len(met) == 1, "the button asks for the folder"
    assert met == ["Öppna källmappen"]


def test_a_new_folder_made_from_the_first_start_asks_for_the_service_points_first(
    qtbot,
    unopened: Publisher,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "innehall"
    folder.mkdir()

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder))
        dialog.accept()

    def name(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Örnsköldsviks kommun")
        dialog.accept()

    asked = answer_dialog(qtbot, QFileDialog, choose)
    named = answer_dialog(qtbot, QInputDialog, name)
    qtbot.mouseClick(unopened.content.start.create_button, Qt.MouseButton.LeftButton)
    assert asked and named
    content = unopened.content
    assert content.editor.isVisible() and not content.start.isVisible()
    assert content.no_points.isVisible(), "a new folder has no service points yet"
    assert content.add_point.text() == "Lägg till en servicepunkt"

    qtbot.mouseClick(content.add_point, Qt.MouseButton.LeftButton)
    assert content.kind == "service_points"
    assert content.form().isVisible() and content.items.currentItem() is None  # a new one


def test_every_text_of_the_publisher_is_in_the_kiosks_font_at_a_readable_size(
    qtbot,
    publisher: Publisher,  # noqa: F811 (the fixture)
) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[QWidget] = [
        publisher.first_run(),
        publisher.content.unsaved_question(publisher.content.form()),
    ]
    for dialog in dialogs:
        dialog.show()
    QApplication.processEvents()
    wrong = set()
    for top in (publisher.window, *dialogs):
        for widget in (top, *top.findChildren(QWidget)):
            shown = QFontInfo(widget.font())
            if shown.family() != "Inter" or shown.pointSizeF() < POINT_SIZE - 0.5:
                wrong.add(
                    f"{type(widget).__name__}#{widget.objectName()}: {shown.family()} "
                    f"{shown.pointSizeF():g} pt"
                )
    heading = QFontInfo(dialogs[0].key_page.heading.font()).pixelSize()
    body = QFontInfo(dialogs[0].key_page.password.font()).pixelSize()
    for dialog in dialogs:
        dialog.close()
    assert not wrong
    assert heading >= body + 4, "each step of the assistant has a heading, not body text"


def test_the_fleet_table_uses_the_width_and_shows_every_demo_name_whole(
    qtbot,
    publisher: Publisher,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    labels = demo_uploads(tmp_path / "uploads")
    fleet = publisher.window.fleet
    publisher.window.tabs.setCurrentWidget(fleet)
    fleet.place.address.setText(str(tmp_path / "uploads"))
    with qtbot.waitSignal(publisher.fleet_reader.done, timeout=30_000):
        qtbot.mouseClick(fleet.place.refresh, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert fleet.table.rowCount() == len(labels)
    assert fleet.table.width() >= 0.7 * publisher.window.width()
    longest = max(labels, key=fleet.table.fontMetrics().horizontalAdvance)
    needed = fleet.table.fontMetrics().horizontalAdvance(longest)
    assert fleet.table.columnWidth(0) >= needed + 8, f"{longest!r} is cut off"
    shown = [fleet.table.item(row, 0).text() for row in range(fleet.table.rowCount())]
    assert sorted(shown) == sorted(labels)


def test_the_report_button_waits_for_the_place_the_kiosks_upload_to(
    qtbot,
    unopened: Publisher,
) -> None:  # type: ignore[no-untyped-def]
    fleet = unopened.window.fleet
    assert not fleet.report.isEnabled(), "pressing it would do nothing"
    fleet.place.address.setText("https://www.example.se/dav/servicepunkter/")
    assert fleet.report.isEnabled()


def test_a_long_heading_in_the_item_list_wraps_instead_of_being_cut(
    qtbot,
    publisher: Publisher,  # noqa: F811 (the fixture)
) -> None:  # type: ignore[no-untyped-def]
    items = publisher.content.items
    QApplication.processEvents()
    longest = max(range(items.count()), key=lambda row: len(items.item(row).text()))
    rect = items.visualItemRect(items.item(longest))
    heading = items.item(longest).text().splitlines()[0]
    assert items.fontMetrics().horizontalAdvance(heading) > items.viewport().width()
    assert not items.horizontalScrollBar().isVisible()
    assert rect.right() <= items.viewport().width(), f"{heading!r} is cut off"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_label_on_any_tab_is_cut_off_at_1366x768(
    qtbot,
    source: Path,  # noqa: F811 (the fixture)
    tmp_path: Path,
    lang: str,
) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    built = build_publisher(
        load_config(None, environ={}), source, settings, DictKeychain(), tmp_path / "p", lang=lang
    )
    try:
        built.window.resize(1366, 768)
        built.window.show()
        cut = []
        for index in range(built.window.tabs.count()):
            built.window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            for label in built.window.tabs.currentWidget().findChildren(QLabel):
                one_line = label.isVisible() and label.text() and not label.wordWrap()
                if one_line and label.width() < label.fontMetrics().horizontalAdvance(label.text()):
                    cut.append(f"{built.window.tabs.tabText(index)}: {label.text()!r}")
        assert not cut
    finally:
        built.close()
        built.window.deleteLater()


def test_the_service_points_form_with_holidays_fits_its_pane_without_a_sideways_scroll(
    qtbot,
    publisher: Publisher,  # noqa: F811 (the fixture)
) -> None:  # type: ignore[no-untyped-def]
    content = publisher.content
    content.select("service_points", "bjorna")
    form = content.form()
    form.fields["specialOpeningHours"].set_value(EXAMPLE_DAYS)
    QApplication.processEvents()
    narrowest = form.scroll_area.widget().minimumSizeHint().width()
    assert narrowest <= form.scroll_area.viewport().width(), "it would scroll sideways"


def test_before_the_fleet_is_read_the_tab_says_where_to_start_and_its_button_reads_it(
    qtbot,
    unopened: Publisher,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    fleet = unopened.window.fleet
    unopened.window.tabs.setCurrentWidget(fleet)
    assert fleet.empty.isVisible() and not fleet.table.isVisible()
    assert fleet.empty.title.text() == "Vart laddar kioskerna upp?"
    assert fleet.read.text() == "Läs in servicepunkterna"

    qtbot.mouseClick(fleet.read, Qt.MouseButton.LeftButton)
    assert fleet.place.address.hasFocus(), "no address yet: the cursor goes where it is typed"

    (tmp_path / "uploads").mkdir()
    fleet.place.address.setText(str(tmp_path / "uploads"))
    with qtbot.waitSignal(unopened.fleet_reader.failed, timeout=30_000):
        qtbot.mouseClick(fleet.read, Qt.MouseButton.LeftButton)
    assert fleet.state.text().startswith("Inga servicepunkter har laddat upp något till")

    demo_uploads(tmp_path / "uploads")
    with qtbot.waitSignal(unopened.fleet_reader.done, timeout=30_000):
        qtbot.mouseClick(fleet.read, Qt.MouseButton.LeftButton)
    assert fleet.table.isVisible() and not fleet.empty.isVisible()


def test_a_mistyped_upload_folder_is_told_in_swedish(
    qtbot,
    unopened: Publisher,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    fleet = unopened.window.fleet
    fleet.place.address.setText(str(tmp_path / "uplaods"))
    with qtbot.waitSignal(unopened.fleet_reader.failed, timeout=30_000):
        qtbot.mouseClick(fleet.place.refresh, Qt.MouseButton.LeftButton)
    assert fleet.state.text().startswith(f"Mappen {tmp_path / 'uplaods'} finns inte.")


def test_in_english_the_item_states_and_the_fleets_dates_are_english_too(
    qtbot,
    source: Path,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    built = build_publisher(
        load_config(None, environ={}), source, settings, DictKeychain(), tmp_path / "p", lang="en"
    )
    try:
        items = built.content.items
        states = {items.item(row).text().splitlines()[1] for row in range(items.count())}
        assert states <= {"Active", "Active · ends within 14 days", "Upcoming", "Expired"}
        built.content.select("service_points", "bjorna")
        hours = built.content.form().fields["openingHours"]
        assert [box.text() for box in hours.rows[0].days][:2] == ["Mon", "Tue"]
        demo_uploads(tmp_path / "uploads")
        fleet = built.window.fleet
        fleet.place.address.setText(str(tmp_path / "uploads"))
        with qtbot.waitSignal(built.fleet_reader.done, timeout=30_000):
            qtbot.mouseClick(fleet.read, Qt.MouseButton.LeftButton)
        contact = fleet.table.item(0, 2).text()
        assert contact.split()[0] in {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, contact
    finally:
        built.close()
        built.window.deleteLater()


def test_before_the_shops_events_are_read_the_tab_says_where_to_start_and_its_button_reads(
    qtbot,
    publisher: Publisher,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    panel = publisher.shop_events
    publisher.window.tabs.setCurrentWidget(panel)
    panel.place.address.setText("")
    assert panel.empty.isVisible() and not panel.list.isVisible()
    assert panel.empty.title.text() == "Vart laddar kioskerna upp?"
    assert panel.read.text() == "Läs in butikernas evenemang"
    qtbot.mouseClick(panel.read, Qt.MouseButton.LeftButton)
    assert panel.place.address.hasFocus()

    demo_uploads(tmp_path / "uploads")
    panel.place.address.setText(str(tmp_path / "uploads"))
    with qtbot.waitSignal(publisher.events_reader.done, timeout=30_000):
        qtbot.mouseClick(panel.read, Qt.MouseButton.LeftButton)
    assert panel.list.isVisible() and not panel.empty.isVisible()
    assert panel.state.text() == "Ingen butik har lagt upp något kommande evenemang."


def test_before_anything_is_published_the_publications_tab_offers_to_publish(
    qtbot,
    publisher: Publisher,  # noqa: F811 (the fixture)
) -> None:  # type: ignore[no-untyped-def]
    history = publisher.history_panel
    publisher.window.tabs.setCurrentWidget(history)
    assert history.empty.isVisible() and not history.list.isVisible()
    assert history.empty.title.text() == "Ingenting har publicerats från den här mappen än."
    assert history.publish.text() == "Publicera…"
    assert not history.undo.isVisible(), "nothing to undo yet"
    qtbot.mouseClick(history.publish, Qt.MouseButton.LeftButton)
    # No settings yet: the same as the green Publicera button, it asks for them first.
    assert publisher.window.state.text().startswith("Gör inställningarna först")
    for wizard in publisher.window.findChildren(QWidget):
        if type(wizard).__name__ == "FirstRunWizard":
            wizard.close()


def test_the_preview_without_a_service_point_says_why_its_frame_is_empty(
    qtbot,
    unopened: Publisher,
) -> None:  # type: ignore[no-untyped-def]
    preview = unopened.window.preview
    unopened.window.tabs.setCurrentWidget(preview)
    QApplication.processEvents()
    assert preview.picture.text() == (
        "Här ritas kioskens sidor så fort källmappen har minst en servicepunkt."
    )


def test_the_first_run_assistant_opens_wide_enough_for_the_keys_folder(
    qtbot,
    unopened: Publisher,
) -> None:  # type: ignore[no-untyped-def]
    wizard = unopened.first_run()
    wizard.open()  # as the program opens it on its first start
    qtbot.waitExposed(wizard)
    folder = wizard.key_page.folder
    needed = folder.fontMetrics().horizontalAdvance(folder.text()) + 12
    assert folder.width() >= needed, f"{folder.text()!r} is cut to {folder.width()} px"
    wizard.close()


def test_qts_own_buttons_speak_swedish_in_the_swedish_window(
    qtbot,
    publisher: Publisher,  # noqa: F811 (the fixture)
) -> None:  # type: ignore[no-untyped-def]
    buttons: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        buttons.extend(button.text().replace("&", "") for button in dialog.buttons())
        dialog.button(QMessageBox.StandardButton.No).click()

    asked = answer_dialog(qtbot, QMessageBox, answer)
    qtbot.mouseClick(publisher.content.form().delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Ta bort"]
    assert sorted(buttons) == ["Ja", "Nej"], "not Yes and No"
