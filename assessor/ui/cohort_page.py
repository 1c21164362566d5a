"""The training provider's cohort page: import many result files at once (buttons, or drop
a folder or .json files anywhere on the page), follow the import's progress, read what was
accepted and refused and why, then look at the dashboard and the item analysis, and save a
summary (CSV, HTML or PDF)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assessor.app.prompts import Prompts
from assessor.core.cohort import CohortEntry, CohortImport
from assessor.core.cohort.csv_summary import write_cohort_csv
from assessor.core.errors import AssessorError
from assessor.core.format.model import Questionnaire
from assessor.ui.charts_access import ChartFactory
from assessor.ui.cohort_dashboard_view import CohortDashboardView
from assessor.ui.cohort_model import CohortModel, ImportRun
from assessor.ui.import_log_view import ImportLogView
from assessor.ui.item_analysis_view import ItemAnalysisView
from assessor.ui.widgets import heading, plain_label

_LOCATION = re.compile(r"^:(\d+)(?::(\d+))?: ")
STATUS_ACCEPTED = "accepted"
STATUS_HASH_ONLY = "accepted, hash only"
STATUS_DUPLICATE = "duplicate"
STATUS_REFUSED = "refused"


def _reason(source: str, line: str) -> str:
    """A refusal line without its file name (the table has a column for it)."""
    rest = line[len(source):] if line.startswith(source) else line
    located = _LOCATION.match(rest)
    if located:
        where = f"line {located.group(1)}" + (
            f", column {located.group(2)}" if located.group(2) else "")
        return f"{where}: {rest[located.end():]}"
    return rest.removeprefix(": ")


def import_rows(run: ImportRun) -> list[tuple[str, str, str]]:
    """(file, status, reason) for every file of an import: refused files first (what a
    provider must act on), then duplicates, then accepted ones, each in file order."""
    outcome = run.outcome
    rows: dict[str, tuple[str, str, str]] = {}
    for entry in outcome.entries:
        rows[entry.source] = (
            (entry.source, STATUS_ACCEPTED, QCoreApplication.translate("CohortPage", "re-scored"))
            if entry.rescored else
            (entry.source, STATUS_HASH_ONLY,
             QCoreApplication.translate("CohortPage", "not re-scored (integrity hash only)")))
    for refusal in outcome.refused:
        rows[refusal.source] = (refusal.source, STATUS_REFUSED,
                                _reason(refusal.source, refusal.reason))
    for duplicate in outcome.duplicates:
        counted_once = QCoreApplication.translate("CohortPage",
                                                  "the same result as {0}; counted once")
        rows[duplicate.source] = (duplicate.source, STATUS_DUPLICATE,
                                  counted_once.format(duplicate.first))
    ordered = [rows[name] for name in dict.fromkeys(run.files) if name in rows]
    rank = {STATUS_REFUSED: 0, STATUS_DUPLICATE: 1, STATUS_HASH_ONLY: 2, STATUS_ACCEPTED: 3}
    return sorted(ordered, key=lambda row: rank[row[1]])


class CohortPage(QWidget):
    """Importing a cohort's results and reading its dashboard and item analysis."""

    homeRequested = Signal()

    def __init__(self, model: CohortModel, prompts: Prompts, charts: ChartFactory,
                 questionnaires: Callable[[], Sequence[Questionnaire]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._prompts = prompts
        self._questionnaires = questionnaires
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Cohort results")), 1)
        self.import_files_button = QPushButton(self.tr("&Import results…"))
        self.import_files_button.setAccessibleDescription(self.tr("Import result files"))
        self.import_files_button.clicked.connect(self.import_files)
        self.import_folder_button = QPushButton(self.tr("Import a f&older…"))
        self.import_folder_button.setAccessibleName(self.tr("Import a folder of result files"))
        self.import_folder_button.clicked.connect(self.import_folder)
        self.save_button = QPushButton(self.tr("&Save summary…"))
        self.save_button.setAccessibleDescription(self.tr("Save a summary as CSV, HTML or PDF"))
        self.save_button.clicked.connect(self.save_summary)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setAccessibleDescription(self.tr("Forget the imported results"))
        self.clear_button.clicked.connect(self._clear)
        self.home_button = QPushButton(self.tr("Start &page"))
        self.home_button.setAccessibleDescription(self.tr("Back to the start page"))
        self.home_button.clicked.connect(self.homeRequested)
        for button in (self.import_files_button, self.import_folder_button, self.save_button,
                       self.clear_button, self.home_button):
            top.addWidget(button)
        outer.addLayout(top)
        outer.addWidget(plain_label(self.tr(
            "Drop a folder of result files (or .json files) here, or import them. Each file is "
            "checked; results of a questionnaire you have are re-scored. Nothing is stored: "
            "the cohort lives until you clear it or close the app."), muted=True))
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setFormat(self.tr("%v of %m files checked"))
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.clicked.connect(model.cancel_import)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        outer.addLayout(progress_row)
        self.progress.hide()
        self.cancel_button.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Cohort views"))
        self.dashboard = CohortDashboardView(model, charts, questionnaires)
        self.item_analysis = ItemAnalysisView(model, questionnaires)
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self.tabs.addTab(self.item_analysis, self.tr("Item &analysis"))
        splitter.addWidget(self.tabs)
        summary_box = QWidget()
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 8, 0, 0)
        self.import_headline = plain_label("", bold=True)
        summary_layout.addWidget(self.import_headline)
        self.import_log = ImportLogView()
        summary_layout.addWidget(self.import_log, 1)
        splitter.addWidget(summary_box)
        splitter.setSizes([560, 200])
        outer.addWidget(splitter, 1)
        model.importStarted.connect(self._import_started)
        model.importProgress.connect(self._import_progress)
        model.importFinished.connect(self._import_finished)
        model.changed.connect(self._update_buttons)
        self._update_buttons()

    # ---- importing ----------------------------------------------------------------------

    def import_files(self) -> None:
        paths = self._prompts.pick_open_files(self.tr("Import result files"),
                                              self.tr("Result files (*.json)"))
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        folder = self._prompts.pick_folder(self.tr("Import a folder of result files"))
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Start importing files and folders (a folder stands for the .json files in it)."""
        started = self._model.start_import(list(paths), self._questionnaires())
        if not started:
            self._prompts.show_info(self.tr("Import running"), self.tr(
                "An import is still running; wait for it to finish or cancel it."))
        return started

    @staticmethod
    def _droppable(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.is_dir() or p.suffix.lower() == ".json"]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._droppable(event) and not self._model.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._droppable(event)
        if paths and self.import_paths(paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _import_started(self) -> None:
        self.progress.setRange(0, 0)  # busy until the files are counted
        self.progress.show()
        self.cancel_button.show()
        self.import_headline.setText(self.tr("Checking result files…"))
        self._update_buttons()

    def _import_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _import_finished(self, run: ImportRun) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        outcome = run.outcome
        # One message per count, so each agrees with its own number ("1 rechazado").
        headline = self.tr("{accepted} ({rescored}, {hash_only}), {refused}, "
                           "{duplicates}.").format(
            accepted=self.tr("%n accepted", "", len(outcome.entries)),
            rescored=self.tr("%n re-scored", "", sum(1 for e in outcome.entries if e.rescored)),
            hash_only=self.tr("%n checked by integrity hash only", "", len(outcome.hash_only)),
            refused=self.tr("%n refused", "", len(outcome.refused)),
            duplicates=self.tr("%n duplicate(s) counted once", "", len(outcome.duplicates)))
        if run.cancelled:
            headline = self.tr("Import cancelled after %n file(s). ", "",
                               len(run.files)) + headline
        if not run.files:
            headline = self.tr("No result files (.json) were found there.")
        self.import_headline.setText(headline)
        self.import_log.set_rows(import_rows(run))
        self._update_buttons()

    # ---- saving -------------------------------------------------------------------------

    def save_summary(self) -> None:
        if not self._model.entries:
            return
        path = self._prompts.pick_save_file(
            self.tr("Save cohort summary"), "cohort-summary.html",
            self.tr("HTML (*.html);;PDF (*.pdf);;CSV (*.csv)"))
        if path is None:
            return
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".html", ".htm", ".pdf"):
            self._prompts.show_error(self.tr("Cannot save"), self.tr(
                "Choose a file name ending in .csv, .html or .pdf."))
            return
        try:
            if suffix == ".csv":
                write_cohort_csv(self._filtered(), path)
            else:
                self._write_report(path)
        except (AssessorError, OSError, ValueError) as exc:
            self._prompts.show_error(self.tr("The summary could not be saved"), str(exc))
            return
        self._prompts.show_info(self.tr("Summary saved"),
                                self.tr("The summary was saved to {0}.").format(path))

    def _filtered(self) -> list[CohortEntry]:
        view = self.dashboard.current_filter()
        return [e for e in self._model.entries
                if (view.questionnaire_id is None or e.questionnaire_id == view.questionnaire_id)
                and view.admits(e)]

    def _write_report(self, path: Path) -> None:
        from assessor.reports.cohort_report import CohortReportOptions, write_cohort_report

        view = self.dashboard.current_filter()
        outcome = self._model.as_import()
        shas = {e.questionnaire_sha256 for e in outcome.entries}
        questionnaires = [q for q in self._questionnaires() if q.source.sha256 in shas]
        options = CohortReportOptions(min_group=self._model.min_group,
                                      cluster_id=self.dashboard.cluster_id,
                                      versions=view.versions, since=view.since, until=view.until)
        write_cohort_report(CohortImport(outcome.entries, outcome.refused, outcome.duplicates),
                            questionnaires, path, options)

    # ---- state --------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop a running import (the window is closing)."""
        self._model.shutdown()

    def _clear(self) -> None:
        if self._prompts.confirm(self.tr("Clear the cohort"), self.tr(
                "Forget every imported result? The result files themselves are not touched.")):
            self._model.clear()
            self.import_headline.setText("")
            self.import_log.clear()

    def _update_buttons(self) -> None:
        busy = self._model.busy
        has_results = bool(self._model.entries)
        self.import_files_button.setEnabled(not busy)
        self.import_folder_button.setEnabled(not busy)
        self.save_button.setEnabled(has_results and not busy)
        self.clear_button.setEnabled(has_results and not busy)
