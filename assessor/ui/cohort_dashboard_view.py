"""The cohort dashboard: levels, best-fit clusters and readiness, milestone reach and the
gap heatmap of one questionnaire's results, filtered by version and date.

Privacy is the core's (`build_dashboard` hides every group under the minimum); this view
shows the hidden counts as hidden ("<5", greyed, with a tooltip saying why) and never shows
a respondent's name or file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assessor.app.cohort_language import dashboard_in_language
from assessor.core import i18n
from assessor.core.cohort import CohortEntry
from assessor.core.cohort.dashboard import (
    CohortDashboard,
    Count,
    DashboardFilter,
    build_dashboard,
    questionnaire_ids,
)
from assessor.core.format.model import Questionnaire
from assessor.ui.chart_view import ChartView
from assessor.ui.charts_access import ChartFactory
from assessor.ui.cohort_model import CohortModel
from assessor.ui.tables import (
    fold_narrow_headers,
    keyboard_table,
    refit_headers,
    rows_follow_width,
)
from assessor.ui.widgets import plain_label, plain_tooltip

Cell = str | Count
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CohortDashboardView(QWidget):
    """A cohort's dashboard: levels, clusters and milestones, with the filters."""

    def __init__(self, model: CohortModel, charts: ChartFactory,
                 questionnaires: Callable[[], Sequence[Questionnaire]] = tuple,
                 parent: QWidget | None = None) -> None:
        """`questionnaires`: those at hand, as the catalog offers them (in the app's
        language): the dashboard shows their labels where the ids match."""
        super().__init__(parent)
        self._model = model
        self._questionnaires = questionnaires
        self.dashboard: CohortDashboard | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self._build_filters())
        self.summary = plain_label("")
        self.summary.setAccessibleDescription(self.tr("Cohort summary"))
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Cohort charts and tables"))
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.levels_table = self._table([self.tr("Level"), self.tr("People")],
                                        self.tr("People per level"))
        self.levels_chart = ChartView(charts, "levels_figure", self.tr("Chart: levels"))
        self.clusters_table = self._table(
            [self.tr("Role cluster"), self.tr("Best fit for"), self.tr("Ready"),
             self.tr("Not ready"), self.tr("Mean fit")], self.tr("Readiness per cluster"))
        self.clusters_chart = ChartView(charts, "clusters_figure",
                                        self.tr("Chart: best-fitting role clusters"))
        self.milestones_table = self._table(
            [self.tr("Milestone"), self.tr("People whose path includes it"),
             self.tr("Shortfall removed")], self.tr("Milestones that would lift the most people"))
        self.milestones_chart = ChartView(
            charts, "milestones_figure",
            self.tr("Chart: milestones that would lift the most people"))
        self.heatmap_chart = ChartView(charts, "heatmap_figure",
                                       self.tr("Chart: gaps to target per person and dimension"))
        self.tabs.addTab(self._pair(self.levels_chart, self.levels_table), self.tr("L&evels"))
        self.tabs.addTab(self._pair(self.clusters_chart, self.clusters_table),
                         self.tr("Role &clusters"))
        self.tabs.addTab(self._pair(self.milestones_chart, self.milestones_table),
                         self.tr("&Milestones"))
        self.tabs.addTab(self.heatmap_chart, self.tr("Gaps hea&tmap"))
        self.empty_note = plain_label(self.tr(
            "No results yet. Import result files (or drop a folder of them here) to see the "
            "cohort."), muted=True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_note, 1)
        model.changed.connect(self._cohort_changed)
        model.minGroupChanged.connect(self._min_group_changed)
        self._cohort_changed()

    # ---- building ---------------------------------------------------------------------

    def _build_filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        row = QHBoxLayout()
        second = QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(second)
        self.questionnaire_combo = QComboBox()
        self.questionnaire_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.questionnaire_combo.setAccessibleName(self.tr("Questionnaire"))
        self.version_combo = QComboBox()
        self.version_combo.setAccessibleName(self.tr("Questionnaire version"))
        self.since_check = QCheckBox(self.tr("F&rom"))
        self.since_edit = self._date_edit(self.tr("Completed on or after"))
        self.until_check = QCheckBox(self.tr("&Until"))
        self.until_edit = self._date_edit(self.tr("Completed on or before"))
        self.cluster_combo = QComboBox()
        self.cluster_combo.setAccessibleName(self.tr("Gaps and paths measured against"))
        self.min_group_spin = QSpinBox()
        self.min_group_spin.setRange(2, 100)
        self.min_group_spin.setValue(self._model.min_group)
        self.min_group_spin.setAccessibleName(self.tr("Smallest group shown"))
        self.min_group_spin.setToolTip(self.tr(
            "Counts of fewer people than this are hidden, so no one can be singled out."))
        # Two rows that fit 1024 pixels in Spanish too: what is analysed (and how small a
        # group may show) above, the dates and the comparison below.
        for label_text, widget in ((self.tr("&Questionnaire:"), self.questionnaire_combo),
                                   (self.tr("&Version:"), self.version_combo)):
            label = QLabel(label_text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        smallest = QLabel(self.tr("Smallest group sho&wn:"))
        smallest.setBuddy(self.min_group_spin)
        row.addWidget(smallest)
        row.addWidget(self.min_group_spin)
        for check, edit in ((self.since_check, self.since_edit),
                            (self.until_check, self.until_edit)):
            second.addWidget(check)
            second.addWidget(edit)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.refresh)
            edit.dateChanged.connect(self.refresh)
            edit.setEnabled(False)
        second.addSpacing(16)
        against = QLabel(self.tr("Gaps and paths agai&nst:"))
        against.setBuddy(self.cluster_combo)
        second.addWidget(against)
        second.addWidget(self.cluster_combo)
        second.addStretch(1)
        self.questionnaire_combo.currentIndexChanged.connect(self._questionnaire_changed)
        self.version_combo.currentIndexChanged.connect(self.refresh)
        self.cluster_combo.currentIndexChanged.connect(self.refresh)
        self.min_group_spin.valueChanged.connect(self._model.set_min_group)
        return rows

    def _date_edit(self, accessible_name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(accessible_name)
        return edit

    def _table(self, columns: Sequence[str], accessible_name: str) -> QTableWidget:
        table = keyboard_table(QTableWidget(0, len(columns)))
        table.setAccessibleName(accessible_name)
        table.setHorizontalHeaderLabels(list(columns))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Names wrap onto more lines rather than end in "…"; the rows follow the width.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setMinimumWidth(320)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return fold_narrow_headers(rows_follow_width(table), range(1, len(columns)))

    @staticmethod
    def _pair(chart: ChartView, table: QTableWidget) -> QWidget:
        pair = QWidget()
        layout = QHBoxLayout(pair)
        layout.setContentsMargins(0, 8, 0, 0)
        # Half each: the charts lay themselves out for any width, the tables' names need it.
        layout.addWidget(chart, 1)
        layout.addWidget(table, 1)
        return pair

    def _at_hand(self, questionnaire_id: str) -> Questionnaire | None:
        return next((q for q in self._questionnaires() if q.id == questionnaire_id), None)

    # ---- following the model ------------------------------------------------------------

    def _cohort_changed(self) -> None:
        entries = self._model.entries
        self._filling = True
        current = self.questionnaire_combo.currentData()
        self.questionnaire_combo.clear()
        titles = {e.questionnaire_id: e.questionnaire_title for e in entries}
        for qid in questionnaire_ids(entries):
            shown = self._at_hand(qid)
            titles[qid] = shown.title if shown is not None and shown.language else titles[qid]
        # The title a person knows; the id only tells apart two questionnaires of one title.
        repeated = {t for t in titles.values() if list(titles.values()).count(t) > 1}
        for qid in questionnaire_ids(entries):
            title = titles[qid]
            self.questionnaire_combo.addItem(f"{title} ({qid})" if title in repeated else title,
                                             qid)
            self.questionnaire_combo.setItemData(self.questionnaire_combo.count() - 1, qid,
                                                 Qt.ItemDataRole.ToolTipRole)
        index = self.questionnaire_combo.findData(current)
        self.questionnaire_combo.setCurrentIndex(max(index, 0))
        days = [e.completed.date() for e in entries if e.completed is not None]
        if days:
            first, last = _qdate(min(days)), _qdate(max(days))
            for edit in (self.since_edit, self.until_edit):
                edit.setDateRange(first, last)
            if not self.since_check.isChecked():
                self.since_edit.setDate(first)
            if not self.until_check.isChecked():
                self.until_edit.setDate(last)
        self._filling = False
        has_results = bool(entries)
        self.tabs.setVisible(has_results)
        self.summary.setVisible(has_results)
        self.empty_note.setVisible(not has_results)
        self._questionnaire_changed()

    def _min_group_changed(self, value: int) -> None:
        if self.min_group_spin.value() != value:
            self.min_group_spin.setValue(value)
        self.refresh()

    def _questionnaire_changed(self) -> None:
        if self._filling:
            return
        self._filling = True
        self.version_combo.clear()
        self.version_combo.addItem(self.tr("All versions"), None)
        self.cluster_combo.clear()
        self.cluster_combo.addItem(self.tr("each person's best-fitting cluster"), None)
        qid = self.questionnaire_combo.currentData()
        if qid is not None:
            own = [e for e in self._model.entries if e.questionnaire_id == qid]
            for version in dict.fromkeys(e.questionnaire_version for e in own):
                self.version_combo.addItem(version, version)
            shown = self._at_hand(qid)
            clusters: dict[str, str] = (
                {c.id: c.label for c in shown.career.clusters}
                if shown is not None and shown.language and shown.career else {})
            for entry in own:
                for standing in entry.clusters:
                    clusters.setdefault(standing.id, standing.label)
            for cluster_id, label in clusters.items():
                self.cluster_combo.addItem(label, cluster_id)
        self._filling = False
        self.refresh()

    def current_filter(self) -> DashboardFilter:
        version = self.version_combo.currentData()
        since = self.since_edit.date().toPython() if self.since_check.isChecked() else None
        until = self.until_edit.date().toPython() if self.until_check.isChecked() else None
        return DashboardFilter(
            questionnaire_id=self.questionnaire_combo.currentData(),
            versions=(version,) if version else (),
            since=since if isinstance(since, date) else None,
            until=until if isinstance(until, date) else None)

    @property
    def cluster_id(self) -> str | None:
        value = self.cluster_combo.currentData()
        return value if isinstance(value, str) else None

    def refresh(self) -> None:
        if self._filling:
            return
        entries: list[CohortEntry] = self._model.entries
        built = build_dashboard(entries, self.current_filter(),
                                min_group=self._model.min_group,
                                cluster_id=self.cluster_id) if entries else None
        self.dashboard = (dashboard_in_language(built, self._at_hand(built.questionnaire_id))
                          if built is not None else None)
        dashboard = self.dashboard
        if dashboard is None:
            for table in (self.levels_table, self.clusters_table, self.milestones_table):
                table.setRowCount(0)
            return
        self.summary.setText(self._summary_text(dashboard))
        self._fill(self.levels_table, [(row.label, row.count) for row in dashboard.levels])
        self._fill(self.clusters_table, [
            (c.label, c.best_fit, c.ready, c.not_ready,
             "–" if c.mean_fit is None else i18n.format_percent(c.mean_fit, 1))
            for c in dashboard.clusters])
        self._fill(self.milestones_table, [
            (m.title, m.people, "–" if m.people.hidden else i18n.format_short(m.shortfall_reduced))
            for m in dashboard.milestones])
        for chart in (self.levels_chart, self.clusters_chart, self.milestones_chart,
                      self.heatmap_chart):
            chart.set_data(dashboard)

    def _summary_text(self, dashboard: CohortDashboard) -> str:
        people = dashboard.respondents.text
        text = self.tr("{0} people match the filter ({1} re-scored against their "
                       "questionnaire, {2} checked by integrity hash only).").format(
            people, dashboard.rescored if not dashboard.respondents.hidden else "–",
            dashboard.hash_only if not dashboard.respondents.hidden else "–")
        text += " " + self.tr(
            "Groups of fewer than {0} people are shown as \u201c<{0}\u201d "
            "(or \u201c\u2265{0}\u201d where a hidden count could otherwise be worked "
            "out), so no one is singled out.").format(dashboard.min_group)
        if dashboard.heatmap is None:
            text += " " + self.tr("The gaps heatmap is hidden: fewer than {0} people.").format(
                dashboard.min_group)
        return text

    def _fill(self, table: QTableWidget, rows: Sequence[Sequence[Cell]]) -> None:
        table.setRowCount(len(rows))
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row_index, row in enumerate(rows):
            for column, value in enumerate(row):
                text = value.text if isinstance(value, Count) else value
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(_RIGHT)
                else:
                    cell.setToolTip(plain_tooltip(text))
                if isinstance(value, Count) and value.hidden:
                    cell.setForeground(muted)
                    cell.setToolTip(self.tr(
                        "Hidden: showing this count could single someone out."))
                    cell.setData(Qt.ItemDataRole.AccessibleTextRole,
                                 self.tr("hidden ({0})").format(text))
                table.setItem(row_index, column, cell)
        refit_headers(table)
        table.resizeRowsToContents()
