"""'Är du kvar?': a full-window overlay counting down before the visit ends; any touch dismisses it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from kiosk.ui.widgets import button, label

NUMBER_HEIGHT_AT_A = 116
"""The number's line height at text size A (96 px Inter): the card widens with the text."""


class _Number(QLabel):
    """The large seconds left. Its font comes from the style sheet, and QLabel's size hint is
    the digits' tight box: keep a whole line's height, also after the text size changed while
    the overlay was hidden (the bar below was drawn over the digits)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("CountdownNumber")
        self.setTextFormat(Qt.TextFormat.PlainText)

    def changeEvent(self, event: QEvent) -> None:
        """A new font (style sheet, text size): a new height."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setMinimumHeight(self.fontMetrics().height())


class CountdownOverlay(QWidget):
    """Covers the window while the idle countdown runs. A touch anywhere means 'I am still here'."""

    stay = Signal()
    end_now = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Countdown")
        self.setProperty("overlay", True)  # covers the window on purpose (layout check)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._total = 30
        card = self.card = QFrame(self)
        card.setObjectName("CountdownCard")
        self.question = label(role="h1")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number = _Number()
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = label()
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        self.stay_button = button(role="primary")
        self.stay_button.clicked.connect(self.stay)
        self.end_button = button()
        self.end_button.clicked.connect(self.end_now)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(56, 44, 56, 44)
        inner.setSpacing(18)
        for widget in (
            self.question,
            self.number,
            self.progress,
            self.explain,
            self.stay_button,
            self.end_button,
        ):
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        # An aligned item gets its minimum height, not the height its wrapped text needs at
        # this width: the card is sized here, from its width (see _fit_card).
        outer.addStretch(1)
        self.retranslate()
        self.hide()

    def start(self, seconds: int) -> None:
        """Show the overlay with `seconds` left."""
        self._total = seconds
        self.progress.setRange(0, seconds)
        parent = self.parentWidget()
        if parent is not None:
            self.resize(parent.size())
        self.raise_()
        self.show()
        self.tick(seconds)
        self.number.ensurePolished()
        self._fit_card()

    def _fit_card(self) -> None:
        """The card at most 760 px wide (scaled with the text), as high as its texts need there."""
        layout = self.card.layout()
        if layout is None:
            return
        room = max(320, self.width() - 2 * 24)
        width = min(room, max(round(760 * self._scale()), layout.sizeHint().width()))
        self.card.setFixedSize(width, layout.heightForWidth(width))

    def _scale(self) -> float:
        """How much larger the text is than at A (the number's font against its A size)."""
        return max(1.0, self.number.fontMetrics().height() / NUMBER_HEIGHT_AT_A)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new window size: a new card width."""
        super().resizeEvent(event)
        self._fit_card()

    def tick(self, remaining: int) -> None:
        """Update the number, the bar and the sentence."""
        self.number.setText(str(remaining))
        self.progress.setValue(remaining)
        self.explain.setText(
            self.tr(
                "Your visit ends in %n second(s). Everything you did here will be erased.",
                "",
                remaining,
            )
        )
        self.number.setAccessibleName(self.explain.text())

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.question.setText(self.tr("Are you still there?"))
        self.stay_button.setText(self.tr("Yes, I'm still here"))
        self.end_button.setText(self.tr("End my visit now"))
        self.stay_button.setAccessibleName(self.stay_button.text())
        self.end_button.setAccessibleName(self.end_button.text())
        if self.isVisible():
            self.tick(self.progress.value())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A touch outside the buttons also means 'still here'."""
        self.stay.emit()
        event.accept()
