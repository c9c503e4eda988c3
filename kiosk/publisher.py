"""Composition root of `kiosk publisher`: the municipality's desktop program, built and wired here."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, QSettings, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from kiosk.app import check_display, make_application
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.paths import assets_dir
from kiosk.publish.source import SourceFolder
from kiosk.services.background import Background
from kiosk.services.fleetview import (
    FleetView,
    ShopEvent,
    Where,
    make_report,
    read_fleet,
    read_shop_events,
)
from kiosk.services.pictures import import_picture
from kiosk.services.previewer import PreviewChoice, Previewer
from kiosk.services.publisher_setup import Keychain, PublisherSettings
from kiosk.services.publishing import PublishService, Request, history
from kiosk.services.syncprocess import kiosk_command
from kiosk.ui.i18n import Translations, install_qt_texts
from kiosk.ui.publisher.content import ContentPanel
from kiosk.ui.publisher.firstrun import FirstRunWizard
from kiosk.ui.publisher.publish import HistoryPanel, PublishDialog
from kiosk.ui.publisher.shopevents import ShopEventsPanel
from kiosk.ui.publisher.window import PublisherWindow

log = logging.getLogger("kiosk.publisher")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublisherWindow", text)


@dataclass
class Publisher:
    """Everything `kiosk publisher` builds, kept together for tests and screenshots."""

    app: QApplication
    window: PublisherWindow
    content: ContentPanel
    previewer: Previewer
    settings: PublisherSettings
    translations: Translations
    shop_events: ShopEventsPanel
    fleet_reader: Background
    events_reader: Background
    history_panel: HistoryPanel
    publishing: PublishService
    qt_texts: QTranslator | None = None
    """Qt's own texts (Yes/No, the folder dialog) in the window's language."""
    folder: SourceFolder | None = None
    dialog: PublishDialog | None = None

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

    def where(self, address: str) -> Where:
        """The kiosks' upload place with this PC's login; the address is remembered."""
        destination = self.settings.destination()
        if address != destination.fleet_url:
            self.settings.save(replace(destination, fleet_url=address))
        password = self.settings.password(destination) or ""
        return Where(address, destination.user, password)

    def read_fleet(self, address: str) -> None:
        """Read the board and home screens in the background."""
        where = self.where(address)
        if self.fleet_reader.run(lambda: read_fleet(where, datetime.now(UTC).astimezone())):
            self.window.fleet.show_problem("Läser servicepunkternas filer…")

    def read_shop_events(self, address: str) -> None:
        """Read each shop's events.ics in the background."""
        where = self.where(address)
        if self.events_reader.run(lambda: read_shop_events(where, date.today())):
            self.shop_events.show_problem("Läser butikernas evenemang…")

    def make_report(self, address: str) -> None:
        """Ask where to save the last quarter's report, then make it in the background."""
        out, _ = QFileDialog.getSaveFileName(
            self.window,
            _tr("Save the report"),
            "servicepunkter-rapport.pdf",
            "PDF (*.pdf)",
        )
        if not out:
            return
        where = self.where(address)
        if self.fleet_reader.run(lambda: make_report(where, date.today(), Path(out))):
            self.window.fleet.show_problem("Rapporten görs…")

    def copy_shop_event(self, event: ShopEvent) -> None:
        """A shop's event into the municipality's calendar, for every service point."""
        item = {k: v for k, v in event.item.items() if k != "service_point"}
        self.save_item("events", item)

    def _on_fleet_done(self, result: object) -> None:
        if isinstance(result, FleetView):
            self.window.fleet.show_view(result)
        else:
            self.window.fleet.show_problem(f"Rapporten är sparad: {result}")

    def _on_events_done(self, result: object) -> None:
        names = {}
        if self.folder is not None:
            names = {
                str(p["id"]): str(p.get("name") or p["id"])
                for p in self.folder.items("service_points")
            }
        self.shop_events.show_events(list(result) if isinstance(result, list) else [], names)

    def start_publish(self, undo: bool = False) -> PublishDialog | None:
        """Open the Publicera (or Ångra) dialog; it asks for the key's password and shows progress."""
        if self.folder is None:
            self.window.show_state("Öppna en källmapp först.", problem=True)
            return None
        form = self.content.forms.get(self.content.kind)
        if form is not None and form.edited:
            # Publishing what is on disk while the form shows something else would surprise.
            if not form.can_save():
                self.window.show_state(
                    "Formuläret har ändringar som inte kan sparas än: rätta det som är rött, "
                    "eller välj en annan sak i listan, och publicera sedan.",
                    problem=True,
                )
                return None
            form.save()  # through save_item, as the Spara button
        destination = self.settings.destination()
        if not destination.complete:
            self.window.show_state(
                "Gör inställningarna först (knappen Inställningar): nyckel och adress.",
                problem=True,
            )
            self.first_run().open()
            return None
        kept = self.settings.password(destination)
        ask = destination.is_web and bool(destination.user) and kept is None
        dialog = PublishDialog(destination.upload_url, undo, ask, self.window)
        source = self.folder.root

        def start(key_password: str, upload_password: str) -> None:
            request = Request(
                source, destination, upload_password or kept or "", key_password, undo
            )
            self.publishing.start(request)

        dialog.start_requested.connect(start)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_published(self, done: object) -> None:
        version = getattr(done, "version", "?")
        sent = getattr(done, "uploaded", 0)
        text = (
            f"Version {version} är publicerad ({sent} filer skickades). "
            "Kioskerna visar den inom en kvart."
        )
        skipped = list(getattr(done, "skipped", []))
        if skipped:
            text += "\nKioskerna hoppar över: " + "; ".join(skipped[:5])
        if self.dialog is not None:
            self.dialog.show_done(text)
        self.window.show_state(text)
        if self.folder is not None:  # an undo rewrote the folder's files: read them again
            self.open_source(self.folder.root)

    def _on_publish_failed(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.show_failed(text)
        self.window.show_state(text, problem=True)

    def _on_publish_progressed(self, done: int, total: int, file: str) -> None:
        if self.dialog is not None:
            self.dialog.show_progress(done, total, file)

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
        self.publishing.wait()
        self.fleet_reader.wait()
        self.events_reader.wait()
        self.window.close_without_asking()
        self.translations.close()
        if self.qt_texts is not None:
            self.app.removeTranslator(self.qt_texts)
            self.qt_texts = None

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
        self.history_panel.show_entries(history(folder.root))
        self.previewer.source_changed(folder.root)
        self.window.preview.set_service_points(points)


def build_publisher(
    config: Config,
    source: Path | None,
    settings: QSettings | None = None,
    keychain: Keychain | None = None,
    work: Path | None = None,
    lang: str = "sv",
) -> Publisher:
    """Construct services and window and connect their signals (the UI in `lang`)."""
    app = make_application()
    translations = Translations(assets_dir() / "translations")
    translations.switch(lang)
    holder: list[Publisher] = []
    content = ContentPanel(
        lambda kind, item: holder[0].folder.check(kind, item) if holder[0].folder else [],
        lambda path, kind: holder[0].import_file(path, kind),  # noqa: PLW0108 (bound later)
    )
    shop_events = ShopEventsPanel(lang)
    history_panel = HistoryPanel()
    window = PublisherWindow(content, history_panel, shop_events, lang)
    previewer = Previewer(config, work, parent=window)
    publisher = Publisher(
        app,
        window,
        content,
        previewer,
        PublisherSettings(settings or QSettings("servicepunkt-kiosk", "publisher"), keychain),
        translations,
        shop_events,
        Background(window),
        Background(window),
        history_panel,
        PublishService(window),
        install_qt_texts(lang),
    )
    window.publish_requested.connect(publisher.start_publish)
    history_panel.undo_requested.connect(lambda: publisher.start_publish(undo=True))
    history_panel.publish_requested.connect(publisher.start_publish)
    publisher.publishing.progressed.connect(publisher._on_publish_progressed)
    publisher.publishing.published.connect(publisher._on_published)
    publisher.publishing.failed.connect(publisher._on_publish_failed)
    fleet_url = publisher.settings.destination().fleet_url
    window.fleet.place.address.setText(fleet_url)
    shop_events.place.address.setText(fleet_url)
    window.fleet.refresh_requested.connect(publisher.read_fleet)
    window.fleet.report_requested.connect(publisher.make_report)
    shop_events.refresh_requested.connect(publisher.read_shop_events)
    shop_events.copy_requested.connect(publisher.copy_shop_event)
    publisher.fleet_reader.done.connect(publisher._on_fleet_done)
    publisher.fleet_reader.failed.connect(window.fleet.show_problem)
    publisher.events_reader.done.connect(publisher._on_events_done)
    publisher.events_reader.failed.connect(shop_events.show_problem)
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


def _ask_for_source(publisher: Publisher) -> None:
    folder = QFileDialog.getExistingDirectory(publisher.window, _tr("Open the source folder"))
    if folder:
        publisher.open_source(Path(folder))


def _ask_for_new_source(publisher: Publisher) -> None:
    window = publisher.window
    folder = QFileDialog.getExistingDirectory(window, _tr("An empty folder for the content"))
    if not folder:
        return
    name, ok = QInputDialog.getText(
        window, _tr("New source folder"), _tr("The municipality's name:")
    )
    if ok and name.strip():
        publisher.create_source(Path(folder), name.strip())


def _confirm_delete(publisher: Publisher, kind: str, item_id: str) -> None:
    window = publisher.window
    answer = QMessageBox.question(
        window,
        _tr("Delete"),
        _tr("Delete this item? Kiosks keep showing it until you publish."),
    )
    if answer == QMessageBox.StandardButton.Yes:
        publisher.delete_item(kind, item_id)


def run_publisher(config: Config, source: Path | None, lang: str = "sv") -> int:
    """`kiosk publisher`: the window until the officer closes it."""
    check_display()
    if source is not None and not source.is_dir():
        raise KioskError(f"{source}: no such folder")
    publisher = build_publisher(config, source, lang=lang)
    publisher.window.resize(1366, 768)
    publisher.window.show()
    if not publisher.settings.destination().complete:
        publisher.first_run().open()
    try:
        return publisher.app.exec()
    finally:
        publisher.close()
