"""The publisher's main window: the source folder on top, one tab per task, "Publicera" always in reach."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.publisher.content import ContentPanel
from kiosk.ui.publisher.fleet import FleetPanel
from kiosk.ui.publisher.preview import PreviewPanel
from kiosk.ui.publisher.style import apply_style


class PublisherWindow(QMainWindow):
    """Tabs: content, preview, publications, the shops' events, the service points (fleet)."""

    open_requested = Signal()
    create_requested = Signal()
    publish_requested = Signal()
    setup_requested = Signal()

    def __init__(
        self, content: ContentPanel, history: QWidget, shop_events: QWidget, lang: str = "sv"
    ) -> None:
        super().__init__()
        self.content = content
        self._asking = True
        """Whether closing asks about unsaved edits (not when the program itself closes)."""
        self.setObjectName("publisher")
        apply_style(self)
        self.folder = QLabel()
        self.folder.setObjectName("folder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.create_button = QPushButton()
        self.setup_button = QPushButton()
        self.publish_button = QPushButton()
        self.publish_button.setObjectName("publish")
        self.open_button.clicked.connect(self.open_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.setup_button.clicked.connect(self.setup_requested)
        self.publish_button.clicked.connect(self.publish_requested)
        content.start.open_requested.connect(self.open_requested)
        content.start.create_requested.connect(self.create_requested)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.state.hide()
        top = QHBoxLayout()
        names = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("title")
        names.addWidget(self.title)
        names.addWidget(self.folder)
        top.addLayout(names, 1)
        for button in (self.open_button, self.create_button, self.setup_button):
            top.addWidget(button)
        top.addSpacing(16)
        top.addWidget(self.publish_button)
        self.preview = PreviewPanel()
        self.fleet = FleetPanel(lang)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._pages: list[QWidget] = [content, self.preview, history, shop_events, self.fleet]
        for page in self._pages:
            self.tabs.addTab(page, "")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self._source_name = ""
        self._retranslate()

    def close_without_asking(self) -> None:
        """Close as the program ends (tests, a finished run): unsaved edits are not asked about."""
        self._asking = False
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The officer closes the window: an edit not yet saved is asked about, as when she picks
        another item (Spara / Släng ändringarna / Avbryt); Avbryt keeps the window open."""
        if self._asking and not self.content.may_leave(self.content.kind):
            event.ignore()
            return
        super().closeEvent(event)

    def show_source(self, path: str) -> None:
        """The open source folder (empty: none yet)."""
        self._source_name = path
        self._retranslate()

    def show_state(self, text: str, problem: bool = False) -> None:
        """One line under the top bar: what happened last, or what needs doing."""
        self.state.setText(text)
        self.state.setVisible(bool(text))
        self.state.setProperty("problem", problem)
        self.state.style().polish(self.state)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Service point kiosks – publishing"))
        self.title.setText(self.tr("Content for the service points' kiosks"))
        self.folder.setText(
            self.tr("Source folder: %1").replace("%1", self._source_name)
            if self._source_name
            else self.tr("No source folder is open yet.")
        )
        self.open_button.setText(self.tr("Open folder…"))
        self.create_button.setText(self.tr("New folder…"))
        self.setup_button.setText(self.tr("Settings…"))
        self.publish_button.setText(self.tr("Publish"))
        titles = [
            self.tr("Content"),
            self.tr("Preview"),
            self.tr("Publications"),
            self.tr("The shops' events"),
            self.tr("Service points"),
        ]
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
