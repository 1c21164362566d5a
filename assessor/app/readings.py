"""Plain-language readings of a result (calibration, the next rung, comparisons).
Qt-free; the views only lay these sentences out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assessor.core.calibration import calibration
from assessor.core.conditions import compare
from assessor.core.model import AllOf, CareerModel, DimensionTest
from assessor.core.result_data import dimension_labels, percents


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
    if self_rating is None and knowledge is None:
        return f"No self-rating or knowledge check covers {label}."
    if knowledge is None:
        return f"No knowledge check covers {label}, so your self-rating cannot be compared."
    if self_rating is None:
        return f"Only the knowledge checks cover {label}."
    reading = calibration(self_rating, knowledge)
    if reading == "over":
        return (f"You rate yourself well above what the knowledge checks show for {label} "
                "— worth testing your knowledge before applying.")
    if reading == "under":
        return (f"The knowledge checks show more than you give yourself credit for in "
                f"{label} — you may be underselling yourself.")
    return f"Your self-rating for {label} matches what the knowledge checks show."


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
    have_percents = percents(result)
    needs = []
    for test in _dimension_tests(model.ladder[position + 1].requires):
        have = have_percents.get(test.dimension)
        for op, bound in test.tests:
            if have is None or not compare(op, have, bound):
                word = {"gte": "at least", "gt": "more than", "lte": "at most",
                        "lt": "less than"}[op]
                shown = "none" if have is None else f"{have:.0f}%"
                needs.append(f"{labels.get(test.dimension, test.dimension)} {word} "
                             f"{bound:g}% (you have {shown})")
    if not needs:
        return f"Next rung: {nxt['label']}."
    return f"Next rung, {nxt['label']}, needs " + "; ".join(needs) + "."


def _dimension_tests(condition: Any) -> list[DimensionTest]:
    if isinstance(condition, DimensionTest):
        return [condition]
    if isinstance(condition, AllOf):
        return [t for c in condition.conditions for t in _dimension_tests(c)]
    return []


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
    """Dimension percents, level and best role of two results, with the change."""
    labels = {**dimension_labels(older), **dimension_labels(newer)}
    rows = []
    for dim in dict.fromkeys([*older.get("scores", {}), *newer.get("scores", {})]):
        a = (older.get("scores", {}).get(dim) or {}).get("percent")
        b = (newer.get("scores", {}).get(dim) or {}).get("percent")
        delta = "—" if a is None or b is None else f"{b - a:+.0f}"
        rows.append(ComparisonRow(labels.get(dim, dim), _pct(a), _pct(b), delta))

    def level(result: Mapping[str, Any]) -> str:
        placement = result.get("placement")
        return placement["label"] if placement else "—"

    def best(result: Mapping[str, Any]) -> tuple[str, float | None]:
        clusters = result.get("clusters") or []
        return (clusters[0]["label"], clusters[0]["fit"]) if clusters else ("—", None)

    rows.append(ComparisonRow("Level", level(older), level(newer),
                              "same" if level(older) == level(newer) else "changed"))
    (a_label, a_fit), (b_label, b_fit) = best(older), best(newer)
    fit_delta = "—" if a_fit is None or b_fit is None else f"{b_fit - a_fit:+.1f}"
    rows.append(ComparisonRow(
        "Best-fitting role",
        a_label if a_fit is None else f"{a_label} ({a_fit:.0f}%)",
        b_label if b_fit is None else f"{b_label} ({b_fit:.0f}%)",
        fit_delta if a_label == b_label else "changed"))
    return rows
