"""Taking a questionnaire in the real window, by keyboard only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assessor.core.format.loading import load_questionnaire
from tests.ui.conftest import UI_DATA, FakePrompts, WindowMaker, shipped_or_test_folder
from tests.ui.keyboard import answer, focus_is_in, focused, press, tab_until
from tests.ui.personas import SECURITY_ANALYST, persona_answers


def _start_by_keyboard(qtbot: QtBot, window: Any, questionnaire_id: str) -> None:
    start = window.start_page
    tab_until(qtbot, lambda: focus_is_in(start.questionnaire_list))
    ids = [start.questionnaire_list.item(row).data(Qt.ItemDataRole.UserRole).id
           for row in range(start.questionnaire_list.count())]
    target = ids.index(questionnaire_id)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(target):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.question_page)


def test_complete_a_questionnaire_by_keyboard_only(qtbot: QtBot, make_window: WindowMaker,
                                                   store: Any) -> None:
    folder = shipped_or_test_folder()
    window = make_window([folder])
    questionnaire = next(q for q in window.context.catalog.questionnaires
                         if q.id in ("ai-cyber-career", "ui-full"))
    wanted = persona_answers(questionnaire, SECURITY_ANALYST)
    _start_by_keyboard(qtbot, window, questionnaire.id)
    page = window.question_page
    session = window.session_model.session
    sections_seen = []
    while window.stack.currentWidget() is page:
        section = page.section_pages[page.current_section_id].section
        sections_seen.append(section.id)
        for item in section.items:
            if session.is_visible(item.id) and item.id in wanted:
                answer(qtbot, page.item_widgets[item.id], wanted[item.id])
                assert session.answer(item.id) == wanted[item.id], item.id
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # next section
    assert window.stack.currentWidget() is window.review_page
    assert sections_seen == [s.id for s in session.visible_sections]
    assert window.review_page.finish_button.isEnabled()
    # Every answer was stored as it was given, before finishing.
    draft = store.load_draft(session.draft_id)
    assert draft.answers == wanted
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # finish
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results_page)
    [stored] = store.list_results(window.context.profile_id)
    assert stored.result["answers"] == wanted
    assert store.list_drafts(window.context.profile_id) == []


def test_conditional_items_appear_and_disappear_as_answers_change(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    _start_by_keyboard(qtbot, window, "ui-full")
    page = window.question_page
    framework = page.item_widgets["framework"]
    assert not framework.isVisible()
    answer(qtbot, page.item_widgets["builds_models"], True)
    assert framework.isVisible()
    answer(qtbot, framework, "sklearn")
    answer(qtbot, page.item_widgets["builds_models"], False)
    assert not framework.isVisible()
    # A hidden item's answer is kept but neither required nor scored.
    session = window.session_model.session
    assert session.answer("framework") == "sklearn"
    assert "framework" not in [i.id for i in session.missing_required()]
    answer(qtbot, page.item_widgets["builds_models"], True)
    assert framework.isVisible()
    assert framework.buttons[1][1].isChecked()


def test_review_blocks_finishing_and_jumps_to_each_missing_question(
        qtbot: QtBot, make_window: WindowMaker, store: Any) -> None:
    window = make_window()
    _start_by_keyboard(qtbot, window, "ui-full")
    page = window.question_page
    answer(qtbot, page.item_widgets["years"], 3)
    page.review_button.click()
    review = window.review_page
    assert window.stack.currentWidget() is review
    missing = [review.missing_list.item(r).data(Qt.ItemDataRole.UserRole)
               for r in range(review.missing_list.count())]
    questionnaire = load_questionnaire(UI_DATA / "full.yaml")
    expected = [i.id for i in questionnaire.items if i.required and i.id not in
                ("years", "framework")]
    assert missing == expected
    assert not review.finish_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # finish: refused
    assert window.stack.currentWidget() is review
    assert store.list_results(window.context.profile_id) == []
    # Each listed item jumps to its question, with the keyboard on it.
    while review.missing_list.count():
        tab_until(qtbot, lambda: focus_is_in(review.missing_list))
        item_id = review.missing_list.currentItem().data(Qt.ItemDataRole.UserRole)
        press(qtbot, Qt.Key.Key_Return)
        assert window.stack.currentWidget() is page
        widget = page.item_widgets[item_id]
        assert focus_is_in(widget)
        value = persona_answers(questionnaire, SECURITY_ANALYST)[item_id]
        answer(qtbot, widget, value)
        page.review_button.click() if page.review_button.isVisible() else page.go_next()
        assert window.stack.currentWidget() is review
        assert item_id not in [review.missing_list.item(r).data(Qt.ItemDataRole.UserRole)
                               for r in range(review.missing_list.count())]
    assert review.finish_button.isEnabled()
    assert focused() is not None


def test_number_and_text_fields_refuse_bad_input(qtbot: QtBot, make_window: WindowMaker,
                                                 prompts: FakePrompts) -> None:
    window = make_window()
    _start_by_keyboard(qtbot, window, "ui-full")
    page = window.question_page
    session = window.session_model.session
    years = page.item_widgets["years"]
    tab_until(qtbot, lambda: focus_is_in(years))
    qtbot.keyClicks(focused(), "41")  # above the range 0–40
    assert not session.is_answered("years")
    assert "between 0 and 40" in years.status.text()
    press(qtbot, Qt.Key.Key_Backspace)
    assert session.answer("years") == 4
    assert years.status.text() == ""
    press(qtbot, Qt.Key.Key_Backspace)
    assert not session.is_answered("years")  # emptied field withdraws the answer
    page.show_section("knowledge")
    notes = page.item_widgets["notes"]
    tab_until(qtbot, lambda: focus_is_in(notes))
    qtbot.keyClicks(focused(), "x" * 230)
    assert len(session.answer("notes")) == 200
    assert "200 / 200" in notes.counter.text()
    assert prompts.errors == []
