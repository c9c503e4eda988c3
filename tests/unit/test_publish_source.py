"""The publisher's source-folder model: edits keep hand-written comments, problems name the field."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
from feedmaker import PDF

from kiosk.errors import FeedError
from kiosk.feed.build import prepare_feed
from kiosk.publish.source import KINDS, SourceFolder, missing_languages

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo-source"


@pytest.fixture
def src(tmp_path: Path) -> Path:
    shutil.copytree(DEMO, tmp_path / "src")
    return tmp_path / "src"


def test_every_kind_of_the_demo_source_is_listed(src: Path) -> None:
    folder = SourceFolder.open(src)
    counts = {kind: len(folder.items(kind)) for kind in KINDS}
    assert all(counts.values()), counts
    assert folder.problems() == []


def test_changing_one_item_keeps_every_comment_and_the_other_items_byte_for_byte(
    src: Path,
) -> None:
    before = (src / "notices.toml").read_text(encoding="utf-8")
    folder = SourceFolder.open(src)
    notice = folder.get("notices", "bedragerier")
    assert notice is not None
    notice["validThrough"] = date(2027, 3, 31)
    folder.put("notices", notice)
    folder.save()
    after = (src / "notices.toml").read_text(encoding="utf-8")
    assert after.startswith("# Notices shown on the kiosk's start screen.")
    assert after.replace("validThrough = 2027-03-31\n", "", 1) == before
    assert SourceFolder.open(src).get("notices", "bedragerier") == notice


def test_a_new_notice_is_written_as_docs_feed_md_writes_one_and_builds(src: Path) -> None:
    folder = SourceFolder.open(src)
    folder.put(
        "notices",
        {
            "id": "julstangt",
            "level": "important",
            "title": {"sv": "Stängt på juldagen", "en": "Closed on Christmas Day"},
            "validFrom": date(2026, 12, 20),
            "validThrough": date(2026, 12, 25),
            "service_points": ["bjorna", "ulvohamn"],
        },
    )
    folder.save()
    text = (src / "notices.toml").read_text(encoding="utf-8")
    assert 'title.sv = "Stängt på juldagen"\n' in text
    assert "validFrom = 2026-12-20\n" in text
    manifest = prepare_feed(src).manifest
    assert manifest.files


def test_deleting_an_item_removes_only_it(src: Path) -> None:
    folder = SourceFolder.open(src)
    ids = [item["id"] for item in folder.items("places")]
    assert folder.delete("places", ids[1])
    assert not folder.delete("places", "finns-inte")
    folder.save()
    assert [item["id"] for item in SourceFolder.open(src).items("places")] == ids[:1] + ids[2:]


def test_a_field_problem_is_said_in_swedish_and_english_with_its_field(src: Path) -> None:
    folder = SourceFolder.open(src)
    problems = folder.check(
        "notices",
        {
            "id": "vinterväglag",
            "title": {"en": "Winter roads"},
            "validFrom": date(2027, 1, 2),
            "validThrough": date(2027, 1, 1),
            "service_points": ["ingenstans"],
        },
    )
    said = {(p.field, p.message_sv) for p in problems}
    assert ("title", "en svensk text (sv) krävs") in said
    assert any(field == "id" and "inga å, ä, ö" in sv for field, sv in said)
    assert ("service_points", "det finns ingen servicepunkt 'ingenstans'") in said
    assert all(p.file == "notices.toml" and p.item_id == "vinterväglag" for p in problems)


def test_reversed_dates_are_a_problem(src: Path) -> None:
    folder = SourceFolder.open(src)
    notice = {"id": "a", "title": {"sv": "A"}, "validFrom": date(2027, 1, 2)}
    notice["validThrough"] = date(2027, 1, 1)
    (problem,) = folder.check("notices", notice)
    assert problem.field == "validThrough"
    assert problem.message_sv == "sista dagen (validThrough) ligger före första dagen (validFrom)"


def test_duplicate_ids_and_a_missing_service_points_file_are_problems(src: Path) -> None:
    (src / "service_points.toml").unlink()
    folder = SourceFolder.open(src)
    place = folder.items("places")[0]
    folder.put("places", place)  # same id: changes it, no duplicate
    assert [p.file for p in folder.problems() if p.field == "id"] == []
    with (src / "places.toml").open("a", encoding="utf-8") as file:
        file.write(f'\n[[place]]\nid = "{place["id"]}"\ncategory = "nature"\nname.sv = "Igen"\n')
    said = [(p.file, p.item_id, p.field) for p in SourceFolder.open(src).problems()]
    assert ("places.toml", place["id"], "id") in said
    assert ("service_points.toml", "", "") in said


def test_missing_languages_are_named_per_field() -> None:
    item = {"title": {"sv": "Hej", "en": "Hi"}, "text": {"sv": "Text", "de": "", "fi": "Teksti"}}
    assert missing_languages(item, "notices") == {"title": ["de", "fi"], "text": ["en", "de"]}


def test_an_event_is_written_as_icalendar_with_its_languages(src: Path) -> None:
    folder = SourceFolder.open(src)
    folder.put(
        "events",
        {
            "id": "julkonsert@ornskoldsvik.se",
            "title": {"sv": "Julkonsert", "en": "Christmas concert"},
            "start": datetime(2026, 12, 20, 18, 0),
            "end": datetime(2026, 12, 20, 20, 0),
            "rrule": "FREQ=YEARLY",
            "categories": ["music"],
            "service_point": "bjorna",
            "price": {"sv": "Fri entré"},
        },
    )
    folder.save()
    sv = icalendar.Calendar.from_ical((src / "events" / "events.sv.ics").read_bytes())
    (event,) = [e for e in sv.walk("VEVENT") if e["UID"] == "julkonsert@ornskoldsvik.se"]
    assert event["SUMMARY"] == "Julkonsert" and event["X-KIOSK-PRICE"] == "Fri entré"
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event["RRULE"].to_ical() == b"FREQ=YEARLY"
    again = SourceFolder.open(src).get("events", "julkonsert@ornskoldsvik.se")
    assert again is not None and again["title"] == {"sv": "Julkonsert", "en": "Christmas concert"}
    assert prepare_feed(src).skipped == []


def test_a_pdf_is_imported_into_the_folder(src: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "karta.pdf"
    pdf.write_bytes(PDF)
    folder = SourceFolder.open(src)
    assert folder.import_file(pdf) == "brochures/karta.pdf"
    assert (src / "brochures" / "karta.pdf").read_bytes() == PDF


def test_a_folder_that_is_not_toml_is_named(src: Path) -> None:
    (src / "links.toml").write_text("[[link]\n", encoding="utf-8")
    with pytest.raises(FeedError, match=r"^links.toml: not valid TOML"):
        SourceFolder.open(src)


def test_a_new_folder_starts_with_its_publisher(tmp_path: Path) -> None:
    folder = SourceFolder.create(tmp_path / "ny", publisher="Testkommun")
    assert SourceFolder.open(folder.root).settings() == {"publisher": "Testkommun"}


def test_changing_an_event_keeps_what_the_form_does_not_edit(src: Path) -> None:
    uid = "stickcafe-bjorna@servicepunkt-kiosk.example"
    folder = SourceFolder.open(src)
    event = folder.get("events", uid)
    assert event is not None and event["rrule"] == "FREQ=WEEKLY;BYDAY=TU"
    event["title"] = {**event["title"], "sv": "Stickcafé i Björna"}
    folder.put("events", event)
    folder.save()
    sv = icalendar.Calendar.from_ical((src / "events" / "events.sv.ics").read_bytes())
    (changed,) = [e for e in sv.walk("VEVENT") if e["UID"] == uid and "RECURRENCE-ID" not in e]
    assert changed["SUMMARY"] == "Stickcafé i Björna"
    assert "EXDATE" in changed and changed["ORGANIZER"].params["CN"].startswith("Björna")
    assert SourceFolder.open(src).get("events", uid) == event


def test_deleting_an_event_removes_it_from_every_language(src: Path) -> None:
    uid = "stickcafe-bjorna@servicepunkt-kiosk.example"
    folder = SourceFolder.open(src)
    assert folder.delete("events", uid)
    folder.save()
    for path in (src / "events").glob("*.ics"):
        assert uid not in path.read_text(encoding="utf-8")
    assert prepare_feed(src).skipped == []
