"""The results: level on the ladder, the plane, roles and their fit, the dimensions
against a chosen role, calibration, and the path to the chosen role."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QPixmap, QRegion
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assessor.app.prompts import Prompts
from assessor.app.readings import next_rung_needs
from assessor.app.result_language import shown_in_language
from assessor.core.errors import AssessorError
from assessor.core.format.model import Questionnaire
from assessor.core.results import write_result
from assessor.core.results.free_text import free_text_answers, without_free_text
from assessor.core.results.view import ClusterPath, ResultView, path_from_data
from assessor.core.scoring.career import result_path
from assessor.ui.calibration_view import CalibrationView
from assessor.ui.chart_view import ChartView
from assessor.ui.charts_access import ChartFactory, Place
from assessor.ui.cluster_list import ClusterList
from assessor.ui.context import ReportRenderer, UiSettings
from assessor.ui.locale_format import date_time_text
from assessor.ui.path_view import PathView
from assessor.ui.widgets import heading, plain_label, plain_tooltip


class ResultsPage(QWidget):
    """A result: level, charts, cluster fits and the path to the chosen cluster."""

    historyRequested = Signal()
    homeRequested = Signal()
    clusterChanged = Signal(str)

    def __init__(self, charts: ChartFactory, prompts: Prompts, reports: ReportRenderer,
                 settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._reports = reports
        self._settings = settings
        self.result: dict[str, Any] = {}  # as stored: what is exported or reported
        # The same in the app's language (as `report --language` shows it), read once.
        self.view = ResultView.from_data({})
        self.questionnaire: Questionnaire | None = None
        self.cluster_id: str | None = None
        self.current_path: ClusterPath | None = None
        self.person: str | None = None  # whose result: None for the person at the keyboard
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = heading("")
        # Focus lands on the heading when results open, so a screen reader starts there.
        self.title.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.subtitle = plain_label("", muted=True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        self.export_button = QPushButton(self.tr("&Export result…"))
        self.export_button.setAccessibleDescription(self.tr("Export the result as a JSON file"))
        self.export_button.clicked.connect(self.export_result)
        self.report_button = QPushButton(self.tr("Save rep&ort…"))
        self.report_button.setAccessibleDescription(self.tr("Save a report of this result"))
        self.report_button.clicked.connect(self.save_report)
        self.history_button = QPushButton(self.tr("H&istory"))
        self.history_button.setAccessibleDescription(self.tr("Show the history of your results"))
        self.history_button.clicked.connect(self.historyRequested)
        self.home_button = QPushButton(self.tr("Start &page"))
        self.home_button.setAccessibleDescription(self.tr("Back to the start page"))
        self.home_button.clicked.connect(self.homeRequested)
        for button in (self.export_button, self.report_button, self.history_button,
                       self.home_button):
            top.addWidget(button)
        outer.addLayout(top)

        self.level_label = plain_label("", scale=1.25, bold=True)
        self.level_label.setAccessibleDescription(self.tr("Your level"))
        outer.addWidget(self.level_label)
        self.next_rung_label = plain_label("")
        outer.addWidget(self.next_rung_label)
        self.incomplete_label = plain_label("", muted=True)
        outer.addWidget(self.incomplete_label)
        chooser = QHBoxLayout()
        chooser_label = QLabel(self.tr("&Target role:"))
        self.cluster_combo = QComboBox()
        self.cluster_combo.setAccessibleName(self.tr("Target role"))
        chooser_label.setBuddy(self.cluster_combo)
        self.cluster_combo.currentIndexChanged.connect(self._combo_changed)
        chooser.addWidget(chooser_label)
        chooser.addWidget(self.cluster_combo)
        chooser.addStretch(1)
        outer.addLayout(chooser)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Result views"))
        outer.addWidget(self.tabs, 1)
        overview = QSplitter()
        self.ladder_chart = ChartView(charts, "ladder_figure",
                                      self.tr("Chart: your level on the ladder"))
        self.plane_chart = ChartView(charts, "plane_figure",
                                     self.tr("Chart: machine-learning depth against "
                                             "security depth"))
        overview.addWidget(self.ladder_chart)
        overview.addWidget(self.plane_chart)
        self.tabs.addTab(overview, self.tr("&Level"))
        roles = QSplitter(Qt.Orientation.Vertical)
        self.cluster_list = ClusterList()
        self.cluster_list.clusterChosen.connect(self.choose_cluster)
        self.dimensions_chart = ChartView(charts, "dimensions_figure",
                                          self.tr("Chart: your dimensions against "
                                                  "the role's targets"))
        roles.addWidget(self.cluster_list)
        roles.addWidget(self.dimensions_chart)
        roles.setSizes([120, 480])
        self.roles_splitter = roles
        self.cluster_list.rowsFitted.connect(self._fit_roles)
        self.tabs.addTab(roles, self.tr("&Roles"))
        path_tab = QSplitter()
        self.path_view = PathView()
        self.path_chart = ChartView(charts, "path_figure", self.tr("Chart: your path to the role"))
        path_tab.addWidget(self.path_view)
        path_tab.addWidget(self.path_chart)
        path_tab.setSizes([560, 600])
        self.tabs.addTab(path_tab, self.tr("P&ath"))
        self.calibration = CalibrationView(charts)
        self.tabs.addTab(self.calibration, self.tr("&Self-rating vs knowledge"))

    # ---- showing ----------------------------------------------------------------------

    def show_result(self, result: ResultView | dict[str, Any],
                    questionnaire: Questionnaire | None) -> None:
        """`questionnaire` (when at hand and the same one) lets paths be recomputed live."""
        # The first tab first: charts draw only when shown, so only its two are drawn now.
        self.tabs.setCurrentIndex(0)
        self.result = dict(ResultView.of(result).data)
        # Shown in the app's language; `self.result` is what is stored and exported.
        view = self.view = ResultView.of(shown_in_language(self.result))
        same = questionnaire is not None and questionnaire.source.sha256 == \
            view.questionnaire.sha256 and questionnaire.career is not None
        self.questionnaire = questionnaire if same else None
        labels = view.dimension_labels()
        self.title.setText(view.questionnaire.title or "")
        when = date_time_text(view.completed_at)
        who = view.respondent
        self.subtitle.setText(self.tr("Completed {0}").format(when)
                              + (f" · {who}" if who else ""))
        placement = view.placement
        ladder = view.ladder
        if placement is not None:
            ids = [lvl.id for lvl in ladder]
            rung = ids.index(placement.level) + 1 if placement.level in ids else 0
            self.level_label.setText(self._level_text(self.tr("{0} (rung {1} of {2})").format(
                placement.label, rung, len(ladder))))
        else:
            self.level_label.setText(self._level_text(self.tr("not placed on the ladder")))
        self.level_label.setAccessibleDescription(self._level_text("").rstrip(": "))
        self.next_rung_label.setText(next_rung_needs(
            self.questionnaire.career if self.questionnaire else None, view))
        self.incomplete_label.setVisible(not view.complete)
        self.incomplete_label.setText(self.tr(
            "This result is incomplete: %n required question(s) [was|were] not answered.", "",
            len(view.missing)))
        clusters = view.fits
        self.cluster_list.set_clusters(clusters, labels)
        self.cluster_combo.blockSignals(True)
        self.cluster_combo.clear()
        for cluster in clusters:
            fit = QLocale().toString(float(cluster.fit), "f", 0)
            self.cluster_combo.addItem(self.tr("{role} — {fit}% fit").format(
                role=cluster.label, fit=fit), cluster.id)
        self.cluster_combo.blockSignals(False)
        self.ladder_chart.set_data(view)
        self.plane_chart.set_data(view)
        self.calibration.set_result(view)
        self.report_button.setEnabled(self._reports.available())
        if not self._reports.available():
            self.report_button.setToolTip(
                self.tr("Reports are not available in this installation."))
        ids = [c.id for c in clusters]
        preferred = self._settings.preferred_cluster
        self.cluster_id = None
        if ids:
            chosen = preferred if preferred is not None and preferred in ids else ids[0]
            self.choose_cluster(chosen, remember=False)
        self.tabs.setCurrentIndex(0)

    def chart_places(self) -> dict[str, Place]:
        """Where the first tab's charts (by builder) will be drawn when the page is shown at
        its stack's size: found while it is hidden, its layouts run as showing runs them
        (rendering a pixel of a hidden widget sends its pending resizes first)."""
        stack = self.parentWidget()
        if stack is not None:
            self.setGeometry(stack.contentsRect())  # what the stack gives its current page
        self.render(QPixmap(1, 1), QPoint(), QRegion(0, 0, 1, 1))
        return {"ladder_figure": self.ladder_chart.place(),
                "plane_figure": self.plane_chart.place()}

    def set_person(self, name: str | None) -> None:
        """Whose result the next `show_result` shows: a client's name, or None for the
        person at the keyboard ("Your level")."""
        self.person = name

    def _level_text(self, level: str) -> str:
        if self.person is None:
            return self.tr("Your level: {0}").format(level)
        return self.tr("{name}'s level: {0}").format(level, name=self.person)

    def _fit_roles(self, needed: int) -> None:
        """Every role shown whole above the chart, up to 45% of the tab's height (more roles
        than that scroll); the chart scrolls when its rows need more."""
        sizes = self.roles_splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        wanted = min(needed, int(total * 0.45))
        if sizes[0] != wanted:
            self.roles_splitter.setSizes([wanted, total - wanted])

    def choose_cluster(self, cluster_id: str, remember: bool = True) -> None:
        if cluster_id == self.cluster_id:
            return
        self.cluster_id = cluster_id
        if remember:
            self._settings.preferred_cluster = cluster_id
        index = self.cluster_combo.findData(cluster_id)
        self.cluster_combo.blockSignals(True)
        self.cluster_combo.setCurrentIndex(index)
        self.cluster_combo.blockSignals(False)
        self.cluster_list.select_cluster(cluster_id)
        summary = next((c.summary for c in self.view.clusters if c.id == cluster_id), "")
        self.cluster_combo.setToolTip(plain_tooltip(summary))
        self.current_path = self._path_to(cluster_id)
        label = self.cluster_combo.itemText(index).split(" — ")[0] if index >= 0 else cluster_id
        self.path_view.set_path(self.current_path, label, self.view,
                                self.view.dimension_labels())
        self.dimensions_chart.set_data(self.view, cluster_id)
        self.path_chart.set_data(self.view, cluster_id, self.current_path)
        self.clusterChanged.emit(cluster_id)

    def _path_to(self, cluster_id: str) -> ClusterPath | None:
        """The path the result holds; planned again only for a result that lacks it."""
        stored = self.view.path(cluster_id)
        if stored is not None:
            return stored
        if self.questionnaire is not None and self.questionnaire.career is not None:
            return path_from_data(
                result_path(self.questionnaire.career, self.result, cluster_id).as_dict())
        return None

    def _combo_changed(self, index: int) -> None:
        cluster_id = self.cluster_combo.itemData(index)
        if cluster_id:
            self.choose_cluster(cluster_id)

    # ---- actions ----------------------------------------------------------------------

    def _suggested_name(self, suffix: str) -> str:
        stamp = (self.view.completed_at or "")[:10]
        return f"{self.view.questionnaire.id or 'result'}-{stamp}{suffix}"

    def _shareable(self, for_report: bool) -> dict[str, Any] | None:
        """The result to write (to a report, or exported): asks first when it holds typed
        answers, which can carry private details, and leaves them out if so chosen (see
        core/free_text.py)."""
        typed = free_text_answers(self.result)
        if not typed:
            return self.result
        first_id = next(iter(typed))
        item = self.view.items.get(first_id)
        first = item.text if item is not None and item.text is not None else first_id
        question = self.tr(
            "This result holds %n typed answer(s), for example to “{0}”. Typed answers can "
            "contain names, e-mail addresses or other private details.\n\nLeave the typed "
            "answers out of the report? (No keeps them in.)", "", len(typed)) if for_report \
            else self.tr(
            "This result holds %n typed answer(s), for example to “{0}”. Typed answers can "
            "contain names, e-mail addresses or other private details.\n\nLeave the typed "
            "answers out of the exported file? (No keeps them in.)", "", len(typed))
        if not self._prompts.confirm(self.tr("Typed answers"), question.format(first)):
            return self.result
        try:
            return without_free_text(self.result, self.questionnaire)
        except AssessorError as exc:
            self._prompts.show_error(self.tr("Typed answers cannot be left out"), self.tr(
                "{0}: a typed answer decides which questions were asked, so leaving it out "
                "would change the result.").format(exc.lines()[0]))
            return None

    def export_result(self) -> Path | None:
        shared = self._shareable(for_report=False)
        if shared is None:
            return None
        path = self._prompts.pick_save_file(self.tr("Export result"),
                                            self._suggested_name(".json"),
                                            self.tr("Result files (*.json)"))
        if path is None:
            return None
        try:
            write_result(shared, path)
        except (OSError, AssessorError) as exc:
            self._prompts.show_error(self.tr("Export failed"),
                                     self.tr("The result could not be written to {0}: {1}")
                                     .format(path, exc))
            return None
        self._prompts.show_info(self.tr("Result exported"),
                                self.tr("The result was saved to {0}.").format(path))
        return path

    def save_report(self) -> Path | None:
        if not self._reports.available():
            return None
        shared = self._shareable(for_report=True)
        if shared is None:
            return None
        path = self._prompts.pick_save_file(self.tr("Save report"), self._suggested_name(".pdf"),
                                            self.tr("PDF report (*.pdf);;Web page (*.html)"))
        if path is None:
            return None
        try:
            self._reports.render(shown_in_language(shared), path, self.cluster_id)
        except (OSError, ValueError, AssessorError) as exc:
            self._prompts.show_error(self.tr("Report failed"),
                                     self.tr("The report could not be written to {0}: {1}")
                                     .format(path, exc))
            return None
        self._prompts.show_info(self.tr("Report saved"),
                                self.tr("The report was saved to {0}.").format(path))
        return path
