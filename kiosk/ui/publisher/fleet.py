"""The service points tab: each shop's kiosk in plain words, its home screen, the quarter's report."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.fleetview import FleetView
from kiosk.ui.i18n import day_time
from kiosk.ui.publisher.start import EmptyCard, primary

HOME_WIDTH = 320
"""The chosen kiosk's home screen beside the table: large enough to recognise the page, small
enough to leave the table most of a 1366 px wide window."""


class PlaceRow(QWidget):
    """The kiosks' upload place (folder or WebDAV address) and a button to read it again."""

    refresh_requested = Signal(str)

    def __init__(self, button: str) -> None:
        super().__init__()
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://www.example.se/dav/servicepunkter/")
        self.refresh = QPushButton(button)
        self.refresh.clicked.connect(self._on_refresh_clicked)
        self.address.returnPressed.connect(self._on_refresh_clicked)
        self.label = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.address, 1)
        row.addWidget(self.refresh)

    def _on_refresh_clicked(self) -> None:
        if self.address.text().strip():
            self.refresh_requested.emit(self.address.text().strip())


class FleetPanel(QWidget):
    """A table of service points; the chosen one's home screen beside it."""

    refresh_requested = Signal(str)
    report_requested = Signal(str)

    def __init__(self, lang: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        """The window's language, for dates."""
        self._home: dict[str, bytes] = {}
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.place = PlaceRow("")
        self.place.refresh_requested.connect(self.refresh_requested)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # The name, the time and open-or-closed are as wide as their longest text (a shop's
        # name is never cut off); what is wrong takes the rest of the width and wraps.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self.table.currentCellChanged.connect(self._on_table_changed)
        self.home_title = QLabel()
        self.home_title.setObjectName("subheading")
        self.home = QLabel()
        self.home.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.home.setFixedSize(HOME_WIDTH, HOME_WIDTH * 9 // 16)
        self.home.setWordWrap(True)
        self.home.setObjectName("home")
        self.side = QWidget()
        side = QVBoxLayout(self.side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.home_title)
        side.addWidget(self.home)
        side.addStretch(1)
        self.side.hide()  # until there is a kiosk to show
        self.report = QPushButton()
        self.report.clicked.connect(self._on_report_clicked)
        self.report.setEnabled(False)  # until there is a place to read the fleet from
        self.place.address.textChanged.connect(self._on_address_changed)
        self.board = QWidget()
        body = QHBoxLayout(self.board)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.table, 1)
        body.addWidget(self.side)
        self.read = primary(QPushButton())
        self.read.clicked.connect(self._on_read_clicked)
        self.empty = EmptyCard(self.read)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)  # until the first board is read
        self.pages.addWidget(self.board)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.place)
        layout.addWidget(self.state)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.report, 0, Qt.AlignmentFlag.AlignLeft)
        self._retranslate()

    def show_view(self, view: FleetView) -> None:
        """Fill the table from a fresh board."""
        self._home = view.home
        self.side.show()
        self.pages.setCurrentWidget(self.board)
        # The ones that need attention first: that is what the officer looks for.
        points = sorted(view.board.points, key=lambda p: p.ok)
        self.table.setRowCount(len(points))
        for row, point in enumerate(points):
            words = "; ".join(p.text_in(self._lang) for p in point.problems)
            words = words or self.tr("All is well")
            contact = (
                day_time(point.last_contact, self._lang) if point.last_contact else self.tr("Never")
            )
            open_now = {True: self.tr("Open"), False: self.tr("Closed"), None: ""}[point.open_now]
            for column, text in enumerate((point.label, words, contact, open_now)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, point.service_point)
                if column == 1 and not point.ok:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        fine = sum(p.ok for p in points)
        self.state.setText(
            self.tr("%1 of %2 service points are fine.")
            .replace("%1", str(fine))
            .replace("%2", str(len(points)))
        )
        if points:
            self.table.selectRow(0)

    def show_problem(self, text: str) -> None:
        """Reading the upload place failed, or a report is done: say so."""
        self.state.setText(text)

    def _on_table_changed(self, row: int) -> None:
        cell = self.table.item(row, 0)
        point = cell.data(Qt.ItemDataRole.UserRole) if cell else None
        picture = QPixmap()
        if point and picture.loadFromData(self._home.get(point, b"")):
            self.home.setPixmap(
                picture.scaled(
                    self.home.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.home.setText(self.tr("This kiosk has not sent a picture of its screen yet."))

    def _on_read_clicked(self) -> None:
        if self.place.address.text().strip():
            self.refresh_requested.emit(self.place.address.text().strip())
        else:
            self.place.address.setFocus()

    def _on_address_changed(self, text: str) -> None:
        self.report.setEnabled(bool(text.strip()))

    def _on_report_clicked(self) -> None:
        if self.place.address.text().strip():
            self.report_requested.emit(self.place.address.text().strip())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("How the service points' kiosks are doing"))
        self.home_title.setText(self.tr("The kiosk's home screen"))
        self.place.label.setText(self.tr("The kiosks upload to"))
        self.place.refresh.setText(self.tr("Update"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service point"), self.tr("State"), self.tr("Last contact"), self.tr("Now")]
        )
        self.report.setText(self.tr("Create the report for the last quarter…"))
        self.empty.title.setText(self.tr("Where do the kiosks upload?"))
        self.empty.text.setText(
            self.tr(
                "Every kiosk uploads a short note on how it is doing every 15 minutes. Write "
                "where they upload in the box above (the same address as upload_url in the "
                "kiosks' settings) and read them in."
            )
        )
        self.read.setText(self.tr("Read the service points"))
