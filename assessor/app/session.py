"""One person taking one questionnaire: answers, visibility, progress. Qt-free; every
answer is written to the store before it is accepted, so a crash loses nothing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from assessor.core.format.answers import answer_problem
from assessor.core.format.model import Item, Questionnaire, Section
from assessor.core.results import build_result
from assessor.core.scoring.conditions import visibility


class AnswerSink(Protocol):
    """Where answers go as they are given (the local store)."""

    def save_answer(self, draft_id: int, item_id: str, value: Any) -> None: ...

    def clear_answer(self, draft_id: int, item_id: str) -> None: ...


class AssessmentSession:
    """One questionnaire being answered: its accepted answers, what is shown, and progress."""

    def __init__(self, questionnaire: Questionnaire, draft_id: int, sink: AnswerSink,
                 answers: Mapping[str, Any] | None = None,
                 profile_id: int | None = None) -> None:
        self.questionnaire = questionnaire
        self.draft_id = draft_id
        # The person the draft was started for: its result is filed there, whoever the
        # app is "working with" when it is finished.
        self.profile_id = profile_id
        self._sink = sink
        # Answers from a draft that no longer fit (the questionnaire changed) stay in the
        # store untouched but are not used here.
        self._answers: dict[str, Any] = {
            item_id: value for item_id, value in (answers or {}).items()
            if item_id in questionnaire.item_index
            and answer_problem(questionnaire.item_index[item_id], value) is None
        }
        self._visible = visibility(questionnaire, self._answers)

    @property
    def answers(self) -> dict[str, Any]:
        return dict(self._answers)

    def answer(self, item_id: str) -> Any:
        return self._answers.get(item_id)

    def is_answered(self, item_id: str) -> bool:
        return item_id in self._answers

    def is_visible(self, item_id: str) -> bool:
        return self._visible.get(item_id, False)

    def set_answer(self, item_id: str, value: Any) -> list[str]:
        """Store and accept one answer; returns the ids whose visibility changed. Raises
        ValueError for an answer the item does not accept (nothing is stored then)."""
        item = self.questionnaire.item_index[item_id]
        problem = answer_problem(item, value)
        if problem is not None:
            raise ValueError(problem)
        self._sink.save_answer(self.draft_id, item_id, value)
        self._answers[item_id] = value
        return self._update_visibility()

    def clear_answer(self, item_id: str) -> list[str]:
        if item_id not in self._answers:
            return []
        self._sink.clear_answer(self.draft_id, item_id)
        del self._answers[item_id]
        return self._update_visibility()

    def _update_visibility(self) -> list[str]:
        fresh = visibility(self.questionnaire, self._answers)
        changed = [item_id for item_id, shown in fresh.items()
                   if self._visible.get(item_id) != shown]
        self._visible = fresh
        return changed

    # ---- sections and progress --------------------------------------------------------

    def visible_items(self, section: Section) -> list[Item]:
        return [item for item in section.items if self.is_visible(item.id)]

    def is_section_visible(self, section: Section) -> bool:
        return bool(self.visible_items(section))

    @property
    def visible_sections(self) -> list[Section]:
        return [s for s in self.questionnaire.sections if self.is_section_visible(s)]

    def is_section_done(self, section: Section) -> bool:
        """Done when every visible required item is answered and something was answered."""
        items = self.visible_items(section)
        return bool(items) and all(
            self.is_answered(i.id) for i in items if i.required
        ) and any(self.is_answered(i.id) for i in items)

    def progress(self) -> tuple[int, int]:
        """(answered, total) over the visible items."""
        shown = [item for item in self.questionnaire.items if self.is_visible(item.id)]
        return sum(1 for item in shown if self.is_answered(item.id)), len(shown)

    def may_grow(self) -> bool:
        """True while some question is hidden and could still appear, depending on the
        answers: the count shown so far is then not the last word."""
        return any(not self.is_visible(item.id) for item in self.questionnaire.items)

    def first_unanswered(self) -> Item | None:
        """Where the person stopped: the first visible question without an answer."""
        return next((item for item in self.questionnaire.items
                     if self.is_visible(item.id) and not self.is_answered(item.id)), None)

    def missing_required(self) -> list[Item]:
        return [
            item for item in self.questionnaire.items
            if item.required and self.is_visible(item.id) and not self.is_answered(item.id)
        ]

    def build_result(self, respondent: str | None = None) -> dict[str, Any]:
        return build_result(self.questionnaire, self._answers, respondent=respondent)

