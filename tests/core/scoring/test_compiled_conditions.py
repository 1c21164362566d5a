"""Conditions compiled once per questionnaire (issue 16) decide exactly as the evaluators."""

from __future__ import annotations

import itertools
from typing import Any

from assessor.core.format.model import AllOf, Always, AnswerTest, AnyOf, DimensionTest, Not
from assessor.core.scoring.conditions import (
    compile_answer_condition,
    compile_requirement,
    evaluate_answer_condition,
    evaluate_requirement,
)

ANSWER_TESTS = [
    AnswerTest("a", (("equals", 1),)), AnswerTest("a", (("equals", True),)),
    AnswerTest("a", (("not_equals", "x"),)), AnswerTest("a", (("in", [1, "x", False]),)),
    AnswerTest("a", (("gte", 1), ("lt", 3))), AnswerTest("a", (("gt", 0.5),)),
    AnswerTest("a", (("lte", 2),)), AnswerTest("a", (("includes", ["x"]),)),
    AnswerTest("a", (("includes", "y"),)), AnswerTest("a", (("answered", True),)),
    AnswerTest("a", (("answered", False),)), AnswerTest("b", (("answered", False),)),
    AnswerTest("b", (("equals", 1),)),
]
ANSWERS: list[Any] = [1, 1.0, True, False, 0, 2, 3, 0.5, "x", "y", ["x"], ["x", "y"], [], None]


def conditions() -> list[Any]:
    found: list[Any] = [Always(), *ANSWER_TESTS]
    for left, right in itertools.product(ANSWER_TESTS[:6], ANSWER_TESTS[6:]):
        found += [AllOf((left, right)), AnyOf((left, Not(right))), Not(AllOf((left,)))]
    found += [AllOf(()), AnyOf(()), Not(Always())]
    return found


def test_compiled_answer_conditions_decide_as_the_evaluator() -> None:
    compared = 0
    for condition in conditions():
        check = compile_answer_condition(condition)
        for value, visible, present in itertools.product(ANSWERS, (True, False), (True, False)):
            answers = {"a": value} if present else {}
            shown = {"a": visible, "b": True}
            assert check(answers, shown) is evaluate_answer_condition(condition, answers, shown)
            compared += 1
    assert compared > 1000


def test_compiled_requirements_decide_as_the_evaluator() -> None:
    tests = [DimensionTest("ml", (("gte", 40.0),)), DimensionTest("ml", (("gt", 40), ("lt", 90))),
             DimensionTest("sec", (("lte", 10.0),), "self"),
             DimensionTest("sec", (("gte", 50.0),), "knowledge")]
    requirements: list[Any] = [Always(), *tests, AllOf(tuple(tests[:2])), AnyOf(tuple(tests[2:])),
                               Not(tests[0]), AllOf((AnyOf((tests[0], tests[3])), Not(tests[2])))]
    for requirement in requirements:
        check = compile_requirement(requirement)
        for ml, sec in itertools.product((None, 0.0, 40.0, 40.5, 95), (None, 5.0, 50.0, 70)):
            percents = {"ml": ml, "sec": sec}
            for measures in (None, {}, {"self": {"sec": sec}}, {"knowledge": {"sec": sec}}):
                assert check(percents, measures) is evaluate_requirement(requirement, percents,
                                                                        measures)
