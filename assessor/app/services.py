"""The app's flows over the store: starting, resuming and finishing an assessment.
Qt-free, so each flow can be tested without a window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor.app.catalog import QuestionnaireCatalog
from assessor.app.person import CurrentPerson

if TYPE_CHECKING:
    from assessor.app.session import AssessmentSession
    from assessor.core.format.model import Questionnaire


@dataclass(frozen=True)
class DraftSummary:
    """An unfinished assessment as the start page lists it."""

    draft_id: int
    title: str
    answered: int
    updated_at: str
    questionnaire: Questionnaire | None  # None: its questionnaire is no longer at hand


class AssessmentService:
    """Starting, resuming, discarding and finishing assessments for the current person."""

    def __init__(self, store: Any, catalog: QuestionnaireCatalog, person: CurrentPerson) -> None:
        self.store = store
        self.catalog = catalog
        self.person = person

    @property
    def profile_id(self) -> int:
        """The person new drafts and results belong to."""
        return self.person.profile_id

    def start(self, questionnaire: Questionnaire) -> AssessmentSession:
        from assessor.app.session import AssessmentSession

        path = questionnaire.source.path
        draft_id = self.store.start_draft(
            self.profile_id, questionnaire.id, questionnaire.source.sha256,
            str(path) if path is not None else None)
        return AssessmentSession(questionnaire, draft_id, self.store,
                                 profile_id=self.profile_id)

    def drafts(self) -> list[DraftSummary]:
        summaries = []
        for draft in self.store.list_drafts(self.profile_id):
            questionnaire = self._questionnaire_for(draft)
            title = questionnaire.title if questionnaire else draft.questionnaire_id
            summaries.append(DraftSummary(draft.id, title, len(draft.answers),
                                          str(draft.updated_at), questionnaire))
        return summaries

    def _questionnaire_for(self, draft: Any) -> Questionnaire | None:
        path = Path(draft.questionnaire_path) if draft.questionnaire_path else None
        found = self.catalog.find(draft.questionnaire_id, draft.questionnaire_sha256, path)
        # A questionnaire updated since the draft began: carry on with the new version;
        # answers that no longer fit stay stored but unused.
        return found or self.catalog.find_by_id(draft.questionnaire_id)

    def resume(self, draft_id: int) -> AssessmentSession | None:
        from assessor.app.session import AssessmentSession

        draft = self.store.load_draft(draft_id)
        questionnaire = self._questionnaire_for(draft)
        if questionnaire is None:
            return None
        return AssessmentSession(questionnaire, draft.id, self.store, draft.answers,
                                 profile_id=draft.profile_id)

    def discard(self, draft_id: int) -> None:
        self.store.delete_draft(draft_id)

    def finish(self, session: AssessmentSession) -> tuple[int, dict[str, Any]]:
        """Score, keep the result, and only then drop the draft (a crash in between keeps
        the draft; the same result stored twice counts once). The result belongs to the
        person the draft was started for, not to whoever is selected now."""
        owner = session.profile_id if session.profile_id is not None else self.profile_id
        result = session.build_result()
        # build_result has just computed its integrity hash: the store need not again.
        result_id, _is_new = self.store.add_result(owner, result, integrity_checked=True)
        self.store.delete_draft(session.draft_id)
        return result_id, result

    def results(self) -> list[Any]:
        return list(self.store.list_results(self.profile_id))


def question_count_range(questionnaire: Questionnaire) -> tuple[int, int]:
    """(fewest, most) questions a person can be asked: the questions without a condition on
    them or their section are always asked; at most every question is."""
    sections = {section.id: section for section in questionnaire.sections}
    always = sum(1 for item in questionnaire.items
                 if item.when is None and sections[item.section].when is None)
    return always, len(questionnaire.items)
