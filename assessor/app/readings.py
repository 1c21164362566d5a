"""Plain-language readings of a result (calibration, the next rung, comparisons).
Qt-free; the views only lay these sentences out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assessor.app.deltas import arrow, rung_words, shown_delta, signed
from assessor.core.format.model import AllOf, AnyOf, CareerModel, DimensionTest
from assessor.core.i18n import N_, _, format_percent
from assessor.core.results.history import compare
from assessor.core.results.view import ResultView
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


def calibration_rows(result: ResultView | Mapping[str, Any]) -> list[CalibrationRow]:
    view = ResultView.of(result)
    labels = view.dimension_labels()
    rows = []
    for dim, score in view.scores.items():
        self_rating, knowledge = score.self_rated, score.knowledge
        rows.append(CalibrationRow(dim, labels[dim], self_rating, knowledge,
                                   calibration_reading(labels[dim], self_rating, knowledge)))
    return rows


def next_rung_needs(model: CareerModel | None, result: ResultView | Mapping[str, Any]) -> str:
    """What the rung above the person's level asks for, in words."""
    view = ResultView.of(result)
    ladder = view.ladder
    if not ladder:
        return ""
    current = view.placement_id
    ids = [level.id for level in ladder]
    position = ids.index(current) if current in ids else -1
    if position + 1 >= len(ladder):
        return _("You are on the top rung of this ladder.")
    nxt = ladder[position + 1]
    if model is None:
        return _("Next rung: {level}.").format(level=nxt.label)
    labels = view.dimension_labels()
    routes = _routes(model.ladder[position + 1].requires)
    unmet = [[test for test in route if not _test_holds(test, view)] for route in routes]
    closest = min(unmet, key=len) if unmet else []
    needs = []
    for test in closest:
        have = view.score_value(test.dimension, test.measure)
        label = labels.get(test.dimension, test.dimension)
        what = _(_MEASURE_WORDS[test.measure]).format(dimension=label) \
            if test.measure in _MEASURE_WORDS else label
        for op, bound in test.tests:
            if have is None or not holds(op, have, bound):
                need = {
                    "gte": _("{dimension} at least {bound} (you have {have})"),
                    "gt": _("{dimension} more than {bound} (you have {have})"),
                    "lte": _("{dimension} at most {bound} (you have {have})"),
                    "lt": _("{dimension} less than {bound} (you have {have})"),
                }[op]
                shown = _("none") if have is None else format_percent(have)
                needs.append(need.format(dimension=what,
                                         bound=format_percent(bound, _decimals(bound)),
                                         have=shown))
    if not needs:
        return _("Next rung: {level}.").format(level=nxt.label)
    if len(routes) > 1:
        return _("Next rung, {level} (the closest of its routes), needs {needs}.").format(
            level=nxt.label, needs="; ".join(needs))
    return _("Next rung, {level}, needs {needs}.").format(level=nxt.label,
                                                          needs="; ".join(needs))


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() else len(f"{value:g}".partition(".")[2])


# A dimension's own measures, named as whole phrases; its overall percent is just its name.
_MEASURE_WORDS = {"self": N_("{dimension} (experience and practice)"),
                  "knowledge": N_("{dimension} (knowledge checks)")}


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


def _test_holds(test: DimensionTest, result: ResultView) -> bool:
    have = result.score_value(test.dimension, test.measure)
    return have is not None and all(holds(op, have, bound) for op, bound in test.tests)


@dataclass(frozen=True)
class ComparisonRow:
    """One line of a two-result comparison, as shown: the label, both values and the change."""

    label: str
    before: str
    after: str
    delta: str


def _pct(value: float | None) -> str:
    return "—" if value is None else format_percent(value)


def compare_results(older: ResultView | Mapping[str, Any],
                    newer: ResultView | Mapping[str, Any]) -> list[ComparisonRow]:
    """Dimension percents, level and best role of two results, with the change worked out
    from the whole numbers shown (and the level's change in rungs, in words)."""
    older, newer = ResultView.of(older), ResultView.of(newer)
    labels = {**older.dimension_labels(), **newer.dimension_labels()}
    rows = []
    for dim in dict.fromkeys([*older.scores, *newer.scores]):
        a, b = older.score_value(dim), newer.score_value(dim)
        delta = shown_delta(a, b)
        rows.append(ComparisonRow(labels.get(dim, dim), _pct(a), _pct(b),
                                  "—" if delta is None else arrow(delta) + signed(delta)))

    def level(result: ResultView) -> str:
        return result.placement_label or "—"

    comparison = compare(older, newer)
    moved = comparison.rung_delta
    rows.append(ComparisonRow(
        _("Level"), level(older), level(newer),
        rung_words(moved) if moved is not None else
        _("same") if level(older) == level(newer) else _("changed")))

    def best(result: ResultView) -> tuple[str, float | None]:
        fits = result.fits
        return (fits[0].label, fits[0].fit) if fits else ("—", None)

    (a_label, a_fit), (b_label, b_fit) = best(older), best(newer)
    fit_delta = shown_delta(a_fit, b_fit)
    with_fit = _("{role} ({percent})")
    rows.append(ComparisonRow(
        _("Best-fitting role"),
        a_label if a_fit is None else with_fit.format(role=a_label, percent=_pct(a_fit)),
        b_label if b_fit is None else with_fit.format(role=b_label, percent=_pct(b_fit)),
        ("—" if fit_delta is None else arrow(fit_delta) + signed(fit_delta))
        if a_label == b_label else _("another role")))
    return rows

