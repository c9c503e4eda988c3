"""The top bar: service point name and village, content freshness, date and clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain import ContentInfo, ServicePoint
from kiosk.ui import i18n
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import label


class Header(QWidget):
    """Always visible. Updates the clock once a minute, on the minute (no busy timer)."""

    def __init__(
        self, state: ViewState, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._state = state
        self._clock = clock
        self._point: ServicePoint | None = None
        self._info: ContentInfo | None = None
        self._confirmed: datetime | None = None
        self._online = True
        self.logo = QLabel()
        self.logo.setObjectName("Logo")
        self.logo.setFixedSize(64, 64)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Name, village and freshness wrap on a narrow screen at large text rather than clip.
        self.name = label(name="PointName")
        self.village = label(name="PointVillage")
        self.date = label(name="Date", wrap=False)
        self.date.setMinimumWidth(1)  # hidden rather than clipped, see _fit_date
        self.time = label(name="Clock", wrap=False)
        self.freshness = label(name="Freshness")
        for right in (self.date, self.time, self.freshness):
            right.setAlignment(Qt.AlignmentFlag.AlignRight)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.name)
        left.addWidget(self.village)
        right_col = QVBoxLayout()
        right_col.setSpacing(0)
        time_row = QHBoxLayout()
        time_row.addStretch(1)
        time_row.addWidget(self.date, 0, Qt.AlignmentFlag.AlignBottom)
        time_row.addSpacing(14)
        time_row.addWidget(self.time, 0, Qt.AlignmentFlag.AlignBottom)
        right_col.addLayout(time_row)
        right_col.addWidget(self.freshness)
        self._compact = False
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 14, 32, 14)
        layout.setSpacing(18)
        layout.addWidget(self.logo)
        layout.addLayout(left, 1)
        layout.addLayout(right_col)
        self._minute = QTimer(self, singleShot=True)
        self._minute.timeout.connect(self._on_minute_timeout)
        state.language_changed.connect(self.refresh)
        state.theme_changed.connect(self._apply_theme)
        self._apply_theme()
        self._on_minute_timeout()

    def set_content(self, point: ServicePoint | None, info: ContentInfo | None) -> None:
        """Show this service point and the freshness of the content."""
        self._point = point
        self._info = info
        self.refresh()

    def set_sync(self, confirmed: datetime | None, online: bool) -> None:
        """When the content was last confirmed current by a sync, and whether the feed is reachable."""
        self._confirmed = confirmed
        self._online = online
        self.refresh()

    def refresh(self) -> None:
        """Re-render texts in the current language."""
        lang = self._state.lang
        now = self._clock()
        if self._point is not None:
            self.name.setText(self._point.name)
            village = self._point.village
            if self._point.example:
                village += " · " + self.tr("example service point")
            self.village.setText(village)
        else:
            self.name.setText(self.tr("Service point"))
            self.village.setText("")
        self.date.setText(i18n.long_date(now.date(), lang))
        self.time.setText(i18n.clock(now, lang))
        self.freshness.setText(self._freshness(now, lang))
        self._fit_date()
        self.logo.setAccessibleName(self.name.text())

    def _freshness(self, now: datetime, lang: str) -> str:
        if self._info is None:
            return self.tr("No content loaded yet")
        confirmed = max(self._info.loaded, self._confirmed or self._info.loaded).astimezone(
            now.tzinfo
        )
        days = (now.date() - confirmed.date()).days
        # The time never goes to a line of its own ('… tänään klo' / '19.28'): a no-break
        # space before it, and offline the two statements on two lines (issue 23).
        clock = "\u00a0" + i18n.clock(confirmed, lang)
        if days <= 0:
            text = self.tr("Updated today at %1").replace(" %1", clock).replace("%1", clock)
        elif days == 1:
            text = self.tr("Updated yesterday at %1").replace(" %1", clock).replace("%1", clock)
        else:
            text = self.tr("Updated %n day(s) ago", "", days)
        if not self._online:
            text = self.tr("No internet connection") + "\n" + text
        return text

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow screen at large text (720x1280 at A+) the clock stays, the date goes:
        the window could not be narrower than this bar."""
        super().resizeEvent(event)
        self._fit_date()

    def _fit_date(self) -> None:
        left = max(self.name.minimumSizeHint().width(), self.village.minimumSizeHint().width())
        right = self.date.sizeHint().width() + 14 + self.time.sizeHint().width()
        needed = 28 + 32 + 2 * 18 + self.logo.width() + left + right
        self.date.setVisible(self.width() >= needed)

    def set_compact(self, compact: bool) -> None:
        """Less padding and a smaller logo on a low window at large text (1280x720 at A++)."""
        if compact != self._compact:
            self._compact = compact
            margin = 6 if compact else 14
            self._layout.setContentsMargins(28, margin, 32, margin)
            self._apply_theme()

    def _apply_theme(self) -> None:
        theme = self._state.theme
        side = theme.px(48 if self._compact else 64)
        self.logo.setFixedSize(side, side)
        self.logo.setPixmap(
            theme.pixmap("storefront-fill", theme.palette.header, size=round(side * 40 / 64))
        )

    def _on_minute_timeout(self) -> None:
        self.refresh()
        now = self._clock()
        self._minute.start(max(1000, (60 - now.second) * 1000 - now.microsecond // 1000 + 50))
