"""The results page shows what `assessor score` computes, and follows the chosen role."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assessor.core.errors import AssessorError
from assessor.core.results import read_result_file
from assessor.core.results.view import path_from_data
from assessor.core.scoring.career import result_path
from tests.ui.conftest import UI_DATA, FakePrompts, WindowMaker, shipped_or_test_folder
from tests.ui.keyboard import focus_is_in, press, tab_until
from tests.ui.mouse import answer_through_widgets
from tests.ui.personas import ML_ENGINEER, SECURITY_ANALYST, persona_answers


def _finish(qtbot: QtBot, window: Any) -> None:
    window.question_page.reviewRequested.emit()
    assert window.review_page.finish_button.isEnabled()
    window.review_page.finish_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window._results_page)


def _cli_score(questionnaire_path: Path, answers: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    answer_file = tmp_path / "answers.json"
    answer_file.write_text(json.dumps({"questionnaire": _questionnaire_id(questionnaire_path),
                                       "answers": answers}), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "assessor", "score", str(questionnaire_path),
                           str(answer_file)], capture_output=True, text=True, check=False,
                          env=dict(os.environ), timeout=60)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _questionnaire_id(path: Path) -> str:
    from assessor.core.format.loading import load_questionnaire

    return load_questionnaire(path).id


@pytest.mark.parametrize("persona", [SECURITY_ANALYST, ML_ENGINEER], ids=["analyst", "ml"])
def test_results_page_matches_the_command_line_score(
        qtbot: QtBot, make_window: WindowMaker, tmp_path: Path, persona: dict[str, float]) -> None:
    window = make_window([shipped_or_test_folder()])
    questionnaire = window.context.catalog.questionnaires[0]
    answers = persona_answers(questionnaire, persona)
    window.start_questionnaire(questionnaire)
    answer_through_widgets(window, answers)
    _finish(qtbot, window)
    expected = _cli_score(questionnaire.source.path, answers, tmp_path)
    page = window.results_page
    assert expected["placement"]["label"] in page.level_label.text()
    best = expected["clusters"][0]
    first_row = page.cluster_list.topLevelItem(0)
    assert first_row.text(0) == best["label"]
    assert first_row.text(1) == f"{best['fit']:.0f}%"
    assert page.cluster_combo.currentData() == best["id"]
    # The path shown for the best role is the one the command line planned.
    path = expected["paths"][best["id"]]
    assert len(page.path_view.step_frames) == len(path["steps"])


def test_choosing_another_role_recomputes_the_path(qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window([shipped_or_test_folder()])
    questionnaire = window.context.catalog.questionnaires[0]
    window.start_questionnaire(questionnaire)
    answer_through_widgets(window, persona_answers(questionnaire, SECURITY_ANALYST))
    _finish(qtbot, window)
    page = window.results_page
    page.tabs.setCurrentIndex(2)  # the path
    first = page.cluster_id
    first_path = page.current_path
    # Choose the role with the worst fit by keyboard: focus the role box, press End.
    tab_until(qtbot, lambda: focus_is_in(page.cluster_combo))
    press(qtbot, Qt.Key.Key_End)
    last = page.cluster_combo.itemData(page.cluster_combo.count() - 1)
    assert page.cluster_id == last != first
    assert page.current_path != first_path
    assert questionnaire.career is not None
    # The path starts from the result's scores and counts the milestones it shows done.
    assert page.current_path == path_from_data(
        result_path(questionnaire.career, page.result, last).as_dict())
    steps = page.current_path.steps
    assert len(page.path_view.step_frames) == len(steps)
    if steps:
        assert steps[0].title in page.path_view.step_frames[0].accessibleName()
    # The role list follows the same choice.
    assert page.cluster_list.currentItem().text(0) in page.cluster_combo.currentText()


def test_calibration_readings_are_plain_language(qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    questionnaire = window.context.catalog.questionnaires[0]
    window.start_questionnaire(questionnaire)
    answers = persona_answers(questionnaire, {"adversarial": 1.0, "governance": 0.9})
    answers["k_poison"] = "b"  # confident self-rating, wrong knowledge answer
    answer_through_widgets(window, answers)
    _finish(qtbot, window)
    readings = window.results_page.calibration.readings
    assert any("well above what the knowledge checks show for Adversarial ML" in r
               for r in readings)


def test_export_writes_a_result_file_that_reads_back(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, tmp_path: Path) -> None:
    window = make_window()
    questionnaire = window.context.catalog.questionnaires[0]
    window.start_questionnaire(questionnaire)
    answer_through_widgets(window, persona_answers(questionnaire, ML_ENGINEER))
    _finish(qtbot, window)
    target = tmp_path / "out" / "mine.json"
    target.parent.mkdir()
    prompts.save_paths.append(target)
    prompts.confirm_answer = False  # keep the typed answer in (asked: it may be private)
    window.results_page.export_button.click()
    assert read_result_file(target)["answers"] == window.results_page.result["answers"]
    prompts.save_paths.append(tmp_path / "missing-folder" / "x.json")
    window.results_page.export_button.click()
    assert prompts.errors and "could not be written" in prompts.errors[-1][1]


def test_a_broken_questionnaire_file_lists_every_problem_with_its_line(
        make_window: WindowMaker, prompts: FakePrompts, tmp_path: Path) -> None:
    window = make_window()
    broken = tmp_path / "broken.yaml"
    text = (UI_DATA / "full.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("scale: agree5, scores: ml}", "scale: agree7, scores: ml}")
                      .replace("version: \"1.0\"\n", ""), encoding="utf-8")
    with pytest.raises(AssessorError) as raised:
        window.context.catalog.open_file(broken)
    prompts.open_paths.append(broken)
    window.open_questionnaire_file()
    [(_title, message, details)] = prompts.errors
    assert "broken.yaml" in message
    assert details == raised.value.lines()
    assert len(details) >= 2
    assert all(line.startswith(f"{broken}:") and line.split(":")[1].isdigit() for line in details)


def test_save_report_renders_the_chosen_role(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, tmp_path: Path) -> None:
    window = make_window()
    page_reports = window.context.reports
    if not page_reports.available():
        pytest.skip("assessor.reports is not installed")
    questionnaire = window.context.catalog.questionnaires[0]
    window.start_questionnaire(questionnaire)
    answer_through_widgets(window, persona_answers(questionnaire, ML_ENGINEER))
    _finish(qtbot, window)
    page = window.results_page
    page.choose_cluster("ai-governance")
    target = tmp_path / "report.html"
    prompts.save_paths.append(target)
    assert page.report_button.isEnabled()
    page.report_button.click()
    assert prompts.errors == []
    assert "AI governance" in target.read_text(encoding="utf-8")
