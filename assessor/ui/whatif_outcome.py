"""What a what-if projection comes to, shown beside the planning inputs: the projected
level, the fit to the chosen role, the scores now and projected against the role's
targets, and the path that remains. It only shows a `Projection`; the what-if view
(`whatif_view.py`) decides what to project."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.app.deltas import arrow, gap_list, shown_delta, signed
from assessor.core.format.model import CareerModel
from assessor.core.i18n import format_percent, format_short
from assessor.core.results.view import ResultView
from assessor.core.scoring.whatif import Projection
from assessor.ui.tables import keyboard_table
from assessor.ui.widgets import plain_label


def short_of(value: float, goal: float | None) -> str:
    """`value` as a percent, with the decimals it takes not to read as `goal` when it
    falls short of it (14.96 against 15 is "14.96%", not "15%" beside "15%" unticked)."""
    digits = 0
    while goal is not None and value < goal and round(value, digits) >= goal and digits < 2:
        digits += 1
    return format_percent(value, digits)


class WhatIfOutcome(QWidget):
    """The projected level, fit, scores and remaining path of one what-if."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.level_label = plain_label("", scale=1.15, bold=True)
        self.level_label.setAccessibleDescription(self.tr("Projected level"))
        self.fit_label = plain_label("")
        self.path_label = plain_label("")
        for label in (self.level_label, self.fit_label):
            layout.addWidget(label)
        self.remaining_list = QListWidget()
        self.remaining_list.setAccessibleName(self.tr("Remaining path"))
        self.remaining_list.setWordWrap(True)
        self.score_table = keyboard_table(QTableWidget(0, 4))
        self.score_table.setAccessibleName(self.tr("Scores now, projected, and the role's "
                                                   "targets"))
        self.score_table.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("Now"),
                                                    self.tr("Projected"), self.tr("Target")])
        self.score_table.verticalHeader().hide()
        self.score_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.score_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.score_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Names wrap onto more lines rather than end in "…"; rows follow the width.
        self.score_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.score_table.setWordWrap(True)
        header.sectionResized.connect(  # once the header has laid out every column
            lambda *_: QTimer.singleShot(0, self, self._fit_score_rows))
        layout.addWidget(self.score_table)
        layout.addWidget(self.path_label)
        layout.addWidget(self.remaining_list, 1)

    def clear(self) -> None:
        """Nothing to project (no result, no questionnaire, or no role chosen)."""
        for label in (self.level_label, self.fit_label, self.path_label):
            label.setText("")
        self.remaining_list.clear()

    def _level_label(self, career: CareerModel, result: ResultView) -> str:
        """The result's level in the career model's words, as the projection's is (in a
        translated model both read in the learner's language, not one in each)."""
        for level in career.ladder:
            if level.id == result.placement_id:
                return level.label
        return result.placement_label or self.tr("not placed")

    def show_projection(self, projection: Projection, result: ResultView,
                        career: CareerModel, cluster_id: str, role: str) -> None:
        """`projection` of `result` towards cluster `cluster_id` (named `role`)."""
        labels = result.dimension_labels()
        now_level = self._level_label(career, result)
        self.level_label.setText(self.tr("Projected level: {0} (now {1})").format(
            projection.level.label if projection.level else self.tr("not placed"), now_level))
        fit = projection.fit(cluster_id)
        current = result.fit(cluster_id)
        now_fit = current.fit if current is not None else None
        if fit is not None:
            short = gap_list(dict(fit.gaps), labels)
            if short:
                ready = (self.tr("ready (still short: {0})") if fit.ready
                         else self.tr("not ready yet (still short: {0})")).format(short)
            else:
                ready = self.tr("ready") if fit.ready else self.tr("not ready yet")
            self.fit_label.setText(self.tr("Fit to {0}: {1} (now {2}) · {3}").format(
                role, format_percent(fit.fit) if fit.ready else short_of(fit.fit, 100.0),
                "—" if now_fit is None else format_percent(now_fit), ready))
        path = projection.path
        hours = path.total_effort_hours
        if not path.steps and path.reachable:
            text = self.tr("Nothing left to do: every target of this role is met.")
        elif path.reachable:
            text = self.tr("Remaining path: %n step(s), about {0} hours.", "",
                           len(path.steps)).format(format_short(hours))
        else:
            text = self.tr("Remaining path: %n step(s), {0} hours, and still short in {1}.",
                           "", len(path.steps)).format(
                format_short(hours), ", ".join(labels.get(d, d) for d in path.short))
        self.path_label.setText(text)
        self.remaining_list.clear()
        for number, step in enumerate(path.steps, start=1):
            level = step.level.label if step.level else self.tr("no level")
            self.remaining_list.addItem(self.tr("{0}. {1} — {2} h → {3}").format(
                number, step.milestone.title, format_short(step.milestone.effort_hours), level))
        target = next((c.target for c in career.clusters if c.id == cluster_id), {})
        self._fill_scores(projection, labels, result.percents(), target)

    def _fill_scores(self, projection: Projection, labels: dict[str, str],
                     now: dict[str, float | None], target: Any) -> None:
        self.score_table.setRowCount(len(now))
        for row, dim in enumerate(now):
            before, after = now[dim], projection.percents.get(dim)
            moved = shown_delta(before or 0.0, after or 0.0) or 0
            goal = target.get(dim)
            cells = [
                labels.get(dim, dim),
                "—" if before is None else format_percent(before),
                ("—" if after is None else short_of(after, goal))
                + (f"  ({arrow(moved)}{signed(moved)})" if moved else ""),
                "" if goal is None else (
                    format_percent(goal, 0 if float(goal).is_integer() else 1)
                    + ("  ✔" if (after or 0.0) >= goal else "")),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if not text:
                    # An empty cell is "blank" to a screen reader: say what it means.
                    cell.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("no target"))
                self.score_table.setItem(row, column, cell)
        self._fit_score_rows()

    def _fit_score_rows(self) -> None:
        self.score_table.resizeRowsToContents()
        # As tall as its rows: the remaining path below takes the rest of the column.
        height = self.score_table.horizontalHeader().height() + 4 + sum(
            self.score_table.rowHeight(r) for r in range(self.score_table.rowCount()))
        self.score_table.setFixedHeight(height)
