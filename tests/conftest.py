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

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

# QtWebEngine (tests/gui/test_browser.py) needs this before pytest-qt creates the application.
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

REPO = Path(__file__).resolve().parent.parent
DEMO_SOURCE = REPO / "assets" / "demo-source"
DEMO_FEED = REPO / "assets" / "demo-feed"


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
