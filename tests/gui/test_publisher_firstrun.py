"""The first-run assistant: a key pair on this PC, the feed's address proven by a test upload, the kiosks' two settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from test_publisher_forms import DictKeychain

from kiosk.feed.sign import read_secret_key
from kiosk.services.publisher_setup import PublisherSettings
from kiosk.ui.publisher.firstrun import FirstRunWizard

FAST_KEY = (32768, 16 * 1024 * 1024)
"""scrypt limits that keep a test quick; stored in the key like minisign's own."""


@pytest.fixture
def wizard(qtbot, tmp_path: Path) -> Iterator[FirstRunWizard]:  # type: ignore[no-untyped-def]
    settings = PublisherSettings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), DictKeychain()
    )
    shown = FirstRunWizard(settings, key_strength=FAST_KEY)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.background.wait()


def make_key(qtbot, wizard: FirstRunWizard, folder: Path, password: str) -> None:  # type: ignore[no-untyped-def]
    page = wizard.key_page
    page.password.setText(password)
    page.repeat.setText(password)
    page.folder.setText(str(folder))
    with qtbot.waitSignal(wizard.background.done, timeout=60_000):
        qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)


def test_the_key_is_made_on_this_pc_behind_its_password_and_the_settings_are_shown(
    qtbot, wizard: FirstRunWizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    keys = tmp_path / "keys"
    make_key(qtbot, wizard, keys, "ett långt lösen")
    secret = (keys / "kiosk-feed.key").read_text(encoding="utf-8")
    assert read_secret_key(secret, "ett långt lösen").id_text  # the password opens it
    assert (keys / "kiosk-feed.key").stat().st_mode & 0o077 == 0
    assert wizard.key_page.isComplete()
    wizard.next()

    address = wizard.address_page
    assert not address.isComplete(), "no test upload yet"
    feed = tmp_path / "usb"
    address.upload.setText(str(feed))
    with qtbot.waitSignal(wizard.background.done, timeout=30_000):
        qtbot.mouseClick(address.test, Qt.MouseButton.LeftButton)
    assert address.isComplete()
    wizard.next()

    shown = wizard.done_page.settings_text.toPlainText()
    assert f'feed_url = "{feed}/manifest.json"' in shown
    assert f'feed_public_keys = ["{wizard.destination.public_key}"]' in shown
    assert wizard.settings.destination().complete


def test_a_short_or_mistyped_password_makes_no_key(
    qtbot, wizard: FirstRunWizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = wizard.key_page
    page.password.setText("ett långt lösen")
    page.repeat.setText("ett langt losen")
    page.folder.setText(str(tmp_path / "keys"))
    qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    assert "inte samma" in page.result.text() or "not the same" in page.result.text()
    page.repeat.setText("ett långt lösen")
    page.password.setText("kort")
    page.repeat.setText("kort")
    with qtbot.waitSignal(wizard.background.failed, timeout=30_000):
        qtbot.mouseClick(page.make, Qt.MouseButton.LeftButton)
    assert "minst 8 tecken" in page.result.text()
    assert not (tmp_path / "keys" / "kiosk-feed.key").exists()
    assert not page.isComplete()
