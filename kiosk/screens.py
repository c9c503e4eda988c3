"""Every screen of the kiosk by name, shown the way a visitor or owner meets it (screenshots, checks)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent

from kiosk.alerts.demo import demo_snapshot
from kiosk.app import Kiosk, build_kiosk
from kiosk.config import Config
from kiosk.domain import Link, Text
from kiosk.errors import ContentError, KioskError
from kiosk.paths import DataDir, assets_dir, demo_feed_dir
from kiosk.screenlist import ALERT_PAGES
from kiosk.services.demosite import DEMO_HOST, DemoSite
from kiosk.store.content import current_path
from kiosk.sync.showing import showing
from kiosk.sync.state import STATE_FILE
from kiosk.ui.cards import CardGrid
from kiosk.ui.owner.mode import show_for_screenshot
from kiosk.ui.theme import Theme


def show(kiosk: Kiosk, name: str, offline: bool = False) -> None:
    """Bring screen `name` to the front of the kiosk's window."""
    window = kiosk.window
    window.hide_countdown()
    _speech(kiosk, name == "speech")
    if kiosk.alert_screen is not None and kiosk.alerts is not None and name not in ALERT_PAGES:
        kiosk.alert_screen.show_snapshot(kiosk.alerts.snapshot)  # no example left from before
    if name == "attract":
        window.show_attract()
    elif name == "out-of-order":
        window.show_out_of_order()
    elif name == "countdown":
        window.open_page("home")
        window.start_countdown(25)
    elif name in ("detail-place", "detail-event", "qr"):
        _show_detail(kiosk, name)
    elif name == "reader":
        brochure = kiosk.content.brochures()[0]
        window.open_page("brochures")
        window.open_page("reader", brochure)
    elif name.startswith("browser"):
        _show_browser(kiosk, name)
    elif name.startswith("owner-") and kiosk.owner is not None:
        if kiosk.owner.service.active:
            kiosk.owner.close()
        show_for_screenshot(kiosk.owner, name, offline)
    elif name == "speech":
        window.open_page("home")
        if kiosk.speech_mode is not None:
            kiosk.speech_mode.start()  # focuses the page's first control
    elif name in ALERT_PAGES:
        _show_alert(kiosk, name)
    elif name == "search-keyboard":
        window.open_page("search")
        window.keyboard.show_for(window.page["search"].field)  # type: ignore[attr-defined]
    else:
        window.open_page(name)


def _show_alert(kiosk: Kiosk, name: str) -> None:
    """Example warnings (kiosk/alerts/demo.py) as the kiosk shows real ones."""
    screen = kiosk.alert_screen
    if screen is None:
        return
    kiosk.window.open_page("attract" if name == "alert-attract" else "home")
    screen.read_ids.clear()  # each picture as a visitor first meets it
    screen.show_snapshot(demo_snapshot(kiosk.content.clock(), stale=name == "alert-band"))
    if name == "alert-band":
        screen.takeover.read.emit()


def _speech(kiosk: Kiosk, on: bool) -> None:
    """Speech mode and the focus ring of a visitor using keys, on or (for any other screen) off."""
    if kiosk.focus_ring is not None:
        kiosk.focus_ring.set_keys(on)
    mode = kiosk.speech_mode
    if mode is not None and mode.active and not on:
        mode.end()


def _show_detail(kiosk: Kiosk, name: str) -> None:
    window = kiosk.window
    if name == "detail-place":
        places = kiosk.content.places()
        # The one with most to show: opening hours, web site and map.
        place = max(places, key=lambda p: (bool(p.opening_hours), bool(p.url), bool(p.geo)))
        window.open_page("places")
        window.open_page("item", ("places", place))
        return
    events = kiosk.content.upcoming(limit=50)
    if name == "qr":  # two codes side by side: the calendar entry and the web page
        events = [event for event in events if event.url and not event.cancelled] or events
    window.open_page("events")
    window.open_page("item", ("events", events[0]))


def settle(kiosk: Kiosk) -> None:
    """Let layouts, covers decoded on worker threads and fades finish before anything is measured."""
    app, window = kiosk.app, kiosk.window
    for _ in range(3):
        app.processEvents()
    # Widgets a page replaced are deleted later; outside an event loop "later" must be asked for.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(3):  # wrapped rows ask for their height after the first layout pass
        app.processEvents()
    for grid in window.findChildren(CardGrid):
        if grid.isVisible():
            grid.viewport().repaint()
            grid.images.wait_for_done(10_000)
    for _ in range(3):
        app.processEvents()
    if window.current == "attract":
        window.attract.finish_fade()  # the picture shows the slide, not a blend
    app.processEvents()


def apply_look(kiosk: Kiosk, lang: str, high_contrast: bool, text_step: int) -> None:
    """The visitor's choices of language, contrast and text size."""
    kiosk.state.set_theme(Theme(high_contrast=high_contrast, text_step=text_step))
    kiosk.state.set_language(lang)


def go_offline(kiosk: Kiosk) -> None:
    """As it looks when the last sync found no network."""
    kiosk.state.set_online(False)
    kiosk.window.header.set_sync(None, online=False)


def demo_may_go_into(data: DataDir) -> bool:
    """Whether the demo feed may be applied in `data`: it holds no content, or the demo's, and
    never synced a feed. A kiosk's own data directory is never given fictional shops."""
    shown = showing(data)
    if shown is not None:
        return shown.origin == str(demo_feed_dir())
    return not (data.root / STATE_FILE).exists()


def screenshot(
    config: Config,
    data: DataDir,
    demo: bool | None,
    page: str,
    look: tuple[str, bool, int],
    size: tuple[int, int],
    out: Path,
    offline: bool = False,
) -> None:
    """`kiosk screenshot`: render one screen offscreen to a PNG (`look`: lang, contrast, step).

    `demo` None: the data directory's content as it is, or the demo feed when it has none.
    The demo goes into a temporary data directory wherever it would replace other content.
    """
    if demo is None:
        demo = current_path(data.content_dir) is None
    if demo and not demo_may_go_into(data):
        with tempfile.TemporaryDirectory(prefix="kiosk-demo-") as folder:
            _render(config, DataDir(Path(folder)), True, page, look, size, out, offline)
    else:
        _render(config, data, demo, page, look, size, out, offline)


def _render(
    config: Config,
    data: DataDir,
    demo: bool,
    page: str,
    look: tuple[str, bool, int],
    size: tuple[int, int],
    out: Path,
    offline: bool,
) -> None:
    # Another program's content is drawn as it is: this never writes in its data directory.
    kiosk = build_kiosk(config, data, demo, sound=False, stats=False, as_is=not demo)
    kiosk.content.wait_for_load()  # a rebuild started for a stale database: show its result
    kiosk.app.processEvents()
    if not kiosk.content.available:
        problem = kiosk.content.problem
        kiosk.close()
        raise ContentError(problem)
    apply_look(kiosk, *look)
    if offline:
        go_offline(kiosk)
    window: Any = kiosk.window
    window.resize(*size)
    window.show()
    show(kiosk, page, offline)
    settle(kiosk)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out), "PNG"):
        raise KioskError(f"{out}: cannot write the PNG file")
    kiosk.close()


def _show_browser(kiosk: Kiosk, page: str) -> None:
    """The browser's frame on a demo e-service (with the hint a tap on greyed Back gives), its
    blocked panel, or its offline panel."""
    site = DemoSite(assets_dir() / "demo-site")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(
        [*os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split(), site.chromium_flag()]
    )
    name = Text({"sv": "Exempelkommunen", "en": "Example municipality"})
    link = Link("demo", "municipality", name, Text({}), f"http://{DEMO_HOST}/")
    if page == "browser-offline":
        kiosk.state.set_online(False)
    kiosk.window.open_page("browser", link)
    browser: Any = kiosk.window.page["browser"]
    if page in ("browser", "browser-hint"):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "färdtjänst" not in browser.title():
            kiosk.app.processEvents()
            time.sleep(0.02)
        for _ in range(20):  # Chromium paints after the title arrives: let the frame settle
            kiosk.app.processEvents()
            time.sleep(0.05)
        if page == "browser-hint":
            browser.browser.hint.explain(browser.browser.back_button)
    elif page == "browser-blocked":
        browser.browser.view.load("https://www.facebook.com/exempelkommunen")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and browser.browser.panel.kind != "blocked":
            kiosk.app.processEvents()
            time.sleep(0.02)
    site.stop()
