"""One client's results over time: the list, a trend chart per dimension with the level at
each date, and what to do with them (open one, present one full-screen, export the whole
history as a PDF)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.app.prompts import Prompts
from assessor.app.result_language import shown_in_language
from assessor.core.errors import AssessorError
from assessor.core.i18n import format_percent
from assessor.core.results.history import client_history, when_text
from assessor.core.results.view import ResultView
from assessor.ui.chart_view import ChartView
from assessor.ui.charts_access import ChartFactory
from assessor.ui.clients_model import ClientsModel
from assessor.ui.locale_format import date_time_text
from assessor.ui.presentation import PresentationView
from assessor.ui.tables import give_way_column, keyboard_table
from assessor.ui.widgets import plain_label

_ID = Qt.ItemDataRole.UserRole


class ClientResultsView(QWidget):
    """The current client's results: list, trend chart and history report export."""

    resultRequested = Signal(int)  # stored result id

    def __init__(self, model: ClientsModel, charts: ChartFactory, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._charts = charts
        self._prompts = prompts
        self._stored: list[Any] = []
        self.presentation: PresentationView | None = None
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = keyboard_table(QTableWidget(0, 4))
        self.table.setAccessibleName(self.tr("The client's results"))
        self.table.setHorizontalHeaderLabels([self.tr("Completed"), self.tr("Questionnaire"),
                                              self.tr("Level"), self.tr("Best-fitting role")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        give_way_column(self.table, 1, then=(3,))  # the title, then the role
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _cell: self.open_selected())
        splitter.addWidget(self.table)
        self.trend_chart = ChartView(charts, "trend_figure",
                                     self.tr("Chart: the client's dimensions over time"))
        splitter.addWidget(self.trend_chart)
        splitter.setSizes([130, 470])
        layout.addWidget(splitter, 1)
        self.empty_label = plain_label(self.tr(
            "No results yet. Take a questionnaire from the start page while this client is "
            "selected, or import their result file."), muted=True)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open result"))
        self.open_button.setAccessibleDescription(self.tr("Open the selected result"))
        self.open_button.clicked.connect(self.open_selected)
        self.present_button = QPushButton(self.tr("Present f&ull screen"))
        self.present_button.setAccessibleDescription(
            self.tr("Present the selected result full screen, without private notes"))
        self.present_button.clicked.connect(self.present_selected)
        self.include_notes = QCheckBox(self.tr("Include session no&tes"))
        self.include_notes.setToolTip(self.tr("Notes are private; include them only in a "
                                              "report meant for you."))
        self.include_notes.setChecked(False)
        self.export_button = QPushButton(self.tr("E&xport history PDF…"))
        self.export_button.setAccessibleDescription(self.tr("Export the client's history as a PDF"))
        self.export_button.clicked.connect(self.export_history)
        row.addWidget(self.open_button)
        row.addWidget(self.present_button)
        row.addStretch(1)
        row.addWidget(self.include_notes)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        model.currentChanged.connect(lambda _id: self.refresh())
        model.resultsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self._stored = self._model.results()
        # Shown in the app's language; the stored records are what is opened and exported.
        shown = {entry.id: shown_in_language(entry.result) for entry in self._stored}
        self.table.setRowCount(len(self._stored))
        for row, entry in enumerate(reversed(self._stored)):  # newest first
            result = ResultView.from_data(shown[entry.id])
            best = result.fits[0] if result.fits else None
            cells = [date_time_text(result.completed_at), result.questionnaire.title or "",
                     result.placement_label or "—",
                     f"{best.label} ({format_percent(best.fit)})" if best else "—"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(_ID, entry.id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.empty_label.setVisible(not self._stored)
        self.trend_chart.set_data([shown[entry.id] for entry in self._stored])
        if self._stored:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        cell = self.table.item(min(rows), 0) if rows else None
        return int(cell.data(_ID)) if cell is not None else None

    def select_result(self, result_id: int) -> None:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.data(_ID) == result_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.present_button.setEnabled(chosen)
        self.export_button.setEnabled(bool(self._stored))

    def open_selected(self) -> None:
        result_id = self.selected_id()
        if result_id is not None:
            self.resultRequested.emit(result_id)

    def present_selected(self) -> PresentationView | None:
        result_id = self.selected_id()
        if result_id is None:
            return None
        result = next(e.result for e in self._stored if e.id == result_id)
        current = self._model.current()
        if self.presentation is not None:
            self.presentation.close()
        # A window of its own (no parent), so it can cover the whole screen.
        # The client's name on the screen ("Alex's level"); none for the app's own user.
        name = current.name if current is not None and current.id != self._model.own_id else ""
        self.presentation = PresentationView(shown_in_language(result), name, self._charts)
        self.presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.showFullScreen()
        return self.presentation

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.window().activateWindow()

    def export_history(self) -> Path | None:
        current = self._model.current()
        if current is None or not self._stored:
            return None
        stamp = when_text(self._stored[-1].result)[:10]
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in current.name)
        path = self._prompts.pick_save_file(self.tr("Export history"),
                                            f"{safe}-history-{stamp}.pdf",
                                            self.tr("PDF report (*.pdf)"))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            notes = self._model.notes() if self.include_notes.isChecked() else []
            # The results' texts in the app's language, as the page shows them.
            shown = [replace(e, result=shown_in_language(e.result)) for e in self._stored]
            history = client_history(current.name, shown, notes,
                                     include_notes=self.include_notes.isChecked())
            from assessor.reports.history_pdf import write_history_pdf  # Qt painting, lazily

            write_history_pdf(history, [e.result for e in shown], path)
        except (OSError, ValueError, AssessorError) as exc:
            self._prompts.show_error(self.tr("Export failed"),
                                     self.tr("The history could not be written to {0}: {1}")
                                     .format(path, exc))
            return None
        self._prompts.show_info(self.tr("History exported"),
                                self.tr("The history was saved to {0}.").format(path))
        return path
