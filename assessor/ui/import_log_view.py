"""The cohort import's log as a table: one row per file with its status and the reason,
refused files first; a filter field narrows it to the rows that mention what is typed
(a file name, "refused", "integrity")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessor.ui.tables import keyboard_table
from assessor.ui.widgets import plain_label


class ImportLogView(QWidget):
    """What a cohort import did with each file, filterable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        filter_label = QLabel(self.tr("Filter &by:"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter the imported files"))
        self.filter_edit.setPlaceholderText(self.tr("File name, status or reason"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label.setBuddy(self.filter_edit)
        self.count_label = plain_label("", muted=True)
        row.addWidget(filter_label)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.count_label)
        layout.addLayout(row)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("File"), self.tr("Status"),
                                              self.tr("Reason")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = keyboard_table(QTableView())
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Files imported: accepted and refused"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        # A path has no spaces to wrap at: its middle gives way, the full path is its tooltip.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.table, 1)
        self.placeholder = plain_label(self.tr(
            "What was accepted and refused, file by file, appears here after an import."),
            muted=True)
        layout.addWidget(self.placeholder)
        self.filter_edit.textChanged.connect(self._filter)
        self.set_rows([])

    def set_rows(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """`rows`: (file, status, reason); the status is one of cohort_page's STATUS_ words,
        shown in the app's language."""
        shown_status = {"accepted": self.tr("accepted"),
                        "accepted, hash only": self.tr("accepted, hash only"),
                        "duplicate": self.tr("duplicate"), "refused": self.tr("refused")}
        self.model.removeRows(0, self.model.rowCount())
        for file, status, reason in rows:
            cells = [QStandardItem(file), QStandardItem(shown_status.get(status, status)),
                     QStandardItem(reason)]
            cells[0].setToolTip(file)
            for cell in cells:
                cell.setEditable(False)
            self.model.appendRow(cells)
        self.table.setVisible(bool(rows))
        self.filter_edit.setEnabled(bool(rows))
        self.placeholder.setVisible(not rows)
        if rows:
            self.table.setColumnWidth(0, max(self.width() // 3, 160))
        self._filter()

    def clear(self) -> None:
        self.filter_edit.clear()
        self.set_rows([])

    def _filter(self) -> None:
        self.proxy.setFilterFixedString(self.filter_edit.text().strip())
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText("" if not total else
                                 self.tr("%n file(s)", "", total) if shown == total else
                                 self.tr("{0} of %n file(s)", "", total).format(shown))
        self.table.resizeRowsToContents()

    def rows_shown(self) -> list[tuple[str, str, str]]:
        """The rows as a person sees them now (after the filter), top to bottom."""
        proxy = self.proxy
        return [(str(proxy.index(r, 0).data()), str(proxy.index(r, 1).data()),
                 str(proxy.index(r, 2).data())) for r in range(proxy.rowCount())]
