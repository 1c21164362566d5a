"""What-if planning with a client: tick milestones on the path to a role (or drag a
dimension's score) and see the projected level, the fit and the remaining path change at
once; save the ticked milestones as a plan, and load a saved one back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assessor.app.catalog import QuestionnaireCatalog
from assessor.app.prompts import Prompts
from assessor.app.result_language import shown_in_language
from assessor.core.errors import AssessorError
from assessor.core.format.model import Questionnaire
from assessor.core.i18n import format_percent
from assessor.core.results.view import ResultView
from assessor.core.scoring.career import measures_from_scores, result_path
from assessor.core.scoring.whatif import Projection, project
from assessor.ui.clients_model import ClientsModel
from assessor.ui.locale_format import dated_title
from assessor.ui.whatif_outcome import WhatIfOutcome
from assessor.ui.widgets import plain_label

_ID = Qt.ItemDataRole.UserRole


class WhatIfView(QWidget):
    """Ticking milestones or raising scores to see the projected level and fits."""

    def __init__(self, model: ClientsModel, catalog: QuestionnaireCatalog, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._catalog = catalog
        self._prompts = prompts
        self._stored: list[Any] = []
        self.view: ResultView | None = None  # the result planning starts from
        self.questionnaire: Questionnaire | None = None
        self.overrides: dict[str, float] = {}
        self.projection: Projection | None = None
        self.sliders: dict[str, QSlider] = {}
        self._slider_values: dict[str, QLabel] = {}
        self._slider_names: list[QLabel] = []
        layout = QVBoxLayout(self)
        # One row each: a result's date and title and a role's name are long.
        choosers = QGridLayout()
        choosers.setColumnStretch(1, 1)
        result_label = QLabel(self.tr("&Based on result:"))
        self.result_combo = QComboBox()
        self.result_combo.setAccessibleName(self.tr("Result the plan starts from"))
        result_label.setBuddy(self.result_combo)
        self.result_combo.currentIndexChanged.connect(lambda _i: self._load_result())
        cluster_label = QLabel(self.tr("Target r&ole:"))
        self.cluster_combo = QComboBox()
        self.cluster_combo.setAccessibleName(self.tr("Target role"))
        cluster_label.setBuddy(self.cluster_combo)
        self.cluster_combo.currentIndexChanged.connect(lambda _i: self._cluster_changed())
        for row, (label, combo) in enumerate(((result_label, self.result_combo),
                                              (cluster_label, self.cluster_combo))):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            choosers.addWidget(label, row, 0)
            choosers.addWidget(combo, row, 1)
        layout.addLayout(choosers)
        self.status = plain_label("", muted=True)
        layout.addWidget(self.status)
        self.body = QSplitter()
        # The inputs scroll when the window is short, rather than squeezing the sliders.
        inputs = QScrollArea()
        inputs.setWidgetResizable(True)
        inputs.setFrameShape(QScrollArea.Shape.NoFrame)
        inputs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop of its own (one a screen reader names nothing): the milestones and
        # sliders inside take focus, and the area scrolls to show the one focused.
        inputs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._inputs, self._inputs_body = inputs, self._build_inputs()
        inputs.setWidget(self._inputs_body)
        self.body.addWidget(inputs)
        self.outcome = WhatIfOutcome()
        self.body.addWidget(self.outcome)
        self.body.setSizes([420, 580])
        layout.addWidget(self.body, 1)
        model.currentChanged.connect(lambda _id: self.refresh())
        model.resultsChanged.connect(self.refresh)
        model.plansChanged.connect(self._fill_plans)
        self.refresh()

    # ---- building ---------------------------------------------------------------------

    def _build_inputs(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 8, 0)
        done = QGroupBox(self.tr("Milestones done"))
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(plain_label(self.tr(
            "Tick what the client has done (or plans to do). Rule: a slider sets a score "
            "first; each ticked milestone then adds its raises, capped at 100%. The path "
            "is re-planned from there."), muted=True, scale=0.92))
        self.milestone_list = QListWidget()
        self.milestone_list.setAccessibleName(self.tr("Milestones on the path"))
        self.milestone_list.setWordWrap(True)
        self.milestone_list.setSpacing(2)
        self.milestone_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.milestone_list.itemChanged.connect(lambda _item: self.recompute())
        self.milestone_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        done_layout.addWidget(self.milestone_list, 1)
        layout.addWidget(done, 3)
        scores = QGroupBox(self.tr("Adjust a score"))
        self.slider_grid = QGridLayout(scores)
        self.slider_grid.setColumnStretch(0, 1)
        self.slider_grid.setVerticalSpacing(2)
        layout.addWidget(scores)
        self.reset_button = QPushButton(self.tr("R&eset scores"))
        self.reset_button.setAccessibleDescription(self.tr("Put every score back to the result's"))
        self.reset_button.clicked.connect(self.reset_sliders)
        self.slider_grid.addWidget(self.reset_button, 99, 0, 1, 2,
                                   Qt.AlignmentFlag.AlignLeft)
        plans = QGroupBox(self.tr("Plans"))
        plans_layout = QVBoxLayout(plans)
        row = QHBoxLayout()
        self.plan_note = QLineEdit()
        self.plan_note.setAccessibleName(self.tr("Plan note"))
        self.plan_note.setPlaceholderText(self.tr("Optional note, e.g. \"agreed 12 March\""))
        self.plan_note.setMaxLength(500)
        self.save_button = QPushButton(self.tr("&Save plan"))
        self.save_button.setAccessibleDescription(self.tr("Save the ticked milestones as a plan"))
        self.save_button.clicked.connect(self.save_plan)
        self.save_button.setToolTip(self.tr("A plan keeps the role, the ticked milestones "
                                            "and any score you changed with a slider."))
        row.addWidget(self.plan_note, 1)
        row.addWidget(self.save_button)
        plans_layout.addLayout(row)
        self.plan_list = QListWidget()
        self.plan_list.setAccessibleName(self.tr("Saved plans"))
        self.plan_list.setWordWrap(True)
        self.plan_list.itemActivated.connect(lambda _item: self.load_selected_plan())
        self.plan_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        plans_layout.addWidget(self.plan_list)
        self.load_button = QPushButton(self.tr("Lo&ad selected plan"))
        self.load_button.clicked.connect(self.load_selected_plan)
        plans_layout.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(plans, 2)
        return column

    # ---- choosing what to plan from ---------------------------------------------------

    def refresh(self) -> None:
        self._stored = self._model.results()
        self.result_combo.blockSignals(True)
        self.result_combo.clear()
        for entry in reversed(self._stored):  # the latest first: where planning starts
            result = ResultView.from_data(shown_in_language(entry.result))
            self.result_combo.addItem(dated_title(result.completed_at, result.questionnaire.title),
                                      entry.id)
        self.result_combo.blockSignals(False)
        self._load_result()
        self._fill_plans()

    def select_result(self, result_id: int) -> None:
        self.result_combo.setCurrentIndex(self.result_combo.findData(result_id))

    def _load_result(self) -> None:
        entry = next((e for e in self._stored if e.id == self.result_combo.currentData()), None)
        # Shown in the app's language, as on the results page; plans keep the result's ids.
        self.view = (ResultView.from_data(shown_in_language(entry.result))
                     if entry is not None else None)
        self.questionnaire = None
        self.milestone_list.clear()  # ticks belong to the result they were made on
        self.overrides = {}
        if self.view is not None:
            meta = self.view.questionnaire
            self.questionnaire = self._catalog.find(meta.id, meta.sha256)
        usable = self.questionnaire is not None and self.questionnaire.career is not None
        self.body.setEnabled(usable)
        if self.view is None:
            self.status.setText(self.tr("What-if planning starts from one of the client's "
                                        "results; there are none yet."))
        elif not usable:
            self.status.setText(self.tr(
                "What-if planning needs the questionnaire this result was taken with, and "
                "it is not available here. Open its file from the start page."))
        else:
            self.status.setText("")
        self.cluster_combo.blockSignals(True)
        self.cluster_combo.clear()
        for cluster in self.view.fits if self.view is not None else ():
            self.cluster_combo.addItem(cluster.label, cluster.id)
        self.cluster_combo.blockSignals(False)
        self._build_sliders()
        self._cluster_changed()

    def _build_sliders(self) -> None:
        for widget in [*self.sliders.values(), *self._slider_values.values(),
                       *self._slider_names]:
            self.slider_grid.removeWidget(widget)
            widget.hide()  # out of the Tab order now, not once deleted
            widget.deleteLater()
        self._slider_names = []
        self.sliders, self._slider_values = {}, {}
        if self.view is None:
            return
        labels = self.view.dimension_labels()
        for row, (dim, value) in enumerate(self.view.percents().items()):
            name = plain_label(labels.get(dim, dim))  # wraps in a narrow column
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            slider.setPageStep(10)
            slider.setValue(round(value or 0))
            slider.setAccessibleName(self.tr("Score for {0}").format(labels.get(dim, dim)))
            slider.valueChanged.connect(lambda v, d=dim: self.set_override(d, v))
            shown = QLabel()
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.slider_grid.addWidget(name, 2 * row, 0)
            self.slider_grid.addWidget(shown, 2 * row, 1)
            self.slider_grid.addWidget(slider, 2 * row + 1, 0, 1, 2)
            self.sliders[dim], self._slider_values[dim] = slider, shown
            self._slider_names.append(name)
        # Made after the rest of the page, the sliders would come last in the Tab order:
        # they go where they are shown, between the milestones and Reset scores.
        previous: QWidget = self.milestone_list
        for slider in self.sliders.values():
            QWidget.setTabOrder(previous, slider)
            previous = slider
        QWidget.setTabOrder(previous, self.reset_button)
        self._show_slider_values()
        # Never narrower than what the column needs: it scrolls up and down, not sideways.
        self._inputs.setMinimumWidth(self._inputs_body.minimumSizeHint().width()
                                     + self._inputs.verticalScrollBar().sizeHint().width())

    def _show_slider_values(self) -> None:
        base = self.view.percents() if self.view is not None else {}
        for dim, shown in self._slider_values.items():
            was = base.get(dim)
            if dim in self.overrides:
                shown.setText(self.tr("{0} (was {1})").format(
                    format_percent(self.overrides[dim]),
                    "—" if was is None else format_percent(was)))
            else:
                shown.setText("—" if was is None else format_percent(was))

    def _cluster_changed(self) -> None:
        """The checklist is the result's own path to the role (what could be ticked off),
        keeping any ticked milestone that is not on it."""
        ticked = self.ticked()
        self.milestone_list.blockSignals(True)
        self.milestone_list.clear()
        model = self.questionnaire.career if self.questionnaire else None
        cluster_id = self.cluster_combo.currentData()
        if model is not None and cluster_id is not None and self.view is not None:
            base = result_path(model, self.view.data, cluster_id)
            ids = [step.milestone.id for step in base.steps]
            ids += [m for m in ticked if m not in ids and m in {x.id for x in model.milestones}]
            labels = self.view.dimension_labels()
            for milestone_id in ids:
                milestone = model.milestone(milestone_id)
                raises = ", ".join(f"{labels.get(d, d)} +{p:g}"
                                   for d, p in milestone.raises.items())
                entry = QListWidgetItem(self.tr("{0}\n{1:g} hours · raises {2}").format(
                    milestone.title, milestone.effort_hours, raises))
                entry.setData(_ID, milestone_id)
                entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if milestone_id in ticked
                                    else Qt.CheckState.Unchecked)
                self.milestone_list.addItem(entry)
        self.milestone_list.blockSignals(False)
        self.recompute()

    # ---- what-if ----------------------------------------------------------------------

    def milestone_ids(self) -> list[str]:
        """The milestones offered for ticking, in the order shown."""
        return [self.milestone_list.item(row).data(_ID)
                for row in range(self.milestone_list.count())]

    def ticked(self) -> list[str]:
        return [self.milestone_list.item(row).data(_ID)
                for row in range(self.milestone_list.count())
                if self.milestone_list.item(row).checkState() == Qt.CheckState.Checked]

    def set_ticked(self, milestone_ids: list[str]) -> None:
        wanted = set(milestone_ids)
        self.milestone_list.blockSignals(True)
        for row in range(self.milestone_list.count()):
            entry = self.milestone_list.item(row)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(_ID) in wanted
                                else Qt.CheckState.Unchecked)
        self.milestone_list.blockSignals(False)
        self.recompute()

    def set_override(self, dimension: str, value: float) -> None:
        self.overrides[dimension] = float(value)
        self._show_slider_values()
        self.recompute()

    def reset_sliders(self) -> None:
        self.overrides = {}
        self._sync_sliders()
        self.recompute()

    def _sync_sliders(self) -> None:
        """Each slider at its override, or at the result's score."""
        base = self.view.percents() if self.view is not None else {}
        for dim, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(round(self.overrides.get(dim, base.get(dim) or 0)))
            slider.blockSignals(False)
        self._show_slider_values()

    def recompute(self) -> None:
        model = self.questionnaire.career if self.questionnaire else None
        cluster_id = self.cluster_combo.currentData()
        self.save_button.setEnabled(model is not None and cluster_id is not None)
        if model is None or cluster_id is None or self.view is None:
            self.projection = None
            self.outcome.clear()
            return
        projection = project(model, self.view.percents(), cluster_id, self.ticked(),
                             self.overrides,
                             measures=measures_from_scores(self.view.data.get("scores") or {}),
                             done=self.view.milestones_done)
        self.projection = projection
        self.outcome.show_projection(projection, self.view, model, cluster_id,
                                     self.cluster_combo.currentText())

    # ---- plans ------------------------------------------------------------------------

    def save_plan(self) -> int | None:
        cluster_id = self.cluster_combo.currentData()
        if cluster_id is None:
            return None
        try:
            return self._model.save_plan(cluster_id, self.ticked(),
                                         self.plan_note.text().strip() or None,
                                         dict(self.overrides))
        except AssessorError as exc:
            self._prompts.show_error(self.tr("Could not save the plan"), str(exc))
            return None
        finally:
            self.plan_note.clear()

    def _fill_plans(self) -> None:
        self.plan_list.clear()
        model = self.questionnaire.career if self.questionnaire else None
        labels = {c.id: c.label for c in self.view.fits} if self.view is not None else {}
        for plan in reversed(self._model.plans()):  # newest first
            titles = []
            for milestone_id in plan.done_milestones:
                try:
                    titles.append(model.milestone(milestone_id).title if model else milestone_id)
                except KeyError:
                    titles.append(milestone_id)
            text = self.tr("{0} · {1} · %n milestone(s) done", "", len(titles)).format(
                str(plan.saved_at)[:16].replace("T", " "),
                labels.get(plan.cluster_id, plan.cluster_id))
            if titles:
                text += ": " + "; ".join(titles)
            if plan.score_overrides:
                dims = self.view.dimension_labels() if self.view is not None else {}
                text += "\n" + self.tr("Scores set: {0}").format("; ".join(
                    f"{dims.get(d, d)} {format_percent(v)}"
                    for d, v in plan.score_overrides.items()))
            if plan.note:
                text += "\n" + plan.note
            entry = QListWidgetItem(text)
            entry.setData(_ID, plan.id)
            self.plan_list.addItem(entry)
        self.load_button.setEnabled(self.plan_list.count() > 0)

    def load_selected_plan(self) -> None:
        entry = self.plan_list.currentItem()
        plan = next((p for p in self._model.plans()
                     if entry is not None and p.id == entry.data(_ID)), None)
        if plan is None:
            return
        index = self.cluster_combo.findData(plan.cluster_id)
        if index < 0:
            self._prompts.show_error(self.tr("Cannot load this plan"), self.tr(
                "This result has no role with the plan's id ({0}).").format(plan.cluster_id))
            return
        self.cluster_combo.blockSignals(True)
        self.cluster_combo.setCurrentIndex(index)
        self.cluster_combo.blockSignals(False)
        # The plan's slider settings first (dimensions this result lacks are skipped).
        self.overrides = {d: v for d, v in plan.score_overrides.items() if d in self.sliders}
        self._sync_sliders()
        self._ticked_from_plan(list(plan.done_milestones))

    def _ticked_from_plan(self, done: list[str]) -> None:
        # Rebuild the checklist with the plan's milestones ticked (kept even if they are
        # not on the result's own path), then project.
        self.milestone_list.blockSignals(True)
        self.milestone_list.clear()
        for milestone_id in done:
            entry = QListWidgetItem(milestone_id)
            entry.setData(_ID, milestone_id)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.milestone_list.addItem(entry)
        self.milestone_list.blockSignals(False)
        self._cluster_changed()
