"""Scoring and the career model. The package owns scoring an answer set (SPEC 1.2, here:
raw, min, max, percent, self, knowledge, coverage), conditions (`conditions.py`),
placement, cluster fits and paths (`career.py`), calibration and what-if projections."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from assessor.core.format.model import Item, Questionnaire
from assessor.core.scoring.conditions import visibility
from assessor.core.scoring.memo import PerObject


@dataclass(frozen=True)
class DimensionScore:
    """One dimension's raw score, its range, its percents (overall, self-rating, knowledge)
    and how much of it the answers covered."""

    raw: float
    min: float
    max: float
    percent: float | None
    self: float | None
    knowledge: float | None
    coverage: float | None

    def as_dict(self) -> dict[str, float | None]:
        return {
            "raw": _tidy(self.raw),
            "min": _tidy(self.min),
            "max": _tidy(self.max),
            "percent": self.percent,
            "self": self.self,
            "knowledge": self.knowledge,
            "coverage": self.coverage,
        }


@dataclass(frozen=True)
class Scores:
    """Every dimension's score, whether the answers were complete, and what was missing."""

    dimensions: dict[str, DimensionScore]
    complete: bool
    missing: list[str]

    @property
    def percents(self) -> dict[str, float | None]:
        return {dim: score.percent for dim, score in self.dimensions.items()}


def _tidy(value: float) -> float:
    """Whole numbers are written as integers, as a hand scorer would write them."""
    return int(value) if float(value).is_integer() else value


def _percent(raw: float, low: float, high: float) -> float | None:
    if high == low:
        return None
    return 100.0 * (raw - low) / (high - low)


def item_points(item: Item, value: Any) -> float:
    """Points (before weights) for one answer to a likert/knowledge/boolean/number item."""
    if item.type == "likert":
        if item.reverse:
            return item.scale[0].value + item.scale[-1].value - float(value)
        return float(value)
    if item.type == "knowledge":
        return 1.0 if value in item.correct else 0.0
    if item.type == "boolean":
        return 1.0 if value is True else 0.0
    if item.type == "number":
        for band in item.bands:
            if band.below is None or band.below > value:
                return band.points
    raise ValueError(f"item '{item.id}' ({item.type}) has no single point value")


def _reachable_band_points(item: Item) -> list[float]:
    low = item.minimum if item.minimum is not None else float("-inf")
    high = item.maximum if item.maximum is not None else float("inf")
    points: list[float] = []
    previous = float("-inf")
    for band in item.bands:
        upper = band.below if band.below is not None else float("inf")
        # The band covers [previous, upper); keep it if that meets [low, high].
        if previous <= high and upper > low:
            points.append(band.points)
        previous = upper
    return points or [band.points for band in item.bands]


def item_range(item: Item, dimension: str) -> tuple[float, float]:
    """(min, max) points the item can contribute to `dimension`, weights applied."""
    if item.type == "choice":
        values = [o.scores.get(dimension, 0.0) for o in item.options]
        return min(values), max(values)
    if item.type == "multi":
        values = [o.scores.get(dimension, 0.0) for o in item.options]
        positives = sorted((v for v in values if v > 0), reverse=True)
        negatives = sorted(v for v in values if v < 0)
        if item.max_choices is not None:
            positives = positives[: item.max_choices]
            negatives = negatives[: item.max_choices]
        return sum(negatives), sum(positives)
    weight = item.weights[dimension]
    if item.type == "likert":
        low, high = item.scale[0].value, item.scale[-1].value
    elif item.type == "number":
        reachable = _reachable_band_points(item)
        low, high = min(reachable), max(reachable)
    else:
        low, high = 0.0, 1.0
    return weight * low, weight * high


def item_contribution(item: Item, dimension: str, value: Any) -> float:
    if item.type == "choice":
        option = item.option(value)
        return option.scores.get(dimension, 0.0) if option else 0.0
    if item.type == "multi":
        total = 0.0
        for chosen in value:
            option = item.option(chosen)
            if option is not None:
                total += option.scores.get(dimension, 0.0)
        return total
    return item.weights[dimension] * item_points(item, value)


# A dimension's running sums while scoring: raw, min and max over all its answered items
# (0-2), over its knowledge checks (3-5) and over the rest, its self-ratings (6-8); then
# how many of its items were shown (9) and answered (10).
_KNOWLEDGE, _SELF, _SHOWN, _ANSWERED = 3, 6, 9, 10
_CHOICE, _MULTI, _POINTS = 0, 1, 2


def _points_of(item: Item) -> Callable[[Any], float]:
    """`item_points(item, ·)` with the item's kind decided once."""
    if item.type == "likert":
        if item.reverse:
            ends = item.scale[0].value + item.scale[-1].value
            return lambda value: ends - float(value)
        return float
    if item.type == "knowledge":
        correct = item.correct
        return lambda value: 1.0 if value in correct else 0.0
    if item.type == "boolean":
        return lambda value: 1.0 if value is True else 0.0
    return lambda value: item_points(item, value)


@dataclass(frozen=True)
class _ItemPlan:
    """What scoring needs of one item, worked out once per questionnaire: for each of its
    dimensions (first-mention order) the points range and weight, where its sums go, and
    how an answer turns into points: option points by option id for choice and multi
    items (`item_contribution` without its search; the first option of an id wins, as
    `Item.option` finds it), else `item_points` and the weight."""

    id: str
    required: bool
    part: int  # _KNOWLEDGE or _SELF
    kind: int  # _CHOICE, _MULTI or _POINTS
    ranges: tuple[tuple[str, float, float, float], ...]  # (dimension, min, max, weight)
    option_points: Mapping[str, Mapping[str, float]]
    points: Callable[[Any], float]


def _plan_items(questionnaire: Questionnaire) -> tuple[_ItemPlan, ...]:
    plans = []
    for item in questionnaire.items:
        kind = {"choice": _CHOICE, "multi": _MULTI}.get(item.type, _POINTS)
        plans.append(_ItemPlan(
            item.id, item.required, _KNOWLEDGE if item.type == "knowledge" else _SELF, kind,
            tuple((dim, *item_range(item, dim),
                   item.weights[dim] if kind == _POINTS else 0.0) for dim in item.dimensions),
            {o.id: o.scores for o in reversed(item.options)}, _points_of(item)))
    return tuple(plans)


_ITEM_PLANS: PerObject[Questionnaire, tuple[_ItemPlan, ...]] = PerObject(_plan_items)


def _sums(
    questionnaire: Questionnaire, answers: Mapping[str, Any], shown: Mapping[str, bool]
) -> tuple[dict[str, list[float]], list[str]]:
    """Each dimension's running sums (see _KNOWLEDGE) and the required items left out;
    every sum is added to in item order, as SPEC 1.2 reads."""
    sums = {dim: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0]
            for dim in questionnaire.dimension_ids}
    missing: list[str] = []
    for plan in _ITEM_PLANS.get(questionnaire):
        item_id = plan.id
        if not shown[item_id]:
            continue
        if item_id not in answers:
            if plan.required:
                missing.append(item_id)
            for dim, _, _, _ in plan.ranges:
                sums[dim][_SHOWN] += 1
            continue
        if not plan.ranges:
            continue
        value = answers[item_id]
        kind, part = plan.kind, plan.part
        if kind == _CHOICE:
            chosen = plan.option_points.get(value) if isinstance(value, str) else None
        elif kind == _POINTS:
            points = plan.points(value)
        for dim, low, high, weight in plan.ranges:
            if kind == _POINTS:
                raw = weight * points
            elif kind == _CHOICE:
                raw = chosen.get(dim, 0.0) if chosen is not None else 0.0
            else:
                raw = 0.0
                for option_id in value:
                    scores = (plan.option_points.get(option_id)
                              if isinstance(option_id, str) else None)
                    if scores is not None:
                        raw += scores.get(dim, 0.0)
            tally = sums[dim]
            tally[_SHOWN] += 1
            tally[_ANSWERED] += 1
            tally[0] += raw
            tally[1] += low
            tally[2] += high
            tally[part] += raw
            tally[part + 1] += low
            tally[part + 2] += high
    return sums, missing


def score(
    questionnaire: Questionnaire,
    answers: Mapping[str, Any],
    shown: Mapping[str, bool] | None = None,
) -> Scores:
    """SPEC 1.2's numbers of every dimension. `shown`: `visibility(questionnaire, answers)`,
    when the caller has it already."""
    if shown is None:
        shown = visibility(questionnaire, answers)
    sums, missing = _sums(questionnaire, answers, shown)
    dimensions = {
        dim: DimensionScore(
            raw=t[0],
            min=t[1],
            max=t[2],
            percent=_percent(t[0], t[1], t[2]),
            self=_percent(t[6], t[7], t[8]),
            knowledge=_percent(t[3], t[4], t[5]),
            coverage=(t[_ANSWERED] / t[_SHOWN]) if t[_SHOWN] else None,
        )
        for dim, t in sums.items()
    }
    return Scores(dimensions, not missing, missing)


def score_entries(
    questionnaire: Questionnaire, answers: Mapping[str, Any], shown: Mapping[str, bool]
) -> tuple[dict[str, dict[str, float | None]], list[str]]:
    """`{dim: score.as_dict()}` of `score(...)` and its missing items, built straight from
    the sums (re-scoring builds thousands of them and needs no DimensionScore)."""
    sums, missing = _sums(questionnaire, answers, shown)
    return {
        dim: {
            "raw": _tidy(t[0]),
            "min": _tidy(t[1]),
            "max": _tidy(t[2]),
            "percent": _percent(t[0], t[1], t[2]),
            "self": _percent(t[6], t[7], t[8]),
            "knowledge": _percent(t[3], t[4], t[5]),
            "coverage": (t[_ANSWERED] / t[_SHOWN]) if t[_SHOWN] else None,
        }
        for dim, t in sums.items()
    }, missing
