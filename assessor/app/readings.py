"""Plain-language readings of a result (calibration, the next rung, comparisons).
Qt-free; the views only lay these sentences out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assessor.app.deltas import arrow, rung_words, shown_delta, signed
from assessor.core.format.model import AllOf, AnyOf, CareerModel, DimensionTest
from assessor.core.results.data import dimension_labels
from assessor.core.results.history import compare
from assessor.core.scoring.calibration import calibration_sentence
from assessor.core.scoring.conditions import compare as holds


@dataclass(frozen=True)
class CalibrationRow:
    """One dimension's self-rating beside its knowledge-check score, with a sentence on how
    they compare."""

    dimension: str
    label: str
    self_rating: float | None
    knowledge: float | None
    reading: str


def calibration_reading(label: str, self_rating: float | None, knowledge: float | None) -> str:
    return calibration_sentence(label, self_rating, knowledge)


def calibration_rows(result: Mapping[str, Any]) -> list[CalibrationRow]:
    labels = dimension_labels(result)
    rows = []
    for dim, score in result.get("scores", {}).items():
        self_rating, knowledge = score.get("self"), score.get("knowledge")
        rows.append(CalibrationRow(dim, labels[dim], self_rating, knowledge,
                                   calibration_reading(labels[dim], self_rating, knowledge)))
    return rows


def next_rung_needs(model: CareerModel | None, result: Mapping[str, Any]) -> str:
    """What the rung above the person's level asks for, in words."""
    ladder = (result.get("display") or {}).get("ladder") or []
    placement = result.get("placement")
    if not ladder:
        return ""
    current = placement["level"] if placement else None
    ids = [level["id"] for level in ladder]
    position = ids.index(current) if current in ids else -1
    if position + 1 >= len(ladder):
        return "You are on the top rung of this ladder."
    nxt = ladder[position + 1]
    if model is None:
        return f"Next rung: {nxt['label']}."
    labels = dimension_labels(result)
    scores = result.get("scores", {})
    routes = _routes(model.ladder[position + 1].requires)
    unmet = [[test for test in route if not _test_holds(test, scores)] for route in routes]
    closest = min(unmet, key=len) if unmet else []
    needs = []
    for test in closest:
        have = (scores.get(test.dimension) or {}).get(test.measure)
        what = labels.get(test.dimension, test.dimension) + _MEASURE_WORDS[test.measure]
        for op, bound in test.tests:
            if have is None or not holds(op, have, bound):
                word = {"gte": "at least", "gt": "more than", "lte": "at most",
                        "lt": "less than"}[op]
                shown = "none" if have is None else f"{have:.0f}%"
                needs.append(f"{what} {word} {bound:g}% (you have {shown})")
    if not needs:
        return f"Next rung: {nxt['label']}."
    way = " (the closest of its routes)" if len(routes) > 1 else ""
    return f"Next rung, {nxt['label']}{way}, needs " + "; ".join(needs) + "."


_MEASURE_WORDS = {"percent": "", "self": " (experience and practice)",
                  "knowledge": " (knowledge checks)"}


def _routes(condition: Any) -> list[list[DimensionTest]]:
    """The ways to meet a requirement, each a list of tests that must all hold (an `any` of
    `all`s, as ladders are written; `not` is left out of the wording)."""
    if isinstance(condition, DimensionTest):
        return [[condition]]
    if isinstance(condition, AllOf):
        routes: list[list[DimensionTest]] = [[]]
        for part in condition.conditions:
            routes = [r + p for r in routes for p in _routes(part)]
        return routes
    if isinstance(condition, AnyOf):
        return [r for part in condition.conditions for r in _routes(part)]
    return [[]]


def _test_holds(test: DimensionTest, scores: Mapping[str, Any]) -> bool:
    have = (scores.get(test.dimension) or {}).get(test.measure)
    return have is not None and all(holds(op, have, bound) for op, bound in test.tests)


@dataclass(frozen=True)
class ComparisonRow:
    """One line of a two-result comparison, as shown: the label, both values and the change."""

    label: str
    before: str
    after: str
    delta: str


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def compare_results(older: Mapping[str, Any], newer: Mapping[str, Any]) -> list[ComparisonRow]:
    """Dimension percents, level and best role of two results, with the change worked out
    from the whole numbers shown (and the level's change in rungs, in words)."""
    labels = {**dimension_labels(older), **dimension_labels(newer)}
    rows = []
    for dim in dict.fromkeys([*older.get("scores", {}), *newer.get("scores", {})]):
        a = (older.get("scores", {}).get(dim) or {}).get("percent")
        b = (newer.get("scores", {}).get(dim) or {}).get("percent")
        delta = shown_delta(a, b)
        rows.append(ComparisonRow(labels.get(dim, dim), _pct(a), _pct(b),
                                  "—" if delta is None else arrow(delta) + signed(delta)))

    def level(result: Mapping[str, Any]) -> str:
        placement = result.get("placement")
        return placement["label"] if placement else "—"

    comparison = compare(older, newer)
    moved = comparison.rung_delta
    rows.append(ComparisonRow(
        "Level", level(older), level(newer),
        rung_words(moved) if moved is not None else
        "same" if level(older) == level(newer) else "changed"))

    def best(result: Mapping[str, Any]) -> tuple[str, float | None]:
        clusters = result.get("clusters") or []
        return (clusters[0]["label"], clusters[0]["fit"]) if clusters else ("—", None)

    (a_label, a_fit), (b_label, b_fit) = best(older), best(newer)
    fit_delta = shown_delta(a_fit, b_fit)
    rows.append(ComparisonRow(
        "Best-fitting role",
        a_label if a_fit is None else f"{a_label} ({a_fit:.0f}%)",
        b_label if b_fit is None else f"{b_label} ({b_fit:.0f}%)",
        ("—" if fit_delta is None else arrow(fit_delta) + signed(fit_delta))
        if a_label == b_label else "another role"))
    return rows
