"""The publisher's forms, driven as the officer drives them, write the source folder the kiosks' feed is built from."""

from __future__ import annotations

import shutil
import tomllib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, QSettings, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kiosk.config import load_config
from kiosk.domain import STOCKHOLM
from kiosk.publish.source import SourceFolder
from kiosk.publisher import Publisher, build_publisher
from kiosk.ui.publisher.fields import (
    DateField,
    LangTextField,
    OpeningHoursField,
    PointsField,
    SpecialHoursField,
)

REPO = Path(__file__).resolve().parents[2]


class DictKeychain:
    """A keychain of our own for tests (the seam PublisherSettings takes)."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.saved[(service, user)] = password


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A copy of the demo's source folder."""
    folder = tmp_path / "source"
    shutil.copytree(REPO / "assets" / "demo-source", folder)
    return folder


@pytest.fixture
def publisher(qtbot, source: Path, tmp_path: Path) -> Iterator[Publisher]:  # type: ignore[no-untyped-def]
    """The publisher as `kiosk publisher SOURCE` builds it, with throwaway settings."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    built = build_publisher(
        load_config(None, environ={}), source, settings, DictKeychain(), tmp_path / "preview"
    )
    # Not qtbot.addWidget: pytest-qt would close the window as the officer does, and a test
    # that leaves an edit unsaved would wait for her answer; the program closes it itself.
    built.window.resize(1366, 768)
    built.window.show()
    yield built
    built.close()
    built.window.deleteLater()


def type_text(widget: QWidget, text: str) -> None:
    """Key presses with their text, as a keyboard sends them (QTest knows only ASCII keys)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def saved_rows(source: Path, file: str, table: str) -> dict[str, dict[str, object]]:
    """The rows of one table of a source TOML file, by id, as the officer's save wrote them."""
    with (source / file).open("rb") as handle:
        return {row["id"]: row for row in tomllib.load(handle)[table]}


def notices(source: Path) -> dict[str, dict[str, object]]:
    return saved_rows(source, "notices.toml", "notice")


def test_a_notice_for_two_service_points_with_dates_is_written_to_the_source(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    content = publisher.content
    content.select("notices", None)
    form = content.form()
    title = form.fields["title"]
    assert isinstance(title, LangTextField)
    type_text(title.edits["sv"], "Stängt på annandagen")
    start, end = form.fields["validFrom"], form.fields["validThrough"]
    assert isinstance(start, DateField) and isinstance(end, DateField)
    start.on.setChecked(True)
    start.edit.setDate(QDate(2026, 12, 20))
    end.on.setChecked(True)
    end.edit.setDate(QDate(2026, 12, 27))
    points = form.fields["service_points"]
    assert isinstance(points, PointsField)
    points.boxes["bjorna"].setChecked(True)
    points.boxes["bredbyn"].setChecked(True)
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = notices(source)["stangt-pa-annandagen"]
    assert saved["title"] == {"sv": "Stängt på annandagen"}
    assert saved["validFrom"] == date(2026, 12, 20)
    assert saved["validThrough"] == date(2026, 12, 27)
    assert saved["service_points"] == ["bjorna", "bredbyn"]
    assert SourceFolder.open(source).problems() == []
    listed = [content.items.item(i).text() for i in range(content.items.count())]
    assert any(text.startswith("Stängt på annandagen") for text in listed)


def test_a_period_that_ends_before_it_starts_is_named_as_validate_names_it_and_cannot_be_saved(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    content = publisher.content
    content.select("notices", None)
    form = content.form()
    type_text(form.fields["title"].edits["sv"], "Fel ordning")  # type: ignore[attr-defined]
    start, end = form.fields["validFrom"], form.fields["validThrough"]
    start.on.setChecked(True)  # type: ignore[attr-defined]
    start.edit.setDate(QDate(2026, 12, 20))  # type: ignore[attr-defined]
    end.on.setChecked(True)  # type: ignore[attr-defined]
    end.edit.setDate(QDate(2026, 12, 1))  # type: ignore[attr-defined]

    expected = SourceFolder.open(source).check("notices", form.item())
    assert expected, "the source model itself must refuse this period"
    shown = " ".join(label.text() for label in form.problems.values()) + form.summary.text()
    assert all(problem.message_sv in shown for problem in expected)
    assert not form.save_button.isEnabled()
    assert "fel-ordning" not in notices(source)


def test_a_text_only_in_swedish_is_marked_missing_in_the_other_languages(
    qtbot, publisher: Publisher
) -> None:  # type: ignore[no-untyped-def]
    publisher.content.select("notices", None)
    title = publisher.content.form().fields["title"]
    assert isinstance(title, LangTextField)
    type_text(title.edits["sv"], "Bara svenska")
    type_text(title.edits["en"], "Only Swedish")
    marked = {lang for lang, mark in title.marks.items() if mark.text()}
    assert marked == {"de", "fi"}


def test_opening_hours_come_back_from_the_day_and_time_editor_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = OpeningHoursField()
    qtbot.addWidget(field)
    hours = ["Mo-Fr 09:00-19:00", "Sa 10:00-16:00", "Mo,We,Fr 12:00-13:00"]
    field.set_value(hours)
    assert len(field.rows) == 3
    assert field.value() == hours
    field.rows[1].days[6].setChecked(True)  # Sunday too
    assert field.value()[1] == "Sa-Su 10:00-16:00"


def test_publicera_keeps_what_the_form_shows_before_anything_else(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    publisher.content.select("notices", None)
    type_text(publisher.content.form().fields["title"].edits["sv"], "Glömt att spara")  # type: ignore[attr-defined]
    qtbot.mouseClick(publisher.window.publish_button, Qt.MouseButton.LeftButton)
    assert "glomt-att-spara" in notices(source)


def test_an_event_with_a_time_and_weekly_recurrence_is_written_as_icalendar(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    publisher.content.select("events", None)
    form = publisher.content.form()
    type_text(form.fields["title"].edits["sv"], "Stickcafé")  # type: ignore[attr-defined]
    type_text(form.fields["title"].edits["en"], "Knitting café")  # type: ignore[attr-defined]
    start, end = form.fields["start"], form.fields["end"]
    start.edit.setDateTime(QDateTime(QDate(2027, 1, 12), QTime(18, 30)))  # type: ignore[attr-defined]
    end.edit.setDateTime(QDateTime(QDate(2027, 1, 12), QTime(20, 0)))  # type: ignore[attr-defined]
    form.fields["rrule"].set_value("FREQ=WEEKLY")
    assert form.save_button.isEnabled(), form.summary.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    saved = SourceFolder.open(source).get("events", "stickcafe")
    assert saved is not None
    assert saved["title"] == {"sv": "Stickcafé", "en": "Knitting café"}
    assert saved["start"] == datetime(2027, 1, 12, 18, 30, tzinfo=STOCKHOLM)
    assert saved["rrule"] == "FREQ=WEEKLY"
    assert "SUMMARY:Knitting café" in "".join(
        p.read_text(encoding="utf-8") for p in (source / "events").glob("*.en.ics")
    )


def test_a_recurrence_the_list_does_not_offer_survives_an_edit(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = SourceFolder.open(source)
    event = next(e for e in folder.items("events") if e.get("rrule"))
    event["rrule"] = "FREQ=WEEKLY;BYDAY=TU,TH"
    folder.put("events", event)
    folder.save()
    publisher.open_source(source)
    publisher.content.select("events", str(event["id"]))
    form = publisher.content.form()
    assert form.fields["rrule"].value() == "FREQ=WEEKLY;BYDAY=TU,TH"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = SourceFolder.open(source).get("events", str(event["id"]))
    assert saved is not None and saved["rrule"] == "FREQ=WEEKLY;BYDAY=TU,TH"


def service_points(source: Path) -> dict[str, dict[str, object]]:
    return saved_rows(source, "service_points.toml", "service_point")


def test_holiday_exceptions_are_entered_by_day_and_time_and_written_for_the_feed(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    content = publisher.content
    content.select("service_points", "bjorna")
    form = content.form()
    field = form.fields["specialOpeningHours"]
    assert isinstance(field, SpecialHoursField) and field.rows == []
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    eve, christmas = field.rows
    eve.first.setDate(QDate(2026, 12, 24))
    eve.closed.setChecked(False)  # open, other hours
    eve.opens.setTime(QTime(10, 0))
    eve.closes.setTime(QTime(14, 0))
    type_text(eve.note, "Julafton")
    christmas.first.setDate(QDate(2026, 12, 25))
    christmas.last.setDate(QDate(2026, 12, 26))
    type_text(christmas.note, "Jul")
    assert form.save_button.isEnabled(), form.problems["specialOpeningHours"].text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert service_points(source)["bjorna"]["specialOpeningHours"] == [
        {
            "validFrom": date(2026, 12, 24),
            "opens": "10:00",
            "closes": "14:00",
            "description": "Julafton",
        },
        {"validFrom": date(2026, 12, 25), "validThrough": date(2026, 12, 26), "description": "Jul"},
    ]
    assert SourceFolder.open(source).problems() == []
    content.select("service_points", "trehorningsjo")
    content.select("service_points", "bjorna")
    assert [row.value() for row in content.form().fields["specialOpeningHours"].rows] == [  # type: ignore[attr-defined]
        {
            "validFrom": date(2026, 12, 24),
            "opens": "10:00",
            "closes": "14:00",
            "description": "Julafton",
        },
        {"validFrom": date(2026, 12, 25), "validThrough": date(2026, 12, 26), "description": "Jul"},
    ]


def test_a_day_that_closes_before_it_opens_is_named_by_its_line_as_you_type(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    content = publisher.content
    content.select("service_points", "bjorna")
    form = content.form()
    field = form.fields["specialOpeningHours"]
    assert isinstance(field, SpecialHoursField)
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    second = field.rows[1]
    second.closed.setChecked(False)
    second.opens.setTime(QTime(14, 0))
    second.closes.setTime(QTime(10, 0))
    said = form.problems["specialOpeningHours"]
    assert said.isVisible()
    assert said.text() == "Rad 2: stängningstiden måste vara efter öppningstiden"
    assert not form.save_button.isEnabled()
    second.closes.setTime(QTime(16, 0))
    assert not said.isVisible() and form.save_button.isEnabled()
    assert "specialOpeningHours" not in service_points(source)["bjorna"]


class Answer:
    """Clicks `button` in the unsaved-changes question once it is on screen (a real QMessageBox)."""

    def __init__(self, button: str) -> None:
        self.button, self.asked, self.could_save = button, "", True
        self.timer = QTimer()
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(20)

    def _on_timer_timeout(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.timer.stop()
            self.asked = box.text()
            self.could_save = next(b for b in box.buttons() if b.text() == "Spara").isEnabled()
            next(b for b in box.buttons() if b.text() == self.button).click()

    def __enter__(self) -> Answer:
        return self

    def __exit__(self, *_: object) -> None:
        self.timer.stop()


def _edit_first_notice(qtbot, publisher: Publisher) -> LangTextField:  # type: ignore[no-untyped-def]
    content = publisher.content
    content.select("notices", "vintervaglag")
    title = content.form().fields["title"]
    assert isinstance(title, LangTextField)
    title.edits["sv"].selectAll()
    type_text(title.edits["sv"], "Halka på vägarna")
    return title


def _row_of(publisher: Publisher, item_id: str) -> int:
    items = publisher.content.items
    return next(
        r for r in range(items.count()) if items.item(r).data(Qt.ItemDataRole.UserRole) == item_id
    )


def test_picking_another_item_with_unsaved_edits_asks_and_avbryt_keeps_them(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    title = _edit_first_notice(qtbot, publisher)
    content = publisher.content
    with Answer("Avbryt") as answer:
        content.items.setCurrentRow(_row_of(publisher, "bedragerier"))
    assert "Halka på vägarna" in answer.asked
    assert title.edits["sv"].text() == "Halka på vägarna"
    assert content.items.currentItem().data(Qt.ItemDataRole.UserRole) == "vintervaglag"
    assert notices(source)["vintervaglag"]["title"]["sv"] != "Halka på vägarna"  # type: ignore[index]


def test_spara_keeps_the_edits_before_the_other_item_is_shown(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    _edit_first_notice(qtbot, publisher)
    content = publisher.content
    with Answer("Spara"):
        content.items.setCurrentRow(_row_of(publisher, "bedragerier"))
    assert notices(source)["vintervaglag"]["title"]["sv"] == "Halka på vägarna"  # type: ignore[index]
    assert content.form().item()["id"] == "bedragerier"
    assert not content.form().edited


def test_slang_drops_the_edits_also_when_the_officer_changes_kind(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    _edit_first_notice(qtbot, publisher)
    content = publisher.content
    before = notices(source)["vintervaglag"]["title"]
    with Answer("Släng ändringarna"):
        content.select("places", None)
    assert content.kind == "places"
    assert notices(source)["vintervaglag"]["title"] == before
    content.select("notices", "vintervaglag")
    assert content.form().fields["title"].edits["sv"].text() == before["sv"]  # type: ignore[attr-defined,index]


def test_a_new_item_that_cannot_be_saved_yet_can_only_be_discarded_or_kept(
    qtbot, publisher: Publisher
) -> None:  # type: ignore[no-untyped-def]
    content = publisher.content
    content.select("notices", None)
    form = content.form()
    form.fields["level"].box.setCurrentIndex(1)  # type: ignore[attr-defined]
    assert form.edited and not form.can_save()  # no heading yet
    with Answer("Avbryt") as answer:
        qtbot.mouseClick(content.add_button, Qt.MouseButton.LeftButton)
    assert "den nya" in answer.asked and not answer.could_save
    assert form.edited


def test_closing_the_window_with_unsaved_edits_asks_and_avbryt_keeps_it_open(
    qtbot, publisher: Publisher, source: Path
) -> None:  # type: ignore[no-untyped-def]
    title = _edit_first_notice(qtbot, publisher)
    with Answer("Avbryt") as answer:
        assert not publisher.window.close()  # as the window's own close button does
    assert "Halka på vägarna" in answer.asked
    assert publisher.window.isVisible()
    assert title.edits["sv"].text() == "Halka på vägarna"
    with Answer("Spara"):
        assert publisher.window.close()
    assert notices(source)["vintervaglag"]["title"]["sv"] == "Halka på vägarna"  # type: ignore[index]
