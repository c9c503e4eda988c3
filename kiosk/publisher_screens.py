"""Every screen of the publisher by name, rendered offscreen for `kiosk publisher --screenshot`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.publisher import Publisher, build_publisher
from kiosk.services.background import Background
from kiosk.services.publisher_setup import Destination

SCREENS = (
    "content",
    "preview",
    "history",
    "shop-events",
    "fleet",
    "firstrun-key",
    "firstrun-address",
    "firstrun-done",
    "publish",
    "service-point",
    "unsaved",
)
"""Every screen of the publisher by name, for `kiosk publisher --screenshot NAME`."""


def screenshot(
    config: Config,
    source: Path | None,
    name: str,
    size: tuple[int, int],
    out: Path,
    uploads: str = "",
    lang: str = "sv",
) -> None:
    """Render one publisher screen to a PNG (settings of a throwaway profile, never the officer's)."""
    if name not in SCREENS:
        raise KioskError(f"{name}: no such publisher screen (one of {', '.join(SCREENS)})")
    work = out.parent / (out.stem + "-work")
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    publisher = build_publisher(config, source, settings, work=work / "preview", lang=lang)
    window = publisher.window
    window.resize(*size)
    window.show()
    target: QWidget = window
    if name == "publish":
        publisher.settings.save(_EXAMPLE_DESTINATION)
        dialog = publisher.start_publish()
        if dialog is None:
            raise KioskError("the publish dialog needs a source folder")
        dialog.key_password.setText("********")
        dialog.show_progress(3, 12, "content/…")
        dialog.bar.show()
        target = dialog
    elif name in ("service-point", "unsaved"):
        if publisher.folder is None or not publisher.folder.items("service_points"):
            raise KioskError(f"the {name} screen needs a source folder with service points")
        content = publisher.content
        content.select("service_points", str(publisher.folder.items("service_points")[0]["id"]))
        form = content.form()
        special = form.fields["specialOpeningHours"]
        special.set_value(EXAMPLE_DAYS)
        form.edited = True  # as the officer leaves it before saving
        _settle(publisher.app)
        form.scroll_area.ensureWidgetVisible(special, 0, 200)
        if name == "unsaved":
            question = content.unsaved_question(form)
            question.show()
            target = question
    elif name.startswith("firstrun"):
        wizard = publisher.first_run()
        if name != "firstrun-key":  # as the earlier steps leave it
            wizard.destination = _EXAMPLE_DESTINATION
            wizard.address_page.upload.setText(_EXAMPLE_DESTINATION.upload_url)
            wizard.address_page.user.setText(_EXAMPLE_DESTINATION.user)
            wizard.address_page.result.setText(
                "Provfilen laddades upp och kunde läsas på kioskernas adress."
            )
        wizard.resize(min(size[0], 860), min(size[1], 620))
        wizard.show()
        for _ in range(["firstrun-key", "firstrun-address", "firstrun-done"].index(name)):
            wizard.next()  # forced on, so each step can be looked at
        target = wizard
    else:
        window.tabs.setCurrentIndex(SCREENS.index(name))
        if name == "preview":
            _wait_for_preview(publisher)
        for place in (window.fleet.place, publisher.shop_events.place):
            place.address.setText(uploads)
        if name == "fleet" and uploads:
            _wait_for(publisher.fleet_reader, lambda: publisher.read_fleet(uploads))
        elif name == "shop-events" and uploads:
            _wait_for(publisher.events_reader, lambda: publisher.read_shop_events(uploads))
    _settle(publisher.app)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not target.grab().save(str(out), "PNG"):
        raise KioskError(f"{out}: cannot write the PNG file")
    publisher.close()


_EXAMPLE_DESTINATION = Destination(
    upload_url="https://www.example.se/dav/kiosk/",
    user="kommunen",
    feed_url="https://www.example.se/kiosk/manifest.json",
    key_file="kiosk-feed.key",
    public_key="RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
)
"""What the first-run assistant leaves, for pictures of the Publicera dialog."""


def _settle(app: QApplication) -> None:
    """Layouts done and replaced widgets gone, as the running event loop would leave them."""
    for _ in range(3):
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _wait_for(background: Background, start: Callable[[], None]) -> None:
    loop = QEventLoop()
    background.done.connect(loop.quit)
    background.failed.connect(loop.quit)
    start()
    loop.exec()


def _wait_for_preview(publisher: Publisher) -> None:
    choice = publisher.window.preview.choice()
    if choice is None:
        return
    loop = QEventLoop()
    publisher.previewer.rendered.connect(loop.quit)
    publisher.previewer.failed.connect(loop.quit)
    publisher.request_preview(choice)
    loop.exec()


EXAMPLE_DAYS = [
    {
        "validFrom": date(2026, 12, 24),
        "opens": "10:00",
        "closes": "14:00",
        "description": "Julafton",
    },
    {"validFrom": date(2026, 12, 25), "validThrough": date(2026, 12, 26), "description": "Jul"},
]
"""Holiday exceptions as an officer enters them, for pictures of the service point's form."""
