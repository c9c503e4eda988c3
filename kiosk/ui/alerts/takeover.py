"""The full-screen public warning (VMA) or crisis notice, above every page, in the visitor's
language where the alert carries it; 'Jag har läst' lets a visitor finish what they were doing."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.alerts.model import Alert
from kiosk.ui.alerts.style import clock_time, day_time, takeover_sheet
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import button, clear_layout, label, scroll_area


class AlertTakeover(QWidget):
    """Covers the whole window (pages, attract screen, browser, owner mode) while shown."""

    read = Signal()
    """The visitor touched 'Jag har läst'."""

    def __init__(self, window: QWidget, state: ViewState) -> None:
        super().__init__(window)
        self.setObjectName("AlertTakeover")
        self.setProperty("overlay", True)  # covers the window on purpose (layout check)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.state = state
        self.alerts: tuple[Alert, ...] = ()
        self.checked: datetime | None = None
        self.title = label(name="AlertTitle")
        self.card = QFrame()
        self.card.setObjectName("AlertCard")
        self.items = QVBoxLayout()
        self.items.setSpacing(28)
        inner = self.inner = QWidget()
        inner.setLayout(self.items)
        self.items.setContentsMargins(0, 0, 0, 0)
        self.scroller = scroll_area(inner)
        self.meta = label(name="AlertMeta")
        self.read_button = button(role="primary")
        self.read_button.setObjectName("AlertRead")
        self.read_button.clicked.connect(self.read)
        card_layout = self.card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(40, 32, 40, 28)
        card_layout.setSpacing(18)
        card_layout.addWidget(self.scroller, 1)
        card_layout.addWidget(self.meta)
        card_layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 28)
        outer.setSpacing(16)
        outer.addWidget(self.title)
        # The card takes the height its texts need (up to the window's), the rest stays below
        outer.addWidget(self.card, 1)
        outer.addStretch(0)
        window.installEventFilter(self)
        state.language_changed.connect(lambda _lang: self._fill())
        state.theme_changed.connect(self._fill)
        self.hide()

    def show_alerts(self, alerts: tuple[Alert, ...], checked: datetime | None) -> None:
        """Show `alerts` (newest first) with the time of the last good check."""
        fresh = alerts != self.alerts or not self.isVisible()
        self.alerts, self.checked = alerts, checked
        self._fill()
        if fresh:  # a warning shown anew starts at its top (issue 23: nothing carried over)
            self.scroller.verticalScrollBar().setValue(0)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.read_button.setFocus()

    def _fill(self) -> None:
        if not self.alerts:
            return
        self.setStyleSheet(takeover_sheet(self.state.theme))
        lang = self.state.lang
        vma = any(a.source == "vma" for a in self.alerts)
        self.title.setText(
            (
                self.tr("Important public announcement")
                if vma
                else self.tr("Message from the municipality")
            ).upper()
        )
        clear_layout(self.items)
        for alert in self.alerts:
            box = self._alert_box(alert, lang)
            self.items.addWidget(box)
            # Shown now, not when the layout next runs: `_fit` measures the texts, and a box
            # still hidden measured 0 px (after a language tap the alert shrank to a sliver).
            box.show()
        meta = [
            self.tr("Last checked at %1").replace("%1", clock_time(self.checked, self.state.lang))
        ]
        if not self.checked:
            meta = []
        self.meta.setText(" · ".join(meta))
        self.meta.setVisible(bool(meta))
        self.read_button.setText(self.tr("I have read this"))
        self.read_button.setAccessibleName(self.read_button.text())
        self._fit()

    def _fit(self) -> None:
        """The card as high as its texts (on a portrait screen the button sat far below them),
        scrolling where they need more than the window has."""
        needed = self.inner.heightForWidth(self._text_width())
        if needed < 0:
            needed = self.inner.sizeHint().height()
        self.scroller.setMinimumHeight(min(needed, 200))
        self.scroller.setMaximumHeight(needed + 8)
        card = self.card_layout
        margins = card.contentsMargins()
        meta = self.meta.sizeHint().height() + card.spacing() if self.meta.text() else 0
        chrome = margins.top() + margins.bottom() + card.spacing() + meta
        self.card.setMaximumHeight(needed + 8 + chrome + self.read_button.sizeHint().height())

    def _text_width(self) -> int:
        """The width the texts get inside the card (the window less both margins)."""
        parent = self.parentWidget()
        width = parent.width() if parent is not None else self.width()
        return max(200, width - 2 * 32 - 2 * 40 - 16)

    def _alert_box(self, alert: Alert, lang: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(label(alert.headline.get(lang), name="AlertHeadline"))
        if alert.area:
            layout.addWidget(label(alert.area, name="AlertMeta"))
        if alert.description:
            layout.addWidget(label(alert.description.get(lang), name="AlertBody"))
        if alert.instruction:
            layout.addWidget(self._instruction(alert.instruction.get(lang)))
        source = (
            [self.tr("Source: %1").replace("%1", alert.source_name)] if alert.source_name else []
        )
        if alert.sent:
            source.append(self.tr("Sent %1").replace("%1", day_time(alert.sent, lang)))
        if alert.ends:
            source.append(self.tr("Valid until %1").replace("%1", day_time(alert.ends, lang)))
        if source:
            layout.addWidget(label(" · ".join(source), name="AlertMeta"))
        return box

    def _instruction(self, text: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("AlertInstruction")
        row = QHBoxLayout(frame)
        row.setContentsMargins(22, 16, 22, 16)
        column = QVBoxLayout()
        column.addWidget(label(self.tr("What you should do"), role="h3"))
        body: QLabel = label(text, name="AlertInstructionText")
        column.addWidget(body)
        row.addLayout(column, 1)
        return frame

    def spoken(self) -> str:
        """Everything the takeover says, for speech: title, each alert's texts, the button."""
        lang = self.state.lang
        parts = [self.title.text().capitalize()]
        for alert in self.alerts:
            parts += [alert.headline.get(lang), alert.description.get(lang)]
            if alert.instruction:
                parts += [self.tr("What you should do"), alert.instruction.get(lang)]
            if alert.source_name:
                parts.append(self.tr("Source: %1").replace("%1", alert.source_name))
        parts.append(self.read_button.text())
        return " ".join(p.strip().rstrip(".") + "." for p in parts if p.strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's size."""
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None and watched is parent:
            self.setGeometry(parent.rect())
            if self.alerts:
                self._fit()
        return False
