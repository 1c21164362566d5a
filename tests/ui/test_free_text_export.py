"""Exporting or reporting a result with typed answers says so first and can leave them out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from assessor.core.results import read_result_file
from assessor.core.results.free_text import WITHHELD_KEY
from tests.ui.conftest import FakePrompts, WindowMaker
from tests.ui.flow_helpers import answer_visible

PRIVATE = "Call me on 0170 1234567 or robin@example.org"


def _finished_with_a_typed_answer(qtbot: QtBot, make_window: WindowMaker) -> Any:
    window = make_window()
    questionnaire = next(q for q in window.context.catalog.questionnaires if q.id == "ui-full")
    window.start_questionnaire(questionnaire)
    assert window.session_model.set_answer("notes", PRIVATE)
    answer_visible(window.session_model)
    window.show_review()
    window.review_page.finish_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results_page)
    return window


def test_export_warns_and_leaves_typed_answers_out_when_asked(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, tmp_path: Path) -> None:
    window = _finished_with_a_typed_answer(qtbot, make_window)
    page = window.results_page
    prompts.confirm_answers = [True]
    prompts.save_paths.append(tmp_path / "shared.json")
    page.export_button.click()
    [(title, question)] = prompts.confirmations
    assert title == "Typed answers"
    assert "1 typed answer," in question and "Anything else you want your counsellor" in question
    text = (tmp_path / "shared.json").read_text(encoding="utf-8")
    assert "robin@example.org" not in text and "1234567" not in text
    shared = read_result_file(tmp_path / "shared.json")  # integrity holds
    assert shared["answers"]["notes"] == "" and shared[WITHHELD_KEY] == ["notes"]
    assert shared["scores"] == page.result["scores"]
    assert page.result["answers"]["notes"] == PRIVATE  # the stored result keeps them


def test_export_keeps_typed_answers_when_the_person_says_no(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, tmp_path: Path) -> None:
    window = _finished_with_a_typed_answer(qtbot, make_window)
    prompts.confirm_answers = [False]
    prompts.save_paths.append(tmp_path / "full.json")
    window.results_page.export_button.click()
    assert read_result_file(tmp_path / "full.json")["answers"]["notes"] == PRIVATE


def test_report_leaves_typed_answers_out_when_asked(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, tmp_path: Path) -> None:
    window = _finished_with_a_typed_answer(qtbot, make_window)
    if not window.context.reports.available():
        pytest.skip("assessor.reports is not installed")
    prompts.confirm_answers = [True]
    prompts.save_paths.append(tmp_path / "report.html")
    window.results_page.report_button.click()
    assert prompts.errors == []
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "robin@example.org" not in html
    assert "(left out when shared)" in html


def test_no_question_for_a_result_without_typed_answers(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, tmp_path: Path) -> None:
    window = make_window()
    questionnaire = next(q for q in window.context.catalog.questionnaires if q.id == "ui-full")
    window.start_questionnaire(questionnaire)
    answer_visible(window.session_model)
    assert window.session_model.clear_answer("notes")  # the optional typed answer
    window.show_review()
    window.review_page.finish_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results_page)
    prompts.save_paths.append(tmp_path / "plain.json")
    window.results_page.export_button.click()
    assert prompts.confirmations == []
    assert "notes" not in read_result_file(tmp_path / "plain.json")["answers"]
