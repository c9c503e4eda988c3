"""Search in the content store: folded Swedish letters, prefixes, ranking, targeting, hostile input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from feedmaker import apply_folder, write_source

from kiosk.feed.build import build_feed
from kiosk.feed.ics import STOCKHOLM
from kiosk.paths import DataDir
from kiosk.store.content import ContentStore, match_expression
from kiosk.textfold import fold

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=STOCKHOLM)

EXTRA_PLACES = """
[[place]]
id = "skuleskogen"
category = "nature"
name.sv = "Skuleskogens nationalpark"
name.en = "Skuleskogen National Park"
summary.sv = "Höga kusten, norr om Örnsköldsvik"

[[place]]
id = "museum"
category = "culture"
name.sv = "Museum"
summary.sv = "Bilder från Skuleskogen"

[[place]]
id = "ulvon-skule"
category = "nature"
name.sv = "Skuleberget från Ulvön"
service_points = ["ulvon"]
"""

CONCERT = (
    "BEGIN:VEVENT\r\nUID:konsert@test\r\nDTSTART;TZID=Europe/Stockholm:20261127T190000\r\n"
    "DURATION:PT2H\r\nSUMMARY:Konsert i Ångermanland\r\nLOCATION:Kyrkan\r\nEND:VEVENT\r\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ContentStore:
    root = tmp_path_factory.mktemp("search")
    src = write_source(root / "src", places=4, weekly_series=2)
    with (src / "places.toml").open("a", encoding="utf-8") as handle:
        handle.write(EXTRA_PLACES)
    ics = src / "events" / "events.sv.ics"
    ics.write_text(
        ics.read_text(encoding="utf-8").replace("END:VCALENDAR", CONCERT + "END:VCALENDAR"),
        encoding="utf-8",
    )
    build_feed(src, root / "feed", now=datetime(2026, 11, 1, tzinfo=UTC))
    data = DataDir(root / "data")
    apply_folder(root / "feed", data, NOW, window_days=30)
    return ContentStore(data.content_dir, data.objects_dir)


def place_ids(store: ContentStore, query: str, point: str = "bjorna") -> list[str]:
    return [p.id for p in store.search(query, point, NOW)["places"]]


@pytest.mark.parametrize(
    "query", ["skuleskogen", "Skuleskogen", "SKULESKOGENS", "skule", "Skul", "nationalp"]
)
def test_places_are_found_by_name_and_prefix(store: ContentStore, query: str) -> None:
    assert "skuleskogen" in place_ids(store, query)


@pytest.mark.parametrize(
    "query", ["ornskoldsvik", "oernskoeldsvik", "Örnsköldsvik", "ÖRNSK", "ornsk", "oernsk"]
)
def test_swedish_letters_can_be_typed_without_marks_or_as_digraphs(
    store: ContentStore, query: str
) -> None:
    found = place_ids(store, query)
    assert "skuleskogen" in found
    assert "place-0" in found  # "Plats 0 Örnsköldsvik"


def test_events_are_found_by_folded_title_and_location(store: ContentStore) -> None:
    for query in ("angermanland", "aangermanland", "konsert kyrkan"):
        assert [e.uid for e in store.search(query, "bjorna", NOW)["events"]] == ["konsert@test"]


def test_a_name_match_ranks_above_a_match_in_the_summary(store: ContentStore) -> None:
    assert place_ids(store, "skuleskogen")[:2] == ["skuleskogen", "museum"]


def test_every_word_must_match(store: ContentStore) -> None:
    assert place_ids(store, "skule museum") == ["museum"]
    assert place_ids(store, "skule nothingatall") == []


def test_items_for_other_service_points_are_hidden(store: ContentStore) -> None:
    assert "ulvon-skule" not in place_ids(store, "skuleberget")
    assert place_ids(store, "skuleberget", point="ulvon") == ["ulvon-skule"]


def test_events_come_as_their_next_occurrence_and_ended_ones_are_hidden(
    store: ContentStore,
) -> None:
    series = store.search("evenemang", "bjorna", NOW)["events"]
    assert {e.uid for e in series} == {"series-0@test", "series-1@test"}  # one hit per series
    assert all(e.end > NOW and e.start < NOW + timedelta(days=1) for e in series)
    later = NOW + timedelta(days=2)
    assert store.search("konsert", "bjorna", later)["events"] == []


def test_links_and_brochures_are_found(store: ContentStore) -> None:
    assert [lk.id for lk in store.search("recept", "bjorna", NOW)["links"]] == ["1177"]
    assert [b.id for b in store.search("gui", "bjorna", NOW)["brochures"]] == ["guide"]


def test_results_are_limited_per_kind(store: ContentStore) -> None:
    assert len(store.search("plats", "bjorna", NOW, limit_per_kind=2)["places"]) == 2


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "^",
        ":",
        "(",
        ")",
        "NEAR(",
        "AND",
        "OR",
        "NOT",
        "skule AND",
        'a" OR "b',
        "title:skule",
        "-skule",
        "+",
        "{title}",
        "skule*",
        "^skule",
        "''",
        "\\",
        "   ",
        "",
    ],
)
def test_hostile_query_syntax_never_raises(store: ContentStore, query: str) -> None:
    hits = store.search(query, "bjorna", NOW)
    assert set(hits) == {"places", "events", "links", "brochures"}


def test_fts_operators_are_searched_as_words(store: ContentStore) -> None:
    assert place_ids(store, "skule*") == place_ids(store, "skule")
    assert match_expression('NEAR("x" y) AND') == '"near"* "x"* "y"* "and"*'


def test_fold_makes_swedish_spellings_equal() -> None:
    assert fold("Örnsköldsvik") == fold("oernskoeldsvik") == fold("ornskoldsvik") == "ornskoldsvik"
    assert fold("Ångermanälven") == fold("aangermanaelven") == "angermanalven"
    assert fold("Café Noël") == "cafe noel"
