"""Leaving typed answers out of a shared result keeps it a valid, re-scorable result."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result, parse_result, result_to_bytes, verify_against
from assessor.core.results.free_text import WITHHELD_KEY, free_text_answers, without_free_text

UI_FULL = Path(__file__).resolve().parents[2] / "ui" / "data" / "full.yaml"
ANSWERS = {"years": 6, "builds_models": True, "framework": "pytorch", "duties": ["triage"],
           "ml_conf": 4, "adv_conf": 2, "gov_conf": 3, "k_poison": "a", "k_rmf": "a",
           "notes": "Reach me at robin@example.org"}


def test_typed_answers_are_found_and_left_out_and_the_copy_still_verifies() -> None:
    questionnaire = load_questionnaire(UI_FULL)
    result = build_result(questionnaire, ANSWERS)
    assert free_text_answers(result) == {"notes": "Reach me at robin@example.org"}
    shared = without_free_text(result, questionnaire)
    assert "robin@example.org" not in result_to_bytes(shared).decode()
    assert shared["answers"]["notes"] == "" and shared[WITHHELD_KEY] == ["notes"]
    assert result["answers"]["notes"].startswith("Reach me")  # the original is untouched
    # A valid result: its fresh integrity hash holds, and re-scoring agrees with it.
    parsed = parse_result(result_to_bytes(shared), "shared.json")
    verify_against(parsed, questionnaire, "shared.json")
    for key in ("scores", "placement", "clusters", "complete", "missing"):
        assert parsed[key] == result[key]
    assert free_text_answers(shared) == {}


def test_a_required_text_answer_left_out_still_counts_as_answered(tmp_path: Path) -> None:
    text = UI_FULL.read_text(encoding="utf-8").replace(
        "max_length: 200, required: false}", "max_length: 200}")
    required = tmp_path / "required-notes.yaml"
    required.write_text(text, encoding="utf-8")
    questionnaire = load_questionnaire(required)
    result = build_result(questionnaire, ANSWERS)
    assert result["complete"] is True
    shared = without_free_text(result, questionnaire)
    verify_against(shared, questionnaire, "shared.json")  # deleting it would fail here
    assert shared["complete"] is True


def test_a_typed_answer_that_decides_what_is_asked_is_not_silently_blanked(
        tmp_path: Path) -> None:
    # A scored question shown only for one typed answer: blanking that answer would hide it
    # and change the scores, so the copy is refused rather than shared wrong.
    text = UI_FULL.read_text(encoding="utf-8").replace(
        "max_length: 200, required: false}",
        "max_length: 200, required: false}\n"
        "      - {id: follow, type: boolean, text: Do you mentor others?, scores: ml,"
        " when: {answer: notes, equals: mentor}}")
    path = tmp_path / "conditional.yaml"
    path.write_text(text, encoding="utf-8")
    questionnaire = load_questionnaire(path)
    result = build_result(questionnaire, {**ANSWERS, "notes": "mentor", "follow": True})
    assert free_text_answers(result) == {"notes": "mentor"}
    with pytest.raises(AssessorError, match="re-scoring"):
        without_free_text(result, questionnaire)


def test_a_result_without_typed_answers_is_copied_unchanged() -> None:
    questionnaire = load_questionnaire(UI_FULL)
    result = build_result(questionnaire, {k: v for k, v in ANSWERS.items() if k != "notes"})
    assert free_text_answers(result) == {}
    assert without_free_text(result) == result
