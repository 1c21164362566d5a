"""Verifying a result against its questionnaire: re-scoring its answers and refusing it
when what they imply differs from what the file states (SPEC 3)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from assessor.core.errors import AssessorError
from assessor.core.format.answers import answer_problem, check_answers
from assessor.core.format.model import Item, Questionnaire
from assessor.core.results.build import assess
from assessor.core.results.files import TOLERANCE
from assessor.core.scoring.memo import PerObject


def _close(a: Any, b: Any) -> bool:
    if a == b:  # equal JSON values are close (the common case, without the walk below)
        return True
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b or a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


AnswerCheck = Callable[[Any], bool]


def _answer_check(item: Item) -> AnswerCheck:
    """True only for an answer `answer_problem` finds nothing wrong with (the common kinds
    by exact type and a set look-up); False sends the answers through `check_answers`,
    which says what is wrong."""
    if item.type == "likert":
        points = frozenset(point.value for point in item.scale)
        return lambda value: (type(value) is int or type(value) is float) and value in points
    if item.type in ("choice", "knowledge"):
        options = frozenset(item.option_ids)
        return lambda value: type(value) is str and value in options
    if item.type == "multi":
        options, most = frozenset(item.option_ids), item.max_choices
        return lambda value: (
            type(value) is list and (most is None or len(value) <= most)
            and all(type(chosen) is str and chosen in options for chosen in value)
            and len(set(value)) == len(value))
    if item.type == "boolean":
        return lambda value: type(value) is bool
    return lambda value: answer_problem(item, value) is None


_ANSWER_CHECKS: PerObject[Questionnaire, dict[str, AnswerCheck]] = PerObject(
    lambda questionnaire: {item.id: _answer_check(item) for item in questionnaire.items})


def _answers_fit(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> bool:
    checks = _ANSWER_CHECKS.get(questionnaire)
    for item_id, value in answers.items():
        check = checks.get(item_id) if type(item_id) is str else None
        if check is None or not check(value):
            return False
    return True


def same_career_model(result: Mapping[str, Any], questionnaire: Questionnaire) -> bool:
    """Fits depend on the career model too; where it is a separate file, re-scoring is only
    meaningful with the very model version the result was scored with."""
    stated = result.get("career_model")
    model = questionnaire.career
    if not isinstance(stated, Mapping):
        return model is None or not model.separate_file
    return model is not None and model.source.sha256 == str(stated.get("sha256", "")).lower()


def verify_against(
    result: Mapping[str, Any],
    questionnaire: Questionnaire,
    name: str,
    *,
    check_paths: bool = True,
    with_model: bool = True,
) -> None:
    """Re-score the result's answers and refuse it if what they imply differs from what the
    file states: scores, placement and fits (SPEC 3), and also completeness and, unless
    `check_paths` is off (bulk aggregation that recomputes paths itself), the paths. Without
    `with_model` (scored with another version of the career model) only the scores.
    Importers call rescoring.check_rescored, which also checks the texts and the model."""
    problems = ([] if _answers_fit(questionnaire, result["answers"])
                else check_answers(questionnaire, result["answers"], name))
    if problems:
        raise AssessorError.single(
            name,
            f"re-scoring failed: its answers do not fit the questionnaire ({problems[0].message})",
        )
    fresh = assess(questionnaire, result["answers"], with_paths=check_paths)
    checks = [
        ("scores", "scores"),
        ("complete", "completeness"),
        ("missing", "list of missing answers"),
    ]
    if with_model:
        checks += [("placement", "placement"), ("clusters", "cluster fits"),
                   ("milestones_done", "milestones done")]
    if check_paths and with_model:
        checks.append(("paths", "paths"))
    for key, label in checks:
        if not _close(result.get(key), fresh.get(key)):
            raise AssessorError.single(
                name,
                f"re-scoring gives different {label} than the file states: the result "
                "was edited or produced by a different questionnaire",
            )
