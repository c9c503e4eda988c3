"""The content service: which database it opens and when it rebuilds it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from feedmaker import apply_folder, make_feed

from kiosk.domain import STOCKHOLM
from kiosk.paths import DataDir
from kiosk.store.content import current_path

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=STOCKHOLM)


def load(feed: Path, data: DataDir) -> None:
    apply_folder(feed, data, NOW, window_days=30)


def test_a_database_of_an_older_schema_is_rebuilt_at_start(tmp_path: Path) -> None:
    import sqlite3

    from kiosk.services.content import ContentService

    feed, _ = make_feed(tmp_path, places=2, weekly_series=1)
    data = DataDir(tmp_path / "data")
    load(feed, data)
    path = current_path(data.content_dir)
    assert path is not None
    with sqlite3.connect(path) as conn:  # what an older kiosk version left behind
        conn.execute("update meta set value = '1' where key = 'schema'")
    service = ContentService(data, "bjorna", clock=lambda: NOW)
    assert service.open()
    assert service.needs_reload(feed)
    service.close()


def test_a_web_feed_gives_brochures_a_public_address(tmp_path: Path) -> None:
    import sqlite3

    from kiosk.services.content import ContentService

    feed, _ = make_feed(tmp_path, places=1, weekly_series=1)
    data = DataDir(tmp_path / "data")
    load(feed, data)
    service = ContentService(data, "bjorna", clock=lambda: NOW)
    assert service.open()
    pdf = service.brochures()[0].file
    assert service.public_url(pdf) == ""  # a folder feed has no web address
    service.close()
    path = current_path(data.content_dir)
    assert path is not None
    with sqlite3.connect(path) as conn:
        conn.execute(
            """update meta set value = '"https://example.se/kiosk/manifest.json"' where key = 'origin'"""
        )
    assert service.open()
    assert service.public_url(pdf) == f"https://example.se/kiosk/assets/{Path(pdf).name}"
    service.close()
