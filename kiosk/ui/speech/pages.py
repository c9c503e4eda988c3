"""What each kind of page says when it opens: lists their size, details in full, brochures by page."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from kiosk.ui.pages.base import Page

from . import describe
from .describe import tr

if TYPE_CHECKING:
    from kiosk.ui.window import KioskWindow

READ_IN_FULL = frozenset({"detail", "notices", "about", "emergency"})
"""Pages whose whole text is read when they open."""


def announce_page(window: KioskWindow) -> str:
    """Where the visitor is, and what the page holds."""
    name = window.current
    page = window.pages.currentWidget()
    if page is None:
        return ""
    if name == "home":
        return describe.sentence(
            tr("You are on %1").replace("%1", tr("the start page")),
            tr("Move with the arrow keys or Tab, choose with Enter. F1 gives help."),
        )
    title = page.title() if isinstance(page, Page) else ""
    if name in READ_IN_FULL:
        return describe.sentence(describe.where(page, ""), describe.page_text(page))
    if name == "reader":
        return describe.sentence(describe.where(page, title), reader_page(page))
    if name == "browser":
        return describe.sentence(
            tr("You are on the e-service %1").replace("%1", title), browser_panel(page)
        )
    subheading = getattr(page, "subheading", None)
    extra = subheading.text() if subheading is not None and subheading.isVisible() else ""
    return describe.sentence(describe.where(page, title), extra)


def reader_page(page: Any) -> str:
    """'Page 2 of 4.' and the page's text (QtPdf extracts it)."""
    count = page.page_count
    if not count:
        return describe.sentence(page.message.text()) if page.message.isVisible() else ""
    number = page.current_page
    heading = tr("Page %1 of %2").replace("%1", str(number + 1)).replace("%2", str(count))
    text = page.document.getAllText(number).text()
    return describe.sentence(heading, text or tr("This page has no text to read."))


def browser_panel(page: Any) -> str:
    """The blocked or offline panel of the e-service browser, when it is showing."""
    panel = page.browser.panel
    if not panel.isVisible():
        return ""
    return describe.sentence(*describe.visible_labels(panel))


def read_web_page(page: Any, say: Any) -> None:
    """Once the e-service page has loaded, say its title and main text (script in the page)."""
    view = getattr(page.browser, "view", None)
    if view is None:
        return
    if view.property("speech-hooked"):
        return
    view.setProperty("speech-hooked", True)
    view.loadFinished.connect(lambda ok: _on_web_loaded(view, ok, say))


MAIN_TEXT_JS = """
(() => {
  const main = document.querySelector('main, [role=main], article') || document.body;
  return JSON.stringify([document.title, main ? main.innerText : '']);
})()
"""
MAX_CHARS = 4000
"""Longer pages are cut: the visitor can move on with the page's own links instead."""


def _on_web_loaded(view: QWidget, ok: bool, say: Any) -> None:
    if not ok:
        return
    page: Any = view.page()  # type: ignore[attr-defined]
    page.runJavaScript(MAIN_TEXT_JS, 0, lambda result: _say_web_text(result, say))


def _say_web_text(result: object, say: Any) -> None:
    try:
        parts = json.loads(str(result))
    except ValueError:
        return
    if not isinstance(parts, list) or len(parts) != 2:
        return
    title, text = (str(part or "") for part in parts)
    say(describe.sentence(title, text[:MAX_CHARS]))
