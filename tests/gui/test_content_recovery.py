"""A damaged content database never takes the kiosk down: out of order at worst, then content."""

from __future__ import annotations

from pathlib import Path

from faults import damage_current_content
from feedmaker import apply_folder
from syncfeed import NOW

from kiosk.app import Kiosk, build_kiosk
from kiosk.config import Config, load_config
from kiosk.paths import DataDir


def test_content_damaged_under_a_running_kiosk_is_rebuilt_while_visitors_wait(
    qtbot, kiosk: Kiosk
) -> None:  # type: ignore[no-untyped-def]
    assert kiosk.content.upcoming()
    damage_current_content(kiosk.data.content_dir)
    assert kiosk.content.open()  # a fresh connection: nothing of the old pages in its cache
    kiosk.window.open_page("events")  # the first query to reach a damaged page
    qtbot.waitUntil(lambda: kiosk.window.current in {"out-of-order", "attract"}, timeout=10_000)
    qtbot.waitUntil(lambda: kiosk.window.current == "attract", timeout=30_000)
    assert kiosk.content.upcoming()
    assert kiosk.content.places()


def test_a_kiosk_builds_on_damaged_content_and_shows_content_soon(
    qtbot, tmp_path: Path, feed: Path
) -> None:  # type: ignore[no-untyped-def]
    data = DataDir(tmp_path / "data")
    apply_folder(feed, data, NOW)
    damage_current_content(data.content_dir)
    values = dict(load_config(None, environ={}).values)
    # A web feed that cannot be reached: only the held objects can bring the content back.
    values.update(service_point="bjorna", speech_engine="mock", feed_url="http://127.0.0.1:9/m")
    kiosk = build_kiosk(Config(values), data, demo=False, sound=False)  # raised before
    qtbot.addWidget(kiosk.window)
    kiosk.window.show()
    qtbot.waitUntil(lambda: kiosk.window.current == "attract", timeout=30_000)
    assert kiosk.content.places()
    kiosk.close()
