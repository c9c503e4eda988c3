"""The preview tab: a kiosk page for a chosen service point, language, look and screen size."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import LANGUAGES
from kiosk.services.previewer import PAGES, SIZES, PreviewChoice
from kiosk.ui.i18n import NATIVE_NAMES


class PreviewPanel(QWidget):
    """Choices on the left, the picture the kiosk would show on the right."""

    requested = Signal(object)  # PreviewChoice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self.point = QComboBox()
        self.page = QComboBox()
        self.lang = QComboBox()
        self.text_size = QComboBox()
        self.colours = QComboBox()
        self.screen_size = QComboBox()
        for code in LANGUAGES:
            self.lang.addItem(NATIVE_NAMES[code], code)
        for box in self._boxes():
            box.currentIndexChanged.connect(self._on_choice_changed)
            # A long shop name must not push the boxes' labels out of the narrow side panel.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
        self.refresh = QPushButton()
        self.refresh.clicked.connect(self._on_choice_changed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(320, 240)
        self.picture.setStyleSheet("background: #2b2b2b; border-radius: 6px; color: #e8ecea;")
        self.picture.setWordWrap(True)
        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(6)]
        for label, box in zip(self._labels, self._boxes(), strict=True):
            label.setBuddy(box)
            self._form.addRow(label, box)
        side = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        side.addWidget(self.heading)
        side.addWidget(self.hint)
        side.addLayout(self._form)
        side.addWidget(self.refresh)
        side.addWidget(self.status)
        side.addStretch(1)
        holder = QWidget()
        holder.setLayout(side)
        holder.setFixedWidth(340)
        layout = QHBoxLayout(self)
        layout.addWidget(holder)
        layout.addWidget(self.picture, 1)
        self._retranslate()

    def _boxes(self) -> list[QComboBox]:
        return [self.point, self.page, self.lang, self.text_size, self.colours, self.screen_size]

    def set_service_points(self, points: Sequence[tuple[str, str]]) -> None:
        """(id, name) of the source's service points; the choice is kept when it still exists."""
        current = self.point.currentData()
        self.point.blockSignals(True)
        self.point.clear()
        for point_id, name in points:
            self.point.addItem(name, point_id)
        index = max(self.point.findData(current), 0)
        self.point.setCurrentIndex(index)
        self.point.blockSignals(False)
        self._say_when_empty()

    def _say_when_empty(self) -> None:
        """Without a service point nothing can be drawn: say so in the dark frame."""
        if self.point.count() == 0:
            self._pixmap = None
            self.picture.setText(
                self.tr(
                    "The kiosk's pages are drawn here once the source folder has at least one "
                    "service point."
                )
            )

    def choice(self) -> PreviewChoice | None:
        """What the boxes say now (None without any service point)."""
        point = self.point.currentData()
        if not point:
            return None
        return PreviewChoice(
            service_point=str(point),
            page=str(self.page.currentData()),
            lang=str(self.lang.currentData()),
            text_size=int(self.text_size.currentData()),
            high_contrast=bool(self.colours.currentData()),
            size=self.screen_size.currentData(),
        )

    def show_busy(self) -> None:
        """A render is under way."""
        self.status.setText(self.tr("Drawing the kiosk's page…"))

    def show_picture(self, path: str) -> None:
        """Show the rendered PNG, scaled to fit."""
        self._pixmap = QPixmap(path)
        choice = self.choice()
        self.status.setText(
            self.tr("This is how the kiosk at %1 will show it once you publish.").replace(
                "%1", self.point.currentText()
            )
            if choice
            else ""
        )
        self._fit()

    def show_problem(self, text: str) -> None:
        """The preview could not be drawn: say why in plain words."""
        self.status.setText(text)

    def _on_choice_changed(self) -> None:
        choice = self.choice()
        if choice is not None:
            self.requested.emit(choice)

    def _fit(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            self.picture.clear()
            self._say_when_empty()
            return
        self.picture.setPixmap(
            self._pixmap.scaled(
                self.picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the picture fitted to the space it has."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Preview"))
        self.hint.setText(
            self.tr(
                "The kiosk's own pages, drawn from what you have written but not yet "
                "published. Visitors see nothing until you publish."
            )
        )
        texts = [
            self.tr("Service point"),
            self.tr("Page"),
            self.tr("Language"),
            self.tr("Text size"),
            self.tr("Colours"),
            self.tr("Screen"),
        ]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._refill(self.page, [(self._page_name(page), page) for page in PAGES])
        self._refill(
            self.text_size,
            [
                (self.tr("Normal (A)"), 0),
                (self.tr("Larger (A+)"), 1),
                (self.tr("Largest (A++)"), 2),
            ],
        )
        self._refill(
            self.colours, [(self.tr("Normal colours"), False), (self.tr("High contrast"), True)]
        )
        sizes = [self.tr("Wide screen 1920 × 1080"), self.tr("Small screen 1366 × 768")]
        sizes.append(self.tr("Standing screen 1080 × 1920"))
        self._refill(self.screen_size, list(zip(sizes, SIZES, strict=True)))
        self.refresh.setText(self.tr("Draw again"))
        self._say_when_empty()

    def _page_name(self, page: str) -> str:
        names = {
            "home": self.tr("Start page"),
            "notices": self.tr("Notices"),
            "events": self.tr("What's on"),
            "places": self.tr("Tourist information"),
            "services": self.tr("E-services"),
            "brochures": self.tr("Brochures"),
            "about": self.tr("About the service point"),
            "attract": self.tr("Screen saver"),
        }
        return names.get(page, page)

    @staticmethod
    def _refill(box: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        index = box.currentIndex()
        box.blockSignals(True)
        box.clear()
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
