"""The flows over the store, without Qt: start, resume, discard and finish an assessment,
always for the person the app is working with."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import assessor.core.store as store_module
from assessor.app.catalog import QuestionnaireCatalog
from assessor.app.person import CurrentPerson
from assessor.app.services import AssessmentService
from assessor.core.results import build as result_building
from assessor.core.store import Store


def _service(store: Store, catalog: QuestionnaireCatalog) -> AssessmentService:
    return AssessmentService(store, catalog, CurrentPerson(store.default_profile()))


def test_start_files_a_draft_under_the_current_person(store: Store,
                                                      catalog: QuestionnaireCatalog) -> None:
    service = _service(store, catalog)
    sample = catalog.find_by_id("sample")
    assert sample is not None
    session = service.start(sample)
    session.set_answer("q1", 4)
    [draft] = service.drafts()
    assert (draft.draft_id, draft.title, draft.answered) == (session.draft_id, "Sample", 1)
    assert draft.questionnaire is sample
    assert [d.profile_id for d in store.list_drafts()] == [store.default_profile()]


def test_switching_the_person_switches_what_the_service_sees(
        store: Store, catalog: QuestionnaireCatalog) -> None:
    me = store.default_profile()
    alex = store.create_profile("Alex")
    person = CurrentPerson(me)
    service = AssessmentService(store, catalog, person)
    sample = catalog.find_by_id("sample")
    assert sample is not None
    service.start(sample)
    person.select(alex)
    assert service.profile_id == alex
    assert service.drafts() == []
    service.start(sample)
    assert sorted(d.profile_id for d in store.list_drafts()) == sorted([me, alex])


def test_finish_stores_the_result_then_drops_the_draft(store: Store,
                                                       catalog: QuestionnaireCatalog) -> None:
    service = _service(store, catalog)
    sample = catalog.find_by_id("sample")
    assert sample is not None
    session = service.start(sample)
    session.set_answer("q1", 5)
    result_id, result = service.finish(session)
    [stored] = service.results()
    assert stored.id == result_id and stored.result == result
    assert store.list_drafts() == []


def test_finishing_hashes_the_result_once(store: Store, catalog: QuestionnaireCatalog,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Building the result computes its integrity hash; storing it does not compute it
    again (it was hashed a second time right after it was built)."""
    hashed: list[str] = []

    def counting(where: str, real: Any) -> Any:
        def integrity_hash(result: Any) -> str:
            hashed.append(where)
            return str(real(result))
        return integrity_hash

    monkeypatch.setattr(result_building, "integrity_hash",
                        counting("build", result_building.integrity_hash))
    monkeypatch.setattr(store_module, "integrity_hash",
                        counting("store", store_module.integrity_hash))
    service = _service(store, catalog)
    sample = catalog.find_by_id("sample")
    assert sample is not None
    session = service.start(sample)
    session.set_answer("q1", 5)
    result_id, result = service.finish(session)
    assert hashed == ["build"]
    assert store.get_result(result_id).result == result


def test_resume_carries_on_with_the_stored_answers(store: Store,
                                                   catalog: QuestionnaireCatalog) -> None:
    service = _service(store, catalog)
    sample = catalog.find_by_id("sample")
    assert sample is not None
    first = service.start(sample)
    first.set_answer("q3", "a")
    resumed = service.resume(first.draft_id)
    assert resumed is not None
    assert resumed.answers == {"q3": "a"} and resumed.is_visible("q4")


def test_a_draft_whose_questionnaire_is_gone_is_listed_but_cannot_resume(
        store: Store, questionnaire_folder: Path, tmp_path: Path) -> None:
    catalog = QuestionnaireCatalog([("test", questionnaire_folder)], include_packs=False)
    catalog.refresh()
    service = _service(store, catalog)
    sample = catalog.find_by_id("sample")
    assert sample is not None
    session = service.start(sample)
    shutil.rmtree(questionnaire_folder)
    emptied = QuestionnaireCatalog([("test", tmp_path)], include_packs=False)
    emptied.refresh()
    later = _service(store, emptied)
    [draft] = later.drafts()
    assert (draft.title, draft.questionnaire) == ("sample", None)
    assert later.resume(session.draft_id) is None


def test_discard_forgets_the_draft(store: Store, catalog: QuestionnaireCatalog) -> None:
    service = _service(store, catalog)
    sample = catalog.find_by_id("sample")
    assert sample is not None
    session = service.start(sample)
    service.discard(session.draft_id)
    assert service.drafts() == []
