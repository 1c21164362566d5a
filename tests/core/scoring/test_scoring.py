"""SPEC 1.2 scoring, checked against values worked out by hand from the SPEC text.

Every expected number carries its arithmetic beside it; none was produced by running the
engine. Fixtures: tests/data/spec/likert10.yaml and tests/data/spec/scoring.yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.results import build_result
from assessor.core.scoring import score

SPEC_DATA = Path(__file__).resolve().parents[2] / "data" / "spec"


def spec_questionnaire(name: str) -> Questionnaire:
    return load_questionnaire(SPEC_DATA / f"{name}.yaml", search_dirs=[])


def inline_questionnaire(tmp_path: Path, body: str) -> Questionnaire:
    path = tmp_path / "inline.yaml"
    path.write_text(body, encoding="utf-8")
    return load_questionnaire(path, search_dirs=[])


# ---- a published instrument's hand scoring ---------------------------------------------

LIKERT10_ANSWERS = {
    "i1": 4,
    "i2": 2,
    "i3": 5,
    "i4": 1,
    "i5": 3,
    "i6": 2,
    "i7": 4,
    "i8": 1,
    "i9": 5,
    "i10": 3,
}


def test_published_scale_raw_equals_hand_score() -> None:
    result = score(spec_questionnaire("likert10"), LIKERT10_ANSWERS).dimensions["att"]
    # i1 4 + i2 (6-2)=4 + i3 5 + i4 1 + i5 (6-3)=3 + i6 2 + i7 (6-4)=2 + i8 1 + i9 5
    # + i10 (6-3)=3 = 30
    assert result.raw == 30
    assert result.min == 10  # ten items x 1
    assert result.max == 50  # ten items x 5
    assert result.percent == pytest.approx(50.0)  # 100 x (30-10)/(50-10) = 100 x 20/40


def test_published_scale_all_agree() -> None:
    answers = {item: 5 for item in LIKERT10_ANSWERS}
    result = score(spec_questionnaire("likert10"), answers).dimensions["att"]
    # six forward items x 5 = 30, four reversed items x (6-5)=1 -> 4; 30 + 4 = 34
    assert result.raw == 34
    assert result.percent == pytest.approx(60.0)  # 100 x (34-10)/40 = 60


def test_published_scale_extremes_hit_min_and_max() -> None:
    reversed_items = {"i2", "i5", "i7", "i10"}
    best = {item: (1 if item in reversed_items else 5) for item in LIKERT10_ANSWERS}
    worst = {item: (5 if item in reversed_items else 1) for item in LIKERT10_ANSWERS}
    q = spec_questionnaire("likert10")
    assert score(q, best).dimensions["att"].raw == 50  # every item gives 5
    assert score(q, best).dimensions["att"].percent == pytest.approx(100.0)
    assert score(q, worst).dimensions["att"].raw == 10  # every item gives 1
    assert score(q, worst).dimensions["att"].percent == pytest.approx(0.0)


def test_published_scale_raw_is_written_as_an_integer_in_the_result() -> None:
    result = build_result(spec_questionnaire("likert10"), LIKERT10_ANSWERS)
    assert result["scores"]["att"]["raw"] == 30
    assert result["scores"]["att"]["min"] == 10
    assert result["scores"]["att"]["max"] == 50


# ---- every item type, one dimension each ------------------------------------------------

FULL_ANSWERS: dict[str, Any] = {
    "w2": 4,
    "sh": 3,
    "zr": 1,
    "ch1": "y",
    "ch2": "q",
    "mc": ["o1", "o5"],
    "mu": ["o1", "o2", "o3"],
    "k1": "c",
    "k2": "a",
    "b1": True,
    "b2": False,
    "n1": 7,
    "tx": "free text",
    "sr": 4,
    "kq": "f",
    "hid": 5,  # its section is hidden because b2 is false
}


@pytest.fixture
def scoring_q() -> Questionnaire:
    return spec_questionnaire("scoring")


def test_weights_shorthand_and_zero_based_reversed_likert(scoring_q: Questionnaire) -> None:
    lk = score(scoring_q, FULL_ANSWERS).dimensions["lk"]
    # w2: weight 2 x 4 = 8 (range 2x1..2x5 = 2..10)
    # sh: `scores: lk` means weight 1: 3 (range 0..4)
    # zr: reversed on 0..4: 0 + 4 - 1 = 3 (range 0..4)
    # opt: optional and unanswered -> in neither raw, min nor max
    # hid: answered but hidden -> not scored
    assert lk.raw == 14  # 8 + 3 + 3
    assert lk.min == 2  # 2 + 0 + 0
    assert lk.max == 18  # 10 + 4 + 4
    assert lk.percent == pytest.approx(75.0)  # 100 x (14-2)/(18-2) = 1200/16
    # visible items scoring lk: w2, sh, zr, opt (hid is hidden) = 4; answered 3
    assert lk.coverage == pytest.approx(0.75)


def test_choice_with_negative_option_points(scoring_q: Questionnaire) -> None:
    ch = score(scoring_q, FULL_ANSWERS).dimensions["ch"]
    # options give 3, -2 and (z names no dimension) 0: min -2, max 3; chose y -> -2
    assert (ch.raw, ch.min, ch.max) == (-2, -2, 3)
    assert ch.percent == pytest.approx(0.0)  # 100 x (-2 - -2)/(3 - -2) = 0


def test_choice_minimum_is_the_lowest_option(scoring_q: Questionnaire) -> None:
    cp = score(scoring_q, FULL_ANSWERS).dimensions["cp"]
    # options give 1 and 4: min 1, max 4; chose q -> 4
    assert (cp.raw, cp.min, cp.max) == (4, 1, 4)
    assert cp.percent == pytest.approx(100.0)  # 100 x (4-1)/(4-1)


def test_choice_middle_answer(scoring_q: Questionnaire) -> None:
    ch = score(scoring_q, {**FULL_ANSWERS, "ch1": "z"}).dimensions["ch"]
    assert ch.raw == 0  # z scores nothing
    assert ch.percent == pytest.approx(40.0)  # 100 x (0 - -2)/(3 - -2) = 200/5


def test_multi_with_max_choices_caps_min_and_max(scoring_q: Questionnaire) -> None:
    mc = score(scoring_q, FULL_ANSWERS).dimensions["mc"]
    # chose o1 (3) and o5 (-4): raw -1
    # max: the 2 largest positive points 3 + 2 = 5; min: the 2 most negative -4 + -1 = -5
    assert (mc.raw, mc.min, mc.max) == (-1, -5, 5)
    assert mc.percent == pytest.approx(40.0)  # 100 x (-1 - -5)/(5 - -5) = 400/10


def test_multi_without_max_choices_has_no_cap(scoring_q: Questionnaire) -> None:
    mu = score(scoring_q, FULL_ANSWERS).dimensions["mu"]
    # chose o1 + o2 + o3 = 3 + 2 + 1 = 6
    # max: every positive option 3 + 2 + 1 = 6; min: every negative option -1 + -4 = -5
    assert (mu.raw, mu.min, mu.max) == (6, -5, 6)
    assert mu.percent == pytest.approx(100.0)


def test_multi_empty_list_is_an_answer_worth_nothing(scoring_q: Questionnaire) -> None:
    scores = score(scoring_q, {**FULL_ANSWERS, "mu": []})
    mu = scores.dimensions["mu"]
    assert (mu.raw, mu.min, mu.max) == (0, -5, 6)  # range as above, nothing chosen
    assert mu.percent == pytest.approx(500 / 11)  # 100 x (0 - -5)/(6 - -5) = 500/11
    assert mu.coverage == pytest.approx(1.0)  # answered "none of these"
    assert "mu" not in scores.missing


def test_knowledge_with_a_list_of_correct_answers(scoring_q: Questionnaire) -> None:
    kn = score(scoring_q, FULL_ANSWERS).dimensions["kn"]
    # k1: c is one of [a, c] -> 1 x weight 2 = 2 (range 0..2)
    # k2: a is not b -> 0 (range 0..1)
    assert (kn.raw, kn.min, kn.max) == (2, 0, 3)
    assert kn.percent == pytest.approx(200 / 3)  # 100 x 2/3
    assert kn.knowledge == pytest.approx(200 / 3)  # only knowledge items score kn
    assert kn.self is None  # no other scored items for kn


@pytest.mark.parametrize(("answer", "points"), [("a", 2), ("c", 2), ("b", 0)])
def test_every_listed_correct_answer_counts(
    scoring_q: Questionnaire, answer: str, points: int
) -> None:
    kn = score(scoring_q, {**FULL_ANSWERS, "k1": answer, "k2": "b"}).dimensions["kn"]
    assert kn.raw == points + 1  # k1 as given (x2) + k2 correct (1)


def test_boolean_true_is_one_false_is_zero(scoring_q: Questionnaire) -> None:
    bo = score(scoring_q, FULL_ANSWERS).dimensions["bo"]
    # b1 true -> 1 x 3 = 3 (range 0..3); b2 false -> 0 (range 0..1)
    assert (bo.raw, bo.min, bo.max) == (3, 0, 4)
    assert bo.percent == pytest.approx(75.0)  # 100 x 3/4


@pytest.mark.parametrize(
    ("value", "points"),
    [
        (0, 0),  # 1 > 0: first band
        (0.5, 0),  # 1 > 0.5
        (1, 1),  # 1 > 1 is false; 5 > 1: second band
        (4.99, 1),  # 5 > 4.99
        (5, 3),  # 5 > 5 false; 10 > 5: third band
        (7, 3),
        (9.5, 3),
        (10, 4),  # no band's `below` exceeds 10: the last band
        (40, 4),
    ],
)
def test_number_takes_the_first_band_whose_below_exceeds_the_value(
    scoring_q: Questionnaire, value: float, points: int
) -> None:
    nu = score(scoring_q, {**FULL_ANSWERS, "n1": value}).dimensions["nu"]
    assert nu.raw == points
    assert (nu.min, nu.max) == (0, 4)  # lowest band 0, highest band 4
    assert nu.percent == pytest.approx(100 * points / 4)


def test_text_is_never_scored(scoring_q: Questionnaire) -> None:
    with_text = score(scoring_q, FULL_ANSWERS)
    without_text = score(scoring_q, {k: v for k, v in FULL_ANSWERS.items() if k != "tx"})
    assert with_text.dimensions == without_text.dimensions
    assert list(with_text.dimensions) == [d.id for d in scoring_q.dimensions]


def test_self_and_knowledge_are_split(scoring_q: Questionnaire) -> None:
    mix = score(scoring_q, FULL_ANSWERS).dimensions["mix"]
    # sr likert 4 (range 1..5); kq knowledge wrong 0 (range 0..1)
    assert (mix.raw, mix.min, mix.max) == (4, 1, 6)
    assert mix.percent == pytest.approx(60.0)  # 100 x (4-1)/(6-1)
    assert mix.self == pytest.approx(75.0)  # 100 x (4-1)/(5-1)
    assert mix.knowledge == pytest.approx(0.0)  # 100 x (0-0)/(1-0)


def test_self_only_dimension_has_null_knowledge(scoring_q: Questionnaire) -> None:
    lk = score(scoring_q, FULL_ANSWERS).dimensions["lk"]
    assert lk.knowledge is None
    assert lk.self == pytest.approx(75.0)  # all lk items are self-rated: same as percent


def test_dimension_without_items_is_null(scoring_q: Questionnaire) -> None:
    empty = score(scoring_q, FULL_ANSWERS).dimensions["empty"]
    assert (empty.raw, empty.min, empty.max) == (0, 0, 0)
    assert empty.percent is None  # max = min
    assert empty.self is None
    assert empty.knowledge is None
    assert empty.coverage is None  # no visible scored items


def test_percent_null_when_every_option_scores_the_same(tmp_path: Path) -> None:
    q = inline_questionnaire(
        tmp_path,
        """
format: assessor/1
id: flat
version: "1"
title: Flat
dimensions: [{id: d, label: D}]
sections:
  - id: s
    title: S
    items:
      - id: c
        type: choice
        text: Either
        options:
          - {id: a, label: A, scores: {d: 2}}
          - {id: b, label: B, scores: {d: 2}}
""",
    )
    d = score(q, {"c": "a"}).dimensions["d"]
    assert (d.raw, d.min, d.max) == (2, 2, 2)
    assert d.percent is None  # max = min
    assert d.coverage == pytest.approx(1.0)


def test_unanswered_optional_item_counts_nowhere(scoring_q: Questionnaire) -> None:
    answered = score(scoring_q, {**FULL_ANSWERS, "opt": 2}).dimensions["lk"]
    # adding opt = 2 (range 1..5) to raw 14, min 2, max 18
    assert (answered.raw, answered.min, answered.max) == (16, 3, 23)
    assert answered.percent == pytest.approx(65.0)  # 100 x (16-3)/(23-3) = 1300/20
    assert answered.coverage == pytest.approx(1.0)  # 4 of 4


def test_complete_when_every_required_visible_item_is_answered(
    scoring_q: Questionnaire,
) -> None:
    scores = score(scoring_q, FULL_ANSWERS)
    # opt and tx are optional; hid is required but hidden
    assert scores.complete is True
    assert scores.missing == []


def test_missing_required_items_listed_in_questionnaire_order(scoring_q: Questionnaire) -> None:
    answers = {k: v for k, v in FULL_ANSWERS.items() if k not in ("w2", "n1", "kq")}
    scores = score(scoring_q, dict(reversed(list(answers.items()))))
    assert scores.complete is False
    assert scores.missing == ["w2", "n1", "kq"]  # likert section, facts, mixed
    # scoring still works: lk without w2 is sh 3 + zr 3 over 0..8
    lk = scores.dimensions["lk"]
    assert (lk.raw, lk.min, lk.max) == (6, 0, 8)
    assert lk.percent == pytest.approx(75.0)  # 100 x 6/8
    assert lk.coverage == pytest.approx(0.5)  # sh, zr answered of w2, sh, zr, opt: 2/4


def test_hidden_answers_are_kept_but_not_scored(scoring_q: Questionnaire) -> None:
    scores = score(scoring_q, FULL_ANSWERS)
    assert scores.dimensions["lk"].raw == 14  # hid = 5 not added (see weights test)
    result = build_result(scoring_q, FULL_ANSWERS)
    assert result["answers"]["hid"] == 5
    assert result["complete"] is True


def test_shown_section_scores_its_items(scoring_q: Questionnaire) -> None:
    lk = score(scoring_q, {**FULL_ANSWERS, "b2": True}).dimensions["lk"]
    # b2 true shows `later`: hid 5 (range 1..5) joins 14 / 2 / 18
    assert (lk.raw, lk.min, lk.max) == (19, 3, 23)
    assert lk.percent == pytest.approx(80.0)  # 100 x (19-3)/(23-3) = 1600/20
    assert lk.coverage == pytest.approx(0.8)  # w2, sh, zr, hid answered of 5 visible


def test_hidden_required_item_is_not_missing(scoring_q: Questionnaire) -> None:
    answers = {k: v for k, v in FULL_ANSWERS.items() if k != "hid"}
    assert score(scoring_q, answers).missing == []  # hid's section is hidden
    shown = score(scoring_q, {**answers, "b2": True})
    assert shown.missing == ["hid"]  # now visible, required and unanswered


def test_coverage_counts_options_naming_the_dimension(scoring_q: Questionnaire) -> None:
    answers = {k: v for k, v in FULL_ANSWERS.items() if k not in ("mc", "ch1")}
    scores = score(scoring_q, answers)
    assert scores.dimensions["mc"].coverage == pytest.approx(0.0)  # 0 of 1 (mc)
    assert scores.dimensions["ch"].coverage == pytest.approx(0.0)  # 0 of 1 (ch1)
    assert scores.dimensions["mc"].percent is None  # nothing answered: max = min = 0


def test_number_range_uses_only_reachable_bands(tmp_path: Path) -> None:
    # SPEC: max = weight x "the item's maximum points". Read as the most points a valid
    # answer can earn: values are limited to [0, 8], so the band for 10 and above is
    # out of reach.
    q = inline_questionnaire(
        tmp_path,
        """
format: assessor/1
id: reach
version: "1"
title: Reach
dimensions: [{id: d, label: D}]
sections:
  - id: s
    title: S
    items:
      - id: n
        type: number
        text: How many
        min: 0
        max: 8
        bands: [{below: 5, points: 1}, {below: 10, points: 2}, {points: 9}]
        scores: {d: 3}
""",
    )
    d = score(q, {"n": 8}).dimensions["d"]
    assert d.raw == 6  # band below 10 -> 2 points x weight 3
    assert (d.min, d.max) == (3, 6)  # 3 x 1 .. 3 x 2
    assert d.percent == pytest.approx(100.0)


def test_required_text_item_is_missing_though_unscored(tmp_path: Path) -> None:
    q = inline_questionnaire(
        tmp_path,
        """
format: assessor/1
id: notes
version: "1"
title: Notes
dimensions: [{id: d, label: D}]
sections:
  - id: s
    title: S
    items:
      - {id: b, type: boolean, text: B, scores: d}
      - {id: why, type: text, text: Why?}
""",
    )
    scores = score(q, {"b": True})
    assert scores.complete is False
    assert scores.missing == ["why"]  # `required` defaults to true, scored or not
    assert scores.dimensions["d"].percent == pytest.approx(100.0)  # 1 of 0..1
    assert score(q, {"b": True, "why": ""}).missing == []  # empty text is an answer
