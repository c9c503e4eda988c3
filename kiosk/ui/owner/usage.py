"""The usage overview: visits per day and week, the most used sections, and the report export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.services.owner import OwnerService
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
        self.folder = QLineEdit()
        self.folder.setMinimumHeight(60)
        self.export = button(role="primary")
        self.export.setMinimumHeight(64)
        self.export.clicked.connect(self._on_export)
        self.export_result = label()
        export_card = Card()
        export_col = QVBoxLayout(export_card)
        export_col.setContentsMargins(30, 24, 30, 24)
        self.export_title = label(role="h2")
        export_col.addWidget(self.export_title)
        export_col.setSpacing(14)
        export_col.addWidget(self.folder)  # the button below the field: fits any width
        export_col.addWidget(self.export, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.export.setText(self.tr("Save the report"))
        self.folder.setPlaceholderText(self.tr("Folder or USB stick, e.g. /media/usb"))
        if not self.folder.text():
            sticks = sorted(
                p
                for root in self.service.image_folders[:2]
                if root.is_dir()
                for p in root.glob("*/*")
                if p.is_dir()
            )
            self.folder.setText(str(sticks[0]) if sticks else "")
        self.export.setEnabled(self.service.export_report is not None)
        if self.service.export_report is None:
            self.export_result.setText(self.tr("The report is not available in this version yet."))
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
        scale = self.state.theme.scale
        self._add(self.tr("Visits per day"), _chart("", day_labels, per_day, p.accent, scale))
        self._add(
            self.tr("Visits per week"),
            _chart(
                "",
                [self.tr("w. %1").replace("%1", str(w)) for w in week_keys],
                [weeks[w] for w in week_keys],
                p.positive,
                scale,
            ),
        )
        self._add(
            self.tr("Most used sections"),
            _chart(
                "", [self.section_name(k) for k, _ in top], [v for _, v in top], p.accent, scale
            ),
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

    def _add(self, title: str, chart: QChartView) -> None:
        card = Card()
        column = QVBoxLayout(card)
        column.setContentsMargins(24, 18, 24, 18)
        column.addWidget(label(title, role="h3"))
        column.addWidget(chart, 1)
        self.charts.addWidget(card)

    def _on_export(self) -> None:
        if self.service.export_report is None:
            return
        folder = Path(self.folder.text().strip() or ".")
        try:
            written = self.service.export_report(folder)
        except KioskError as error:
            self.export_result.setText(self.tr("Not saved: %1").replace("%1", str(error)))
            return
        self.export_result.setText(self.tr("Saved as %1").replace("%1", str(written)))
