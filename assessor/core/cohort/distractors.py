"""Distractor analysis of knowledge checks, per dimension (part of item analysis, pure Python).

For each option of a knowledge check, over the respondents who saw and answered it:

- share: the proportion who chose the option.
- point-biserial r: Pearson's r between "chose this option" (1/0) and the respondent's REST
  SCORE, the dimension percent over the dimension's OTHER items they saw and answered
  (100 × (Σ points − Σ min) / (Σ max − Σ min), as in SPEC 1.2, without this item). Leaving the
  item out keeps the key from correlating with itself: with the item in, every key would look
  good. A respondent with no other item in the dimension has no rest score and is left out.

Flags:
- a distractor almost nobody chooses: share 0, or under RARE_SHARE (5 %) with at least
  RARE_MIN_N (20) respondents. It does no work: every respondent ruled it out.
- a distractor strong respondents prefer: its r is positive and higher than the key's (or the
  key's r cannot be given). Either the key is wrong or the distractor is defensibly right.
- a key with a negative r: the people who get it right score lower elsewhere; mis-keyed?
"I don't know" options (`option_text.is_abstain`) are not distractors and never get the first
flag.

Small groups (the cohort dashboard's rules, `cohort_dashboard.suppress_partition`): with fewer
than `min_group` respondents nothing is given; an option count below `min_group` is shown as
"<N" and, where one non-zero count alone is hidden, the next smallest as "≥N" so the hidden
one cannot be worked out from the total; the share of a hidden count is not given; r is given
only when at least `min_group` chose the option and at least `min_group` did not (r and the
share together would give away the mean rest score of a smaller group).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assessor.core.cohort.dashboard import Count, suppress_partition
from assessor.core.cohort.stats import pearson
from assessor.core.format.model import Item
from assessor.core.format.option_text import is_abstain

RARE_SHARE = 0.05
RARE_MIN_N = 20

NOBODY = "almost nobody chooses it"
PREFERRED = "strong respondents prefer it to the key"
KEY_NEGATIVE = "key with a negative point-biserial (may be mis-keyed)"


@dataclass(frozen=True)
class OptionStatistics:
    """How one option of a knowledge item was chosen, and how its choosers scored."""

    option_id: str
    label: str
    correct: bool
    abstain: bool  # an "I don't know" option
    chosen: Count  # how many chose it, small counts hidden
    share: float | None  # None when too few people or the count is hidden
    point_biserial: float | None  # against the rest score; None when not computable/shown
    flags: tuple[str, ...] = ()


def rest_percent(scores: Mapping[str, float], ranges: Mapping[str, tuple[float, float]],
                 leave_out: str) -> float | None:
    """The dimension percent over the scored items other than `leave_out`."""
    low = high = raw = 0.0
    for item_id, points in scores.items():
        if item_id == leave_out:
            continue
        item_low, item_high = ranges[item_id]
        raw, low, high = raw + points, low + item_low, high + item_high
    return None if high <= low else 100 * (raw - low) / (high - low)


def option_statistics(item: Item, answers: Sequence[Mapping[str, Any]],
                      scores: Sequence[Mapping[str, float]],
                      ranges: Mapping[str, tuple[float, float]],
                      min_group: int) -> tuple[OptionStatistics, ...]:
    """Statistics for each option of knowledge check `item` on one dimension. `answers[i]` and
    `scores[i]` belong to one respondent; `scores[i]` holds item id -> points for the items of
    the dimension that respondent saw and answered."""
    option_ids = item.option_ids
    chosen: list[str] = []
    rests: list[tuple[str, float]] = []
    for respondent_answers, respondent_scores in zip(answers, scores, strict=True):
        value = respondent_answers.get(item.id)
        if item.id not in respondent_scores or value not in option_ids:
            continue
        chosen.append(value)
        rest = rest_percent(respondent_scores, ranges, item.id)
        if rest is not None:
            rests.append((value, rest))
    n = len(chosen)
    if n < max(1, min_group):
        return tuple(OptionStatistics(o.id, o.label, o.id in item.correct,
                                      is_abstain(o.id, o.label), Count(None, "–"), None, None)
                     for o in item.options)
    counts = Counter(chosen)
    cells = suppress_partition([counts[o] for o in option_ids], min_group)
    r_values = [_point_biserial(option_id, rests, min_group) for option_id in option_ids]
    key_r = [r for o, r in zip(item.options, r_values, strict=True)
             if o.id in item.correct and r is not None]
    best_key_r = max(key_r) if key_r else None
    result = []
    for option, cell, r in zip(item.options, cells, r_values, strict=True):
        correct, abstain = option.id in item.correct, is_abstain(option.id, option.label)
        count = counts[option.id]
        flags = []
        if not correct and not abstain and (
                count == 0 or (n >= RARE_MIN_N and count / n < RARE_SHARE)):
            flags.append(NOBODY)
        if not correct and r is not None and r > 0 and (best_key_r is None or r > best_key_r):
            flags.append(PREFERRED)
        if correct and r is not None and r < 0:
            flags.append(KEY_NEGATIVE)
        share = None if cell.hidden else count / n
        result.append(OptionStatistics(option.id, option.label, correct, abstain, cell, share,
                                       r, tuple(flags)))
    return tuple(result)


def _point_biserial(option_id: str, rests: Sequence[tuple[str, float]],
                    min_group: int) -> float | None:
    picked = sum(1 for value, _ in rests if value == option_id)
    if picked < min_group or len(rests) - picked < min_group:
        return None
    return pearson([1.0 if value == option_id else 0.0 for value, _ in rests],
                    [rest for _, rest in rests])


def item_flags(options: Sequence[OptionStatistics]) -> list[str]:
    """The item-level summary of its options' flags (for the item table)."""
    flags = []
    for flag, text in ((NOBODY, "distractor almost nobody chooses"),
                       (PREFERRED, "strong respondents prefer a distractor"),
                       (KEY_NEGATIVE, "key has a negative point-biserial")):
        ids = [o.option_id for o in options if flag in o.flags]
        if ids:
            flags.append(f"{text}: {', '.join(ids)}")
    return flags
