"""The PIN pad in front of shop-owner mode: big keys, masked dots, a lockout that counts down."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.owner import MAX_CODE, MAX_DIGITS, MIN_DIGITS, OwnerService, PinError
from kiosk.ui.widgets import Card, button, label

KEY_SIZE = 104
SMALLEST_KEY = 64
"""On a low screen (1280x720 with two lines of explanation) the keys shrink to this at most:
still well above the 44 px a finger needs."""
KEY_GAP = 16


class PinPad(QWidget):
    """Asks for the PIN; emits `accepted` when it is right and `cancelled` on 'Avbryt'."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, service: OwnerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("page", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._service = service
        self.entered = ""
        self._stage = "pin"
        """What the digits are: the PIN, the setup code, a new PIN or its repetition."""
        self._code = ""
        self._new_pin = ""
        self.heading = label(role="h1")
        self.prompt = label(role="muted")
        self.dots = label(name="PinDots", wrap=False)
        self.message = label(name="PinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.heading, self.prompt, self.dots):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(KEY_GAP)
        for index, key in enumerate(
            ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
        ):
            pad_key = button(key, role="primary" if key == "ok" else "")
            pad_key.setObjectName("PinKey")
            pad_key.setFixedSize(KEY_SIZE, KEY_SIZE)
            pad_key.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(pad_key, index // 3, index % 3)
            self.keys[key] = pad_key
        self.cancel = button(role="")
        self.cancel.clicked.connect(self.cancelled)
        # The dots and a message share one line (a message says why the dots were emptied, and
        # the next digit clears it): heading, prompt, that line and the keys stay together.
        self.slot = QWidget()
        self._line = QStackedLayout(self.slot)
        self._line.addWidget(self.dots)
        self._line.addWidget(self.message)
        self.card = card = Card()
        card.setFixedWidth(520)
        column = QVBoxLayout(card)
        column.setContentsMargins(40, 36, 40, 36)
        column.setSpacing(12)
        for part in (self.heading, self.prompt, self.slot):
            column.addWidget(part)
        self.pad = QWidget()
        self.pad.setLayout(grid)
        column.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self._lock_timer = QTimer(self, interval=1000)
        self._lock_timer.timeout.connect(self.update_lock)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts (Swedish by default: the owner's language)."""
        self.heading.setText(self.tr("Shop-owner mode"))
        self.keys["del"].setText("⌫")
        self.keys["del"].setAccessibleName(self.tr("Erase"))
        self.keys["ok"].setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))

    def start(self) -> None:
        """Shown afresh: empty entry. With no usable PIN the municipality's one-time setup code
        lets the owner set the first one right here (no terminal); without a code, who to ask."""
        self.retranslate()  # in the language of the visit now, not of the first time
        self.entered = ""
        self._new_pin = ""
        self._code = ""
        self._tell("")
        problem = self._service.pin_problem()
        if problem and self._service.setup.available():
            self._stage = "code"
            why = (
                self.tr("No PIN has been set yet.")
                if problem == "missing"
                else self.tr("The PIN file is damaged.")
            )
            self._open(why + " " + self.tr("Enter the setup code from the municipality."))
        elif problem == "missing":
            self._closed(
                self.tr(
                    "No PIN has been set yet. Ask the municipality for this kiosk's setup code: "
                    "with it you set your PIN here on the screen."
                )
            )
        elif problem:
            self._closed(
                self.tr(
                    "The PIN file is damaged. Ask the municipality for a new setup code: with it "
                    "you set a new PIN here on the screen."
                )
            )
        else:
            self._stage = "pin"
            self._open(self.tr("Enter your PIN"))
        self._show_dots()
        self.setFocus()

    def _open(self, prompt: str) -> None:
        self._ask(prompt)
        self._set_keys_enabled(True)
        self.update_lock()

    def _closed(self, why: str) -> None:
        self._stage = "closed"
        self._ask(why)
        self._set_keys_enabled(False)
        self.pad.hide()
        self.slot.hide()
        self.cancel.setText(self.tr("Close"))

    def _ask(self, prompt: str) -> None:
        """What the owner is to enter (one line or an explanation of two or three)."""
        self.prompt.setText(prompt)
        self._fit_keys()

    def _tell(self, text: str) -> None:
        """A message in the dots' line (empty: the dots again)."""
        self.message.setText(text)
        self._line.setCurrentWidget(self.message if text else self.dots)
        if text:
            self.slot.show()  # also on a closed pad: why the new PIN was not saved

    def _set_keys_enabled(self, enabled: bool) -> None:
        self.slot.show()
        self.pad.show()
        self.cancel.setText(self.tr("Cancel"))
        for key in self.keys.values():
            key.setEnabled(enabled)

    def press(self, key: str) -> None:
        """A key of the pad (or the keyboard): digit, 'del' or 'ok'."""
        if not self.keys[key].isEnabled():
            return
        if key == "del":
            self.entered = self.entered[:-1]
        elif key == "ok":
            self._submit()
            return
        elif len(self.entered) < (MAX_CODE if self._stage == "code" else MAX_DIGITS):
            self.entered += key
            self._tell("")
        self._show_dots()

    def _submit(self) -> None:
        if self._stage == "code":
            self._submit_code()
            return
        if len(self.entered) < MIN_DIGITS:
            self._tell(self.tr("The PIN has 4 to 8 digits."))
            return
        if self._stage in ("new", "repeat"):
            self._submit_new_pin()
            return
        try:
            result = self._service.try_pin(self.entered)
        except PinError:
            self.start()
            return
        self.entered = ""
        self._show_dots()
        if result.ok:
            self.accepted.emit()
        elif result.locked_for:
            self.update_lock()
        else:
            self._tell(self.tr("Wrong PIN – try again."))

    def _submit_code(self) -> None:
        entered, self.entered = self.entered, ""
        self._show_dots()
        result = self._service.try_setup_code(entered)
        if result.ok:
            self._code = entered
            self._stage = "new"
            self._ask(self.tr("Choose your PIN: 4 to 8 digits that only you know."))
            self._tell("")
        elif result.locked_for:
            self.update_lock()
        else:
            self._tell(self.tr("Wrong setup code – try again."))

    def _submit_new_pin(self) -> None:
        entered, self.entered = self.entered, ""
        self._show_dots()
        if self._stage == "new":
            self._new_pin = entered
            self._stage = "repeat"
            self._ask(self.tr("Enter the same PIN once more."))
            self._tell("")
            return
        if entered != self._new_pin:
            self._stage = "new"
            self._ask(self.tr("Choose your PIN: 4 to 8 digits that only you know."))
            self._tell(self.tr("The two PINs differed – choose again."))
            return
        try:
            self._service.set_first_pin(self._code, entered)
        except PinError:
            self.start()
            self._tell(self.tr("The PIN could not be saved. Call the municipality."))
            return
        self.accepted.emit()

    def update_lock(self) -> None:
        """Lock the keys while the lockout lasts, counting the seconds down."""
        try:
            pins = self._service.setup if self._stage == "code" else self._service.pins
            left = pins.locked_for() if self._stage in ("code", "pin") else 0
        except PinError:
            left = 0
        for key in self.keys.values():
            key.setEnabled(left == 0)
        if left:
            wrong = (
                self.tr("Wrong setup code – try again in %1 s")
                if self._stage == "code"
                else self.tr("Wrong PIN – try again in %1 s")
            )
            self._tell(wrong.replace("%1", str(left)))
            self._lock_timer.start()
        else:
            if self._lock_timer.isActive():
                self._tell("")
            self._lock_timer.stop()

    def _show_dots(self) -> None:
        self.dots.setText(" ".join("●" * len(self.entered)) or " ")
        self.dots.setAccessibleName(self.tr("%n digit(s) entered", "", len(self.entered)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keys as large as the height allows: the pad must never be cut off at the foot."""
        super().resizeEvent(event)
        self._fit_keys()

    def _fit_keys(self) -> None:
        """The keys take the height the card's other rows leave (measured, not guessed: the
        explanation has one to three lines, the text size grows them), the card stays centred."""
        layout = self.layout()
        card = self.card.layout()
        if layout is None or card is None:
            return
        now = self.keys["1"].minimumHeight()
        card.activate()
        width = self.card.width()
        whole = card.totalHeightForWidth(width) if card.hasHeightForWidth() else -1
        rest = (whole if whole > 0 else card.totalSizeHint().height()) - 4 * now
        margins = layout.contentsMargins()
        room = self.height() - margins.top() - margins.bottom() - rest
        size = max(SMALLEST_KEY, min(KEY_SIZE, room // 4))
        if size != now:
            for key in self.keys.values():
                key.setFixedSize(size, size)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits, Backspace and Enter from a physical keyboard."""
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("del")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        else:
            super().keyPressEvent(event)
