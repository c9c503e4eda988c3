"""Why a browser control cannot be used: a short line under it when a visitor taps it anyway.

A greyed Bakåt that does nothing when tapped looks broken to someone who has never seen a
browser's history; a tooltip or accessible description never shows on a touch screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.theme import Theme

SHOWN_MS = 6_000
"""A hint stays this long, long enough to read twice, then gets out of the way."""


class DisabledHint(QLabel):
    """The hint bubble of a browser frame; `watch` a control with a function giving its reason."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("DisabledHint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._reasons: dict[QObject, Callable[[], str]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def why_off(self, page_open: bool, back: bool) -> str:
        """The reason Back (or Forward, or any control when no page is open) is off."""
        if not page_open:
            return self.tr("No page can be opened without the internet.")
        if back:
            return self.tr("You are on the first page, so there is no page to go back to.")
        return self.tr("Forward takes you to a page again after you have gone back from it.")

    def watch(self, control: QWidget, reason: Callable[[], str]) -> None:
        """Explain `control` with `reason()` when it is tapped while disabled."""
        self._reasons[control] = reason
        control.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tap (or click) on a disabled control: Qt drops it; we show why instead."""
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QWidget)
            and not watched.isEnabled()
            and watched in self._reasons
        ):
            self.explain(watched)
        elif event.type() == QEvent.Type.EnabledChange and watched.isWidgetType():
            self._sync_description(watched)
        return False

    def explain(self, control: QWidget) -> None:
        """Show the reason `control` is off, just below it."""
        parent = self.parentWidget()
        assert parent is not None
        self.setText(self._reasons[control]())
        self.setFixedWidth(min(parent.width() - 32, max(control.width() * 3, 420)))
        self.adjustSize()
        below = control.mapTo(parent, QPoint(0, control.height() + 6))
        x = min(below.x(), parent.width() - self.width() - 16)
        self.move(max(16, x), below.y())
        self.raise_()
        self.show()
        self._timer.start()

    def _sync_description(self, control: QObject) -> None:
        """Assistive technology hears the reason of a control that is off (and none when on)."""
        if isinstance(control, QWidget) and control in self._reasons:
            control.setAccessibleDescription(
                "" if control.isEnabled() else self._reasons[control]()
            )
            if control.isEnabled() and self.isVisible():
                self.hide()

    def refresh(self) -> None:
        """The language changed: descriptions in the new one, and the bubble goes."""
        self.hide()
        for control in self._reasons:
            self._sync_description(control)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A tap on the hint puts it away."""
        self.hide()
        event.accept()

    def set_theme(self, theme: Theme) -> None:
        """Dark text on the page's surface with a strong border; high contrast: white on black."""
        p = theme.palette
        self.setStyleSheet(
            f"QLabel#DisabledHint {{ background: {p.surface}; color: {p.text};"
            f" border: 2px solid {p.accent}; border-radius: 8px; padding: 10px 14px;"
            f" font-size: {theme.px(18)}px; }}"
        )
