"""The publisher's forms, driven as the officer drives them, write the source folder the kiosks' feed is built from."""

from __future__ import annotations

import shutil
import tomllib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, QSettings, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import load_config
from kiosk.domain import STOCKHOLM
from kiosk.publish.source import SourceFolder
from kiosk.publisher import Publisher, build_publisher
from kiosk.ui.publisher.fields import DateField, LangTextField, OpeningHoursField, PointsField

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
    qtbot.addWidget(built.window)
    built.window.resize(1366, 768)
    built.window.show()
    yield built
    built.close()


def type_text(widget: QWidget, text: str) -> None:
    """Key presses with their text, as a keyboard sends them (QTest knows only ASCII keys)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def notices(source: Path) -> dict[str, dict[str, object]]:
    with (source / "notices.toml").open("rb") as handle:
        return {n["id"]: n for n in tomllib.load(handle)["notice"]}


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
