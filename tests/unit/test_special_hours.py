"""Holiday exceptions from the feed: "stängt juldagen", "10-14 julafton" reach the kiosk's hours,
its open/closed line and the status the fleet board judges silence by; older kiosks ignore them."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from feedmaker import apply_folder

from kiosk.config import Config, load_config
from kiosk.domain import STOCKHOLM, parse_opening_hours
from kiosk.errors import FeedError
from kiosk.feed.build import FeedProblemsError, build_feed
from kiosk.feed.models import SPECIAL_HOURS_ASSET, ServicePointsDoc
from kiosk.fleet.gather import Live, gather
from kiosk.fleet.hours import is_open
from kiosk.opening import OpenState, state_at
from kiosk.paths import DataDir
from kiosk.store import owner
from kiosk.store.content import ContentStore

DEMO = Path(__file__).resolve().parents[2] / "assets" / "demo-source"
NOW = datetime(2026, 12, 7, 10, 30, tzinfo=STOCKHOLM)  # a Monday; Björna: Mo-Fr 09-19
SPECIAL = """specialOpeningHours = [
  { validFrom = 2026-12-07, description = "Inventering" },
  { validFrom = 2026-12-08, validThrough = 2026-12-09, opens = "10:00", closes = "14:00" },
]
"""


def _source(tmp_path: Path, special: str = SPECIAL) -> Path:
    src = tmp_path / "src"
    shutil.copytree(DEMO, src)
    points = src / "service_points.toml"
    text = points.read_text(encoding="utf-8")
    anchor = 'home_delivery_telephone = "070-174 06 11"\n'
    points.write_text(text.replace(anchor, anchor + special, 1), encoding="utf-8")
    return src


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    build_feed(_source(tmp_path), tmp_path / "feed", NOW)
    held = DataDir(tmp_path / "data")
    apply_folder(tmp_path / "feed", held, NOW)
    return held


def _bjorna(data: DataDir):  # type: ignore[no-untyped-def]
    store = ContentStore(data.content_dir, data.objects_dir)
    try:
        return next(point for point in store.service_points() if point.id == "bjorna")
    finally:
        store.close()


def test_a_closed_day_and_short_days_from_the_feed_are_the_kiosks_hours(data: DataDir) -> None:
    point = _bjorna(data)
    spans = parse_opening_hours(point.opening_hours)
    assert state_at(spans, NOW, exceptions=point.opening_exceptions) == OpenState(
        "holiday", holiday="Inventering"
    )
    tuesday_noon, tuesday_three = NOW.replace(day=8, hour=12), NOW.replace(day=8, hour=15)
    assert state_at(spans, tuesday_noon, exceptions=point.opening_exceptions).kind == "open"
    assert state_at(spans, tuesday_three, exceptions=point.opening_exceptions).kind == "closed_now"
    assert state_at(spans, NOW.replace(day=10), exceptions=point.opening_exceptions).kind == "open"


def test_the_fleet_board_knows_the_shop_is_closed_on_such_a_day(data: DataDir) -> None:
    config = Config({**load_config(None, environ={}).values, "service_point": "bjorna"})
    status = gather(config, data, NOW, "periodic", Live(NOW, "ready", True), "9.9")
    assert status.open_now is False and is_open(status, NOW) is False
    assert [day.spans for day in status.schedule[:4]] == [
        (),
        (("10:00", "14:00"),),
        (("10:00", "14:00"),),
        (("09:00", "19:00"),),
    ]


def test_the_owners_own_day_wins_over_the_feeds_on_the_same_date(data: DataDir) -> None:
    details = owner.Details(
        hours=("09:00-19:00",) * 5 + ("", ""),
        exceptions=(("2026-12-07", "12:00-16:00", "Öppet ändå"),),
    )
    point = owner.apply_details(_bjorna(data), details)
    assert ("2026-12-07", "12:00-16:00", "Öppet ändå") in point.opening_exceptions
    assert ("2026-12-07", "", "Inventering") not in point.opening_exceptions
    assert ("2026-12-08", "10:00-14:00", "") in point.opening_exceptions


def test_older_kiosks_find_the_service_points_document_as_they_know_it(tmp_path: Path) -> None:
    manifest = build_feed(_source(tmp_path), tmp_path / "feed", NOW)
    names = {entry.name for entry in manifest.files}
    assert SPECIAL_HOURS_ASSET in names
    for entry in manifest.files:
        if entry.kind == "content":
            document = json.loads((tmp_path / "feed" / entry.path).read_text(encoding="utf-8"))
            if document["kind"] == "service_points":
                assert all("specialOpeningHours" not in item for item in document["items"])
                ServicePointsDoc.model_validate(document)


@pytest.mark.parametrize(
    ("special", "said"),
    [
        (
            'specialOpeningHours = [{ validFrom = 2026-12-24, opens = "10:00" }]\n',
            "give both the opening and the closing time",
        ),
        (
            'specialOpeningHours = [{ validFrom = 2026-12-24, opens = "14:00", closes = "10:00" }]\n',
            "the closing time must be after the opening time",
        ),
        (
            "specialOpeningHours = [{ validFrom = 2026-12-26, validThrough = 2026-12-24 }]\n",
            "the last day (validThrough) is before the first day",
        ),
        (
            'specialOpeningHours = [{ validFrom = 2026-12-24, opens = "10", closes = "14" }]\n',
            "specialOpeningHours[1].opens",
        ),
    ],
)
def test_the_build_refuses_special_hours_a_kiosk_could_not_read(
    tmp_path: Path, special: str, said: str
) -> None:
    with pytest.raises(FeedProblemsError) as refused:
        build_feed(_source(tmp_path, special), tmp_path / "feed", NOW)
    assert any(said in line and "'bjorna'" in line for line in refused.value.lines), (
        refused.value.lines
    )
    assert not (tmp_path / "feed" / "manifest.json").exists()
    assert isinstance(refused.value, FeedError)
