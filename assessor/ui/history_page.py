"""Past results of this profile: a trend over time and two results side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.app.readings import compare_results
from assessor.app.result_language import shown_in_language
from assessor.core.i18n import format_percent
from assessor.core.results.view import ResultView
from assessor.ui.chart_view import ChartView
from assessor.ui.charts_access import ChartFactory
from assessor.ui.locale_format import date_text, date_time_text
from assessor.ui.tables import give_way_column, keyboard_table
from assessor.ui.widgets import heading, plain_label

_ID = Qt.ItemDataRole.UserRole
_QUESTIONNAIRE_COLUMN = 1


class HistoryPage(QWidget):
    """The person's results over time, and a comparison of any two."""

    resultRequested = Signal(int)  # stored result id
    homeRequested = Signal()

    def __init__(self, charts: ChartFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: list[Any] = []
        self._shown: dict[int, dict[str, Any]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.title_label = heading(self.tr("Your results over time"))
        top.addWidget(self.title_label, 1)
        self.home_button = QPushButton(self.tr("Start &page"))
        self.home_button.setAccessibleDescription(self.tr("Back to the start page"))
        self.home_button.clicked.connect(self.homeRequested)
        top.addWidget(self.home_button)
        outer.addLayout(top)
        outer.addWidget(plain_label(self.tr(
            "Select two results to compare them side by side; open one to see it in full."),
            muted=True))
        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = keyboard_table(QTableWidget(0, 4))
        self.table.setAccessibleName(self.tr("Past results"))
        self.table.setHorizontalHeaderLabels([self.tr("Completed"), self.tr("Questionnaire"),
                                              self.tr("Level"), self.tr("Best-fitting role")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        give_way_column(self.table, _QUESTIONNAIRE_COLUMN, then=(3,))  # then the role
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _cell: self._open_selected())
        left_layout.addWidget(self.table, 1)
        self.open_button = QPushButton(self.tr("&Open selected result"))
        self.open_button.setAccessibleDescription(self.tr("Open the selected result"))
        self.open_button.clicked.connect(self._open_selected)
        left_layout.addWidget(self.open_button)
        upper.addWidget(left)
        self.trend_chart = ChartView(charts, "trend_figure",
                                     self.tr("Chart: your dimensions over time"))
        upper.addWidget(self.trend_chart)
        upper.setSizes([560, 640])
        splitter.addWidget(upper)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        self.compare_title = plain_label("", bold=True)
        lower_layout.addWidget(self.compare_title)
        self.compare_table = keyboard_table(QTableWidget(0, 4))
        self.compare_table.setAccessibleName(self.tr("Comparison of two results"))
        self.compare_table.setHorizontalHeaderLabels(["", self.tr("Earlier"), self.tr("Later"),
                                                      self.tr("Change")])
        self.compare_table.verticalHeader().hide()
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        lower_layout.addWidget(self.compare_table, 1)
        splitter.addWidget(lower)
        splitter.setSizes([420, 300])
        outer.addWidget(splitter, 1)

    def set_person(self, name: str | None) -> None:
        """Whose history this is: the person at the keyboard (None) or a client."""
        text = (self.tr("Your results over time") if name is None
                else self.tr("Results of {name} over time").format(name=name))
        self.title_label.setText(text)
        self.title_label.setAccessibleName(text)

    def set_results(self, stored: list[Any]) -> None:
        """`stored`: StoredResult records, oldest first."""
        self._stored = list(stored)
        # Shown in the app's language; the stored records are what is opened.
        self._shown = {entry.id: shown_in_language(entry.result) for entry in self._stored}
        self.table.setRowCount(len(stored))
        for row, entry in enumerate(reversed(self._stored)):
            result = ResultView.from_data(self._shown[entry.id])
            best = result.fits[0] if result.fits else None
            cells = [
                date_time_text(result.completed_at),
                result.questionnaire.title or "",
                result.placement_label or "—",
                f"{best.label} ({format_percent(best.fit)})" if best else "—",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(_ID, entry.id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.trend_chart.set_data([self._shown[entry.id] for entry in self._stored])
        self.table.clearSelection()
        if len(stored) >= 2:
            self.select_pair(self._stored[-2].id, self._stored[-1].id)
        else:
            self._show_comparison([])

    def select_pair(self, first_id: int, second_id: int) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.data(_ID) in (first_id, second_id):
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        cells = [self.table.item(row, 0) for row in rows]
        return [cell.data(_ID) for cell in cells if cell is not None]

    def _selection_changed(self) -> None:
        ids = self._selected_ids()
        self.open_button.setEnabled(len(ids) == 1)
        self._show_comparison(ids)

    def _show_comparison(self, ids: list[int]) -> None:
        by_id = {entry.id: entry for entry in self._stored}
        # No pair chosen: a hint in place of an empty table.
        self.compare_table.setVisible(len(ids) == 2)
        if len(ids) != 2:
            self.compare_title.setText(
                self.tr("Select two results in the table above to compare them.")
                if len(self._stored) >= 2 else
                self.tr("A comparison appears here once there are two results."))
            self.compare_table.setRowCount(0)
            return
        older, newer = sorted((by_id[i] for i in ids), key=self._stored.index)
        when = [date_text(ResultView.from_data(e.result).completed_at) for e in (older, newer)]
        self.compare_title.setText(self.tr("Comparing {0} with {1}").format(*when))
        self.compare_table.setHorizontalHeaderLabels(["", when[0], when[1], self.tr("Change")])
        rows = compare_results(self._shown[older.id], self._shown[newer.id])
        self.compare_table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            for column, text in enumerate((entry.label, entry.before, entry.after, entry.delta)):
                self.compare_table.setItem(row, column, QTableWidgetItem(text))
        self.comparison_rows = rows

    def _open_selected(self) -> None:
        ids = self._selected_ids()
        if len(ids) >= 1:
            self.resultRequested.emit(ids[0])
