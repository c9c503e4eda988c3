"""Publicera and Ångra: the password, a progress bar, the outcome in plain words; and the history."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.publish.history import Entry
from kiosk.ui.publisher.kinds import kind_names
from kiosk.ui.publisher.start import EmptyCard, primary
from kiosk.ui.publisher.style import apply_style


class PublishDialog(QDialog):
    """Asks what only the officer knows, then shows the publication's progress and outcome."""

    start_requested = Signal(str, str)  # key password, upload password ("" when kept)

    def __init__(self, where: str, undo: bool, ask_upload_password: bool, parent: QWidget) -> None:
        super().__init__(parent)
        apply_style(self)
        self.setWindowTitle(self.tr("Undo the last publication") if undo else self.tr("Publish"))
        self.setMinimumWidth(560)
        intro = (
            self.tr(
                "The kiosks will show again what the publication before the last one showed. "
                "It is published as a new version."
            )
            if undo
            else self.tr("Everything in the source folder is checked, signed and sent to:")
        )
        self.intro = QLabel(intro + "\n" + where)
        self.intro.setWordWrap(True)
        self.key_password = QLineEdit()
        self.key_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.upload_password = QLineEdit()
        self.upload_password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("The key's password"), self.key_password)
        if ask_upload_password:
            form.addRow(self.tr("Upload password"), self.upload_password)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.go = QPushButton(self.tr("Undo now") if undo else self.tr("Publish now"))
        self.go.setObjectName("publish")
        self.go.setDefault(True)
        self.go.clicked.connect(self._on_go_clicked)
        self.key_password.returnPressed.connect(self._on_go_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _on_go_clicked(self) -> None:
        if not self.go.isEnabled():
            return
        self.go.setEnabled(False)
        self.close_button.setEnabled(False)
        self.bar.show()
        self.bar.setRange(0, 0)  # busy until the first file: checking, building, signing
        self.message.setText(self.tr("Checking and signing…"))
        self.start_requested.emit(self.key_password.text(), self.upload_password.text())

    def show_progress(self, done: int, total: int, _file: str) -> None:
        """Files sent so far."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.message.setText(
            self.tr("Sending file %1 of %2…")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
        )

    def show_done(self, text: str) -> None:
        """It worked: say what the kiosks will do."""
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.message.setText(text)
        self.go.hide()
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)

    def show_failed(self, text: str) -> None:
        """It did not: the reason, and that nothing changed; another try is possible."""
        self.bar.hide()
        self.message.setText(text)
        self.message.setProperty("problem", True)
        self.go.setEnabled(True)
        self.close_button.setEnabled(True)


class HistoryPanel(QWidget):
    """Every published version with what changed, newest first; undo the latest."""

    undo_requested = Signal()
    publish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.undo = QPushButton()
        self.undo.clicked.connect(self.undo_requested)
        self.publish = primary(QPushButton())
        self.publish.clicked.connect(self.publish_requested)
        self.empty = EmptyCard(self.publish)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)  # until something is published
        self.pages.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignLeft)
        self._retranslate()

    def show_entries(self, published: Sequence[Entry]) -> None:
        """The history, newest first."""
        self.list.clear()
        names = kind_names()
        for entry in published:
            when = entry.published[:16].replace("T", " ")
            lines = [
                self.tr("Version %1, published %2")
                .replace("%1", str(entry.version))
                .replace("%2", when)
                + (
                    " " + self.tr("(undo back to version %1)").replace("%1", str(entry.undo_of))
                    if entry.undo_of
                    else ""
                ),
                entry.summary_sv(),
            ]
            for kind, lists in entry.changes.items():
                said = [
                    f"{word}: {', '.join(lists[key])}"
                    for key, word in (
                        ("added", "nya"),
                        ("changed", "ändrade"),
                        ("removed", "borttagna"),
                    )
                    if lists.get(key)
                ]
                if said:
                    lines.append(f"  {names.get(kind, kind)} – " + "; ".join(said))
            self.list.addItem(QListWidgetItem("\n".join(lines)))
        self.undo.setEnabled(len(published) >= 2)
        self.pages.setCurrentWidget(self.list if published else self.empty)
        self.undo.setVisible(bool(published))  # nothing to undo: no greyed-out button either

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Published versions"))
        self.undo.setText(self.tr("Undo the last publication"))
        self.empty.title.setText(self.tr("Nothing has been published from this folder yet."))
        self.empty.text.setText(
            self.tr(
                "When you press Publish, every kiosk shows what is in the folder within a "
                "quarter of an hour. Each publication is listed here, and the last one can be "
                "undone."
            )
        )
        self.publish.setText(self.tr("Publish…"))
