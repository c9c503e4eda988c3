"""Composition root of `kiosk publisher`: the municipality's desktop program, built and wired here."""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QVBoxLayout, QWidget

from kiosk.app import check_display, make_application
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.paths import assets_dir
from kiosk.services.previewer import PreviewChoice, Previewer
from kiosk.services.publisher_setup import Keychain, PublisherSettings
from kiosk.ui.i18n import Translations
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
    previewer: Previewer
    settings: PublisherSettings
    translations: Translations
    source: Path | None = None

    def open_source(self, source: Path) -> None:
        """Show `source` in every tab; the preview draws it as the kiosks would."""
        self.source = source
        self.window.show_source(str(source))
        self.previewer.source_changed(source)
        self.window.preview.set_service_points(service_points(source))

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


def service_points(source: Path) -> list[tuple[str, str]]:
    """(id, name) of the source folder's service points, for choosing a kiosk to preview."""
    try:
        with (source / "service_points.toml").open("rb") as handle:
            tables = tomllib.load(handle).get("service_point", [])
    except (OSError, tomllib.TOMLDecodeError):
        return []
    return [
        (str(t.get("id", "")), str(t.get("name", t.get("id", "")))) for t in tables if t.get("id")
    ]


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
    window = PublisherWindow(_placeholder(), _placeholder(), _placeholder())
    previewer = Previewer(config, work, parent=window)
    publisher = Publisher(
        app,
        window,
        previewer,
        PublisherSettings(settings or QSettings("servicepunkt-kiosk", "publisher"), keychain),
        translations,
    )
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
