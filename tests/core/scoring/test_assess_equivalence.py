"""The lean re-scoring of issue 16 gives bit for bit what the plain one gave: `assess`, the
path planner and the fits compared with `reference_assess.py` (the code as it was) on many
random answer sets of every shipped and test questionnaire. `repr` is compared, so 1 and
1.0, 0.0 and -0.0, key order and every last digit must agree."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Item, Questionnaire
from assessor.core.results.build import assess
from assessor.core.scoring.career import cluster_fits, placement, plan_path, round_half_up
from tests.cohort_factory import random_value
from tests.core.scoring import reference_assess as reference

REPO = Path(__file__).resolve().parents[3]
QUESTIONNAIRE_FILES = sorted(
    path for folder in ("questionnaires", "tests/data", "tests/data/spec")
    for path in (REPO / folder).glob("*.yaml")
    if "\nsections:" in (text := path.read_text(encoding="utf-8"))
    and "\nkind: translation" not in text)  # a translation scores as its source
PERSONAS = sorted((REPO / "tests" / "personas").glob("*.yaml"))


@cache
def questionnaire(path: Path) -> Questionnaire:
    loaded = load_questionnaire(path)
    return loaded.untranslated or loaded


def test_every_questionnaire_is_compared() -> None:
    names = {path.name for path in QUESTIONNAIRE_FILES}
    assert {"ai-cyber-career.yaml", "ai-cyber-quick.yaml", "all_types.yaml",
            "career.yaml", "conditions.yaml", "sample.yaml"} <= names
    assert len(names) >= 10


def _leaning_value(item: Item, rng: random.Random, lean: float) -> Any:
    """A valid answer drawn towards the top (lean near 1) or the bottom (near 0) of the
    item's range, so that paths run empty, run long and hit the 100 % ceiling."""
    def leaning_index(count: int) -> int:
        return min(count - 1, int(rng.betavariate(1 + 4 * lean, 5 - 4 * lean) * count))

    if item.type == "likert":
        return item.scale[leaning_index(len(item.scale))].value
    by_points = sorted(item.options, key=lambda option: sum(option.scores.values()))
    if item.type == "choice":
        return by_points[leaning_index(len(by_points))].id
    if item.type == "knowledge" and item.correct and rng.random() < lean:
        return rng.choice(sorted(item.correct))
    if item.type == "multi" and rng.random() < lean:
        return [option.id for option in reversed(by_points)][:item.max_choices]
    if item.type == "number" and rng.random() < 0.5:
        low = item.minimum if item.minimum is not None else -5
        high = item.maximum if item.maximum is not None else 200
        return rng.choice([low, high, (low + high) / 2, rng.uniform(low, high)])
    if item.type == "boolean":
        return rng.random() < lean
    return random_value(item, rng)


def random_answers(subject: Questionnaire, rng: random.Random) -> dict[str, Any]:
    lean = rng.choice([0.0, 0.2, 0.5, 0.8, 1.0, rng.random()])
    answered = rng.choice([1.0, 0.9, 0.6, 0.2])  # some required items left out too
    return {item.id: _leaning_value(item, rng, lean) for item in subject.items
            if rng.random() < answered}


def _answer_sets(path: Path, count: int) -> list[dict[str, Any]]:
    rng = random.Random(path.name)
    subject = questionnaire(path)
    return [{}, *(random_answers(subject, rng) for _ in range(count))]


@pytest.mark.parametrize("path", QUESTIONNAIRE_FILES, ids=lambda path: path.name)
def test_assess_gives_what_the_plain_re_scoring_gave(path: Path) -> None:
    subject = questionnaire(path)
    count = 100 if subject.career and len(subject.career.milestones) > 20 else 400
    for answers in _answer_sets(path, count):
        assert repr(assess(subject, answers)) == repr(reference.reference_assess(subject, answers))


def test_personas_re_score_as_before() -> None:
    from assessor.core.format.answers import load_answers

    compared = 0
    for persona in PERSONAS:
        name = "ai-cyber-quick" if persona.name.startswith("quick-") else "ai-cyber-career"
        subject = questionnaire(REPO / "questionnaires" / f"{name}.yaml")
        answers = load_answers(persona, subject).answers
        assert repr(assess(subject, answers)) == repr(reference.reference_assess(subject, answers))
        compared += 1
    assert compared == len(PERSONAS) > 20


def _random_numbers(rng: random.Random, dimensions: list[str]) -> dict[str, float | None]:
    def one() -> float | None:
        return rng.choice([None, 0.0, 100.0, 50.0, round(rng.uniform(0, 100), rng.randint(0, 3)),
                           rng.uniform(-10, 110), float(rng.randint(0, 100))])
    return {dim: one() for dim in dimensions if rng.random() < 0.9}


@pytest.mark.parametrize("path", [p for p in QUESTIONNAIRE_FILES if questionnaire(p).career],
                         ids=lambda path: path.name)
def test_paths_and_fits_from_any_numbers_are_as_before(path: Path) -> None:
    """Straight from numbers (as `result_path` and what-if planning call them): nulls,
    numbers outside 0-100, absent measures, milestones already done in any mix."""
    model = questionnaire(path).career
    assert model is not None
    rng = random.Random(path.name)
    dimensions = [d.id for d in model.dimensions] + ["unknown"]
    milestones = [m.id for m in model.milestones]
    for _ in range(150 if len(milestones) > 20 else 400):
        percents = _random_numbers(rng, dimensions)
        measures = rng.choice([None, {}, {"self": _random_numbers(rng, dimensions)},
                               {m: _random_numbers(rng, dimensions) for m in ("self", "knowledge")}])
        done = rng.sample(milestones, rng.randint(0, len(milestones) // 2))
        level = placement(model, percents, measures)
        assert level is reference.placement(model, percents, measures)
        fits = [fit.as_dict() for fit in cluster_fits(model, percents, level, measures)]
        wanted = sorted((reference.cluster_fit(model, c, percents, level, measures)
                         for c in model.clusters), key=lambda f: -f["fit"])
        assert repr(fits) == repr(wanted)
        for cluster in model.clusters:
            path_dict = plan_path(model, percents, cluster.id, already_done=done,
                                  measures=measures).as_dict()
            assert repr(path_dict) == repr(
                reference.plan_path(model, percents, cluster.id, done, measures))


def _rounded(rounding: Callable[[float], float], value: float) -> str:
    try:
        return repr(rounding(value))
    except ArithmeticError as exc:  # infinities cannot be quantized
        return type(exc).__name__


def test_round_half_up_is_the_decimal_rounding() -> None:
    rng = random.Random(16)
    values = [rng.uniform(-200, 200) for _ in range(20_000)]
    values += [rng.randint(-20_000, 20_000) / 20 for _ in range(20_000)]  # exact halves
    values += [100.0 * (1.0 - rng.randint(0, 500) / rng.randint(1, 500)) for _ in range(20_000)]
    values += [math.nextafter(value, direction) for value in values[20_000:40_000]
               for direction in (-math.inf, math.inf)]  # either side of the halves
    values += [0.0, -0.0, 0.05, -0.05, 0.25, 0.35, 1e-7, -1e-7, 5e-324, 123456789.95,
               99999999999999.95, 1e15, 1e16, math.inf, -math.inf, math.nan]
    for value in values:
        assert _rounded(round_half_up, value) == _rounded(reference.round_half_up, value), value
