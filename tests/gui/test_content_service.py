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


def _usb_kiosk(tmp_path: Path, keys: list[str]):  # type: ignore[no-untyped-def]
    from kiosk.services.content import ContentService

    data = DataDir(tmp_path / "data")
    return ContentService(data, "bjorna", clock=lambda: NOW, public_keys=keys)


def test_an_unsigned_usb_folder_is_refused_at_start_when_keys_are_set(
    qtbot: object, tmp_path: Path
) -> None:
    from kiosk.app import prepare_content
    from kiosk.feed.sign import generate_keypair

    feed, _ = make_feed(tmp_path, places=1, weekly_series=1)
    service = _usb_kiosk(tmp_path, [generate_keypair(None).public_key])
    prepare_content(service, feed)
    assert not service.available  # the out-of-order page, never the unsigned content
    assert service.problem == (
        "manifest.json.minisig is missing, and this kiosk accepts only signed feeds"
    )


def test_a_usb_folder_signed_by_another_key_is_refused_at_start(
    qtbot: object, tmp_path: Path
) -> None:
    from kiosk.app import prepare_content
    from kiosk.feed.sign import generate_keypair, sign

    feed, _ = make_feed(tmp_path, places=1, weekly_series=1)
    stranger = generate_keypair(None)
    raw = (feed / "manifest.json").read_bytes()
    (feed / "manifest.json.minisig").write_text(sign(raw, stranger.secret_key_file, None, "x"))
    service = _usb_kiosk(tmp_path, [generate_keypair(None).public_key])
    prepare_content(service, feed)
    assert not service.available
    assert "which is not one of the configured public keys" in service.problem


def test_a_signed_usb_folder_is_shown_at_start(qtbot: object, tmp_path: Path) -> None:
    from kiosk.app import prepare_content
    from kiosk.feed.sign import generate_keypair, sign

    feed, _ = make_feed(tmp_path, places=1, weekly_series=1)
    keys = generate_keypair(None)
    raw = (feed / "manifest.json").read_bytes()
    (feed / "manifest.json.minisig").write_text(sign(raw, keys.secret_key_file, None, "ok"))
    service = _usb_kiosk(tmp_path, [keys.public_key])
    prepare_content(service, feed)
    assert service.available
    service.close()


def test_a_changed_usb_folder_is_left_to_kiosk_sync_at_start(qtbot: object, tmp_path: Path) -> None:
    from kiosk.app import prepare_content

    feed, _ = make_feed(tmp_path / "v1", places=1, weekly_series=1, version=2)
    data = DataDir(tmp_path / "data")
    load(feed, data)
    older, _ = make_feed(tmp_path / "v0", places=3, weekly_series=1, version=1)
    service = _usb_kiosk(tmp_path, [])
    prepare_content(service, older)  # the stick now holds an older, unchecked feed
    service.wait_for_load()
    info = service.info()
    assert info is not None and info.version == 2  # the last accepted content
    assert service._worker is None  # nothing loaded in the kiosk's own process
    service.close()


def test_the_packaged_demo_feed_is_trusted_but_the_same_folder_as_feed_url_is_not(
    qtbot: object, tmp_path: Path
) -> None:
    from kiosk.app import prepare_content
    from kiosk.feed.sign import generate_keypair
    from kiosk.paths import demo_feed_dir

    keys = [generate_keypair(None).public_key]
    as_folder = _usb_kiosk(tmp_path / "usb", keys)
    prepare_content(as_folder, demo_feed_dir())  # feed_url = the demo folder: a folder like any
    assert not as_folder.available
    assert "accepts only signed feeds" in as_folder.problem
    demo = _usb_kiosk(tmp_path / "demo", keys)
    prepare_content(demo, demo_feed_dir(), demo=True)  # --demo: the packaged asset itself
    assert demo.available
    demo.close()


def test_the_owners_events_and_details_show_once_their_database_opens(tmp_path: Path) -> None:
    from datetime import date

    from kiosk.services.content import ContentService
    from kiosk.services.ownerdata import OwnerData
    from kiosk.store import owner
    from kiosk.store.local import open_local

    feed, _ = make_feed(tmp_path, places=1, weekly_series=1)
    data = DataDir(tmp_path / "data")
    load(feed, data)
    written = open_local(data.local_db)  # what shop-owner mode saved before this start
    owner.save_event(written, owner.LocalEvent("Stickcafé", date(2026, 11, 27), "18:00"), NOW)
    owner.save_details(written, owner.Details(telephone="070-123 45 67"))
    written.conn.close()
    local = OwnerData(data)
    service = ContentService(data, "bjorna", clock=lambda: NOW, owner=local)
    assert service.open()
    feed_telephone = service.service_point().telephone  # type: ignore[union-attr]
    assert "Stickcafé" not in [e.title.get("sv") for e in service.upcoming()]
    assert local.open()  # after the first frame
    assert "Stickcafé" in [e.title.get("sv") for e in service.upcoming()]
    assert service.service_point().telephone == "070-123 45 67" != feed_telephone  # type: ignore[union-attr]
    local.close()
    service.close()
