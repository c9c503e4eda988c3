"""The texts of the browser's newer panels (one translation context, `BrowserNotices`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("BrowserNotices", text)


@dataclass(frozen=True)
class Notice:
    """What a panel says: its kind (BrowserPanel.kind), title, text and button."""

    kind: str
    title: str
    text: str
    button: str


def upload_refused() -> Notice:
    """A page asked for a file: the kiosk's own disk is never shown."""
    return Notice(
        "upload",
        _tr("Files cannot be uploaded on this computer"),
        _tr("Scan the code to continue on your phone, where you can choose the file."),
        _tr("Back to the page"),
    )


def page_stopped() -> Notice:
    """The renderer died (crashed, killed, out of memory)."""
    return Notice(
        "crashed",
        _tr("The page stopped working"),
        _tr("The kiosk opens the e-service again by itself in a moment."),
        _tr("Try again now"),
    )


def page_hung() -> Notice:
    """The renderer stopped answering and was replaced."""
    return Notice(
        "hung",
        _tr("The page stopped responding"),
        _tr("The kiosk opens the e-service again by itself in a moment."),
        _tr("Try again now"),
    )
