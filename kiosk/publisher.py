"""Composition root of `kiosk publisher`: the municipality's desktop program, built and wired here."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QProcess, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import check_display, make_application
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.paths import assets_dir
from kiosk.publish.source import SourceFolder
from kiosk.services.pictures import import_picture
from kiosk.services.previewer import PreviewChoice, Previewer
from kiosk.services.publisher_setup import Keychain, PublisherSettings
from kiosk.services.syncprocess import kiosk_command
from kiosk.ui.i18n import Translations
from kiosk.ui.publisher.content import ContentPanel
from kiosk.ui.publisher.firstrun import FirstRunWizard
from kiosk.ui.publisher.window import PublisherWindow

log = logging.getLogger("kiosk.publisher")

SCREENS = (
    "content",
    "preview",
    "history",
    "shop-events",
    "fleet",
    "firstrun-key",
    "firstrun-address",
    "firstrun-done",
)
"""Every screen of the publisher by name, for `kiosk publisher --screenshot NAME`."""


@dataclass
class Publisher:
    """Everything `kiosk publisher` builds, kept together for tests and screenshots."""

    app: QApplication
    window: PublisherWindow
    content: ContentPanel
    previewer: Previewer
    settings: PublisherSettings
    translations: Translations
    folder: SourceFolder | None = None
    children: list[QProcess] = field(default_factory=list)

    def open_source(self, source: Path) -> None:
        """Show `source` in every tab; the preview draws it as the kiosks would."""
        try:
            self.folder = SourceFolder.open(source)
        except KioskError as error:
            self.window.show_state(f"Mappen kunde inte öppnas: {error}", problem=True)
            return
        self.window.show_source(str(source))
        self._refresh()

    def create_source(self, path: Path, publisher: str) -> None:
        """A new, empty source folder naming the municipality."""
        try:
            SourceFolder.create(path, publisher)
        except KioskError as error:
            self.window.show_state(f"Mappen kunde inte skapas: {error}", problem=True)
            return
        self.open_source(path)

    def save_item(self, kind: str, item: dict[str, Any]) -> None:
        """Keep one item in the source folder (written to disk at once, atomically)."""
        if self.folder is None:
            return
        try:
            self.folder.put(kind, item)
            self.folder.save()
        except KioskError as error:
            self.window.show_state(f"Det gick inte att spara: {error}", problem=True)
            return
        self.window.show_state("Sparat i källmappen. Kioskerna ser det när du publicerar.")
        self._refresh()
        self.content.select(kind, str(item["id"]))

    def delete_item(self, kind: str, item_id: str) -> None:
        """Remove one item from the source folder."""
        if self.folder is None or not self.folder.delete(kind, item_id):
            return
        self.folder.save()
        self.window.show_state("Borttaget ur källmappen. Kioskerna ser det när du publicerar.")
        self._refresh()

    def import_file(self, path: Path, kind: str) -> str:
        """A picture (scaled down) or PDF copied into the source folder; its reference."""
        if self.folder is None:
            raise KioskError("Ingen källmapp är öppen.")
        if kind == "image":
            return import_picture(self.folder.root, path)
        return self.folder.import_file(path, "brochures")

    def try_link(self, url: str, allow: list[str]) -> None:
        """Open `url` in the kiosk's own locked-down browser, as a visitor would meet it."""
        command = kiosk_command()
        hosts = [arg for host in allow for arg in ("--allow", host)]
        QProcess.startDetached(command[0], [*command[1:], "browse", url, *hosts, "--windowed"])

    def request_preview(self, choice: PreviewChoice) -> None:
        """Draw `choice` of the open source (the window shows progress)."""
        self.window.preview.show_busy()
        self.previewer.render(choice)

    def first_run(self, key_strength: tuple[int, int] | None = None) -> FirstRunWizard:
        """The first-run assistant over the window (shown by the caller)."""
        return FirstRunWizard(self.settings, self.window, key_strength)

    def close(self) -> None:
        """Stop children and close the window (the application may outlive it, as in tests)."""
        self.previewer.close()
        self.window.close()
        self.translations.close()

    def _refresh(self) -> None:
        folder = self.folder
        if folder is None:
            return
        items = {
            kind: folder.items(kind)
            for kind in ("notices", "events", "places", "links", "brochures", "service_points")
        }
        points = [(str(p["id"]), str(p.get("name") or p["id"])) for p in items["service_points"]]
        self.content.show_items(items, points)
        self.previewer.source_changed(folder.root)
        self.window.preview.set_service_points(points)


def build_publisher(
    config: Config,
    source: Path | None,
    settings: QSettings | None = None,
    keychain: Keychain | None = None,
    work: Path | None = None,
) -> Publisher:
    """Construct services and window and connect their signals."""
    app = make_application()
    translations = Translations(assets_dir() / "translations")
    translations.switch("sv")
    holder: list[Publisher] = []
    content = ContentPanel(
        lambda kind, item: holder[0].folder.check(kind, item) if holder[0].folder else [],
        lambda path, kind: holder[0].import_file(path, kind),  # noqa: PLW0108 (bound later)
    )
    window = PublisherWindow(content, _placeholder(), _placeholder())
    previewer = Previewer(config, work, parent=window)
    publisher = Publisher(
        app,
        window,
        content,
        previewer,
        PublisherSettings(settings or QSettings("servicepunkt-kiosk", "publisher"), keychain),
        translations,
    )
    holder.append(publisher)
    content.saved.connect(publisher.save_item)
    content.delete_requested.connect(
        lambda kind, item_id: _confirm_delete(publisher, kind, item_id)
    )
    content.try_link.connect(publisher.try_link)
    window.create_requested.connect(lambda: _ask_for_new_source(publisher))
    window.preview.requested.connect(publisher.request_preview)
    previewer.rendered.connect(window.preview.show_picture)
    previewer.failed.connect(window.preview.show_problem)
    window.open_requested.connect(lambda: _ask_for_source(publisher))
    window.setup_requested.connect(lambda: publisher.first_run().open())
    if source is not None:
        publisher.open_source(source)
    return publisher


def _placeholder() -> QWidget:
    widget = QWidget()
    QVBoxLayout(widget).addWidget(QLabel())
    return widget


def _ask_for_source(publisher: Publisher) -> None:
    folder = QFileDialog.getExistingDirectory(
        publisher.window, publisher.window.tr("Open the source folder")
    )
    if folder:
        publisher.open_source(Path(folder))


def _ask_for_new_source(publisher: Publisher) -> None:
    window = publisher.window
    folder = QFileDialog.getExistingDirectory(window, window.tr("An empty folder for the content"))
    if not folder:
        return
    name, ok = QInputDialog.getText(
        window, window.tr("New source folder"), window.tr("The municipality's name:")
    )
    if ok and name.strip():
        publisher.create_source(Path(folder), name.strip())


def _confirm_delete(publisher: Publisher, kind: str, item_id: str) -> None:
    window = publisher.window
    answer = QMessageBox.question(
        window,
        window.tr("Delete"),
        window.tr("Delete this item? Kiosks keep showing it until you publish."),
    )
    if answer == QMessageBox.StandardButton.Yes:
        publisher.delete_item(kind, item_id)


def run_publisher(config: Config, source: Path | None) -> int:
    """`kiosk publisher`: the window until the officer closes it."""
    check_display()
    if source is not None and not source.is_dir():
        raise KioskError(f"{source}: no such folder")
    publisher = build_publisher(config, source)
    publisher.window.resize(1366, 768)
    publisher.window.show()
    if not publisher.settings.destination().complete:
        publisher.first_run().open()
    try:
        return publisher.app.exec()
    finally:
        publisher.close()


def screenshot(
    config: Config, source: Path | None, name: str, size: tuple[int, int], out: Path
) -> None:
    """Render one publisher screen to a PNG (settings of a throwaway profile, never the officer's)."""
    if name not in SCREENS:
        raise KioskError(f"{name}: no such publisher screen (one of {', '.join(SCREENS)})")
    work = out.parent / (out.stem + "-work")
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    publisher = build_publisher(config, source, settings, work=work / "preview")
    window = publisher.window
    window.resize(*size)
    window.show()
    target: QWidget = window
    if name.startswith("firstrun"):
        wizard = publisher.first_run()
        wizard.resize(min(size[0], 860), min(size[1], 620))
        wizard.show()
        for _ in range(["firstrun-key", "firstrun-address", "firstrun-done"].index(name)):
            wizard.next()  # forced on, so each step can be looked at
        target = wizard
    else:
        window.tabs.setCurrentIndex(SCREENS.index(name))
        if name == "preview":
            _wait_for_preview(publisher)
    publisher.app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not target.grab().save(str(out), "PNG"):
        raise KioskError(f"{out}: cannot write the PNG file")
    publisher.close()


def _wait_for_preview(publisher: Publisher) -> None:
    choice = publisher.window.preview.choice()
    if choice is None:
        return
    loop = QEventLoop()
    publisher.previewer.rendered.connect(loop.quit)
    publisher.previewer.failed.connect(loop.quit)
    publisher.request_preview(choice)
    loop.exec()
