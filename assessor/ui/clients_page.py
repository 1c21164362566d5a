"""The counsellor's Clients page: the profiles (pseudonym and a private contact note), and
for the selected one its results over time, a comparison of two results, what-if planning
and session notes. Selecting a client makes it the profile new assessments belong to."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assessor.app.catalog import QuestionnaireCatalog
from assessor.app.prompts import Prompts
from assessor.core.errors import AssessorError
from assessor.ui.charts_access import ChartFactory
from assessor.ui.client_results_view import ClientResultsView
from assessor.ui.clients_model import ClientsModel
from assessor.ui.compare_view import CompareView
from assessor.ui.notes_view import NotesView
from assessor.ui.whatif_view import WhatIfView
from assessor.ui.widgets import heading, plain_label

_ID = Qt.ItemDataRole.UserRole


class ClientsPage(QWidget):
    """The counsellor's page: the client list and the chosen client's tabs."""

    homeRequested = Signal()
    resultRequested = Signal(int)  # stored result id

    def __init__(self, model: ClientsModel, catalog: QuestionnaireCatalog, charts: ChartFactory,
                 prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._prompts = prompts
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Clients")), 1)
        self.home_button = QPushButton(self.tr("Start &page"))
        self.home_button.setAccessibleDescription(self.tr("Back to the start page"))
        self.home_button.clicked.connect(self.homeRequested)
        top.addWidget(self.home_button)
        outer.addLayout(top)
        outer.addWidget(plain_label(self.tr(
            "The selected client is the one you are working with: assessments taken now, "
            "history, notes and plans belong to them. Use pseudonyms; everything stays on "
            "this computer."), muted=True))
        splitter = QSplitter()
        splitter.addWidget(self._build_list())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Client views"))
        self.results_view = ClientResultsView(model, charts, prompts)
        self.results_view.resultRequested.connect(self.resultRequested)
        self.compare_view = CompareView(model)
        self.whatif_view = WhatIfView(model, catalog, prompts)
        self.notes_view = NotesView(model, prompts)
        self.tabs.addTab(self.results_view, self.tr("&Results over time"))
        self.tabs.addTab(self.compare_view, self.tr("&Compare two results"))
        self.tabs.addTab(self.whatif_view, self.tr("&What-if plan"))
        self.tabs.addTab(self.notes_view, self.tr("Session &notes"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1030])
        outer.addWidget(splitter, 1)
        model.profilesChanged.connect(self.refresh)
        model.currentChanged.connect(lambda _id: self.refresh())
        self.refresh()

    def _build_list(self) -> QWidget:
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 8, 0)
        self.client_list = QListWidget()
        self.client_list.setAccessibleName(self.tr("Clients"))
        self.client_list.setSpacing(3)
        self.client_list.currentItemChanged.connect(self._current_item_changed)
        layout.addWidget(self.client_list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New cl&ient"))
        self.new_button.setAccessibleDescription(self.tr("Add a new client"))
        self.new_button.clicked.connect(self.new_client)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected client"))
        self.delete_button.clicked.connect(self.delete_client)
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        box = QGroupBox(self.tr("Details"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Pseudonym"))
        self.name_edit.setMaxLength(80)
        self.name_edit.returnPressed.connect(self.save_details)
        form.addRow(self.tr("Pseudon&ym:"), self.name_edit)
        self.contact_edit = QPlainTextEdit()
        self.contact_edit.setAccessibleName(self.tr("Contact note (private)"))
        self.contact_edit.setPlaceholderText(self.tr("How to reach them (optional)"))
        self.contact_edit.setTabChangesFocus(True)
        self.contact_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Contact note:"), self.contact_edit)
        form.addRow(plain_label(self.tr("Private: never shown in presentation mode or "
                                        "reports."), muted=True, scale=0.9))
        self.save_button = QPushButton(self.tr("Sa&ve details"))
        self.save_button.setAccessibleDescription(self.tr("Save the client's pseudonym and note"))
        self.save_button.clicked.connect(self.save_details)
        form.addRow(self.save_button)
        layout.addWidget(box)
        return left

    # ---- showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.client_list.blockSignals(True)
        self.client_list.clear()
        counts = self._model.result_counts()
        for profile in self._model.profiles():
            count = counts.get(profile.id, 0)
            entry = QListWidgetItem(self.tr("{0}\n%n result(s)", "", count).format(profile.name))
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, profile.name)
            entry.setData(_ID, profile.id)
            self.client_list.addItem(entry)
            if profile.id == self._model.current_id:
                self.client_list.setCurrentItem(entry)
        self.client_list.blockSignals(False)
        current = self._model.current()
        self.name_edit.setText(current.name if current else "")
        self.contact_edit.setPlainText((current.note or "") if current else "")
        self.delete_button.setEnabled(current is not None)

    def showEvent(self, event: QShowEvent) -> None:
        # Results may have been imported or deleted elsewhere since the page was last shown.
        self._model.forget_counts()
        self.refresh()
        super().showEvent(event)

    def _current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._model.select(int(current.data(_ID)))

    # ---- acting -----------------------------------------------------------------------

    def new_client(self) -> int | None:
        number = len(self._model.profiles()) + 1
        try:
            profile_id = self._model.create(self.tr("Client {0}").format(number))
        except AssessorError as exc:
            self._prompts.show_error(self.tr("Could not add the client"), str(exc))
            return None
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()
        return profile_id

    def save_details(self) -> None:
        profile_id = self._model.current_id
        try:
            self._model.update(profile_id, self.name_edit.text(),
                               self.contact_edit.toPlainText().strip() or None)
        except AssessorError as exc:
            self._prompts.show_error(self.tr("Could not save the client's details"), str(exc))

    def delete_client(self) -> None:
        current = self._model.current()
        if current is None:
            return
        if not self._prompts.confirm(self.tr("Delete client"), self.tr(
                "Delete {0} with all their results, session notes and plans? This cannot "
                "be undone.").format(current.name)):
            return
        try:
            self._model.delete(current.id)
        except AssessorError as exc:
            self._prompts.show_error(self.tr("Could not delete the client"), str(exc))
