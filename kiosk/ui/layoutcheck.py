"""A layout check that can fail: clipped text, overlapping siblings, small touch targets, text
and icons too faint to read, main controls below the fold and scroll positions carried over.

It walks the visible widgets of a window as laid out at this moment and reports what a visitor
would see as broken. Widgets that paint their own content (the card grid) contribute problems of
their own through a `layout_problems()` method.

Contrast follows WCAG 2.1 AA: 4.5:1 for text, 3:1 for large text (24 px, or 18.7 px bold) and
for icons. The text's colour is the one the style sheet gave the widget's palette; the colour
behind it is read from the window as drawn (the most common colour along the widget's edges),
so a page background that never got painted is found too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QImage, QPalette
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
    QStyle,
    QStyleOptionButton,
    QWidget,
)

MIN_TOUCH = 44
"""Logical pixels: the smallest touch target the design allows."""
SLACK = 2
"""Pixels of rounding that are not a visible problem."""
TEXT_CONTRAST = 4.5
LARGE_CONTRAST = 3.0
"""WCAG 2.1 AA (1.4.3, 1.4.11): text, and large text and icons (graphical objects)."""
LARGE_PX = 24.0
LARGE_BOLD_PX = 18.66
"""18 pt, or 14 pt bold, in CSS pixels: 'large text' in WCAG."""


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


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


class Drawn:
    """The window as drawn, to read the colour behind a widget from."""

    def __init__(self, root: QWidget) -> None:
        self.root = root
        self.image: QImage = root.grab().toImage()
        self.ratio = self.image.devicePixelRatio() or 1.0

    def _pixel(self, x: int, y: int) -> int | None:
        px, py = round(x * self.ratio), round(y * self.ratio)
        if 0 <= px < self.image.width() and 0 <= py < self.image.height():
            return self.image.pixel(px, py) & 0xFFFFFF
        return None

    def covered(self, widget: QWidget, rect: QRect) -> bool:
        """Whether another widget (an overlay, the keyboard) is drawn over the middle of `rect`."""
        found = self.root.childAt(widget.mapTo(self.root, rect.center()))
        return (
            found is not None
            and found is not widget
            and not widget.isAncestorOf(found)
            and not found.isAncestorOf(widget)
        )

    def strongest(self, widget: QWidget, rect: QRect, background: QColor) -> float:
        """The highest contrast to `background` of a pixel across the middle of `rect`."""
        origin = widget.mapTo(self.root, QPoint(0, 0))
        area = rect.translated(origin)
        best = 1.0
        seen: set[int] = set()
        for fraction in (0.35, 0.5, 0.65):
            y = area.top() + round(area.height() * fraction)
            for x in range(area.left(), area.right() + 1):
                value = self._pixel(x, y)
                if value is not None and value not in seen:
                    seen.add(value)
                    best = max(best, contrast_ratio(QColor(value), background))
        return best

    def background(self, widget: QWidget, rect: QRect) -> QColor | None:
        """The most common colour along the inside of `rect` (widget coordinates)."""
        origin = widget.mapTo(self.root, QPoint(0, 0))
        area = rect.translated(origin).adjusted(1, 1, -2, -2)
        if area.width() < 2 or area.height() < 2:
            return None
        points = []
        steps = 12
        for step in range(steps + 1):
            x = area.left() + area.width() * step // steps
            y = area.top() + area.height() * step // steps
            points += [(x, area.top()), (x, area.bottom()), (area.left(), y), (area.right(), y)]
        counts: dict[int, int] = {}
        for x, y in points:
            value = self._pixel(x, y)
            if value is not None:
                counts[value] = counts.get(value, 0) + 1
        if not counts:
            return None
        return QColor(max(counts, key=lambda value: counts[value]))


def _large(widget: QWidget) -> bool:
    info = QFontInfo(widget.font())
    size = info.pixelSize()
    return size >= LARGE_PX or (info.bold() and size >= LARGE_BOLD_PX)


def _icon_colour(widget: QLabel) -> QColor | None:
    """The colour of an icon (a pixmap with transparency), None for a picture."""
    pixmap = widget.pixmap()
    if pixmap is None or pixmap.isNull() or not pixmap.hasAlphaChannel():
        return None
    image = pixmap.toImage()
    counts: dict[int, int] = {}
    step = max(1, min(image.width(), image.height()) // 24)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            value = image.pixel(x, y)
            if value >> 24 >= 250:
                counts[value & 0xFFFFFF] = counts.get(value & 0xFFFFFF, 0) + 1
    if not counts:
        return None
    return QColor(max(counts, key=lambda value: counts[value]))


def _contrast_problems(widget: QWidget, drawn: Drawn) -> list[Problem]:
    """Text or an icon fainter against what is drawn behind it than WCAG AA allows."""
    if not widget.isEnabled() or widget.property("picture-text") is True:
        return []
    if isinstance(widget, QLabel):
        icon = _icon_colour(widget)
        if icon is not None:
            foreground, needed, rect = icon, LARGE_CONTRAST, widget.contentsRect()
        elif widget.text() and (widget.pixmap() is None or widget.pixmap().isNull()):
            foreground = widget.palette().color(QPalette.ColorRole.WindowText)
            needed = LARGE_CONTRAST if _large(widget) else TEXT_CONTRAST
            rect = widget.contentsRect()
        else:
            return []
    elif isinstance(widget, QPushButton) and widget.text():
        foreground = widget.palette().color(QPalette.ColorRole.ButtonText)
        needed = LARGE_CONTRAST if _large(widget) else TEXT_CONTRAST
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        rect = widget.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, widget
        )
    else:
        return []
    shown = rect.intersected(widget.visibleRegion().boundingRect())
    if shown.height() < rect.height() or shown.isEmpty() or drawn.covered(widget, shown):
        return []  # text half scrolled out of sight is judged where it is scrolled in
    rect = shown
    background = drawn.background(widget, rect)
    if background is None:
        return []
    ratio = contrast_ratio(foreground, background)
    if ratio + 0.005 < needed:
        # A colour for a state (checked, pressed) is drawn but not in the palette: what counts
        # is the strongest colour drawn across the middle of the text.
        ratio = max(ratio, drawn.strongest(widget, rect, background))
    if ratio + 0.005 < needed:
        what = f"{foreground.name()} on {background.name()}"
        return [Problem("contrast", describe(widget), f"{ratio:.2f}:1 ({what}), needs {needed}:1")]
    return []


def fold_problems(widgets: list[QWidget]) -> list[Problem]:
    """Each of `widgets` that is not wholly on screen without scrolling."""
    problems = []
    for widget in widgets:
        shown = widget.visibleRegion().boundingRect() if widget.isVisible() else QRect()
        if shown.height() + SLACK < widget.height() or shown.width() + SLACK < widget.width():
            seen = f"{shown.height()} of {widget.height()} px"
            problems.append(Problem("below-fold", describe(widget), f"{seen} high on screen"))
    return problems


def carried_problems(root: QWidget) -> list[Problem]:
    """Scroll areas not at their start: state carried over from an earlier item or visit."""
    problems = []
    for widget in walk(root):
        if isinstance(widget, QAbstractScrollArea) and widget.property("keeps-place") is not True:
            bar = widget.verticalScrollBar()
            if bar.value() > bar.minimum() + SLACK:
                problems.append(
                    Problem("carried-scroll", describe(widget), f"opens scrolled {bar.value()} px")
                )
    return problems


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def check(root: QWidget) -> list[Problem]:
    """Every layout problem of `root` as shown now (lay it out and process events first)."""
    problems: list[Problem] = []
    drawn = Drawn(root)
    for widget in walk(root):
        problems += _contrast_problems(widget, drawn)
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
