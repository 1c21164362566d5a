"""The first page: questionnaires to start, drafts to resume, past results."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor.app.result_language import shown_in_language
from assessor.ui.branding import ProviderCard, logo_pixmap, signature_note
from assessor.ui.locale_format import date_time_text
from assessor.ui.widgets import heading, plain_label

if TYPE_CHECKING:
    from assessor.app.catalog import QuestionnaireCatalog
    from assessor.app.services import AssessmentService, DraftSummary
    from assessor.core.format.model import Questionnaire

_DATA = Qt.ItemDataRole.UserRole
_LIST_LOGO = QSize(40, 40)


class StartPage(QWidget):
    """Where the app opens: the questionnaires, the drafts and the past results."""

    startRequested = Signal(object)  # Questionnaire
    resumeRequested = Signal(int)  # draft id
    discardRequested = Signal(int)  # draft id
    openFileRequested = Signal()
    openPackRequested = Signal()
    resultRequested = Signal(int)  # result id
    historyRequested = Signal()
    problemsRequested = Signal()

    def __init__(self, service: AssessmentService | None = None,
                 catalog: QuestionnaireCatalog | None = None,
                 parent: QWidget | None = None) -> None:
        """The page's frame; it lists nothing until given a service and a catalog (here
        or with `attach`, once they are open) and then `refresh`ed."""
        super().__init__(parent)
        # None only until `attach`, which comes before any refresh.
        self._service: AssessmentService = service  # type: ignore[assignment]
        self._catalog: QuestionnaireCatalog = catalog  # type: ignore[assignment]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addWidget(heading(self.tr("Where do you stand in AI security?")))
        outer.addWidget(plain_label(self.tr(
            "Answer a questionnaire about your skills to see your level, the roles that fit "
            "you and the shortest path to the one you want. Everything stays on this "
            "computer."), muted=True))
        grid = QGridLayout()
        grid.setSpacing(16)
        outer.addLayout(grid, 1)
        grid.addWidget(self._build_questionnaires(), 0, 0, 2, 1)
        grid.addWidget(self._build_drafts(), 0, 1)
        grid.addWidget(self._build_results(), 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.is_filled = False

    def attach(self, service: AssessmentService, catalog: QuestionnaireCatalog) -> None:
        self._service = service
        self._catalog = catalog

    # ---- building ---------------------------------------------------------------------

    def _build_questionnaires(self) -> QGroupBox:
        box = QGroupBox(self.tr("Start a questionnaire"))
        layout = QVBoxLayout(box)
        self.questionnaire_list = QListWidget()
        self.questionnaire_list.setAccessibleName(self.tr("Questionnaires"))
        self.questionnaire_list.setWordWrap(True)
        self.questionnaire_list.setSpacing(4)
        self.questionnaire_list.itemActivated.connect(lambda _item: self._start_selected())
        self.questionnaire_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.questionnaire_list.currentItemChanged.connect(lambda *_: self._show_provider())
        layout.addWidget(self.questionnaire_list, 1)
        self.provider_card = ProviderCard()
        layout.addWidget(self.provider_card)
        self.problems_button = QPushButton()
        self.problems_button.setAccessibleDescription(
            self.tr("Show questionnaire files with problems"))
        self.problems_button.clicked.connect(self.problemsRequested)
        self.problems_button.hide()
        layout.addWidget(self.problems_button)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open a questionnaire file…"))
        self.open_button.setAccessibleName(self.tr("Open a questionnaire file"))
        self.open_button.clicked.connect(self.openFileRequested)
        self.open_pack_button = QPushButton(self.tr("Open a provider &pack…"))
        self.open_pack_button.setAccessibleDescription(self.tr("Open a training provider's pack"))
        self.open_pack_button.clicked.connect(self.openPackRequested)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setAccessibleName(self.tr("Start the selected questionnaire"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start_selected)
        row.addWidget(self.open_button)
        row.addWidget(self.open_pack_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        return box

    def _build_drafts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Continue where you left off"))
        layout = QVBoxLayout(box)
        self.draft_list = QListWidget()
        self.draft_list.setAccessibleName(self.tr("Unfinished questionnaires"))
        self.draft_list.itemActivated.connect(lambda _item: self._resume_selected())
        self.draft_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.draft_list, 1)
        row = QHBoxLayout()
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.setAccessibleName(
            self.tr("Discard the selected unfinished questionnaire"))
        self.discard_button.clicked.connect(self._discard_selected)
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setAccessibleName(
            self.tr("Resume the selected unfinished questionnaire"))
        self.resume_button.clicked.connect(self._resume_selected)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(self.resume_button)
        layout.addLayout(row)
        return box

    def set_person(self, name: str | None) -> None:
        """Whose results the page lists: the person at the keyboard (None) or a client."""
        if name is None:
            self.results_box.setTitle(self.tr("Your past results"))
        else:
            self.results_box.setTitle(self.tr("Past results of {name}").format(name=name))

    def _build_results(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your past results"))
        self.results_box = box
        layout = QVBoxLayout(box)
        self.result_list = QListWidget()
        self.result_list.setAccessibleName(self.tr("Past results"))
        self.result_list.itemActivated.connect(lambda _item: self._open_selected_result())
        self.result_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.result_list, 1)
        row = QHBoxLayout()
        self.history_button = QPushButton(self.tr("H&istory and trends"))
        self.history_button.setAccessibleDescription(self.tr("Show the history of your results"))
        self.history_button.clicked.connect(self.historyRequested)
        self.open_result_button = QPushButton(self.tr("Show r&esult"))
        self.open_result_button.setAccessibleDescription(self.tr("Show the selected result"))
        self.open_result_button.clicked.connect(self._open_selected_result)
        row.addWidget(self.history_button)
        row.addStretch(1)
        row.addWidget(self.open_result_button)
        layout.addLayout(row)
        return box

    def show_loading(self) -> None:
        self.is_filled = False
        for widget in (self.questionnaire_list, self.draft_list, self.result_list):
            widget.clear()
            self._placeholder(widget, self.tr("Loading…"))
        self._update_buttons()

    def focus_first(self) -> None:
        """Keyboard users land on the questionnaires (or what is in progress)."""
        target = self.draft_list if self._selected(self.draft_list) is not None \
            else self.questionnaire_list
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- filling ----------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_questionnaires(self._catalog.questionnaires)
        refused = self._catalog.refused
        self.problems_button.setVisible(bool(refused))
        self.problems_button.setText(self.tr("%n questionnaire file(s) could not be loaded…",
                                             "", len(refused)))
        self._fill_drafts(self._service.drafts())
        self._fill_results(self._service.results())
        self._update_buttons()
        self.is_filled = True

    def _fill_questionnaires(self, questionnaires: list[Questionnaire]) -> None:
        self.questionnaire_list.clear()
        for questionnaire in questionnaires:
            from assessor.app.services import question_count_range

            fewest, most = question_count_range(questionnaire)
            minutes = round(questionnaire.estimated_minutes or 0)
            if fewest == most:
                details = self.tr("%n question(s), about {0} minutes", "", most).format(
                    minutes) if minutes else self.tr("%n question(s)", "", most)
            else:
                details = self.tr("{0}–{1} questions, depending on the answers, about {2} "
                                  "minutes").format(fewest, most, minutes) if minutes else \
                    self.tr("{0}–{1} questions, depending on the answers").format(fewest, most)
            lines = [questionnaire.title, details]
            pack = self._catalog.pack_of(questionnaire)
            if pack is not None:
                lines.append(self.tr("From {0}").format(pack.provider.name))
            if questionnaire.description:
                lines.append(questionnaire.description.strip().splitlines()[0])
            entry = QListWidgetItem("\n".join(lines))
            if pack is not None and pack.provider.logo:
                # The provider's logo beside its questionnaires, not only on the card.
                logo = logo_pixmap(pack.provider, _LIST_LOGO, self.devicePixelRatioF())
                if not logo.isNull():
                    entry.setIcon(QIcon(logo))
                    self.questionnaire_list.setIconSize(_LIST_LOGO)
            entry.setData(_DATA, questionnaire)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{questionnaire.title}, {details}")
            self.questionnaire_list.addItem(entry)
        if self.questionnaire_list.count():
            self.questionnaire_list.setCurrentRow(0)
        else:
            placeholder = QListWidgetItem(self.tr(
                "No questionnaires found. Open a questionnaire file to begin."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.questionnaire_list.addItem(placeholder)

    def _show_provider(self) -> None:
        questionnaire = self._selected(self.questionnaire_list)
        pack = self._catalog.pack_of(questionnaire) if questionnaire is not None else None
        if pack is None:
            self.provider_card.set_provider(None)
            return
        self.provider_card.set_provider(pack.provider, signature_note(pack))

    def _fill_drafts(self, drafts: list[DraftSummary]) -> None:
        self.draft_list.clear()
        for draft in drafts:
            when = date_time_text(draft.updated_at)
            text = self.tr("{0}\n%n answer(s) so far, last changed {1}", "",
                           draft.answered).format(draft.title, when)
            if draft.questionnaire is None:
                text += "\n" + self.tr("(its questionnaire file is no longer available)")
            entry = QListWidgetItem(text)
            entry.setData(_DATA, draft.draft_id)
            self.draft_list.addItem(entry)
        if self.draft_list.count():
            self.draft_list.setCurrentRow(0)
        else:
            self._placeholder(self.draft_list, self.tr("Nothing in progress."))

    def _fill_results(self, stored: list[Any]) -> None:
        self.result_list.clear()
        for entry_data in reversed(stored):  # newest first
            result = shown_in_language(entry_data.result)
            level = (result.get("placement") or {}).get("label") or self.tr("no level")
            clusters = result.get("clusters") or []
            best = clusters[0]["label"] if clusters else self.tr("no roles")
            when = date_time_text(result.get("completed_at"))
            text = self.tr("{0} — {1}\nLevel: {2} · best fit: {3}").format(
                when, result["questionnaire"].get("title", ""), level, best)
            entry = QListWidgetItem(text)
            entry.setData(_DATA, entry_data.id)
            self.result_list.addItem(entry)
        if self.result_list.count():
            self.result_list.setCurrentRow(0)
        else:
            self._placeholder(self.result_list, self.tr("No results yet."))

    @staticmethod
    def _placeholder(widget: QListWidget, text: str) -> None:
        entry = QListWidgetItem(text)
        entry.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(entry)

    @staticmethod
    def _selected(widget: QListWidget) -> Any:
        entry = widget.currentItem()
        return entry.data(_DATA) if entry is not None else None

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self._selected(self.questionnaire_list) is not None)
        has_draft = self._selected(self.draft_list) is not None
        self.resume_button.setEnabled(has_draft)
        self.discard_button.setEnabled(has_draft)
        self.open_result_button.setEnabled(self._selected(self.result_list) is not None)
        self.history_button.setEnabled(self.result_list.count() > 0
                                       and self._selected(self.result_list) is not None)

    # ---- acting -----------------------------------------------------------------------

    def _start_selected(self) -> None:
        questionnaire = self._selected(self.questionnaire_list)
        if questionnaire is not None:
            self.startRequested.emit(questionnaire)

    def _resume_selected(self) -> None:
        draft_id = self._selected(self.draft_list)
        if draft_id is not None:
            self.resumeRequested.emit(draft_id)

    def _discard_selected(self) -> None:
        draft_id = self._selected(self.draft_list)
        if draft_id is not None:
            self.discardRequested.emit(draft_id)

    def _open_selected_result(self) -> None:
        result_id = self._selected(self.result_list)
        if result_id is not None:
            self.resultRequested.emit(result_id)
