"""Coming back to a draft, reviewing every answer, and counts that do not overpromise."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowMaker
from tests.ui.flow_helpers import answer_visible


def _ui_full(window: Any) -> Any:
    return next(q for q in window.context.catalog.questionnaires if q.id == "ui-full")


def test_resume_opens_the_first_unanswered_visible_question(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    window.start_questionnaire(_ui_full(window))
    answered = answer_visible(window.session_model, limit=5)
    # years, builds_models (yes: framework appears), framework, duties, then the first skill
    assert answered == ["years", "builds_models", "framework", "duties", "ml_conf"]
    draft_id = window.session_model.session.draft_id
    window.question_page.leave_button.click()
    assert window.stack.currentWidget() is window.start_page
    window.resume_draft(draft_id)
    page = window.question_page
    assert window.stack.currentWidget() is page
    assert page.current_section_id == "skills"
    target = page.item_widgets["adv_conf"]
    qtbot.waitUntil(lambda: target.isAncestorOf(QApplication.focusWidget()))


def test_resume_skips_a_hidden_unanswered_question(qtbot: QtBot,
                                                   make_window: WindowMaker) -> None:
    window = make_window()
    window.start_questionnaire(_ui_full(window))
    model = window.session_model
    assert model.set_answer("years", 3)
    assert model.set_answer("builds_models", False)  # framework stays hidden, unanswered
    draft_id = model.session.draft_id
    window.leave_questionnaire()
    window.resume_draft(draft_id)
    page = window.question_page
    assert page.current_section_id == "background"
    qtbot.waitUntil(lambda: page.item_widgets["duties"].isAncestorOf(
        QApplication.focusWidget()))


def test_review_lists_every_answer_in_words_and_jumps_back_to_change_it(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    window.start_questionnaire(_ui_full(window))
    model = window.session_model
    for item_id, value in (("years", 7), ("builds_models", True), ("framework", "pytorch"),
                           ("duties", ["triage", "policy"]), ("ml_conf", 4),
                           ("notes", "Prefers\nmornings")):
        assert model.set_answer(item_id, value)
    window.show_review()
    review = window.review_page
    listed = [review.answer_list.item(row) for row in range(review.answer_list.count())]
    texts = [entry.text() for entry in listed]
    assert texts[0] == "Background"  # a section heading, not selectable
    assert not listed[0].flags() & Qt.ItemFlag.ItemIsSelectable
    assert "How many years have you worked in security?\n    7" in texts
    assert "Have you trained a machine-learning model yourself?\n    Yes" in texts
    assert "Which framework do you use most?\n    PyTorch" in texts
    assert "Which of these are part of your job?\n    Alert triage; Writing policy" in texts
    assert "I can explain how gradient descent trains a model.\n    Agree" in texts
    assert "Anything else you want your counsellor to know?\n    Prefers mornings" in texts
    answers_listed = [e for e in listed if e.data(Qt.ItemDataRole.UserRole)]
    assert len(answers_listed) == len(model.session.answers)
    # Unanswered required questions are listed too, and finishing waits for them.
    assert review.missing_list.isVisibleTo(window)
    assert not review.finish_button.isEnabled()
    # No label is stretched over the page: the summary is as tall as its text.
    assert review.summary.height() <= review.summary.heightForWidth(review.summary.width()) + 8

    entry = next(e for e in listed if e.data(Qt.ItemDataRole.UserRole) == "framework")
    review.answer_list.itemClicked.emit(entry)
    page = window.question_page
    assert window.stack.currentWidget() is page
    assert page.current_section_id == "background"
    qtbot.waitUntil(lambda: page.item_widgets["framework"].isAncestorOf(
        QApplication.focusWidget()))
    assert model.set_answer("framework", "sklearn")
    window.show_review()
    assert "Which framework do you use most?\n    scikit-learn" in [
        review.answer_list.item(row).text() for row in range(review.answer_list.count())]


def test_progress_says_more_may_appear_while_a_question_is_hidden(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    entry_text = window.start_page.questionnaire_list.item(0).text()
    assert "10–11 questions, depending on the answers" in entry_text
    assert "(s)" not in entry_text
    window.start_questionnaire(_ui_full(window))
    model = window.session_model
    progress = window.question_page.progress
    assert progress.format() == ("0 of 10 questions answered — more may appear depending "
                                 "on your answers")
    assert model.set_answer("builds_models", True)
    assert progress.format() == "1 of 11 questions answered"
    assert model.set_answer("builds_models", False)
    assert progress.format().startswith("1 of 10 questions answered — more may appear")
