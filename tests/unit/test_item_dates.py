"""From/to dates on every kind of item: kiosks hide items outside them, the publisher sees a status."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from feedmaker import apply_folder, write_source

from kiosk.domain import STOCKHOLM
from kiosk.feed.build import FeedProblemsError, build_feed
from kiosk.feed.models import PERIODS_ASSET
from kiosk.paths import DataDir
from kiosk.publish.dates import expires_soon, status
from kiosk.store.content import ContentStore

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=STOCKHOLM)
SUMMER = """
[[place]]
id = "sommarcafe"
category = "food"
name.sv = "Sommarcafé"
validFrom = 2027-06-15
validThrough = 2027-08-20
"""
CAMPAIGN = """
[[link]]
id = "kampanj"
category = "municipality"
name.sv = "Tyck till om biblioteket"
description.sv = "En enkät."
url = "https://example.se/enkat"
validThrough = 2026-11-30
"""
SEASONAL = """
[[brochure]]
id = "vinterbroschyr"
name.sv = "Vinter"
file = "brochures/guide.pdf"
validFrom = 2026-12-01
"""


def _kiosk(tmp_path: Path) -> ContentStore:
    src = write_source(tmp_path / "src")
    for name, text in (("places", SUMMER), ("links", CAMPAIGN), ("brochures", SEASONAL)):
        with (src / f"{name}.toml").open("a", encoding="utf-8") as file:
            file.write(text)
    feed = tmp_path / "feed"
    build_feed(src, feed, now=NOW)
    data = DataDir(tmp_path / "data")
    apply_folder(feed, data, NOW, window_days=30)
    return ContentStore(data.content_dir, data.objects_dir)


def test_every_kind_of_item_shows_only_within_its_dates(tmp_path: Path) -> None:
    store = _kiosk(tmp_path)
    november, december, july = date(2026, 11, 26), date(2026, 12, 5), date(2027, 7, 1)

    def ids(day: date) -> set[str]:
        found = store.places("bjorna", today=day) + store.links("bjorna", today=day)
        found += store.brochures("bjorna", today=day)
        return {item.id for item in found} & {"sommarcafe", "kampanj", "vinterbroschyr"}

    assert ids(november) == {"kampanj"}
    assert ids(december) == {"vinterbroschyr"}  # the campaign ended on 30 November
    assert ids(july) == {"vinterbroschyr", "sommarcafe"}


def test_search_finds_no_item_outside_its_dates(tmp_path: Path) -> None:
    store = _kiosk(tmp_path)
    assert store.search("sommarcafé", "bjorna", NOW)["places"] == []
    july = datetime(2027, 7, 1, 12, tzinfo=STOCKHOLM)
    assert [p.id for p in store.search("sommarcafé", "bjorna", july)["places"]] == ["sommarcafe"]


def test_the_publisher_sees_active_upcoming_expired_and_soon_to_expire() -> None:
    item = {"validFrom": date(2026, 12, 1), "validThrough": date(2026, 12, 31)}
    assert status(item, date(2026, 11, 30)) == "upcoming"
    assert status(item, date(2026, 12, 1)) == "active"
    assert status(item, date(2026, 12, 31)) == "active"
    assert status(item, date(2027, 1, 1)) == "expired"
    assert status({}, date(2027, 1, 1)) == "active"
    assert not expires_soon(item, date(2026, 12, 16))
    assert expires_soon(item, date(2026, 12, 17))
    assert not expires_soon(item, date(2027, 1, 1))
    assert not expires_soon({"validFrom": date(2026, 1, 1)}, date(2026, 12, 17))


def test_kiosks_that_know_only_notices_dates_still_accept_the_feed(tmp_path: Path) -> None:
    """The content documents stay as format v1 began (no unknown field); dates ride in an asset."""
    src = write_source(tmp_path / "src")
    with (src / "places.toml").open("a", encoding="utf-8") as file:
        file.write(SUMMER)
    feed = tmp_path / "feed"
    build_feed(src, feed, now=NOW)
    documents = [json.loads(path.read_bytes()) for path in (feed / "content").glob("*.json")]
    for document in documents:
        for item in document["items"]:
            if document["kind"] != "notices":
                assert not {"validFrom", "validThrough"} & item.keys(), item
    manifest = json.loads((feed / "manifest.json").read_bytes())
    assert PERIODS_ASSET in [entry.get("name") for entry in manifest["files"]]


def test_dates_in_the_wrong_order_are_refused_by_file_item_and_field(tmp_path: Path) -> None:
    src = write_source(tmp_path / "src")
    with (src / "places.toml").open("a", encoding="utf-8") as file:
        file.write(SUMMER.replace("2027-08-20", "2027-05-20"))
    with pytest.raises(FeedProblemsError) as refused:
        build_feed(src, tmp_path / "feed", now=NOW)
    assert refused.value.lines == [
        "places.toml: places item 5 ('sommarcafe'): validThrough: the last day (validThrough) "
        "is before the first day (validFrom)"
    ]
