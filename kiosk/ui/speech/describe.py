"""What the kiosk says about a control with focus and about a page: plain sentences in the visit's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.ui.cards import CardGrid

_MARKDOWN = re.compile(r"[*_#>`|]+|\[([^\]]*)\]\([^)]*\)")


def tr(text: str) -> str:
    """A spoken phrase in the current language (context 'Speech' in the .ts files)."""
    return QCoreApplication.translate("Speech", text)


def plain(text: str) -> str:
    """Markdown and line breaks turned into a sentence a voice can read."""
    text = _MARKDOWN.sub(lambda m: m.group(1) or " ", text)
    return " ".join(text.replace("\u200b", "").split())


def sentence(*parts: str) -> str:
    """Parts joined with full stops, empty ones left out."""
    out = []
    for text in map(plain, parts):
        if text:
            out.append(text if text[-1] in ".!?:" else text + ".")
    return " ".join(out)


def in_pin_pad(widget: QWidget | None) -> bool:
    """The shop owner's PIN pad: its digits are never spoken."""
    while widget is not None:
        if type(widget).__name__ == "PinPad" or widget.objectName() == "PinPad":
            return True
        widget = widget.parentWidget()
    return False


def control(widget: QWidget | None, echo_text: bool = True) -> str:
    """A control's accessible name and state, e.g. 'Svenska, knapp, vald'."""
    if widget is None:
        return ""
    if in_pin_pad(widget):
        return tr("PIN code keypad")
    if isinstance(widget, CardGrid):
        return card(widget)
    name = widget.accessibleName() or (
        widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    )
    if isinstance(widget, QLineEdit):
        typed = widget.text() if echo_text else ""
        role = tr("text field")
        return ", ".join(p for p in (name or widget.placeholderText(), role, typed) if p)
    if isinstance(widget, QAbstractButton):
        parts = [plain(name), tr("button")]
        if widget.isCheckable() and widget.isChecked():
            parts.append(tr("selected"))
        if not widget.isEnabled():
            parts.append(tr("unavailable"))
        return ", ".join(p for p in parts if p)
    description = widget.accessibleDescription()
    return ", ".join(p for p in (plain(name), plain(description), tr("button")) if p)


def card(grid: CardGrid) -> str:
    """The card with focus in a grid, with its section heading (an event's day) first."""
    index = grid.currentIndex()
    rows = grid.model_.rows
    if not index.isValid() or index.row() >= len(rows):
        return tr("List with %1 items").replace("%1", str(len(grid.cards())))
    row = rows[index.row()]
    if not row.cards:
        return ", ".join((row.heading, tr("heading")))
    spec = row.cards[min(grid.focus_column, len(row.cards) - 1)]
    heading = next((r.heading for r in reversed(rows[: index.row()]) if r.heading), "")
    parts = [heading, spec.kicker, spec.title, spec.text]
    if spec.dimmed:
        parts.append(tr("unavailable"))
    return sentence(*parts)


def visible_labels(root: QWidget, skip: tuple[type, ...] = ()) -> list[str]:
    """Texts of the labels a sighted visitor sees on `root`, in the order they were laid out."""
    texts: list[str] = []
    for widget in root.findChildren(QLabel):
        if not widget.isVisibleTo(root) or not widget.text().strip():
            continue
        if skip and _inside(widget, skip, root):
            continue
        texts.append(widget.text())
    return texts


def _inside(widget: QWidget, kinds: tuple[type, ...], root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def grid_of(page: QWidget) -> CardGrid | None:
    """The visible card grid of a list page, if it has one."""
    for grid in page.findChildren(CardGrid):
        if grid.isVisibleTo(page):
            return grid
    return None


def where(page: QWidget, title: str) -> str:
    """'You are on What's on. List with 12 items.' — the page and what it holds."""
    grid = grid_of(page)
    parts = [tr("You are on %1").replace("%1", title or tr("the start page"))]
    if grid is not None:
        parts.append(tr("List with %1 items").replace("%1", str(len(grid.cards()))))
    return sentence(*parts)


def page_text(page: QWidget) -> str:
    """Everything a page shows in text, for a detail page or a notice read in full."""
    return sentence(*visible_labels(page, (CardGrid,)))


def instructions() -> str:
    """The keys, for Help."""
    return tr(
        "Move with the arrow keys or Tab, choose with Enter. Backspace goes back, Home goes to the "
        "start page. Plus and minus change the volume, Page Up and Page Down the speed. Star "
        "repeats, Escape stops the speech, F1 or slash reads this help again."
    )
