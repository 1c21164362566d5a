"""SPEC 1.3 conditions: every operator, all/any/not, section `when`, hidden items, chains.

Fixture: tests/data/spec/conditions.yaml, where each probe item is shown exactly when its
condition holds. Expected visibility is read off the SPEC text, case by case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.scoring import score
from assessor.core.scoring.conditions import visibility, visible_items

SPEC_DATA = Path(__file__).resolve().parents[2] / "data" / "spec"


@pytest.fixture(scope="module")
def cond_q() -> Questionnaire:
    return load_questionnaire(SPEC_DATA / "conditions.yaml", search_dirs=[])


OPERATOR_CASES: list[tuple[str, dict[str, Any], bool]] = [
    # equals
    ("p_eq", {"c": "a"}, True),
    ("p_eq", {"c": "b"}, False),
    ("p_eq", {}, False),  # a test on an unanswered item is false
    # not_equals: also false when unanswered (the test itself is false, not negated)
    ("p_ne", {"c": "b"}, True),
    ("p_ne", {"c": "a"}, False),
    ("p_ne", {}, False),
    # in
    ("p_in", {"c": "a"}, True),
    ("p_in", {"c": "b"}, True),
    ("p_in", {"c": "z"}, False),
    ("p_in", {}, False),
    # gte 5
    ("p_gte", {"n": 5}, True),
    ("p_gte", {"n": 10}, True),
    ("p_gte", {"n": 4.5}, False),
    ("p_gte", {}, False),
    # gt 5
    ("p_gt", {"n": 5}, False),
    ("p_gt", {"n": 5.5}, True),
    # lte 5
    ("p_lte", {"n": 5}, True),
    ("p_lte", {"n": 0}, True),
    ("p_lte", {"n": 6}, False),
    ("p_lte", {}, False),  # unanswered, even though "nothing" might look small
    # lt 5
    ("p_lt", {"n": 5}, False),
    ("p_lt", {"n": 4}, True),
    # includes one option
    ("p_inc", {"m": ["x"]}, True),
    ("p_inc", {"m": ["y", "x"]}, True),
    ("p_inc", {"m": ["y"]}, False),
    ("p_inc", {"m": []}, False),
    ("p_inc", {}, False),
    # includes a list: read as "includes every listed option"
    ("p_inc2", {"m": ["x"]}, False),
    ("p_inc2", {"m": ["y", "x"]}, True),
    ("p_inc2", {"m": ["x", "y", "w"]}, True),
    # answered true / false
    ("p_ans", {"n": 0}, True),  # zero is an answer
    ("p_ans", {}, False),
    ("p_unans", {}, True),
    ("p_unans", {"n": 0}, False),
    # boolean answers
    ("p_bool", {"f": True}, True),
    ("p_bool", {"f": False}, False),
    ("p_bool", {}, False),
    # all
    ("p_all", {"c": "a", "n": 5}, True),
    ("p_all", {"c": "a", "n": 4}, False),
    ("p_all", {"c": "b", "n": 5}, False),
    ("p_all", {"c": "a"}, False),  # n unanswered -> its test is false
    # any
    ("p_any", {"c": "a", "n": 0}, True),
    ("p_any", {"c": "b", "n": 6}, True),
    ("p_any", {"c": "b", "n": 4}, False),
    ("p_any", {}, False),
    # not negates as usual, including a test made false by a missing answer
    ("p_not", {}, True),
    ("p_not", {"c": "a"}, False),
    ("p_not", {"c": "b"}, True),
    # any[all[c=b, f=true], not[m includes w]]
    ("p_nested", {"c": "b", "f": True, "m": ["w"]}, True),  # first branch
    ("p_nested", {"c": "a", "f": True, "m": ["w"]}, False),  # both branches false
    ("p_nested", {"c": "a", "m": ["x"]}, True),  # second branch: w not included
    ("p_nested", {}, True),  # includes on unanswered m is false; not -> true
]


@pytest.mark.parametrize(("probe", "answers", "shown"), OPERATOR_CASES)
def test_operator(cond_q: Questionnaire, probe: str, answers: dict[str, Any], shown: bool) -> None:
    assert visibility(cond_q, answers)[probe] is shown


def test_section_when_hides_every_item_in_it(cond_q: Questionnaire) -> None:
    assert visibility(cond_q, {"c": "b"})["g1"] is True
    assert visibility(cond_q, {"c": "a"})["g1"] is False
    assert visibility(cond_q, {})["g1"] is False  # test on unanswered c is false


def test_hidden_section_item_is_neither_scored_nor_missing(cond_q: Questionnaire) -> None:
    hidden = score(cond_q, {"c": "a", "g1": True})
    assert hidden.missing == []  # g1 is required but its section is hidden
    assert hidden.dimensions["d"].raw == 0  # the kept answer is not scored
    assert hidden.dimensions["d"].coverage is None  # no visible item scores d
    shown = score(cond_q, {"c": "b"})
    assert shown.missing == ["g1"]
    assert shown.dimensions["d"].coverage == pytest.approx(0.0)  # 0 of 1 answered


def test_condition_on_item_in_hidden_section(cond_q: Questionnaire) -> None:
    # g_dep: {answer: g1, equals: true}; g1 answered true in both cases
    assert visibility(cond_q, {"c": "b", "g1": True})["g_dep"] is True
    assert visibility(cond_q, {"c": "a", "g1": True})["g_dep"] is False  # g1 hidden


HIDDEN_H1 = {"c": "b", "h1": True, "h_eq": True}  # h1 answered but hidden (c != a)
SHOWN_H1 = {"c": "a", "h1": True, "h_eq": True}
UNANSWERED_H1 = {"c": "a", "h_eq": True}


@pytest.mark.parametrize(
    ("probe", "answers", "shown"),
    [
        # h1 hidden (its answer kept): every test false except answered: false
        ("h_unans", HIDDEN_H1, True),
        ("h_ans", HIDDEN_H1, False),
        ("h_eq", HIDDEN_H1, False),
        ("h_ne", HIDDEN_H1, False),
        ("h_not", HIDDEN_H1, True),  # not (false)
        # h1 shown and answered true
        ("h_unans", SHOWN_H1, False),
        ("h_ans", SHOWN_H1, True),
        ("h_eq", SHOWN_H1, True),
        ("h_ne", SHOWN_H1, False),
        ("h_not", SHOWN_H1, False),
        # h1 shown but unanswered
        ("h_unans", UNANSWERED_H1, True),
        ("h_ans", UNANSWERED_H1, False),
        ("h_eq", UNANSWERED_H1, False),
        ("h_ne", UNANSWERED_H1, False),
        ("h_not", UNANSWERED_H1, True),
    ],
)
def test_tests_on_hidden_or_unanswered_items(
    cond_q: Questionnaire, probe: str, answers: dict[str, Any], shown: bool
) -> None:
    assert visibility(cond_q, answers)[probe] is shown


def test_chain_hides_item_whose_source_is_hidden(cond_q: Questionnaire) -> None:
    # h_chain: {answer: h_eq, answered: true}; h_eq is answered in every case below
    assert visibility(cond_q, SHOWN_H1)["h_chain"] is True  # h_eq shown
    # h1 hidden -> h_eq hidden -> its answer does not count -> h_chain hidden
    assert visibility(cond_q, HIDDEN_H1)["h_chain"] is False
    # h1 shown but unanswered -> h_eq hidden -> h_chain hidden
    assert visibility(cond_q, UNANSWERED_H1)["h_chain"] is False


def test_coverage_null_for_dimension_scored_only_by_hidden_items(
    cond_q: Questionnaire,
) -> None:
    hidden = score(cond_q, {"c": "a", "only": True})
    assert hidden.dimensions["only_hidden"].coverage is None
    assert hidden.dimensions["only_hidden"].percent is None
    shown = score(cond_q, {"c": "z"})
    assert shown.dimensions["only_hidden"].coverage == pytest.approx(0.0)
    answered = score(cond_q, {"c": "z", "only": True})
    assert answered.dimensions["only_hidden"].coverage == pytest.approx(1.0)
    assert answered.dimensions["only_hidden"].percent == pytest.approx(100.0)  # 1 of 0..1


def test_visible_items_follow_questionnaire_order(cond_q: Questionnaire) -> None:
    shown = [item.id for item in visible_items(cond_q, {"c": "b", "n": 6})]
    unconditional = ["c", "m", "n", "f"]
    # c=b, n=6: p_ne, p_in, p_gte, p_gt, p_ans, p_any, p_not, p_nested (m unanswered), g1,
    # h_unans, h_not (h1 hidden)
    assert shown == [
        *unconditional,
        "p_ne",
        "p_in",
        "p_gte",
        "p_gt",
        "p_ans",
        "p_any",
        "p_not",
        "p_nested",
        "g1",
        "h_unans",
        "h_not",
    ]


def test_inline_section_and_item_conditions_combine(tmp_path: Path) -> None:
    path = tmp_path / "both.yaml"
    path.write_text(
        """
format: assessor/1
id: both
version: "1"
title: Both
dimensions: [{id: d, label: D}]
sections:
  - id: first
    title: First
    items:
      - {id: a, type: boolean, text: A}
      - {id: b, type: boolean, text: B}
  - id: second
    title: Second
    when: {answer: a, equals: true}
    items:
      - {id: c, type: boolean, text: C, when: {answer: b, equals: true}, scores: d}
""",
        encoding="utf-8",
    )
    q = load_questionnaire(path, search_dirs=[])
    # c needs both its section's when (a) and its own when (b)
    assert visibility(q, {"a": True, "b": True})["c"] is True
    assert visibility(q, {"a": True, "b": False})["c"] is False
    assert visibility(q, {"a": False, "b": True})["c"] is False
