"""sync-state.json: what the status panel and the next sync read."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.sync.state import (
    STATE_FILE,
    CalendarState,
    SyncState,
    Validators,
    load_state,
    save_state,
)


def test_the_state_round_trips_through_its_file(tmp_path: Path) -> None:
    state = SyncState(
        time="2026-11-10T12:00:00+00:00",
        outcome="failed",
        feed_version=7,
        line="kept feed version 7: cannot reach example.se (connection refused)",
        warnings=(
            "feed version 7 expired on 2026-11-01; the publisher has not updated the feed since",
        ),
        reason="cannot reach example.se (connection refused)",
        retry_after=120.0,
        failures=3,
        last_success="2026-11-10T09:12:00+00:00",
        manifest=Validators(
            "https://example.se/manifest.json", '"abc"', "Tue, 10 Nov 2026", "f" * 64
        ),
        calendars={
            "https://example.se/cal.ics": CalendarState(
                "example.se-1234abcd", '"e"', "", "2026-11-10"
            )
        },
    )
    save_state(tmp_path, state)
    assert load_state(tmp_path) == state
    data = json.loads((tmp_path / STATE_FILE).read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert data["manifest"]["etag"] == '"abc"'
    assert list(tmp_path.iterdir()) == [tmp_path / STATE_FILE]  # no temporary file left


def test_a_missing_or_damaged_state_is_an_empty_one(tmp_path: Path) -> None:
    assert load_state(tmp_path) == SyncState()
    (tmp_path / STATE_FILE).write_text("{not json", encoding="utf-8")
    assert load_state(tmp_path) == SyncState()
    (tmp_path / STATE_FILE).write_text('{"failures": "many"}', encoding="utf-8")
    assert load_state(tmp_path) == SyncState()
    (tmp_path / STATE_FILE).write_text("[]", encoding="utf-8")
    assert load_state(tmp_path) == SyncState()
