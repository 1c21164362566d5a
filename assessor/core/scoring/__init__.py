"""Scoring and the career model. The package owns scoring an answer set (SPEC 1.2, here:
raw, min, max, percent, self, knowledge, coverage), conditions (`conditions.py`),
placement, cluster fits and paths (`career.py`), calibration and what-if projections."""

from __future__ import annotations

from collections.abc import Mapping
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


class _Tally:
    __slots__ = ("all", "answered", "knowledge", "scored_visible", "self_rated")

    def __init__(self) -> None:
        self.all = [0.0, 0.0, 0.0]
        self.knowledge = [0.0, 0.0, 0.0]
        self.self_rated = [0.0, 0.0, 0.0]
        self.scored_visible = 0
        self.answered = 0


@dataclass(frozen=True)
class _ItemPlan:
    """What scoring needs of one item, worked out once per questionnaire: for each of its
    dimensions (first-mention order) the points range, and for choice items the option
    points by option id (`item_contribution` without its search)."""

    item: Item
    ranges: tuple[tuple[str, float, float], ...]
    knowledge: bool
    option_points: Mapping[str, Mapping[str, float]] | None


def _plan_items(questionnaire: Questionnaire) -> tuple[_ItemPlan, ...]:
    return tuple(
        _ItemPlan(
            item,
            tuple((dim, *item_range(item, dim)) for dim in item.dimensions),
            item.type == "knowledge",
            # The first option of an id wins, as `Item.option` finds it.
            {o.id: o.scores for o in reversed(item.options)} if item.type == "choice" else None,
        )
        for item in questionnaire.items
    )


_ITEM_PLANS: PerObject[Questionnaire, tuple[_ItemPlan, ...]] = PerObject(_plan_items)


def score(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> Scores:
    shown = visibility(questionnaire, answers)
    tallies = {dim: _Tally() for dim in questionnaire.dimension_ids}
    missing: list[str] = []
    for plan in _ITEM_PLANS.get(questionnaire):
        item = plan.item
        if not shown[item.id]:
            continue
        answered = item.id in answers
        if not answered and item.required:
            missing.append(item.id)
        for dim, low, high in plan.ranges:
            tally = tallies[dim]
            tally.scored_visible += 1
            if not answered:
                continue
            tally.answered += 1
            value = answers[item.id]
            if plan.option_points is not None:
                points = plan.option_points.get(value) if isinstance(value, str) else None
                raw = points.get(dim, 0.0) if points is not None else 0.0
            else:
                raw = item_contribution(item, dim, value)
            part = tally.knowledge if plan.knowledge else tally.self_rated
            for bucket in (tally.all, part):
                bucket[0] += raw
                bucket[1] += low
                bucket[2] += high
    dimensions = {
        dim: DimensionScore(
            raw=t.all[0],
            min=t.all[1],
            max=t.all[2],
            percent=_percent(*t.all),
            self=_percent(*t.self_rated),
            knowledge=_percent(*t.knowledge),
            coverage=(t.answered / t.scored_visible) if t.scored_visible else None,
        )
        for dim, t in tallies.items()
    }
    return Scores(dimensions, not missing, missing)
