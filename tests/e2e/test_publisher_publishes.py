"""The officer's whole round in the publisher window: a notice for two shops, Publicera, real kiosks, Ångra.

pytest-qt drives the forms and buttons; nginx on loopback takes the upload by WebDAV and serves
it to real `kiosk sync` passes, one per service point of the demo.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from e2e_helpers import Run
from loopnginx import Nginx
from nginxsite import DAV_PASSWORD, DAV_USER, KEY_PASSWORD, needs_nginx, notices, sync
from PySide6.QtCore import QDate, QSettings, Qt

from kiosk.config import load_config
from kiosk.publisher import Publisher, build_publisher
from kiosk.services.publisher_setup import Destination, PublisherSettings, make_key_pair

pytestmark = [pytest.mark.slow, needs_nginx]

FAST_KEY = (32768, 16 * 1024 * 1024)
POINTS = ("bjorna", "trehorningsjo", "bredbyn", "kopmanholmen", "ulvohamn", "langviksmon")
CHOSEN = ("bjorna", "trehorningsjo")


class DictKeychain:
    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.saved[(service, user)] = password


@pytest.fixture
def publisher(qtbot, server: Nginx, src: Path, tmp_path: Path) -> Iterator[Publisher]:  # type: ignore[no-untyped-def]
    """The publisher on a copy of the demo source, set up as the first-run assistant leaves it."""
    source = src
    keychain = DictKeychain()
    settings = PublisherSettings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), keychain
    )
    key = make_key_pair(tmp_path / "keys", KEY_PASSWORD, FAST_KEY)
    destination = Destination(
        upload_url=f"{server.url}/dav/",
        user=DAV_USER,
        feed_url=f"{server.url}/kiosk/manifest.json",
        key_file=key.key_file,
        public_key=key.public_key,
    )
    settings.save(destination)
    assert settings.keep_password(destination, DAV_PASSWORD)
    built = build_publisher(
        load_config(None, environ={}),
        source,
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        keychain,
        tmp_path / "preview",
    )
    # Not qtbot.addWidget: pytest-qt would close the window as the officer does, and a test
    # that leaves an edit unsaved would wait for her answer; the program closes it itself.
    built.window.resize(1366, 768)
    built.window.show()
    yield built
    built.close()
    built.window.deleteLater()


def press_publish(qtbot, publisher: Publisher, undo: bool = False) -> str:  # type: ignore[no-untyped-def]
    """Publicera (or Ångra in the history), the key's password, the dialog's button; the outcome."""
    if undo:
        publisher.window.tabs.setCurrentIndex(2)
        qtbot.mouseClick(publisher.history_panel.undo, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(publisher.window.publish_button, Qt.MouseButton.LeftButton)
    dialog = publisher.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.key_password.setText(KEY_PASSWORD)
    with qtbot.waitSignal(publisher.publishing.published, timeout=120_000):
        qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    text = dialog.message.text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    return text


def test_a_notice_for_two_shops_reaches_those_kiosks_only_and_undo_takes_it_back(
    qtbot, publisher: Publisher, server: Nginx, run_kiosk: Run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    public = publisher.settings.destination().public_key
    assert "publicerad" in press_publish(qtbot, publisher)  # what the kiosks have today

    content = publisher.content
    content.select("notices", None)
    form = content.form()
    form.fields["title"].edits["sv"].setText("Vattenavstängning i byn")  # type: ignore[attr-defined]
    today = date.today()
    for key, day in (
        ("validFrom", today - timedelta(days=1)),
        ("validThrough", today + timedelta(days=7)),
    ):
        field = form.fields[key]
        field.on.setChecked(True)  # type: ignore[attr-defined]
        field.edit.setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]
    for point in CHOSEN:
        qtbot.mouseClick(form.fields["service_points"].boxes[point], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    outcome = press_publish(qtbot, publisher)
    assert "publicerad" in outcome, outcome

    kiosks = {point: tmp_path / f"kiosk-{point}" for point in POINTS}
    for point, data in kiosks.items():
        sync(run_kiosk, server, public, data, point)
    showing = {
        point: "vattenavstangning-i-byn" in notices(data, point) for point, data in kiosks.items()
    }
    assert showing == {point: point in CHOSEN for point in POINTS}
    history_text = publisher.history_panel.list.item(0).text()
    assert "vattenavstangning-i-byn" in history_text

    assert "publicerad" in press_publish(qtbot, publisher, undo=True)
    for point in CHOSEN:
        sync(run_kiosk, server, public, kiosks[point], point)
        assert "vattenavstangning-i-byn" not in notices(kiosks[point], point)
    titles = [content.items.item(i).text() for i in range(content.items.count())]
    assert not any(title.startswith("Vattenavstängning") for title in titles)
