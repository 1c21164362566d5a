"""Item analysis for the questionnaire's author: per dimension, Cronbach's alpha and, per
item, alpha if dropped, the corrected item-total correlation, difficulty and flags, in one
sortable table; below it, the options of the selected knowledge check (distractor analysis).
Available for the cohort's questionnaires that are in the catalog (the
analysis needs the items themselves, matched by the sha256 of the questionnaire file)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assessor.core.cohort.item_analysis import DimensionAnalysis, ItemStatistics, analyse
from assessor.core.format.model import Questionnaire
from assessor.core.i18n import format_number
from assessor.ui.cohort_model import CohortModel
from assessor.ui.distractor_table import DistractorTable
from assessor.ui.tables import keyboard_table
from assessor.ui.widgets import plain_label, plain_tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # index into ItemAnalysisView.rows
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

COLUMNS = ("dimension", "item", "id", "n", "difficulty", "item_rest_r", "alpha_if_dropped",
           "flags")


class _FlaggedFilter(QSortFilterProxyModel):
    """Sorts by the number behind each cell; optionally keeps flagged items only."""

    def __init__(self) -> None:
        super().__init__()
        self.flagged_only = False
        self.setSortRole(SORT_ROLE)

    def set_flagged_only(self, flagged_only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            self.flagged_only = flagged_only
            self.endFilterChange()
        else:
            self.flagged_only = flagged_only
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        if not self.flagged_only:
            return True
        source = self.sourceModel()
        index = source.index(source_row, 0)
        return bool(source.data(index, FLAGGED_ROLE))


class ItemAnalysisView(QWidget):
    """Item analysis of a cohort: difficulty, discrimination and reliability."""

    def __init__(self, model: CohortModel, questionnaires: Callable[[], Sequence[Questionnaire]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._questionnaires = questionnaires
        self._dirty = True
        self.analyses: list[DimensionAnalysis] = []
        self.rows: list[tuple[str, ItemStatistics]] = []  # (dimension label, item) per row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Questionnaire:"))
        self.questionnaire_combo = QComboBox()
        self.questionnaire_combo.setAccessibleName(self.tr("Questionnaire to analyse"))
        label.setBuddy(self.questionnaire_combo)
        self.flagged_check = QCheckBox(self.tr("Show flagged items onl&y"))
        row.addWidget(label)
        row.addWidget(self.questionnaire_combo, 1)
        row.addWidget(self.flagged_check)
        layout.addLayout(row)
        self.alphas = plain_label("", selectable=True)
        self.alphas.setAccessibleDescription(self.tr("Cronbach's alpha per dimension"))
        layout.addWidget(self.alphas)
        self.table_model = QStandardItemModel(0, len(COLUMNS), self)
        self.table_model.setHorizontalHeaderLabels([
            self.tr("Dimension"), self.tr("Item"), self.tr("Id"), self.tr("n"),
            self.tr("Difficulty"), self.tr("Item-rest r"), self.tr("Alpha if dropped"),
            self.tr("Flags")])
        self.proxy = _FlaggedFilter()
        self.proxy.setSourceModel(self.table_model)
        self.table = keyboard_table(QTableView())
        self.table.setAccessibleName(self.tr("Item statistics"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (2, 130), (7, 320)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Questionnaire order until the author sorts by a column.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.distractors = DistractorTable()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.distractors)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.note = plain_label(self.tr(
            "Alpha and item-rest r use the people who saw and answered every item of the "
            "dimension; difficulty is the mean share of an item's points. A negative item-rest "
            "r suggests a mis-keyed item; difficulty of at least 0.95 or at most 0.05 tells "
            "people apart poorly. An option's point-biserial r is its correlation with the "
            "person's percent on the rest of the dimension (without this item). Dimensions "
            "with fewer people than the smallest group shown get no statistics, and counts "
            "below it are hidden."), muted=True)
        layout.addWidget(self.note)
        self.questionnaire_combo.currentIndexChanged.connect(self._analyse)
        self.flagged_check.toggled.connect(self._flagged_toggled)
        self.table.selectionModel().currentRowChanged.connect(self._show_options)
        model.changed.connect(self._mark_dirty)
        model.minGroupChanged.connect(self._mark_dirty)

    # ---- following the model ------------------------------------------------------------

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def available(self) -> list[Questionnaire]:
        """The catalog's questionnaires with at least one imported result made with them."""
        shas = {entry.questionnaire_sha256 for entry in self._model.entries}
        return [q for q in self._questionnaires() if q.source.sha256 in shas]

    def refresh(self) -> None:
        """Analyse again (item analysis is run only while the view is shown: it is the
        costly part for a large cohort)."""
        self._dirty = False
        current = self.questionnaire_combo.currentData()
        self.questionnaire_combo.blockSignals(True)
        self.questionnaire_combo.clear()
        for questionnaire in self.available():
            self.questionnaire_combo.addItem(
                f"{questionnaire.title} {questionnaire.version} ({questionnaire.id})",
                questionnaire)
        index = next((i for i in range(self.questionnaire_combo.count())
                      if self.questionnaire_combo.itemData(i) is current), 0)
        self.questionnaire_combo.setCurrentIndex(index)
        self.questionnaire_combo.blockSignals(False)
        self._analyse()

    def _analyse(self) -> None:
        questionnaire = self.questionnaire_combo.currentData()
        self.table_model.removeRows(0, self.table_model.rowCount())
        self.rows = []
        self.distractors.show_item(None)
        if not isinstance(questionnaire, Questionnaire):
            self.analyses = []
            self.alphas.setText(self.tr(
                "Item analysis needs the questionnaire the results were made with. Open that "
                "questionnaire file (or install its provider pack) on the start page; results "
                "are matched to it by the fingerprint of its file."))
            return
        answers = [e.answers for e in self._model.entries
                   if e.questionnaire_sha256 == questionnaire.source.sha256]
        self.analyses = analyse(questionnaire, answers, self._model.min_group)
        self.alphas.setText(self._alpha_text(self.analyses))
        for analysis in self.analyses:
            for item in analysis.items:
                flags = "; ".join(self._flag_text(flag) for flag in item.flags)
                cells = [
                    self._cell(analysis.label, analysis.label.casefold()),
                    self._cell(item.text, item.text.casefold()),
                    self._cell(item.item_id, item.item_id),
                    self._number_cell(item.answered, str(item.answered)),
                    self._number_cell(item.difficulty),
                    self._number_cell(item.item_total_r),
                    self._number_cell(item.alpha_if_dropped),
                    self._cell(flags, flags),
                ]
                if not flags:  # "blank" to a screen reader otherwise
                    cells[-1].setData(self.tr("no flags"), Qt.ItemDataRole.AccessibleTextRole)
                cells[0].setData(bool(item.flags), FLAGGED_ROLE)
                cells[0].setData(len(self.rows), ROW_ROLE)
                self.rows.append((analysis.label, item))
                cells[1].setToolTip(plain_tooltip(item.text))
                if item.flags:
                    for cell in cells:
                        font = cell.font()
                        font.setBold(True)
                        cell.setFont(font)
                self.table_model.appendRow(cells)
        self.table.resizeRowsToContents()

    def _alpha_text(self, analyses: Sequence[DimensionAnalysis]) -> str:
        parts = []
        for analysis in analyses:
            if not analysis.items:
                continue
            alpha = "–" if analysis.alpha is None else format_number(analysis.alpha, 2)
            parts.append(self.tr("{0}: alpha {1} ({2} complete responses)").format(
                analysis.label, alpha, analysis.complete_cases))
        return self.tr("Cronbach's alpha: {0}").format("; ".join(parts)) if parts else ""

    def _show_options(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.siblingAtColumn(0).data(ROW_ROLE) if current.isValid() else None
        if isinstance(row, int) and 0 <= row < len(self.rows):
            dimension, item = self.rows[row]
            self.distractors.show_item(item, dimension)
        else:
            self.distractors.show_item(None)

    def _flag_text(self, flag: str) -> str:
        # The core's flags are English sentences; offer them for translation here. Distractor
        # flags end in the option ids they are about ("…: b, d").
        head, colon, ids = flag.partition(": ")
        distractor = {
            "distractor almost nobody chooses": self.tr("distractor almost nobody chooses"),
            "strong respondents prefer a distractor":
                self.tr("strong respondents prefer a distractor"),
            "key has a negative point-biserial": self.tr("key has a negative point-biserial"),
        }
        if colon and head in distractor:
            return f"{distractor[head]}: {ids}"
        return {
            "everyone scores high": self.tr("everyone scores high"),
            "everyone scores low": self.tr("everyone scores low"),
            "may be mis-keyed (negative item-total correlation)":
                self.tr("may be mis-keyed (negative item-total correlation)"),
        }.get(flag, flag)

    def _flagged_toggled(self, checked: bool) -> None:
        self.proxy.set_flagged_only(checked)

    @staticmethod
    def _cell(text: str, key: str) -> QStandardItem:
        # QStandardItem text is drawn as plain text by the default delegate: no markup.
        cell = QStandardItem(text)
        cell.setData(key, SORT_ROLE)
        cell.setEditable(False)
        return cell

    @staticmethod
    def _number_cell(value: float | None, text: str | None = None) -> QStandardItem:
        shown = text if text is not None else (
            "–" if value is None else format_number(round(value, 2) + 0.0, 2))
        cell = QStandardItem(shown)
        # Missing statistics sort below every number.
        cell.setData(float("-inf") if value is None else float(value), SORT_ROLE)
        cell.setTextAlignment(_RIGHT)
        cell.setEditable(False)
        return cell
