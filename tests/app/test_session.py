"""One person taking one questionnaire, without Qt: every accepted answer is in the store
first, refused answers leave no trace, visibility and progress follow the answers."""

from __future__ import annotations

from typing import Any

import pytest

from assessor.app.catalog import QuestionnaireCatalog
from assessor.app.session import AssessmentSession
from assessor.core.format.model import Questionnaire
from assessor.core.store import Store


class RecordingSink:
    def __init__(self, fail: bool = False) -> None:
        self.calls: list[tuple[str, int, str, Any]] = []
        self.fail = fail

    def save_answer(self, draft_id: int, item_id: str, value: Any) -> None:
        if self.fail:
            raise OSError("disk full")
        self.calls.append(("save", draft_id, item_id, value))

    def clear_answer(self, draft_id: int, item_id: str) -> None:
        self.calls.append(("clear", draft_id, item_id, None))


@pytest.fixture
def sample(catalog: QuestionnaireCatalog) -> Questionnaire:
    found = catalog.find_by_id("sample")
    assert found is not None
    return found


def test_an_accepted_answer_is_stored_first(sample: Questionnaire) -> None:
    sink = RecordingSink()
    session = AssessmentSession(sample, 7, sink)
    session.set_answer("q1", 4)
    assert sink.calls == [("save", 7, "q1", 4)]
    assert session.answer("q1") == 4 and session.is_answered("q1")


def test_a_refused_answer_leaves_no_trace(sample: Questionnaire) -> None:
    sink = RecordingSink()
    session = AssessmentSession(sample, 7, sink)
    with pytest.raises(ValueError):
        session.set_answer("q1", 9)  # not a point of the scale
    with pytest.raises(ValueError):
        session.set_answer("q3", "nope")  # not an option
    assert sink.calls == [] and session.answers == {}


def test_an_answer_the_store_could_not_keep_is_not_accepted(sample: Questionnaire) -> None:
    session = AssessmentSession(sample, 7, RecordingSink(fail=True))
    with pytest.raises(OSError):
        session.set_answer("q1", 4)
    assert not session.is_answered("q1")


def test_a_condition_shows_and_hides_a_question(sample: Questionnaire) -> None:
    session = AssessmentSession(sample, 1, RecordingSink())
    assert not session.is_visible("q4")
    assert session.set_answer("q3", "a") == ["q4"]
    assert session.is_visible("q4")
    assert session.progress() == (1, 4)
    assert session.clear_answer("q3") == ["q4"]
    assert not session.is_visible("q4") and session.progress() == (0, 3)
    assert session.clear_answer("q3") == []  # nothing to clear: nothing changes


def test_draft_answers_that_no_longer_fit_are_left_out(sample: Questionnaire) -> None:
    session = AssessmentSession(sample, 1, RecordingSink(),
                                {"q1": 3, "q2": 99, "gone": "x", "q3": "b"})
    assert session.answers == {"q1": 3, "q3": "b"}


def test_a_section_is_done_once_something_is_answered(sample: Questionnaire) -> None:
    session = AssessmentSession(sample, 1, RecordingSink())
    [section] = session.visible_sections
    assert not session.is_section_done(section)
    session.set_answer("q1", 5)
    assert session.is_section_done(section) == (not session.missing_required())


def test_the_result_is_scored_from_the_accepted_answers(store: Store,
                                                         sample: Questionnaire) -> None:
    draft = store.start_draft(store.default_profile(), sample.id, sample.source.sha256, None)
    session = AssessmentSession(sample, draft, store)
    session.set_answer("q1", 5)
    session.set_answer("q3", "a")
    assert store.load_draft(draft).answers == {"q1": 5, "q3": "a"}
    result = session.build_result(respondent="Sam")
    assert result["questionnaire"]["id"] == "sample"
    assert result["respondent"] == "Sam"
    assert result["answers"] == {"q1": 5, "q3": "a"}
