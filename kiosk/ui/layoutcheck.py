"""A layout check that can fail: clipped text, overlapping siblings, small touch targets.

It walks the visible widgets of a window as laid out at this moment and reports what a visitor
would see as broken. Widgets that paint their own content (the card grid) contribute problems of
their own through a `layout_problems()` method.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QStackedWidget,
    QWidget,
)

MIN_TOUCH = 44
"""Logical pixels: the smallest touch target the design allows."""
SLACK = 2
"""Pixels of rounding that are not a visible problem."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong on the screen: what kind, which widget (object name or class) and detail."""

    kind: str
    """'clipped', 'overlap', 'small-target', 'cut-off', 'hidden-overflow' or a widget's own kind."""
    widget: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.widget}: {self.detail}"


def describe(widget: QWidget) -> str:
    """A short name for reports: object name or class, and a piece of its text."""
    name = widget.objectName() or type(widget).__name__
    text = getattr(widget, "text", None)
    if callable(text):
        value = " ".join(str(text()).split())
        if value:
            name += f" '{value[:40]}'"
    return name


def visible_children(widget: QWidget) -> list[QWidget]:
    """Direct child widgets that are shown (in a stack: only the current page)."""
    if isinstance(widget, QStackedWidget):
        current = widget.currentWidget()
        return [current] if current is not None and current.isVisible() else []
    return [
        child
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not child.isWindow()
    ]


def walk(root: QWidget) -> Iterator[QWidget]:
    """`root` and every visible widget below it, parents first."""
    yield root
    for child in visible_children(root):
        yield from walk(child)


def _scroll_viewport(widget: QWidget) -> bool:
    """True for the viewport of a scroll area: what is inside may be larger and scroll."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _label_problems(widget: QLabel) -> list[Problem]:
    text = widget.text()
    if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
        return []
    rect = widget.contentsRect()
    margin = 2 * widget.margin()
    if widget.wordWrap() or widget.textFormat() != Qt.TextFormat.PlainText:
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height() + SLACK:
            return [
                Problem(
                    "clipped", describe(widget), f"needs {needed} px high, has {widget.height()}"
                )
            ]
        return []
    metrics = QFontMetrics(widget.font())
    lines = text.split("\n")
    needed = max(metrics.horizontalAdvance(line) for line in lines) + margin
    if needed > rect.width() + SLACK:
        return [Problem("clipped", describe(widget), f"needs {needed} px wide, has {rect.width()}")]
    height = metrics.height() * len(lines)
    if height > rect.height() + SLACK:
        return [
            Problem("clipped", describe(widget), f"needs {height} px high, has {rect.height()}")
        ]
    return []


def _button_problems(widget: QPushButton) -> list[Problem]:
    if not widget.text():
        return []
    hint = widget.sizeHint()
    if hint.width() > widget.width() + SLACK:
        return [
            Problem(
                "clipped", describe(widget), f"needs {hint.width()} px wide, has {widget.width()}"
            )
        ]
    return []


def _touch_problems(widget: QWidget) -> list[Problem]:
    touchable = isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox) or (
        widget.focusPolicy() & Qt.FocusPolicy.ClickFocus and widget.property("touch") is True
    )
    if not touchable or isinstance(widget, QScrollBar) or not widget.isEnabled():
        return []
    if min(widget.width(), widget.height()) < MIN_TOUCH:
        return [Problem("small-target", describe(widget), f"{widget.width()}x{widget.height()} px")]
    return []


def _children_problems(widget: QWidget) -> list[Problem]:
    """Children cut off by this widget's edge, or overlapping each other."""
    if _scroll_viewport(widget) or widget.property("overlay-host") is True:
        return []
    problems = []
    own = widget.rect()
    children = [
        child
        for child in visible_children(widget)
        if not child.property("overlay") and not isinstance(child, QScrollBar)
    ]
    for child in children:
        geometry = child.geometry()
        if not own.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(geometry):
            problems.append(
                Problem("cut-off", describe(child), f"{_rect(geometry)} outside {_rect(own)}")
            )
    for index, first in enumerate(children):
        a = first.geometry().adjusted(SLACK, SLACK, -SLACK, -SLACK)
        for second in children[index + 1 :]:
            if a.intersects(second.geometry().adjusted(SLACK, SLACK, -SLACK, -SLACK)):
                problems.append(Problem("overlap", describe(first), f"overlaps {describe(second)}"))
    return problems


def _scroll_problems(widget: QAbstractScrollArea) -> list[Problem]:
    """Content wider than the area with no scroll bar to show that more is there."""
    bar = widget.horizontalScrollBar()
    if (
        widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        and bar.maximum() > SLACK
        and widget.property("scroll-affordance") is not True
    ):
        return [Problem("hidden-overflow", describe(widget), f"{bar.maximum()} px out of sight")]
    return []


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def check(root: QWidget) -> list[Problem]:
    """Every layout problem of `root` as shown now (lay it out and process events first)."""
    problems: list[Problem] = []
    for widget in walk(root):
        if isinstance(widget, QLabel):
            problems += _label_problems(widget)
        elif isinstance(widget, QPushButton):
            problems += _button_problems(widget)
        if isinstance(widget, QAbstractScrollArea):
            problems += _scroll_problems(widget)
        problems += _touch_problems(widget)
        problems += _children_problems(widget)
        own = getattr(widget, "layout_problems", None)
        if callable(own):
            problems += [Problem(kind, describe(widget), detail) for kind, detail in own()]
    return problems
