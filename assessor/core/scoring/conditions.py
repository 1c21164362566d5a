"""Evaluating `when` conditions (SPEC 1.3) and ladder requirements (SPEC 1.5)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assessor.core.format.model import (
    AllOf,
    Always,
    AnswerTest,
    AnyOf,
    Condition,
    DimensionTest,
    Item,
    Not,
    Questionnaire,
)


def compare(op: str, left: float, right: float) -> bool:
    """`left OP right` for a SPEC comparison operator: gte, gt, lte or lt."""
    if op == "gte":
        return left >= right
    if op == "gt":
        return left > right
    if op == "lte":
        return left <= right
    return left < right


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same(left: Any, right: Any) -> bool:
    # true must not equal 1: booleans only match booleans.
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    return bool(left == right)


def _answer_test(op: str, expected: Any, answer: Any) -> bool:
    if op == "answered":
        return bool(expected)
    if op == "equals":
        return _same(answer, expected)
    if op == "not_equals":
        return not _answer_test("equals", expected, answer)
    if op == "in":
        return any(_same(answer, candidate) for candidate in expected)
    if op == "includes":
        if not isinstance(answer, list):
            return False
        wanted = expected if isinstance(expected, list) else [expected]
        return all(w in answer for w in wanted)
    if _is_number(answer) and _is_number(expected):
        return compare(op, float(answer), float(expected))
    return False


def evaluate_answer_condition(
    condition: Condition, answers: Mapping[str, Any], visible: Mapping[str, bool]
) -> bool:
    """Evaluate a `when`. `visible` says which earlier items are visible; an item that is
    hidden or unanswered fails every test but `answered: false`."""
    if isinstance(condition, Always):
        return True
    if isinstance(condition, AllOf):
        return all(evaluate_answer_condition(c, answers, visible) for c in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(evaluate_answer_condition(c, answers, visible) for c in condition.conditions)
    if isinstance(condition, Not):
        return not evaluate_answer_condition(condition.condition, answers, visible)
    if isinstance(condition, AnswerTest):
        present = visible.get(condition.item, False) and condition.item in answers
        if not present:
            return all(op == "answered" and value is False for op, value in condition.tests)
        answer = answers[condition.item]
        return all(_answer_test(op, value, answer) for op, value in condition.tests)
    raise TypeError(f"not an answer condition: {condition!r}")


Measures = Mapping[str, Mapping[str, float | None]]
"""The other SPEC 1.2 numbers of each dimension by measure: {"self": {...}, "knowledge": {...}}."""


def evaluate_requirement(
    condition: Condition,
    percents: Mapping[str, float | None],
    measures: Measures | None = None,
) -> bool:
    """Evaluate a ladder level's `requires` (or a cluster's `ready_when`) over dimension
    percents; a test with `measure: self|knowledge` reads `measures` instead (null, or a
    measure not given, fails the test)."""
    if isinstance(condition, Always):
        return True
    if isinstance(condition, AllOf):
        return all(evaluate_requirement(c, percents, measures) for c in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(evaluate_requirement(c, percents, measures) for c in condition.conditions)
    if isinstance(condition, Not):
        return not evaluate_requirement(condition.condition, percents, measures)
    if isinstance(condition, DimensionTest):
        if condition.measure == "percent":
            value = percents.get(condition.dimension)
        else:
            value = (measures or {}).get(condition.measure, {}).get(condition.dimension)
        if value is None:
            return False
        return all(compare(op, value, bound) for op, bound in condition.tests)
    raise TypeError(f"not a dimension condition: {condition!r}")


def visibility(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> dict[str, bool]:
    """Which items are visible given these answers, walking the questionnaire in order
    (conditions refer only to earlier items, so one pass decides everything)."""
    visible: dict[str, bool] = {}
    for section in questionnaire.sections:
        section_shown = section.when is None or evaluate_answer_condition(
            section.when, answers, visible
        )
        for item in section.items:
            shown = section_shown and (
                item.when is None or evaluate_answer_condition(item.when, answers, visible)
            )
            visible[item.id] = shown
    return visible


def visible_items(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> list[Item]:
    shown = visibility(questionnaire, answers)
    return [item for item in questionnaire.items if shown[item.id]]
