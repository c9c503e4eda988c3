"""'Är du kvar?': a full-window overlay counting down before the visit ends; any touch dismisses it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QProgressBar, QVBoxLayout, QWidget

from kiosk.ui.widgets import button, label


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
        card = QFrame(self)
        card.setObjectName("CountdownCard")
        card.setMaximumWidth(760)
        self.question = label(role="h1")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number = label(name="CountdownNumber")
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
        card = self.number.parentWidget()
        for layout in (card.layout() if card else None, self.layout()):
            if layout is not None:  # the number's height is known only now that it is polished
                layout.activate()

    def tick(self, remaining: int) -> None:
        """Update the number, the bar and the sentence."""
        self.number.setText(str(remaining))
        # The number's large font comes from the style sheet: make the layout reserve its height.
        self.number.ensurePolished()
        self.number.setFixedHeight(self.number.fontMetrics().height())
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
