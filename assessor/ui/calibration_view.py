"""Self-rating against knowledge checks, per dimension, with a reading in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.app.readings import calibration_rows
from assessor.core.i18n import format_percent
from assessor.core.results.view import ResultView
from assessor.ui.chart_view import ChartView
from assessor.ui.charts_access import ChartFactory
from assessor.ui.tables import keyboard_table, rows_follow_width


def _pct(value: float | None) -> str:
    return "—" if value is None else format_percent(value)


class CalibrationView(QWidget):
    """Self-rating against knowledge checks: the chart and a sentence per dimension."""

    def __init__(self, charts: ChartFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = ChartView(charts, "calibration_figure",
                               self.tr("Chart: self-rating against knowledge checks"))
        layout.addWidget(self.chart, 3)
        self.table = keyboard_table(QTableWidget(0, 4))
        self.table.setAccessibleName(self.tr("Self-rating against knowledge checks"))
        self.table.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("Self-rating"),
                                              self.tr("Knowledge checks"), self.tr("Reading")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        rows_follow_width(self.table)  # filled before the tab is shown, at another width
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 2)
        self.readings: list[str] = []

    def set_result(self, result: ResultView | Mapping[str, Any]) -> None:
        rows = calibration_rows(result)
        self.readings = [row.reading for row in rows]
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = [row.label, _pct(row.self_rating), _pct(row.knowledge), row.reading]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (1, 2):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, cell)
        self.table.resizeRowsToContents()
        self.chart.set_data(result)
