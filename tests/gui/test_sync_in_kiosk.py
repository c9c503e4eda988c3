"""The kiosk keeps its content current with `kiosk sync` children and shows when it is offline."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from feedmaker import apply_folder, make_feed

from kiosk.app import Kiosk, build_kiosk
from kiosk.config import Config, load_config
from kiosk.domain import STOCKHOLM
from kiosk.paths import DataDir


def make_kiosk(qtbot, tmp_path: Path, feed_url: str) -> Kiosk:  # type: ignore[no-untyped-def]
    values = dict(load_config(None, environ={}).values)
    values.update(feed_url=feed_url, service_point="bjorna")
    kiosk = build_kiosk(Config(values), DataDir(tmp_path / "data"), demo=False, sound=False)
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    return kiosk


def test_a_new_feed_version_reaches_the_kiosk_through_a_sync(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    v1, _ = make_feed(tmp_path / "v1", places=2, weekly_series=1, version=1)
    v2, _ = make_feed(tmp_path / "v2", places=5, weekly_series=1, version=2)
    usb = tmp_path / "usb"
    shutil.copytree(v1, usb)
    kiosk = make_kiosk(qtbot, tmp_path, str(usb))
    try:
        assert kiosk.sync is not None
        assert kiosk.content.info().version == 1  # type: ignore[union-attr]
        shutil.rmtree(usb)
        shutil.copytree(v2, usb)
        with qtbot.waitSignal(kiosk.content.changed, timeout=60000):
            kiosk.sync.sync_now()
        assert kiosk.content.info().version == 2  # type: ignore[union-attr]
        assert kiosk.sync.status is not None and kiosk.sync.status.outcome == "updated"
        assert "version 2" in kiosk.sync.status.message
    finally:
        kiosk.close()


def test_an_unreachable_feed_shows_offline_and_greys_e_services(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    feed, _ = make_feed(tmp_path / "v1", places=2, weekly_series=1, version=1)
    apply_folder(feed, DataDir(tmp_path / "data"), datetime.now(STOCKHOLM), 30)
    kiosk = make_kiosk(qtbot, tmp_path, "http://127.0.0.1:9/manifest.json")
    try:
        assert kiosk.sync is not None
        with qtbot.waitSignal(kiosk.sync.status_changed, timeout=60000):
            kiosk.sync.sync_now()
        assert not kiosk.state.online
        assert kiosk.content.info().version == 1  # type: ignore[union-attr]  # content kept
        assert kiosk.window.header.freshness.text().startswith("Ingen internetuppkoppling")
        kiosk.window.open_page("services")
        cards = kiosk.window.page["services"].grid.cards()  # type: ignore[attr-defined]
        assert "Kräver internet" in {card.kicker for card in cards}
        assert all(card.dimmed for card in cards)
    finally:
        kiosk.close()


def test_a_signed_feed_on_a_web_server_reaches_the_running_kiosk(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import functools
    import http.server
    import threading

    from kiosk.feed.sign import generate_keypair, read_secret_key, sign_feed

    keys = generate_keypair(None)
    web, _ = make_feed(tmp_path / "web", places=3, weekly_series=1, version=4)
    sign_feed(web, read_secret_key(keys.secret_key_file, None))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(web))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        values = dict(load_config(None, environ={}).values)
        values.update(
            feed_url=f"http://127.0.0.1:{server.server_address[1]}/manifest.json",
            feed_public_keys=[keys.public_key],
            service_point="bjorna",
        )
        kiosk = build_kiosk(Config(values), DataDir(tmp_path / "data"), demo=False, sound=False)
        qtbot.addWidget(kiosk.window)
        kiosk.window.show()
        try:
            assert kiosk.window.current == "out-of-order"  # nothing yet
            assert kiosk.sync is not None
            with qtbot.waitSignal(kiosk.content.changed, timeout=60000):
                kiosk.sync.sync_now()  # what the 15-minute schedule does
            assert kiosk.content.info().version == 4  # type: ignore[union-attr]
            assert kiosk.window.current == "attract"
        finally:
            kiosk.close()
    finally:
        server.shutdown()
        server.server_close()
