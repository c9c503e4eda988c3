"""Above every page: the red band of an alert a visitor has read, and on the home screen SMHI's
warnings (verbatim, 'Källa: SMHI'), Krisinformation's news and the quiet 'could not check' line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.alerts.model import Alert
from kiosk.ui.alerts.style import clock_time, day_time, strip_sheet
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import label

if TYPE_CHECKING:
    from kiosk.alerts.check import Snapshot

MAX_WEATHER = 2
MAX_NEWS = 1


class Band(QLabel):
    """The red band: wraps its text on a narrow screen (a button would cut it) and opens the
    alert on a touch, or Enter/Space where keys are in use."""

    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("AlertBand")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(56)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A touch opens the alert."""
        if self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space opens the alert."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


class AlertStrip(QWidget):
    """A column of lines between the header and the page; empty (hidden) when all is calm."""

    open_requested = Signal()
    """The band was touched: show the alert again."""

    def __init__(self, state: ViewState) -> None:
        super().__init__()
        self.setObjectName("AlertStrip")
        self.state = state
        self.snapshot: Snapshot | None = None
        self.band_on = False
        self.at_home = False
        self.roomy = True
        """A window high enough for SMHI's description and the news' preamble under their titles."""
        self.band = Band()
        self.band.clicked.connect(self.open_requested)
        self.weather: list[QLabel] = [label(name="AlertWeather") for _ in range(MAX_WEATHER)]
        self.news: list[QLabel] = [label(name="AlertNews") for _ in range(MAX_NEWS)]
        self.stale = label(name="AlertStale")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.band, *self.weather, *self.news, self.stale):
            layout.addWidget(widget)
            widget.hide()
        state.language_changed.connect(lambda _lang: self._fill())
        state.theme_changed.connect(self._fill)
        self.hide()

    def show_snapshot(self, snapshot: Snapshot, band: bool, at_home: bool, roomy: bool) -> None:
        """Lines for `snapshot`: the band when `band`, the rest only on the home screen; each
        item's second line only when `roomy` (on a low screen or at large text the page below
        kept a strip of itself)."""
        self.snapshot, self.band_on, self.at_home, self.roomy = snapshot, band, at_home, roomy
        self._fill()

    def _fill(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        self.setStyleSheet(strip_sheet(self.state.theme))
        lang = self.state.lang
        takeovers = snapshot.takeovers
        self.band.setVisible(self.band_on and bool(takeovers))
        if takeovers:
            headline = takeovers[0].headline.get(lang)
            self.band.setText(f"⚠  {self.tr('%1 – touch to read').replace('%1', headline)}")
            self.band.setAccessibleName(self.band.text())
        weather = [a for a in snapshot.shown if a.source == "smhi"][:MAX_WEATHER]
        news = [a for a in snapshot.shown if a.source == "krisinformation"][:MAX_NEWS]
        for line, alert in zip(self.weather, weather + [None] * MAX_WEATHER, strict=False):
            text = self._weather_text(alert, lang) if alert else ""
            self._line(line, text, alert.level if alert else "")
        for line, alert in zip(self.news, news + [None] * MAX_NEWS, strict=False):
            self._line(line, self._news_text(alert, lang) if alert else "", "")
        stale = snapshot.stale_since
        sentence = self.tr("Could not check for warnings since %1 – listen to Sveriges Radio P4")
        stale_text = sentence.replace("%1", clock_time(stale, lang)) if stale else ""
        # With an alert on screen the line shows everywhere: its text may be out of date.
        self._line(self.stale, stale_text, "", home_only=not takeovers)
        self.setVisible(
            any(w.isVisibleTo(self) for w in (self.band, *self.weather, *self.news, self.stale))
        )

    def _line(self, widget: QLabel, text: str, level: str, home_only: bool = True) -> None:
        shown = bool(text) and (self.at_home or not home_only)
        widget.setVisible(shown)
        if shown:
            widget.setText(text)
            widget.setProperty("level", level)
            widget.setAccessibleName(widget.text())
            widget.style().polish(widget)

    def _weather_text(self, alert: Alert, lang: str) -> str:
        """SMHI's own words, its level's name, where and until when, and the source."""
        level = {
            "red": self.tr("Red warning"),
            "orange": self.tr("Orange warning"),
            "yellow": self.tr("Yellow warning"),
            "message": self.tr("Message"),
        }.get(alert.level, "")
        when = self.tr("until %1").replace("%1", day_time(alert.ends, lang)) if alert.ends else ""
        source = self.tr("Source: %1").replace("%1", "SMHI")
        first = f"{level}: {alert.headline.get(lang)} – {alert.area}"
        lines = [" · ".join(p for p in (first, when, source) if p)]
        if alert.description and self.roomy:
            lines.append(alert.description.get(lang))
        return "\n".join(lines)

    def _news_text(self, alert: Alert, lang: str) -> str:
        source = self.tr("Source: %1").replace("%1", alert.source_name)
        first = f"{alert.headline.get(lang)} · {source}"
        if alert.description and self.roomy:
            return f"{first}\n{alert.description.get(lang)}"
        return first
