"""Evaluating `when` conditions (SPEC 1.3) and ladder requirements (SPEC 1.5)."""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
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
from assessor.core.scoring.memo import PerObject


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


# ---- conditions compiled once per questionnaire or model ---------------------------------
# The same conditions evaluated for thousands of answer sets (a cohort): each is turned once
# into nested functions that do what the evaluators above do, in the same order, without
# finding out the condition's kind again and again.

AnswerCheck = Callable[[Mapping[str, Any], Mapping[str, bool]], bool]
RequirementCheck = Callable[[Mapping[str, float | None], "Measures | None"], bool]


_COMPARISONS: dict[str, Callable[[float, float], bool]] = {
    "gte": operator.ge, "gt": operator.gt, "lte": operator.le}
_LESS: Callable[[float, float], bool] = operator.lt  # `compare` for any other op


def _answer_predicate(op: str, expected: Any) -> Callable[[Any], bool]:
    """`_answer_test(op, expected, answer)` as a function of the answer, with what depends
    on `op` and `expected` alone decided once."""
    if op == "answered":
        outcome = bool(expected)
        return lambda answer: outcome
    if op in ("equals", "not_equals"):
        if isinstance(expected, bool):  # only a boolean is a boolean's equal
            def equal(answer: Any) -> bool:
                return answer is expected
        else:
            def equal(answer: Any) -> bool:
                return False if isinstance(answer, bool) else bool(answer == expected)
        return equal if op == "equals" else (lambda answer: not equal(answer))
    if op == "in" and isinstance(expected, (list, tuple)):
        # `_same` with each candidate in turn: a boolean answer is only ever the very same
        # boolean, any other answer only ever equal to a candidate that is not a boolean.
        booleans = tuple(c for c in expected if isinstance(c, bool))
        others = tuple(c for c in expected if not isinstance(c, bool))

        def one_of(answer: Any) -> bool:
            if isinstance(answer, bool):
                return any(answer is candidate for candidate in booleans)
            for candidate in others:  # noqa: SIM110 - any() would make a generator each call
                if answer == candidate:
                    return True
            return False

        return one_of
    if op == "includes":
        wanted = tuple(expected) if isinstance(expected, list) else (expected,)

        def includes(answer: Any) -> bool:
            if not isinstance(answer, list):
                return False
            for one in wanted:  # noqa: SIM110 - as above
                if one not in answer:
                    return False
            return True

        return includes
    if op == "in":  # not a list (validation never lets one by): as the evaluator does
        return lambda answer: _answer_test(op, expected, answer)
    if not _is_number(expected):
        return lambda answer: False
    bound = float(expected)
    check = _COMPARISONS.get(op, _LESS)
    return lambda answer: (isinstance(answer, (int, float)) and not isinstance(answer, bool)
                           and check(float(answer), bound))


def compile_answer_condition(condition: Condition) -> AnswerCheck:
    """`evaluate_answer_condition(condition, …)` as a function of (answers, visible)."""
    if isinstance(condition, Always):
        return lambda answers, visible: True
    if isinstance(condition, AllOf):
        parts = tuple(compile_answer_condition(c) for c in condition.conditions)

        def all_of(answers: Mapping[str, Any], visible: Mapping[str, bool]) -> bool:
            for part in parts:  # noqa: SIM110 - all() would make a generator each call
                if not part(answers, visible):
                    return False
            return True

        return all_of
    if isinstance(condition, AnyOf):
        alternatives = tuple(compile_answer_condition(c) for c in condition.conditions)

        def any_of(answers: Mapping[str, Any], visible: Mapping[str, bool]) -> bool:
            for alternative in alternatives:  # noqa: SIM110 - as above
                if alternative(answers, visible):
                    return True
            return False

        return any_of
    if isinstance(condition, Not):
        inner = compile_answer_condition(condition.condition)
        return lambda answers, visible: not inner(answers, visible)
    if isinstance(condition, AnswerTest):
        item, tests = condition.item, condition.tests
        absent = all(op == "answered" and value is False for op, value in tests)
        predicates = tuple(_answer_predicate(op, value) for op, value in tests)
        if len(predicates) == 1:
            (predicate,) = predicates

            def single_test(answers: Mapping[str, Any], visible: Mapping[str, bool]) -> bool:
                if not (visible.get(item, False) and item in answers):
                    return absent
                return predicate(answers[item])

            return single_test

        def answer_test(answers: Mapping[str, Any], visible: Mapping[str, bool]) -> bool:
            if not (visible.get(item, False) and item in answers):
                return absent
            answer = answers[item]
            return all(predicate(answer) for predicate in predicates)

        return answer_test
    # Refused when evaluated, as the evaluator refuses it (validation never lets one by).
    return lambda answers, visible: evaluate_answer_condition(condition, answers, visible)


def compile_requirement(condition: Condition) -> RequirementCheck:
    """`evaluate_requirement(condition, …)` as a function of (percents, measures)."""
    if isinstance(condition, Always):
        return lambda percents, measures: True
    if isinstance(condition, AllOf):
        parts = tuple(compile_requirement(c) for c in condition.conditions)

        def all_of(percents: Mapping[str, float | None], measures: Measures | None) -> bool:
            for part in parts:  # noqa: SIM110 - all() would make a generator each call
                if not part(percents, measures):
                    return False
            return True

        return all_of
    if isinstance(condition, AnyOf):
        alternatives = tuple(compile_requirement(c) for c in condition.conditions)

        def any_of(percents: Mapping[str, float | None], measures: Measures | None) -> bool:
            for alternative in alternatives:  # noqa: SIM110 - as above
                if alternative(percents, measures):
                    return True
            return False

        return any_of
    if isinstance(condition, Not):
        inner = compile_requirement(condition.condition)
        return lambda percents, measures: not inner(percents, measures)
    if isinstance(condition, DimensionTest):
        dimension, measure = condition.dimension, condition.measure
        checks = tuple((_COMPARISONS.get(op, _LESS), bound) for op, bound in condition.tests)

        if len(checks) == 1:
            ((check, bound),) = checks

            def holds(value: float | None) -> bool:
                return False if value is None else check(value, bound)
        else:
            def holds(value: float | None) -> bool:
                return value is not None and all(check(value, bound) for check, bound in checks)

        if measure == "percent":
            return lambda percents, measures: holds(percents.get(dimension))
        return lambda percents, measures: holds((measures or {}).get(measure, {}).get(dimension))
    return lambda percents, measures: evaluate_requirement(condition, percents, measures)


def _visibility_plan(
    questionnaire: Questionnaire,
) -> tuple[tuple[AnswerCheck | None, tuple[tuple[str, AnswerCheck | None], ...]], ...]:
    return tuple(
        (None if section.when is None else compile_answer_condition(section.when),
         tuple((item.id, None if item.when is None else compile_answer_condition(item.when))
               for item in section.items))
        for section in questionnaire.sections
    )


_VISIBILITY_PLANS = PerObject(_visibility_plan)


def visibility(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> dict[str, bool]:
    """Which items are visible given these answers, walking the questionnaire in order
    (conditions refer only to earlier items, so one pass decides everything)."""
    visible: dict[str, bool] = {}
    for section_when, items in _VISIBILITY_PLANS.get(questionnaire):
        section_shown = section_when is None or section_when(answers, visible)
        for item_id, item_when in items:
            visible[item_id] = section_shown and (
                item_when is None or item_when(answers, visible))
    return visible


def visible_items(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> list[Item]:
    shown = visibility(questionnaire, answers)
    return [item for item in questionnaire.items if shown[item.id]]
