"""Shared fixtures: offscreen Qt, the demo feed, fresh data directories."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The on-screen keyboard as kiosk.app.make_application chooses it (pytest-qt makes the application).
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
# A fake camera and microphone, so that pages asking for them reach the kiosk's permission
# guard instead of failing early for want of a device (never --use-fake-ui: that says yes).
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(
    [
        *os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split(),
        "--use-fake-device-for-media-stream",
    ]
)

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

# QtWebEngine (tests/gui/test_browser.py) needs this before pytest-qt creates the application.
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

REPO = Path(__file__).resolve().parent.parent
DEMO_SOURCE = REPO / "assets" / "demo-source"
DEMO_FEED = REPO / "assets" / "demo-feed"


@pytest.fixture(autouse=True)
def delete_what_the_test_left() -> Iterator[None]:
    """After each test, delete now what it closed (pytest-qt's widgets, a kiosk's services).

    Their deleteLater() calls come outside any event loop, so Qt would delete them only once a
    later test happened to run one: live windows piled up, every new kiosk's style sheet
    re-polished all of them (late tests took 10-15 s to set up instead of 2), and a window of
    an earlier test died in the middle of a later one, moving the input focus there.
    """
    yield
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def demo_feed() -> Path:
    """The committed demo feed (format v1)."""
    return DEMO_FEED


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    """An empty kiosk data directory."""
    root = tmp_path / "data"
    root.mkdir()
    return root
