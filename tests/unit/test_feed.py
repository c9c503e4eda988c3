"""Feed format v1: building, validating with readable messages, and the shipped JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

from feedmaker import make_feed

from kiosk.feed.schema import SCHEMA_PATH, feed_schema
from kiosk.feed.validate import FolderSource, check_feed

REPO = Path(__file__).resolve().parents[2]


def _content_file(feed: Path, kind: str) -> Path:
    for path in (feed / "content").glob("*.json"):
        if json.loads(path.read_text(encoding="utf-8"))["kind"] == kind:
            return path
    raise AssertionError(kind)


def _rewrite(feed: Path, path: Path, data: dict) -> None:
    """Edit a content file and fix the manifest's size and hash so only the content is wrong."""
    import hashlib

    raw = json.dumps(data).encode()
    digest = hashlib.sha256(raw).hexdigest()
    new = path.with_name(f"{digest}.json")
    path.unlink()
    new.write_bytes(raw)
    manifest = json.loads((feed / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["path"] == f"content/{path.name}":
            entry.update(path=f"content/{new.name}", sha256=digest, size=len(raw))
    (feed / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_a_built_feed_validates(tmp_path: Path) -> None:
    feed, manifest = make_feed(tmp_path)
    checked = check_feed(FolderSource(feed))
    assert checked.ok, checked.errors
    assert manifest.version == 1


def test_the_committed_demo_feed_validates(demo_feed: Path) -> None:
    checked = check_feed(FolderSource(demo_feed))
    assert checked.ok, checked.errors


def test_a_wrong_field_is_reported_with_file_item_and_field(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path)
    path = _content_file(feed, "places")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["items"][1]["geo"]["latitude"] = 123
    _rewrite(feed, path, data)
    errors = check_feed(FolderSource(feed)).errors
    assert len(errors) == 1
    assert errors[0].startswith("content/")
    assert "places item 2 ('place-1'): geo.latitude:" in errors[0]
    assert "must be at most 90 (it is 123)" in errors[0]


def test_a_missing_swedish_text_is_explained(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path)
    path = _content_file(feed, "links")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["items"][0]["name"] = {"en": "1177"}
    _rewrite(feed, path, data)
    (error,) = check_feed(FolderSource(feed)).errors
    assert "links item 1 ('1177'): name: a Swedish text (sv) is required" in error


def test_a_tampered_object_fails_its_hash(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path)
    image = next((feed / "assets").glob("*.png"))
    image.write_bytes(image.read_bytes()[:-1] + b"\x00")
    (error,) = check_feed(FolderSource(feed)).errors
    assert error.startswith(f"assets/{image.name}: sha256 is")


def test_a_missing_object_is_named(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path)
    pdf = next((feed / "assets").glob("*.pdf"))
    pdf.unlink()
    assert check_feed(FolderSource(feed)).errors == [f"assets/{pdf.name}: file is missing"]


def test_rebuilding_with_one_changed_image_changes_only_that_object_and_the_manifest(
    tmp_path: Path,
) -> None:
    from kiosk.feed.build import build_feed

    feed, _ = make_feed(tmp_path)
    before = {
        p.relative_to(feed).as_posix(): p.read_bytes() for p in feed.rglob("*") if p.is_file()
    }
    src = tmp_path / "src"
    image = src / "images" / "place.png"
    image.write_bytes(image.read_bytes() + b"\x00")
    build_feed(src, feed)
    after = {p.relative_to(feed).as_posix(): p.read_bytes() for p in feed.rglob("*") if p.is_file()}
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert changed - {"manifest.json"} == {
        next(n for n in before if n.startswith("assets/") and n.endswith(".png")),
        next(n for n in after if n.startswith("assets/") and n.endswith(".png")),
    }
    assert "manifest.json" in changed


def test_the_demo_feed_is_the_build_of_the_demo_source(tmp_path: Path, demo_feed: Path) -> None:
    from kiosk.feed.build import build_feed

    build_feed(REPO / "assets" / "demo-source", tmp_path / "out")
    built = {
        p.relative_to(tmp_path / "out").as_posix(): p.read_bytes()
        for p in (tmp_path / "out").rglob("*")
        if p.is_file()
    }
    committed = {
        p.relative_to(demo_feed).as_posix(): p.read_bytes()
        for p in demo_feed.rglob("*")
        if p.is_file()
    }
    assert built.keys() == committed.keys(), (
        "run: kiosk feed build assets/demo-source assets/demo-feed"
    )
    assert built == committed


def test_the_shipped_json_schema_matches_the_models() -> None:
    shipped = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert shipped == feed_schema(), "run: python -m kiosk.feed.schema"


def test_ics_urls_are_fetched_into_the_feed_at_build_time(tmp_path: Path, httpserver) -> None:  # type: ignore[no-untyped-def]
    from feedmaker import write_source

    from kiosk.feed.build import build_feed

    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//turism//SV\r\nBEGIN:VEVENT\r\nUID:guidning@turism\r\n"
        "DTSTART;TZID=Europe/Stockholm:20261205T130000\r\nSUMMARY:Guidad tur\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    httpserver.expect_request("/turism.ics").respond_with_data(
        calendar, content_type="text/calendar"
    )
    src = write_source(tmp_path / "src")
    settings = (src / "feed.toml").read_text(encoding="utf-8")
    (src / "feed.toml").write_text(
        settings + f'ics_urls = ["{httpserver.url_for("/turism.ics")}"]\n', encoding="utf-8"
    )
    manifest = build_feed(src, tmp_path / "out")
    assert len([f for f in manifest.files if f.kind == "events"]) == 2
    checked = check_feed(FolderSource(tmp_path / "out"))
    assert checked.ok, checked.errors
    uids = {str(e.get("UID")) for e in checked.calendars["sv"].walk("VEVENT")}
    assert "guidning@turism" in uids and "series-0@test" in uids


def test_an_ics_url_that_is_not_a_calendar_stops_the_build(tmp_path: Path, httpserver) -> None:  # type: ignore[no-untyped-def]
    import pytest
    from feedmaker import write_source

    from kiosk.errors import FeedError
    from kiosk.feed.build import build_feed

    httpserver.expect_request("/404.ics").respond_with_data("<html>Not found</html>", status=404)
    src = write_source(tmp_path / "src")
    settings = (src / "feed.toml").read_text(encoding="utf-8")
    (src / "feed.toml").write_text(
        settings + f'ics_urls = ["{httpserver.url_for("/404.ics")}"]\n', encoding="utf-8"
    )
    with pytest.raises(FeedError, match=r"ics_urls: .*/404\.ics: cannot fetch \(HTTPError: 404"):
        build_feed(src, tmp_path / "out")


def test_longer_texts_can_come_from_markdown_files(tmp_path: Path) -> None:
    from feedmaker import write_source

    from kiosk.feed.build import build_feed

    src = write_source(tmp_path / "src")
    (src / "texts").mkdir()
    (src / "texts" / "p0.sv.md").write_text(
        "## Om platsen\n\nEn **lång** text.\n", encoding="utf-8"
    )
    places = (src / "places.toml").read_text(encoding="utf-8")
    places = places.replace(
        'summary.sv = "Sammanfattning 0"',
        'summary.sv = "Sammanfattning 0"\ndescription_file.sv = "texts/p0.sv.md"',
        1,
    )
    (src / "places.toml").write_text(places, encoding="utf-8")
    build_feed(src, tmp_path / "out")
    doc = json.loads(_content_file(tmp_path / "out", "places").read_text(encoding="utf-8"))
    assert doc["items"][0]["description"] == {"sv": "## Om platsen\n\nEn **lång** text."}
    assert "description_file" not in doc["items"][0]


def test_validate_refuses_an_asset_linked_out_of_the_folder(tmp_path: Path) -> None:
    feed, _ = make_feed(tmp_path)
    image = next((feed / "assets").glob("*.png"))
    outside = tmp_path / "outside.png"
    outside.write_bytes(image.read_bytes())
    image.unlink()
    image.symlink_to(outside)
    assert check_feed(FolderSource(feed)).errors == [
        f"assets/{image.name}: is a symbolic link; a feed folder holds regular files only"
    ]
