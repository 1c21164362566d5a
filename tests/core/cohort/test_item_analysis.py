"""Item analysis checked against hand computation and against a deliberately bad item."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from assessor.core.cohort.item_analysis import analyse, cronbach_alpha, pearson
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire

THREE_ITEMS = """\
    format: assessor/1
    id: three
    version: "1"
    title: Three items
    dimensions: [{id: d, label: Detection}, {id: other, label: Other}]
    scales:
      five: [{value: 1, label: a}, {value: 2, label: b}, {value: 3, label: c},
             {value: 4, label: d}, {value: 5, label: e}]
    sections:
      - id: s
        title: S
        items:
          - {id: i1, type: likert, text: One, scale: five, scores: d}
          - {id: i2, type: likert, text: Two, scale: five, scores: d}
          - {id: i3, type: likert, text: Three, scale: five, scores: d, required: false}
          - {id: o1, type: boolean, text: Other, scores: other, required: false}
"""

# 5 respondents × 3 items (all on the 1–5 scale):
#         i1 i2 i3 | total | i2+i3 (total without i1)
#   R1     1  2  1 |   4   |  3
#   R2     2  2  3 |   7   |  5
#   R3     3  4  3 |  10   |  7
#   R4     4  4  5 |  13   |  9
#   R5     5  3  4 |  12   |  7
# Population variances (÷n): i1 = 10/5 = 2, i2 = 4/5 = 0.8, i3 = 8.8/5 = 1.76,
# total = 54.8/5 = 10.96.
# alpha = 3/2 · (1 − (2 + 0.8 + 1.76)/10.96) = 1.5 · 6.4/10.96 = 0.875912…
# (sample variances ÷(n−1) scale numerator and denominator alike: the same alpha.)
# Without i1: var(i2+i3) = 20.8/5 = 4.16; alpha = 2 · (1 − 2.56/4.16) = 0.769230…
# Corrected item-total r of i1 with i2+i3: Σdxdy = 12, Σdx² = 10, Σdy² = 20.8,
# r = 12/√208 = 0.832050…
# Difficulty = mean of (value − 1)/4: i1 = 0.5, i2 = 0.5, i3 = 2.75/5 = 0.55.
HAND = [(1, 2, 1), (2, 2, 3), (3, 4, 3), (4, 4, 5), (5, 3, 4)]


def write(tmp_path: Path, body: str) -> Questionnaire:
    path = tmp_path / "q.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return load_questionnaire(path)


def test_matches_hand_computation(tmp_path: Path) -> None:
    questionnaire = write(tmp_path, THREE_ITEMS)
    answers = [{"i1": a, "i2": b, "i3": c} for a, b, c in HAND]
    detection = analyse(questionnaire, answers)[0]
    assert detection.label == "Detection"
    assert detection.complete_cases == 5
    assert detection.alpha == pytest.approx(1.5 * 6.4 / 10.96)
    i1, i2, i3 = detection.items
    assert i1.alpha_if_dropped == pytest.approx(2 * (1 - 2.56 / 4.16))
    assert i1.item_total_r == pytest.approx(12 / 208 ** 0.5)
    assert (i1.difficulty, i2.difficulty, i3.difficulty) == pytest.approx((0.5, 0.5, 0.55))
    assert not any(item.flags for item in detection.items)


def test_missing_answers_are_excluded_listwise(tmp_path: Path) -> None:
    """A sixth respondent who skipped i3 changes i1's difficulty but not alpha."""
    questionnaire = write(tmp_path, THREE_ITEMS)
    answers = [{"i1": a, "i2": b, "i3": c} for a, b, c in HAND] + [{"i1": 5, "i2": 5}]
    detection = analyse(questionnaire, answers)[0]
    assert detection.complete_cases == 5
    assert detection.alpha == pytest.approx(1.5 * 6.4 / 10.96)
    assert detection.items[0].answered == 6
    assert detection.items[0].difficulty == pytest.approx((0 + .25 + .5 + .75 + 1 + 1) / 6)
    assert detection.items[2].answered == 5


def test_too_few_people_get_no_statistics(tmp_path: Path) -> None:
    questionnaire = write(tmp_path, THREE_ITEMS)
    answers = [{"i1": a, "i2": b, "i3": c} for a, b, c in HAND[:4]]
    detection = analyse(questionnaire, answers, min_respondents=5)[0]
    assert detection.alpha is None
    assert all(item.difficulty is None and item.item_total_r is None
               for item in detection.items)
    # A dimension nobody was scored on has nothing to analyse either.
    other = analyse(questionnaire, [{"i1": 1, "i2": 1}] * 10)[1]
    assert other.complete_cases == 0
    assert other.alpha is None


def test_helpers_handle_constant_data() -> None:
    assert pearson([1, 1, 1], [1, 2, 3]) is None
    assert cronbach_alpha([[1, 1, 1], [2, 2, 2]]) is None
    assert cronbach_alpha([[1, 2, 3]]) is None


SIX_ITEMS = """\
    format: assessor/1
    id: six
    version: "1"
    title: Six items
    dimensions: [{id: sec, label: Security}]
    scales:
      five: [{value: 1, label: a}, {value: 2, label: b}, {value: 3, label: c},
             {value: 4, label: d}, {value: 5, label: e}]
    sections:
      - id: s
        title: S
        items:
          - {id: q1, type: likert, text: I read logs, scale: five, scores: sec}
          - {id: q2, type: likert, text: I tune detections, scale: five, scores: sec}
          - {id: q3, type: likert, text: I hunt threats, scale: five, scores: sec}
          - {id: q4, type: likert, text: I write playbooks, scale: five, scores: sec}
          # Meant as a reverse-keyed item, but the author forgot `reverse: true`.
          - {id: q5, type: likert, text: I find security confusing, scale: five, scores: sec}
          - id: easy
            type: knowledge
            text: What does SOC stand for?
            options: [{id: right, label: Security Operations Centre}, {id: wrong, label: Sales Office}]
            correct: right
            scores: sec
"""


def test_mis_keyed_and_trivial_items_are_flagged(tmp_path: Path) -> None:
    questionnaire = write(tmp_path, SIX_ITEMS)
    rng = random.Random(11)

    def rate(trait: float) -> int:
        return max(1, min(5, round(trait + rng.gauss(0, 0.7))))

    answers = []
    for _ in range(200):
        trait = rng.uniform(1, 5)
        answers.append({"q1": rate(trait), "q2": rate(trait), "q3": rate(trait),
                        "q4": rate(trait), "q5": rate(6 - trait), "easy": "right"})
    security = analyse(questionnaire, answers)[0]
    by_id = {item.item_id: item for item in security.items}
    assert by_id["q5"].maybe_miskeyed
    assert by_id["q5"].item_total_r is not None and by_id["q5"].item_total_r < -0.5
    assert "may be mis-keyed" in " ".join(by_id["q5"].flags)
    assert by_id["q5"].alpha_if_dropped is not None and security.alpha is not None
    assert by_id["q5"].alpha_if_dropped > security.alpha  # dropping it helps
    for good in ("q1", "q2", "q3", "q4"):
        assert not by_id[good].maybe_miskeyed
        r = by_id[good].item_total_r
        assert r is not None and r > 0.5
        assert by_id[good].flags == []
    # Everyone gets the knowledge item right: flagged as telling no one apart.
    assert by_id["easy"].difficulty == 1.0
    assert by_id["easy"].too_easy
    assert by_id["easy"].item_total_r is None  # it does not vary
