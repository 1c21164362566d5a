"""Regression tests for issue 14's crashes: out-of-range numbers and bad text in every kind
of untrusted file give one located line, never `assessor: internal error`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_document, parse_document
from assessor.core.format.model import Questionnaire
from assessor.core.integrity import integrity_hash
from assessor.core.results import build_result, parse_result, verify_against
from tests.cli.test_cli import run_cli
from tests.conftest import TEST_DATA

SAMPLE = (TEST_DATA / "sample.yaml").read_text(encoding="utf-8")
HUGE_INT = "9" * 400
VERY_HUGE_INT = "9" * 5000


def _questionnaire(text: str = SAMPLE) -> Questionnaire:
    loaded = parse_document(text.encode(), None, name="q.yaml", search_dirs=[])
    assert isinstance(loaded, Questionnaire)
    return loaded


def _refused_at(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AssessorError) as caught:
        load_document(path)
    return caught.value.lines()


@pytest.mark.parametrize("literal", [HUGE_INT, VERY_HUGE_INT, "1e309", "-1e309", "1e300",
                                     "-" + HUGE_INT, "0x" + "f" * 400])
def test_an_out_of_range_weight_is_refused_with_its_line(tmp_path: Path, literal: str) -> None:
    text = SAMPLE.replace("scores: {ml: 2}", f"scores: {{ml: {literal}}}")
    lines = _refused_at(text, tmp_path)
    assert len(lines) == 1
    assert lines[0].startswith(f"{tmp_path / 'q.yaml'}:20:")
    assert "out of range" in lines[0]


@pytest.mark.parametrize("where", ["{value: 5, label: Strongly agree}",
                                   "{id: a, label: A, scores: {sec: 2}}"])
def test_huge_scale_values_and_option_scores_are_refused_before_scoring(
        tmp_path: Path, where: str) -> None:
    text = SAMPLE.replace(where, where.replace("5", "1e308").replace("2}", "1e308}"))
    lines = _refused_at(text, tmp_path)
    assert "out of range" in lines[0] and lines[0].count(":") >= 3


def test_a_weight_of_1e15_still_scores_and_writes_a_result() -> None:
    questionnaire = _questionnaire(SAMPLE.replace("scores: {ml: 2}", "scores: {ml: 1e15}"))
    result = build_result(questionnaire, {"q1": 5, "q2": 1})
    assert parse_result(json.dumps(result).encode(), "r.json")["scores"]["ml"]["raw"] > 1e15


@pytest.mark.parametrize("literal", [HUGE_INT, VERY_HUGE_INT, "1e309", "1e300"])
def test_an_out_of_range_number_answer_is_refused_with_its_line(
        tmp_path: Path, literal: str) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(f"questionnaire: all-types\nanswers:\n  years: {literal}\n")
    questionnaire = load_document(TEST_DATA / "all_types.yaml")
    assert isinstance(questionnaire, Questionnaire)
    with pytest.raises(AssessorError) as caught:
        load_answers(answers, questionnaire)
    assert caught.value.lines()[0].startswith(f"{answers}:3:")


@pytest.mark.parametrize("literal", [HUGE_INT, VERY_HUGE_INT, "1e309"])
def test_an_out_of_range_number_in_a_json_answer_file_is_refused(
        tmp_path: Path, literal: str) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text('{"questionnaire": "all-types",\n "answers": {"years": ' + literal + "}}")
    questionnaire = load_document(TEST_DATA / "all_types.yaml")
    assert isinstance(questionnaire, Questionnaire)
    with pytest.raises(AssessorError) as caught:
        load_answers(answers, questionnaire)
    assert "range" in caught.value.lines()[0]


@pytest.mark.parametrize("text", ['"\\ud800"', '"a\\u0000b"', '"\\u001b[2J"'])
def test_a_lone_surrogate_or_control_character_in_an_answer_file_is_refused(
        tmp_path: Path, text: str) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text('{"questionnaire": "sample",\n "respondent": ' + text + "}")
    with pytest.raises(AssessorError) as caught:
        load_answers(answers, _questionnaire())
    assert caught.value.lines()[0].startswith(f"{answers}:2:")


def _result_text(**changes: str) -> str:
    """A genuine result's JSON with fields replaced by raw JSON literals, hash recomputed
    where the replacement can be hashed at all."""
    result = build_result(_questionnaire(), {"q1": 4, "q2": 2, "q3": "a", "q4": "x"})
    text = json.dumps(result, indent=2)
    for key, literal in changes.items():
        marker = f'"{key}": '
        start = text.index(marker) + len(marker)
        end = start
        while text[end] not in ",\n}":
            end += 1
        text = text[:start] + literal + text[end:]
    try:
        value = json.loads(text)
        value["integrity"]["sha256"] = integrity_hash(value)
        return json.dumps(value, indent=2, ensure_ascii=True)
    except (ValueError, UnicodeError):  # 1e309 and lone surrogates cannot be hashed
        return text


@pytest.mark.parametrize(("key", "literal", "line_expected"), [
    ("coverage", "1e309", True), ("coverage", "-1e309", True), ("raw", HUGE_INT, True),
    ("raw", VERY_HUGE_INT, True), ("fit", "1e200", True), ("respondent", '"\\ud800"', True),
    ("respondent", '"\\u0007"', True)])
def test_a_result_with_a_hostile_value_is_refused_with_its_line(
        key: str, literal: str, line_expected: bool) -> None:
    text = _result_text(**{key: literal})
    with pytest.raises(AssessorError) as caught:
        parse_result(text.encode(), "r.json")
    problem = caught.value.problems[0]
    assert problem.line is not None and problem.column is not None
    assert text.splitlines()[problem.line - 1].strip().startswith(f'"{key}"')


def test_verify_against_never_meets_a_huge_integer() -> None:
    text = _result_text(raw=HUGE_INT)
    with pytest.raises(AssessorError):
        verify_against(parse_result(text.encode(), "r.json"), _questionnaire(), "r.json")


def test_a_respondent_name_with_a_control_character_is_refused_when_scoring() -> None:
    with pytest.raises(AssessorError, match="control character"):
        build_result(_questionnaire(), {"q1": 4}, respondent="Sam\x1b[2J")


def test_cli_report_refuses_1e309_in_a_result(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(_result_text(coverage="1e309"))
    done = run_cli("report", path, "-o", tmp_path / "r.html", no_qt=True)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"{path}:") and "internal error" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_cli_score_refuses_a_questionnaire_with_a_1e308_band(tmp_path: Path) -> None:
    questionnaire = tmp_path / "q.yaml"
    questionnaire.write_text(SAMPLE.replace("scores: {ml: 2}", "scores: {ml: 1.5e308}"))
    answers = tmp_path / "a.yaml"
    answers.write_text("questionnaire: sample\nanswers: {q1: 5, q2: 1}\n")
    done = run_cli("score", questionnaire, answers, no_qt=True)
    assert done.returncode == 1 and "internal error" not in done.stderr
    assert done.stderr.startswith(f"{questionnaire}:20:")


@pytest.mark.parametrize(("key", "literal"), [
    ("percent", "1e99"), ("percent", "-5"), ("coverage", "1.5"), ("fit", "-1e99"),
    ("fit", "100.5")])
def test_a_resealed_result_with_impossible_percents_or_fits_is_refused(
        key: str, literal: str) -> None:
    # In range for numbers, but no scoring gives them: a hash-only import showed them.
    text = _result_text(**{key: literal})
    with pytest.raises(AssessorError, match="must be between 0 and 1"):
        parse_result(text.encode(), "r.json")
