"""The touch side of speech: the 'Lyssna' buttons and the bar of speech controls shown in speech mode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.flow import FlowLayout
from kiosk.ui.widgets import button

from .keypad import Action


def tr(text: str) -> str:
    """A control's text in the current language (context 'Speech')."""
    return QCoreApplication.translate("Speech", text)


def listen_button(role: str = "") -> QPushButton:
    """'Lyssna': starts speech mode; large and labelled, never an icon alone."""
    widget = button(role=role, checkable=not role)  # in the bottom bar it shows speech is on
    widget.setObjectName("ListenButton")
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    retranslate_listen(widget)
    return widget


def retranslate_listen(widget: QPushButton) -> None:
    """The Listen button's text and accessible name in the current language."""
    widget.setText(tr("Listen"))
    widget.setAccessibleName(tr("Listen: read the screen aloud"))


_BAR: tuple[tuple[Action, str], ...] = (
    (Action.SILENCE, "Quiet"),
    (Action.REPEAT, "Repeat"),
    (Action.SLOWER, "Slower"),
    (Action.FASTER, "Faster"),
    (Action.SOFTER, "Softer"),
    (Action.LOUDER, "Louder"),
    (Action.HELP, "Help"),
)


class SpeechBar(QWidget):
    """One touch each: quiet, repeat, slower, faster, softer, louder, help (speech mode only)."""

    triggered = Signal(object)
    """The Action of the button touched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SpeechBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.buttons: dict[Action, QPushButton] = {}
        # The buttons wrap to a second row where one is too narrow (720 px portrait at A+).
        layout = FlowLayout(self, spacing=10)
        layout.setContentsMargins(24, 4, 24, 4)
        for action, _text in _BAR:
            widget = button()
            # A touch here keeps focus where the visitor was; each has its own key (keypad.py).
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            widget.clicked.connect(lambda _=False, a=action: self.triggered.emit(a))
            layout.addWidget(widget)
            self.buttons[action] = widget
        layout.addStretch(1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Texts and accessible names in the current language."""
        for action, text in _BAR:
            self.buttons[action].setText(tr(text))
            self.buttons[action].setAccessibleName(tr(text))
