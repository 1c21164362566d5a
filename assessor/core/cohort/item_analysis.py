"""Classical item analysis for a questionnaire's author, per dimension (pure Python).

Each item's score on a dimension is its weighted contribution (`item_contribution`), the
same number the dimension's raw score adds up. Per dimension, over its scored items:

- Cronbach's alpha = k/(k−1) · (1 − Σ var(item) / var(total)). Variances are population
  variances (divided by n); the choice cancels out of the ratio, so alpha is the same with
  sample variances.
- alpha if the item is dropped: the same over the other k−1 items.
- corrected item-total correlation: Pearson's r between the item and the total of the OTHER
  items (so the item does not correlate with itself); a negative r suggests a mis-keyed item
  (e.g. a likert item that should be `reverse: true`).
- difficulty: the mean proportion of the item's range scored, (points − min)/(max − min);
  p ≥ 0.95 (almost everyone at the top) or p ≤ 0.05 (almost everyone at the bottom) is
  flagged: such an item tells respondents apart poorly.
- for knowledge checks, distractor analysis: each option's share and point-biserial r with
  the rest score, and its flags (see `distractors.py`).

Missing data: alpha and correlations are computed LISTWISE — over the respondents who saw
and answered every item of the dimension — so that alpha, alpha-if-dropped and the
correlations all describe the same people. Difficulty is computed per item over everyone who
saw and answered it. Results with fewer than `min_respondents` such people get no statistics
(None), both because they would be unstable and so no small group is described.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assessor.core.cohort.distractors import OptionStatistics, item_flags, option_statistics
from assessor.core.cohort.stats import pearson
from assessor.core.format.model import Item, Questionnaire
from assessor.core.scoring import item_contribution, item_range
from assessor.core.scoring.conditions import visibility

EASY, HARD = 0.95, 0.05
DEFAULT_MIN_RESPONDENTS = 5


@dataclass(frozen=True)
class ItemStatistics:
    """One item across a cohort: how many answered, its difficulty and its discrimination."""

    item_id: str
    text: str
    answered: int  # respondents who saw and answered the item (difficulty's n)
    difficulty: float | None
    item_total_r: float | None  # corrected: against the total of the other items
    alpha_if_dropped: float | None
    options: tuple[OptionStatistics, ...] = ()  # knowledge checks only: distractor analysis

    @property
    def too_easy(self) -> bool:
        return self.difficulty is not None and self.difficulty >= EASY

    @property
    def too_hard(self) -> bool:
        return self.difficulty is not None and self.difficulty <= HARD

    @property
    def maybe_miskeyed(self) -> bool:
        return self.item_total_r is not None and self.item_total_r < 0

    @property
    def flags(self) -> list[str]:
        flags = []
        if self.too_easy:
            flags.append("everyone scores high")
        if self.too_hard:
            flags.append("everyone scores low")
        if self.maybe_miskeyed:
            flags.append("may be mis-keyed (negative item-total correlation)")
        return flags + item_flags(self.options)


@dataclass(frozen=True)
class DimensionAnalysis:
    """Item analysis of one dimension: its items and the reliability of their sum."""

    dimension: str
    label: str
    complete_cases: int  # respondents who saw and answered every item (alpha's n)
    alpha: float | None
    items: tuple[ItemStatistics, ...]


def variance(values: Sequence[float]) -> float:
    """Population variance (divide by n)."""
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)


def cronbach_alpha(columns: Sequence[Sequence[float]]) -> float | None:
    """Alpha of k item columns over the same n respondents; None for k < 2, n < 2 or a
    total that does not vary."""
    k = len(columns)
    if k < 2 or len(columns[0]) < 2:
        return None
    totals = [sum(row) for row in zip(*columns, strict=True)]
    total_variance = variance(totals)
    if total_variance <= 0:
        return None
    return k / (k - 1) * (1 - sum(variance(c) for c in columns) / total_variance)


Seen = tuple[Mapping[str, Any], Mapping[str, bool]]  # answers, item id -> visible


def _seen(questionnaire: Questionnaire, answer_sets: Iterable[Mapping[str, Any]]) -> list[Seen]:
    return [(answers, visibility(questionnaire, answers)) for answers in answer_sets]


def _scores_by_item(seen: Sequence[Seen], dimension: str,
                    items: Sequence[Item]) -> list[dict[str, float]]:
    """Per respondent: item id -> contribution to `dimension`, for items seen and answered."""
    return [{item.id: item_contribution(item, dimension, answers[item.id])
             for item in items if shown.get(item.id) and item.id in answers}
            for answers, shown in seen]


def analyse_dimension(
    questionnaire: Questionnaire, answer_sets: Sequence[Mapping[str, Any]], dimension: str,
    min_respondents: int = DEFAULT_MIN_RESPONDENTS, *, _seen_sets: Sequence[Seen] | None = None,
) -> DimensionAnalysis:
    items = [item for item in questionnaire.items if dimension in item.dimensions]
    seen_sets = _seen_sets if _seen_sets is not None else _seen(questionnaire, answer_sets)
    rows = _scores_by_item(seen_sets, dimension, items)
    complete = [row for row in rows if len(row) == len(items)]
    enough = len(complete) >= max(2, min_respondents)
    columns = [[row[item.id] for row in complete] for item in items] if enough else []
    totals = [sum(row.values()) for row in complete]
    ranges = {item.id: item_range(item, dimension) for item in items}
    answer_maps = [answers for answers, _ in seen_sets]
    statistics = []
    for index, item in enumerate(items):
        low, high = item_range(item, dimension)
        seen = [row[item.id] for row in rows if item.id in row]
        difficulty = None
        if len(seen) >= min_respondents and high > low:
            difficulty = sum((v - low) / (high - low) for v in seen) / len(seen)
        item_total_r = alpha_if_dropped = None
        if enough:
            column = columns[index]
            rest = [total - value for total, value in zip(totals, column, strict=True)]
            item_total_r = pearson(column, rest)
            alpha_if_dropped = cronbach_alpha(columns[:index] + columns[index + 1:])
        options = (option_statistics(item, answer_maps, rows, ranges, min_respondents)
                   if item.type == "knowledge" else ())
        statistics.append(ItemStatistics(item.id, item.text, len(seen), difficulty,
                                         item_total_r, alpha_if_dropped, options))
    return DimensionAnalysis(dimension, questionnaire.dimension_label(dimension), len(complete),
                             cronbach_alpha(columns) if enough else None, tuple(statistics))


def analyse(
    questionnaire: Questionnaire, answer_sets: Sequence[Mapping[str, Any]],
    min_respondents: int = DEFAULT_MIN_RESPONDENTS,
) -> list[DimensionAnalysis]:
    """Item analysis of every dimension, in the questionnaire's order."""
    seen_sets = _seen(questionnaire, answer_sets)  # visibility once per respondent
    return [analyse_dimension(questionnaire, answer_sets, dim, min_respondents,
                              _seen_sets=seen_sets)
            for dim in questionnaire.dimension_ids]
