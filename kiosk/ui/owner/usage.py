"""The usage overview: visits per day and week, the most used sections, and the report export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.services.owner import OwnerService
from kiosk.ui.flow import flow_holder
from kiosk.ui.owner.reflow import columns_holder
from kiosk.ui.owner.view import OwnerView
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import Card, button, clear_layout, label

DAYS = 14
WEEKS = 8
TOP_SECTIONS = 6
CHART_FONT_MAX = 1.15
"""The charts' labels grow with the text only this much: more and 14 days' numbers are elided."""
CHART_MIN = 520
"""Charts narrower than this (at text size A) stand one above the other."""


def _chart(
    title: str, labels: list[str], values: list[int], color: str, scale: float = 1.0
) -> QChartView:
    """A plain bar chart: one series, integer axis, no legend, the kiosk's font."""
    bars = QBarSet(title)
    bars.append([float(v) for v in values])
    bars.setColor(QColor(color))
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().hide()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    font = QFont(
        "Inter", round(13 * min(scale, CHART_FONT_MAX))
    )  # 14 days must fit a portrait width
    x = QBarCategoryAxis()
    x.append(labels)
    x.setLabelsFont(font)
    y = QValueAxis()
    y.setRange(0, max(4, max(values, default=0)))
    y.setLabelFormat("%d")
    y.setTickCount(5)
    y.setLabelsFont(font)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(round(250 * scale))
    view.setStyleSheet("background: transparent;")
    return view


class UsageView(OwnerView):
    """Charts from the statistics' daily counters; '—' until the statistics side exists."""

    def __init__(
        self, service: OwnerService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, state, parent)
        self.note = label(role="muted")
        charts, self.charts = columns_holder(CHART_MIN)
        self.export_note = label(role="muted")
        self.sticks: dict[Path, QPushButton] = {}
        """A button per USB stick plugged in: the report is saved on the one touched."""
        self.rescan = button()
        self.rescan.setMinimumHeight(64)
        self.rescan.clicked.connect(self._show_sticks)
        self.buttons, self._flow = flow_holder(14)
        self.buttons.setProperty("page", False)
        self.export_result = label()
        self.export_result.hide()  # until a report was saved (or was not)
        export_card = Card()
        export_col = QVBoxLayout(export_card)
        export_col.setContentsMargins(30, 24, 30, 24)
        self.export_title = label(role="h2")
        export_col.addWidget(self.export_title)
        export_col.setSpacing(14)
        export_col.addWidget(self.export_note)
        export_col.addWidget(self.buttons)
        export_col.addWidget(self.export_result)
        self.column.addWidget(self.note)
        self.column.addWidget(charts)
        self.column.addWidget(export_card)
        self.column.addStretch(1)
        state.theme_changed.connect(self._on_state_theme_changed)
        self._on_state_theme_changed()

    def _on_state_theme_changed(self) -> None:
        self.charts.set_min_column(self.state.theme.px(CHART_MIN))

    def retranslate(self) -> None:
        """Texts and chart labels."""
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the counters."""
        self.heading.setText(self.tr("Usage"))
        self.export_title.setText(self.tr("Report for the municipality"))
        self.rescan.setText(self.tr("Look again"))
        self._show_sticks()
        clear_layout(self.charts)
        counters = self.service.counters(WEEKS * 7)
        if counters is None:
            self.note.setText(
                self.tr("No usage figures yet: the statistics start with the next version.")
            )
            return
        self.note.setText(
            self.tr(
                "Visitors are counted without anything about who they are. Your own use in shop-owner mode is never counted."
            )
        )
        self._draw(counters)

    def _draw(self, counters: dict[date, dict[str, int]]) -> None:
        today = self.service.clock().date()
        days = [today - timedelta(days=n) for n in range(DAYS - 1, -1, -1)]
        day_labels = [str(d.day) for d in days]
        per_day = [counters.get(d, {}).get("visits", 0) for d in days]
        weeks: dict[int, int] = {}
        for offset in range(WEEKS * 7):
            d = today - timedelta(days=offset)
            week = d.isocalendar().week
            weeks[week] = weeks.get(week, 0) + counters.get(d, {}).get("visits", 0)
        week_keys = list(reversed(list(weeks)))[-WEEKS:]
        sections: dict[str, int] = {}
        for values in counters.values():
            for key, count in values.items():
                if key.startswith("section:"):
                    sections[key.split(":", 1)[1]] = sections.get(key.split(":", 1)[1], 0) + count
        top = sorted(sections.items(), key=lambda kv: -kv[1])[:TOP_SECTIONS]
        p = self.state.theme.palette
        self._add(self.tr("Visits per day"), day_labels, per_day, p.accent)
        self._add(
            self.tr("Visits per week"),
            [self.tr("w. %1").replace("%1", str(w)) for w in week_keys],
            [weeks[w] for w in week_keys],
            p.positive,
        )
        self._add(
            self.tr("Most used sections"),
            [self.section_name(k) for k, _ in top],
            [v for _, v in top],
            p.accent,
        )

    def section_name(self, section: str) -> str:
        """The kiosk's sections as the owner knows them."""
        return {
            "home": self.tr("Home"),
            "places": self.tr("Tourist info"),
            "events": self.tr("What's on"),
            "services": self.tr("E-services"),
            "brochures": self.tr("Brochures"),
            "search": self.tr("Search"),
            "about": self.tr("About"),
            "notices": self.tr("Notices"),
        }.get(section, section)

    def _add(self, title: str, labels: list[str], values: list[int], color: str) -> None:
        """A chart in its card; with nothing counted yet, a line that says so instead of an
        empty frame of axes."""
        card = Card()
        column = QVBoxLayout(card)
        column.setContentsMargins(30, 24, 30, 24)  # as the report's card below and every owner card
        column.addWidget(label(title, role="h2"))
        scale = self.state.theme.scale
        if any(values):
            column.addWidget(_chart("", labels, values, color, scale), 1)
        else:
            empty = label(self.tr("No figures yet"), role="muted")
            empty.setObjectName("NoFigures")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setMinimumHeight(round(90 * scale))  # short: the report below stays near
            column.addWidget(empty, 1)
        self.charts.addWidget(card)

    def _show_sticks(self) -> None:
        """A button per USB stick found now, and 'Titta igen' for one put in later."""
        self._flow.removeWidget(self.rescan)
        clear_layout(self._flow)
        available = self.service.export_report is not None
        self.sticks = {}
        for stick in self.service.usb_sticks() if available else []:
            save = button(self.tr("Save on %1").replace("%1", stick.name), role="primary")
            save.setMinimumHeight(64)
            save.clicked.connect(lambda _=False, s=stick: self._on_export(s))
            self._flow.addWidget(save)
            self.sticks[stick] = save
        self._flow.addWidget(self.rescan)
        self.rescan.setVisible(available)
        if not available:
            self.export_note.setText(self.tr("The report is not available in this version yet."))
        elif self.sticks:
            self.export_note.setText(
                self.tr("The report for the last twelve months, as a PDF. Touch the USB stick.")
            )
        else:
            self.export_note.setText(
                self.tr("No USB stick found. Put one in the computer and touch 'Look again'.")
            )

    def _on_export(self, stick: Path) -> None:
        if self.service.export_report is None:
            return
        try:
            written = self.service.export_report(stick)
        except KioskError as error:
            self.export_result.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            self.export_result.show()
            return
        self.export_result.setText(
            self.tr("Saved on %1 as %2").replace("%1", stick.name).replace("%2", written.name)
        )
        self.export_result.show()
