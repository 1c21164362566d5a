"""Plain-language readings of a result (calibration, the next rung, comparisons).
Qt-free; the views only lay these sentences out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assessor.core.calibration import calibration
from assessor.core.i18n import _, format_number, format_percent
from assessor.core.model import AllOf, CareerModel, DimensionTest


def dimension_labels(result: Mapping[str, Any]) -> dict[str, str]:
    display = result.get("display") or {}
    labels = {d["id"]: d["label"] for d in display.get("dimensions", [])}
    for dim in result.get("scores", {}):
        labels.setdefault(dim, dim)
    return labels


@dataclass(frozen=True)
class CalibrationRow:
    dimension: str
    label: str
    self_rating: float | None
    knowledge: float | None
    reading: str


def calibration_reading(label: str, self_rating: float | None, knowledge: float | None) -> str:
    if self_rating is None and knowledge is None:
        return _("No self-rating or knowledge check covers {dimension}.").format(dimension=label)
    if knowledge is None:
        return _("No knowledge check covers {dimension}, so your self-rating cannot be "
                 "compared.").format(dimension=label)
    if self_rating is None:
        return _("Only the knowledge checks cover {dimension}.").format(dimension=label)
    reading = calibration(self_rating, knowledge)
    if reading == "over":
        return _("You rate yourself well above what the knowledge checks show for {dimension} "
                 "— worth testing your knowledge before applying.").format(dimension=label)
    if reading == "under":
        return _("The knowledge checks show more than you give yourself credit for in "
                 "{dimension} — you may be underselling yourself.").format(dimension=label)
    return _("Your self-rating for {dimension} matches what the knowledge checks "
             "show.").format(dimension=label)


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
        return _("You are on the top rung of this ladder.")
    nxt = ladder[position + 1]
    if model is None:
        return _("Next rung: {level}.").format(level=nxt["label"])
    labels = dimension_labels(result)
    percents = {d: s.get("percent") for d, s in result.get("scores", {}).items()}
    needs = []
    for test in _dimension_tests(model.ladder[position + 1].requires):
        have = percents.get(test.dimension)
        for op, bound in test.tests:
            if not _holds(op, have, bound):
                need = {
                    "gte": _("{dimension} at least {bound} (you have {have})"),
                    "gt": _("{dimension} more than {bound} (you have {have})"),
                    "lte": _("{dimension} at most {bound} (you have {have})"),
                    "lt": _("{dimension} less than {bound} (you have {have})"),
                }[op]
                shown = _("none") if have is None else format_percent(have)
                needs.append(need.format(dimension=labels.get(test.dimension, test.dimension),
                                         bound=format_percent(bound, _decimals(bound)),
                                         have=shown))
    if not needs:
        return _("Next rung: {level}.").format(level=nxt["label"])
    return _("Next rung, {level}, needs {needs}.").format(level=nxt["label"],
                                                          needs="; ".join(needs))


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() else len(f"{value:g}".partition(".")[2])


def _dimension_tests(condition: Any) -> list[DimensionTest]:
    if isinstance(condition, DimensionTest):
        return [condition]
    if isinstance(condition, AllOf):
        return [t for c in condition.conditions for t in _dimension_tests(c)]
    return []


def _holds(op: str, value: float | None, bound: float) -> bool:
    if value is None:
        return False
    return {"gte": value >= bound, "gt": value > bound, "lte": value <= bound,
            "lt": value < bound}[op]


@dataclass(frozen=True)
class ComparisonRow:
    label: str
    before: str
    after: str
    delta: str


def _pct(value: float | None) -> str:
    return "—" if value is None else format_percent(value)


def compare_results(older: Mapping[str, Any], newer: Mapping[str, Any]) -> list[ComparisonRow]:
    """Dimension percents, level and best role of two results, with the change."""
    labels = {**dimension_labels(older), **dimension_labels(newer)}
    rows = []
    for dim in dict.fromkeys([*older.get("scores", {}), *newer.get("scores", {})]):
        a = (older.get("scores", {}).get(dim) or {}).get("percent")
        b = (newer.get("scores", {}).get(dim) or {}).get("percent")
        delta = "—" if a is None or b is None else _signed(b - a, 0)
        rows.append(ComparisonRow(labels.get(dim, dim), _pct(a), _pct(b), delta))

    def level(result: Mapping[str, Any]) -> str:
        placement = result.get("placement")
        return placement["label"] if placement else "—"

    def best(result: Mapping[str, Any]) -> tuple[str, float | None]:
        clusters = result.get("clusters") or []
        return (clusters[0]["label"], clusters[0]["fit"]) if clusters else ("—", None)

    rows.append(ComparisonRow(_("Level"), level(older), level(newer),
                              _("same") if level(older) == level(newer) else _("changed")))
    (a_label, a_fit), (b_label, b_fit) = best(older), best(newer)
    fit_delta = "—" if a_fit is None or b_fit is None else _signed(b_fit - a_fit, 1)
    with_fit = _("{role} ({percent})")
    rows.append(ComparisonRow(
        _("Best-fitting role"),
        a_label if a_fit is None else with_fit.format(role=a_label, percent=_pct(a_fit)),
        b_label if b_fit is None else with_fit.format(role=b_label, percent=_pct(b_fit)),
        fit_delta if a_label == b_label else _("changed")))
    return rows


def _signed(value: float, decimals: int) -> str:
    """+3 / -1.5 in the language's number format (a change between two results)."""
    rounded = round(value, decimals)
    return ("-" if rounded < 0 else "+") + format_number(abs(rounded), decimals)
