"""Two of a client's results side by side: what moved and by how much, the level and the
fit to a role, and which steps of the earlier result's path to that role were reached."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.app.deltas import arrow, gap_list, rung_words, shown_delta, signed
from assessor.app.result_language import shown_in_language
from assessor.core.i18n import format_percent
from assessor.core.results.history import Comparison, compare
from assessor.core.results.view import ResultView
from assessor.ui.clients_model import ClientsModel
from assessor.ui.locale_format import date_time_text, dated_title
from assessor.ui.tables import keyboard_table
from assessor.ui.widgets import plain_label

# Colour-blind-safe (Okabe–Ito) blue for a rise, vermillion for a fall; the sign and the
# arrow carry the meaning too.
_RISE = "#0072B2"
_FALL = "#D55E00"


def _pct(value: float | None) -> str:
    return "—" if value is None else format_percent(value)


class CompareView(QWidget):
    """Two of a client's results side by side, with the change per dimension."""

    def __init__(self, model: ClientsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._stored: list[Any] = []
        self._shown: dict[int, dict[str, Any]] = {}
        self.comparison: Comparison | None = None
        layout = QVBoxLayout(self)
        choosers = QGridLayout()
        self.older_combo = QComboBox()
        self.older_combo.setAccessibleName(self.tr("Earlier result"))
        self.newer_combo = QComboBox()
        self.newer_combo.setAccessibleName(self.tr("Later result"))
        self.cluster_combo = QComboBox()
        self.cluster_combo.setAccessibleName(self.tr("Role whose path is checked"))
        for row, (text, combo) in enumerate(((self.tr("&Earlier result:"), self.older_combo),
                                             (self.tr("&Later result:"), self.newer_combo),
                                             (self.tr("Path &to role:"), self.cluster_combo))):
            label = QLabel(text)
            label.setBuddy(combo)
            choosers.addWidget(label, row, 0)
            choosers.addWidget(combo, row, 1)
            combo.currentIndexChanged.connect(self._chosen)
        choosers.setColumnStretch(2, 1)
        layout.addLayout(choosers)
        self.summary = plain_label("", bold=True)
        layout.addWidget(self.summary)
        self.level_line = plain_label("", scale=1.1)
        layout.addWidget(self.level_line)
        self.hint = plain_label("", muted=True)
        layout.addWidget(self.hint)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = self._new_table([self.tr("Dimension"), self.tr("Earlier"), self.tr("Later"),
                                      self.tr("Change")], self.tr("What moved"))
        splitter.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        self.steps_title = plain_label("", bold=True)
        lower_layout.addWidget(self.steps_title)
        self.rule_label = plain_label(self.tr(
            "Rule: a step counts as reached when every dimension it raises is now at least "
            "where the earlier path projected it after that step. Scores are self-assessed, "
            "so read this as a conversation starter, not proof."), muted=True, scale=0.92)
        lower_layout.addWidget(self.rule_label)
        self.steps_table = self._new_table([self.tr("Step"), self.tr("Milestone"),
                                            self.tr("Reached?"), self.tr("Still to go")],
                                           self.tr("Steps of the earlier path"))
        lower_layout.addWidget(self.steps_table, 1)
        splitter.addWidget(lower)
        splitter.setSizes([260, 300])
        layout.addWidget(splitter, 1)
        self.hint_stretch = QWidget()  # takes the room of the hidden tables
        layout.addWidget(self.hint_stretch, 1)
        model.currentChanged.connect(lambda _id: self.refresh())
        model.resultsChanged.connect(self.refresh)
        self.refresh()

    def _new_table(self, headers: list[str], name: str) -> QTableWidget:
        table = keyboard_table(QTableWidget(0, len(headers)))
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def refresh(self) -> None:
        self._stored = self._model.results()
        # Compared in the app's language (the stored records are what is opened).
        self._shown = {entry.id: shown_in_language(entry.result) for entry in self._stored}
        for combo in (self.older_combo, self.newer_combo):
            combo.blockSignals(True)
            combo.clear()
            for entry in self._stored:
                result = ResultView.from_data(self._shown[entry.id])
                combo.addItem(dated_title(result.completed_at, result.questionnaire.title),
                              entry.id)
            combo.blockSignals(False)
        if len(self._stored) >= 2:
            self.choose(self._stored[-2].id, self._stored[-1].id)
        else:
            self._show(None)

    def choose(self, older_id: int, newer_id: int, cluster_id: str | None = None) -> None:
        for combo, wanted in ((self.older_combo, older_id), (self.newer_combo, newer_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(wanted))
            combo.blockSignals(False)
        self._fill_clusters(cluster_id)
        self._chosen()

    def _results(self) -> tuple[Any, Any] | None:
        by_id = {entry.id: entry for entry in self._stored}
        first, second = by_id.get(self.older_combo.currentData()), \
            by_id.get(self.newer_combo.currentData())
        if first is None or second is None or first.id == second.id:
            return None
        # Whatever order they were picked in, the earlier one is the starting point.
        older, newer = sorted((first, second), key=self._stored.index)
        return older, newer

    def _fill_clusters(self, wanted: str | None = None) -> None:
        pair = self._results()
        keep = wanted or self.cluster_combo.currentData()
        self.cluster_combo.blockSignals(True)
        self.cluster_combo.clear()
        if pair is not None:
            for cluster in ResultView.from_data(self._shown[pair[0].id]).fits:
                self.cluster_combo.addItem(cluster.label, cluster.id)
            index = self.cluster_combo.findData(keep)
            self.cluster_combo.setCurrentIndex(max(index, 0))
        self.cluster_combo.blockSignals(False)

    def _chosen(self) -> None:
        if self.sender() in (self.older_combo, self.newer_combo):
            self._fill_clusters()
        pair = self._results()
        if pair is None:
            self._show(None)
            return
        self._show(compare(self._shown[pair[0].id], self._shown[pair[1].id],
                           self.cluster_combo.currentData()))

    def _show(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        # Before a pair is chosen there is nothing to tabulate: a hint, not empty tables.
        self.splitter.setVisible(comparison is not None)
        self.hint_stretch.setVisible(comparison is None)
        self.level_line.setVisible(comparison is not None)
        if comparison is None:
            self.summary.setText(self.tr("Choose two different results to compare.")
                                 if len(self._stored) >= 2 else
                                 self.tr("A comparison needs at least two results."))
            self.hint.setText(self.tr(
                "Pick an earlier and a later result above: the table then shows how each "
                "score moved, the level and the fit to a role, and which steps of the earlier "
                "path were reached.") if len(self._stored) >= 2 else self.tr(
                "Once this client has two results, this page shows what moved between them."))
            self.hint.show()
            self.table.setRowCount(0)
            self.steps_table.setRowCount(0)
            self.steps_title.setText("")
            return
        self.hint.hide()
        pair = self._results()
        when = ([date_time_text(ResultView.from_data(self._shown[e.id]).completed_at) for e in pair]
                if pair is not None else [comparison.older_when, comparison.newer_when])
        self.summary.setText(self.tr("From {0} to {1}").format(*when))
        self.level_line.setText(self.level_words(comparison))
        rows: list[tuple[str, str, str, int | None, str]] = []
        for change in comparison.changes:
            delta = shown_delta(change.before, change.after)
            text = "—" if delta is None else arrow(delta) + signed(delta)
            rows.append((change.label, _pct(change.before), _pct(change.after), delta, text))
        rung_delta = comparison.rung_delta
        rows.append((self.tr("Level"), comparison.level_before or "—",
                     comparison.level_after or "—", rung_delta,
                     rung_words(rung_delta) if rung_delta is not None else
                     self.tr("changed") if comparison.level_changed else self.tr("same")))
        fit_delta = shown_delta(comparison.fit_before, comparison.fit_after)
        rows.append((self.tr("Fit to {0}").format(comparison.cluster_label),
                     _pct(comparison.fit_before), _pct(comparison.fit_after), fit_delta,
                     "—" if fit_delta is None else arrow(fit_delta) + signed(fit_delta)))
        self.table.setRowCount(len(rows))
        for row, (label, before, after, delta, text) in enumerate(rows):
            for column, value in enumerate((label, before, after, text)):
                cell = QTableWidgetItem(value)
                if column == 3 and delta:
                    cell.setForeground(QBrush(self._colour(_RISE if delta > 0 else _FALL)))
                self.table.setItem(row, column, cell)
        self._show_steps(comparison)

    def level_words(self, comparison: Comparison) -> str:
        """"Level: Entry → Practitioner (up one rung)"."""
        before, after = comparison.level_before, comparison.level_after
        if before is None and after is None:
            return self.tr("Level: neither result was placed on the ladder")
        moved = comparison.rung_delta
        if before == after:
            return self.tr("Level: {0} (same rung)").format(before)
        before_text, after_text = before or self.tr("not placed"), after or self.tr("not placed")
        if moved is None:
            return self.tr("Level: {0} → {1}").format(before_text, after_text)
        # {2} is how far it moved: "up one rung", "down 2 rungs".
        return self.tr("Level: {0} → {1} ({2})").format(before_text, after_text,
                                                       rung_words(moved))

    def _colour(self, name: str) -> QColor:
        colour = QColor(name)
        if self.palette().color(QPalette.ColorRole.Base).lightness() < 128:
            colour = colour.lighter(150)
        return colour

    def _show_steps(self, comparison: Comparison) -> None:
        steps = comparison.steps
        reached = sum(step.reached for step in steps)
        if not comparison.has_path:
            self.steps_title.setText(self.tr("The earlier result holds no path to {0}.")
                                     .format(comparison.cluster_label))
        elif not steps:
            self.steps_title.setText(self.tr("The earlier result already met every target of "
                                             "{0}.").format(comparison.cluster_label))
        else:
            self.steps_title.setText(self.tr("Earlier path to {0}: {1} of %n step(s) reached",
                                             "", len(steps))
                                     .format(comparison.cluster_label, reached))
        labels = {c.dimension: c.label for c in comparison.changes}
        self.steps_table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            still = gap_list(step.missing, labels)
            cells = (str(step.number), step.title,
                     self.tr("✔ reached") if step.reached else self.tr("not yet"), still)
            for column, value in enumerate(cells):
                self.steps_table.setItem(row, column, QTableWidgetItem(value))
        self.steps_table.resizeRowsToContents()

    def rows(self) -> list[tuple[str, ...]]:
        """The comparison table as text, row by row (what a person reads)."""
        return [tuple(cell.text() if (cell := self.table.item(r, c)) is not None else ""
                      for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]
