"""The options of one knowledge check, as the item analysis found them chosen: the share of
people choosing each, its point-biserial r with the rest score, and its flags (plain text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessor.core.cohort.distractors import KEY_NEGATIVE, NOBODY, PREFERRED, OptionStatistics
from assessor.core.cohort.item_analysis import ItemStatistics
from assessor.core.i18n import format_number
from assessor.ui.tables import keyboard_table
from assessor.ui.widgets import plain_label, plain_tooltip

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DistractorTable(QWidget):
    """How each option of a knowledge item was chosen, with its flags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = plain_label("", selectable=True)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table_model = QStandardItemModel(0, 7, self)
        self.table_model.setHorizontalHeaderLabels([
            self.tr("Option"), self.tr("Id"), self.tr("Role"), self.tr("Chosen by"),
            self.tr("Share"), self.tr("Point-biserial r"), self.tr("Flags")])
        self.table = keyboard_table(QTableView())
        self.table.setAccessibleName(self.tr("Options of the selected knowledge check"))
        self.table.setModel(self.table_model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Bold (flagged) rows are wider than the contents measured: fixed widths for text.
        for column, width in ((2, 100), (6, 320)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        layout.addWidget(self.table, 1)
        self.show_item(None)

    def show_item(self, item: ItemStatistics | None, dimension: str = "") -> None:
        self.table_model.removeRows(0, self.table_model.rowCount())
        if item is None or not item.options:
            self.heading.setText(self.tr(
                "Select a knowledge check above to see how often each of its options was "
                "chosen."))
            return
        self.heading.setText(self.tr("Options of {0} ({1}), point-biserial r against the "
                                     "rest of {2}:").format(item.item_id, item.text, dimension))
        for option in item.options:
            flags = "; ".join(self._flag_text(flag) for flag in option.flags)
            role = (self.tr("key") if option.correct else
                    self.tr("I don't know") if option.abstain else self.tr("distractor"))
            cells = [self._cell(option.label), self._cell(option.option_id), self._cell(role),
                     self._number(option.chosen.text), self._number(self._share(option)),
                     self._number(self._r(option)), self._cell(flags)]
            if not flags:  # "blank" to a screen reader otherwise
                cells[-1].setData(self.tr("no flags"), Qt.ItemDataRole.AccessibleTextRole)
            cells[0].setToolTip(plain_tooltip(option.label))
            if option.flags:
                for cell in cells:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
            self.table_model.appendRow(cells)
        self.table.resizeRowsToContents()

    def _flag_text(self, flag: str) -> str:
        return {NOBODY: self.tr("almost nobody chooses it"),
                PREFERRED: self.tr("strong respondents prefer it to the key"),
                KEY_NEGATIVE: self.tr("key with a negative point-biserial (may be mis-keyed)"),
                }.get(flag, flag)

    @staticmethod
    def _share(option: OptionStatistics) -> str:
        return "–" if option.share is None else f"{option.share:.0%}"

    @staticmethod
    def _r(option: OptionStatistics) -> str:
        value = option.point_biserial
        return "–" if value is None else format_number(round(value, 2) + 0.0, 2)

    @staticmethod
    def _cell(text: str) -> QStandardItem:
        # QStandardItem text is drawn as plain text by the default delegate: no markup.
        cell = QStandardItem(text)
        cell.setEditable(False)
        return cell

    @classmethod
    def _number(cls, text: str) -> QStandardItem:
        cell = cls._cell(text)
        cell.setTextAlignment(_RIGHT)
        return cell
