"""The owner's status names a fault of the computer in plain Swedish: damaged content, a full disk,
a wrong clock; visitors meanwhile see content."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from faults import damage_current_content, full_disk
from feedmaker import apply_folder
from owner_helpers import PIN, open_owner_mode, with_pin
from syncfeed import NOW

from kiosk.app import Kiosk, build_kiosk
from kiosk.config import Config, load_config
from kiosk.domain import STOCKHOLM
from kiosk.paths import DataDir
from kiosk.store.pin import PIN_FILE, PinStore
from kiosk.ui.owner.status import StatusView


def start(qtbot, data: DataDir) -> Kiosk:  # type: ignore[no-untyped-def]
    values = dict(load_config(None, environ={}).values)
    values.update(service_point="bjorna", speech_engine="mock", feed_url="http://127.0.0.1:9/m")
    kiosk = build_kiosk(Config(values), data, demo=False, sound=False)
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(1280, 1024)
    kiosk.window.show()
    qtbot.waitUntil(lambda: kiosk.content.available, timeout=30_000)  # visitors see content
    return kiosk


def headline(kiosk: Kiosk, pin_set: bool = False) -> str:
    if not pin_set:
        with_pin(kiosk)
    open_owner_mode(kiosk)
    assert kiosk.owner is not None
    kiosk.owner.panel.nav["status"].click()
    view: StatusView = kiosk.owner.panel.view("status")
    return view.overall.text()


def test_damaged_content_is_named_once_rebuilt(qtbot, tmp_path: Path, feed: Path) -> None:  # type: ignore[no-untyped-def]
    data = DataDir(tmp_path / "data")
    apply_folder(feed, data, NOW)
    damage_current_content(data.content_dir)
    kiosk = start(qtbot, data)
    assert headline(kiosk) == "Innehållet var skadat och har byggts upp igen"
    kiosk.close()


def test_a_clock_before_the_build_date_is_named(qtbot, tmp_path: Path, feed: Path) -> None:  # type: ignore[no-untyped-def]
    data = DataDir(tmp_path / "data")
    apply_folder(feed, data, NOW)
    kiosk = start(qtbot, data)
    with_pin(kiosk)
    open_owner_mode(kiosk)
    assert kiosk.owner is not None
    kiosk.owner.service.clock = lambda: datetime(
        2000, 1, 1, 12, tzinfo=STOCKHOLM
    )  # a dead CMOS battery
    kiosk.owner.panel.nav["status"].click()
    view: StatusView = kiosk.owner.panel.view("status")
    view.refresh()
    assert view.overall.text() == "Klockan går fel: den ligger efter"
    assert "2000" in view.advice.text()
    kiosk.close()


def test_a_full_disk_is_named_and_visitors_still_see_content(
    qtbot, tmp_path: Path, feed: Path
) -> None:  # type: ignore[no-untyped-def]
    with full_disk(tmp_path / "disk", size_mb=24) as disk:
        data = DataDir(disk.mount / "data")
        apply_folder(feed, data, NOW)
        PinStore(data.root / PIN_FILE).set(PIN)
        disk.fill()
        kiosk = start(qtbot, data)
        assert kiosk.content.places()
        assert headline(kiosk, pin_set=True) == "Disken är full"
        kiosk.close()
