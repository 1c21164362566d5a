"""Distractor analysis on a synthetic cohort built so that each flag must fire on its item and
stay quiet on a clean one; small groups hidden as on the cohort dashboard."""

from __future__ import annotations

import statistics
import textwrap
from pathlib import Path
from typing import Any

import pytest

from assessor.core.cohort.distractors import KEY_NEGATIVE, NOBODY, PREFERRED, OptionStatistics
from assessor.core.cohort.item_analysis import analyse
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire

OPTIONS = ("[{id: a, label: Alpha}, {id: b, label: Bravo}, {id: c, label: Charlie}, "
           "{id: d, label: Delta}, {id: dk, label: I don't know}]")
COHORT = f"""\
    format: assessor/1
    id: distractors
    version: "1"
    title: Distractors
    dimensions: [{{id: sec, label: Security}}]
    scales:
      five: [{{value: 1, label: a}}, {{value: 2, label: b}}, {{value: 3, label: c}},
             {{value: 4, label: d}}, {{value: 5, label: e}}]
    sections:
      - id: s
        title: S
        items:
          - {{id: p1, type: likert, text: P1, scale: five, scores: {{sec: 2}}}}
          - {{id: p2, type: likert, text: P2, scale: five, scores: {{sec: 2}}}}
          - {{id: p3, type: likert, text: P3, scale: five, scores: {{sec: 2}}}}
          - {{id: clean, type: knowledge, text: Clean, options: {OPTIONS}, correct: a, scores: sec}}
          - {{id: dead, type: knowledge, text: Dead, options: {OPTIONS}, correct: a, scores: sec}}
          - {{id: lure, type: knowledge, text: Lure, options: {OPTIONS}, correct: a, scores: sec}}
          - {{id: miskey, type: knowledge, text: Miskey, options: {OPTIONS}, correct: a, scores: sec}}
"""
N = 100


def write(tmp_path: Path) -> Questionnaire:
    path = tmp_path / "q.yaml"
    path.write_text(textwrap.dedent(COHORT), encoding="utf-8")
    return load_questionnaire(path, search_dirs=[])


def respondent(rank: int) -> dict[str, Any]:
    """Respondent `rank` of N, weakest first: self-ratings rise with rank."""
    level = 1 + rank * 5 // N  # 1..5
    strong = rank >= N // 2
    weak_pick = "bcd"[rank % 3]
    return {
        "p1": level, "p2": level, "p3": max(1, level - rank % 2),
        # The strong half knows it; the weak half spreads over all three distractors.
        "clean": "a" if strong else weak_pick,
        # Nobody picks d; only 2 people pick c (2 % of 100).
        "dead": "a" if strong else ("c" if rank in (3, 40) else "b"),
        # The strongest 30 % fall for d; the middle gets it right; the weakest guess.
        "lure": "d" if rank >= 70 else ("a" if rank >= 30 else "bc"[rank % 2]),
        # Keyed a, but only the weak choose a: the strong pick b.
        "miskey": "b" if strong else "a",
    }


@pytest.fixture
def cohort(tmp_path: Path) -> tuple[Questionnaire, list[dict[str, Any]]]:
    return write(tmp_path), [respondent(rank) for rank in range(N)]


def options_of(analysis: Any, item_id: str) -> dict[str, OptionStatistics]:
    item = next(i for i in analysis.items if i.item_id == item_id)
    return {o.option_id: o for o in item.options}


def test_a_clean_item_gets_no_flag(cohort: tuple[Questionnaire, list[dict[str, Any]]]) -> None:
    questionnaire, answers = cohort
    security = analyse(questionnaire, answers)[0]
    clean = options_of(security, "clean")
    assert [o.share for o in clean.values()][:4] == pytest.approx([0.5, 17 / N, 17 / N, 16 / N])
    assert all(o.flags == () for o in clean.values())
    key_r = clean["a"].point_biserial
    assert key_r is not None and key_r > 0.5
    assert all((clean[o].point_biserial or 0) < 0 for o in "bcd")
    # Nobody abstains: a zero count is shown as "<5" like every small one; not flagged.
    assert clean["dk"].chosen.text == "<5" and clean["dk"].share is None and clean["dk"].abstain
    item = next(i for i in security.items if i.item_id == "clean")
    assert not [f for f in item.flags if "distractor" in f or "key" in f]


def test_each_flag_fires_on_its_item(cohort: tuple[Questionnaire, list[dict[str, Any]]]) -> None:
    questionnaire, answers = cohort
    security = analyse(questionnaire, answers)[0]
    dead = options_of(security, "dead")
    assert dead["d"].flags == (NOBODY,)
    assert NOBODY in dead["c"].flags and dead["c"].chosen.text == "<5"
    assert dead["b"].flags == () and dead["a"].flags == ()
    lure = options_of(security, "lure")
    assert PREFERRED in lure["d"].flags
    assert lure["d"].point_biserial is not None and lure["a"].point_biserial is not None
    assert lure["d"].point_biserial > lure["a"].point_biserial
    assert PREFERRED not in lure["b"].flags and PREFERRED not in lure["c"].flags
    miskey = options_of(security, "miskey")
    assert miskey["a"].flags == (KEY_NEGATIVE,)
    assert PREFERRED in miskey["b"].flags
    flags = {i.item_id: " | ".join(i.flags) for i in security.items}
    assert "distractor almost nobody chooses: c, d" in flags["dead"]
    assert "strong respondents prefer a distractor: d" in flags["lure"]
    assert "key has a negative point-biserial: a" in flags["miskey"]


def test_point_biserial_is_against_the_rest_score(
        cohort: tuple[Questionnaire, list[dict[str, Any]]]) -> None:
    """Recomputed by hand with the standard library: the rest score is the percent of the
    other items (here: p1–p3 weight 2, range 2–10 each; three other checks, 0–1 each)."""
    questionnaire, answers = cohort
    keys = {"clean": "a", "dead": "a", "lure": "a", "miskey": "a"}

    def rest_raw(row: dict[str, Any]) -> float:
        return sum(2 * row[p] for p in ("p1", "p2", "p3")) + sum(
            row[k] == keys[k] for k in keys if k != "clean")

    chose = [float(row["clean"] == "a") for row in answers]
    expected = statistics.correlation(chose, [100 * (rest_raw(r) - 6) / 27 for r in answers])
    measured = options_of(analyse(questionnaire, answers)[0], "clean")["a"].point_biserial
    assert measured == pytest.approx(expected)
    with_item = statistics.correlation(
        chose, [100 * (rest_raw(r) + (r["clean"] == "a") - 6) / 28 for r in answers])
    assert measured != pytest.approx(with_item)  # the item's own point is left out


def test_small_groups_are_hidden_as_on_the_dashboard(
        cohort: tuple[Questionnaire, list[dict[str, Any]]]) -> None:
    questionnaire, answers = cohort
    # 12 people: the strongest 8 and 4 of the weak (who chose b, c, d, b on `clean`).
    few = answers[:4] + answers[-8:]
    clean = options_of(analyse(questionnaire, few, min_respondents=5)[0], "clean")
    assert clean["a"].chosen.text == "8"
    # b (2), c and d (1 each) are below 5: several hidden, so no extra cell is hidden.
    assert [clean[o].chosen.text for o in "bcd"] == ["<5", "<5", "<5"]
    assert all(clean[o].share is None and clean[o].point_biserial is None for o in "bcd")
    # r for the key needs 5 who chose it and 5 who did not: only 4 did not.
    assert clean["a"].point_biserial is None
    # One hidden count (d, 3 people): the next smallest shown one (b) is hidden too, so d
    # cannot be worked out as the total minus the others.
    picks = "a" * 7 + "b" * 5 + "c" * 5 + "d" * 3 + "k" * 5
    split = [dict(row, clean="dk" if pick == "k" else pick)
             for row, pick in zip(answers[-len(picks):], picks, strict=True)]
    counts = options_of(analyse(questionnaire, split, min_respondents=5)[0], "clean")
    assert [counts[o].chosen.text for o in ("a", "b", "c", "d", "dk")] == [
        "7", "≥5", "5", "<5", "5"]
    assert counts["b"].share is None and counts["a"].share == pytest.approx(7 / 25)
    # Fewer people than the smallest group: nothing at all.
    tiny = options_of(analyse(questionnaire, answers[-4:], min_respondents=5)[0], "clean")
    assert all(o.chosen.hidden and o.share is None and o.point_biserial is None and not o.flags
               for o in tiny.values())
