"""A draft belongs to the person it was started for: switching clients while it is open
asks first, and finishing files the result under its owner whatever the switcher shows."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from assessor.ui.services import AssessmentService
from tests.ui.conftest import FakePrompts, WindowMaker
from tests.ui.counsellor import SHIPPED, screen_texts
from tests.ui.flow_helpers import answer_visible


def _screener_as_alex(qtbot: QtBot, make_window: WindowMaker) -> tuple[Any, int, int]:
    window = make_window([SHIPPED])
    alex = window.clients.create("Alex")
    sam = window.clients.create("Sam")
    window.clients.select(alex)
    screener = next(q for q in window.context.catalog.questionnaires
                    if q.id == "ai-cyber-quick")
    window.start_questionnaire(screener)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.question_page)
    answer_visible(window.session_model)
    return window, alex, sam


def _switch_with_menu(window: Any, profile_id: int) -> None:
    action = window.profile_switcher.action_for(profile_id)
    assert action is not None
    action.trigger()


def test_service_files_the_result_under_the_drafts_owner_not_the_selected_profile(
        store: Any, make_window: WindowMaker) -> None:
    window = make_window([SHIPPED])
    alex = store.create_profile("Alex")
    sam = store.create_profile("Sam")
    service = AssessmentService(store, window.context.catalog, alex)
    screener = next(q for q in window.context.catalog.questionnaires
                    if q.id == "ai-cyber-quick")
    session = service.start(screener)
    for item in screener.items:
        if session.is_visible(item.id) and item.type == "likert":
            session.set_answer(item.id, item.scale[0].value)
    service.profile_id = sam  # the switcher moved on to Sam before finishing
    result_id, _result = service.finish(session)
    assert store.get_result(result_id).profile_id == alex
    assert store.list_results(sam) == []


def test_declining_the_switch_keeps_the_client_and_finishing_files_it_as_theirs(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, store: Any) -> None:
    window, alex, sam = _screener_as_alex(qtbot, make_window)
    assert "Alex" in window.question_page.person_label.text()
    prompts.confirm_answer = False
    _switch_with_menu(window, sam)
    [(_title, question)] = prompts.confirmations
    assert "Alex" in question and "Sam" in question
    assert window.clients.current_id == alex
    assert window.profile_switcher.text() == "Working with: Alex"
    assert window.profile_switcher.action_for(alex).isChecked()
    assert window.stack.currentWidget() is window.question_page
    window.show_review()
    window.review_page.finish_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results_page)
    [stored] = store.list_results(alex)
    assert stored.result["questionnaire"]["id"] == "ai-cyber-quick"
    assert store.list_results(sam) == []
    level = window.results_page.level_label.text()
    assert level.startswith("Alex's level: ")
    assert not any("Your level" in text for text in screen_texts(window.results_page))


def test_accepting_the_switch_closes_the_questionnaire_which_stays_with_its_owner(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, store: Any) -> None:
    window, alex, sam = _screener_as_alex(qtbot, make_window)
    draft_id = window.session_model.session.draft_id
    prompts.confirm_answer = True
    _switch_with_menu(window, sam)
    assert window.clients.current_id == sam
    assert window.session_model is None
    assert window.stack.currentWidget() is window.start_page
    assert [d.id for d in store.list_drafts(alex)] == [draft_id]
    assert store.list_drafts(sam) == []
    # Back with Alex, the draft resumes and finishes as Alex's.
    _switch_with_menu(window, alex)
    assert len(prompts.confirmations) == 1  # nothing open: no question this time
    window.resume_draft(draft_id)
    window.show_review()
    window.review_page.finish_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results_page)
    assert len(store.list_results(alex)) == 1
    assert store.list_results(sam) == []


def test_own_profile_sees_your_level_and_no_name_on_the_question_page(
        qtbot: QtBot, make_window: WindowMaker, store: Any) -> None:
    window = make_window([SHIPPED])
    screener = next(q for q in window.context.catalog.questionnaires
                    if q.id == "ai-cyber-quick")
    window.start_questionnaire(screener)
    assert not window.question_page.person_label.isVisibleTo(window)
    answer_visible(window.session_model)
    window.show_review()
    window.review_page.finish_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results_page)
    assert window.results_page.level_label.text().startswith("Your level: ")
