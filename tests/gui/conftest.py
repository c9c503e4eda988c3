"""A real kiosk window on a generated feed, with short idle timeouts."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from feedmaker import make_feed
from PySide6.QtGui import QGuiApplication

from kiosk.app import Kiosk, build_kiosk
from kiosk.config import Config, load_config
from kiosk.paths import DataDir


@pytest.fixture(scope="session")
def built_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small generated feed, built once per test process: building checks every daily
    event series over half a year, seconds each time, and every kiosk test starts from it."""
    folder, _ = make_feed(tmp_path_factory.mktemp("feed-src"), places=8, weekly_series=3)
    return folder


@pytest.fixture
def feed(tmp_path: Path, built_feed: Path) -> Path:
    """A small generated feed folder, the test's own copy (some tests change it)."""
    return Path(shutil.copytree(built_feed, tmp_path / "feed"))


def running_kiosk(qtbot, data: Path, size: tuple[int, int], **values: object) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    """A kiosk built as `kiosk run` builds it, shown at `size`, with these config `values`."""
    config = dict(load_config(None, environ={}).values)
    config.update(service_point="bjorna", speech_engine="mock")  # Qt's silent engine
    config.update(values)
    built = build_kiosk(Config(config), DataDir(data), demo=False, sound=False)
    qtbot.addWidget(built.window)
    built.window.resize(*size)
    built.window.show()
    qtbot.waitExposed(built.window)
    hook = sys.excepthook
    yield built
    sys.excepthook = hook
    QGuiApplication.inputMethod().hide()
    built.close()


@pytest.fixture
def kiosk(qtbot, tmp_path: Path, feed: Path) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    """The whole kiosk (services + window) as `kiosk run` builds it; idle after 1 s, countdown 3 s."""
    yield from running_kiosk(
        qtbot, tmp_path / "data", (1280, 1024), feed_url=str(feed), idle_timeout=1,
        countdown_seconds=3,
    )  # fmt: skip


@pytest.fixture
def browser(qtbot):  # type: ignore[no-untyped-def]
    """The locked-down browser widget alone, offscreen; `browser.decisions` lists its decisions."""
    from webkit import make_browser  # QtWebEngine only for the tests that use it

    yield from make_browser(qtbot)


@pytest.fixture
def demo_kiosk(qtbot, tmp_path: Path, demo_feed: Path) -> Iterator[Kiosk]:  # type: ignore[no-untyped-def]
    """The kiosk on the demo feed (it has Skuleskogen), at the README's window size."""
    yield from running_kiosk(qtbot, tmp_path / "data", (1280, 800), feed_url=str(demo_feed))
