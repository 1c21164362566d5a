"""Reading the gap between self-ratings and knowledge checks (SPEC 1.2 `self` vs `knowledge`).

The thresholds are asymmetric on purpose: recognising the right answer is easier than doing
the work, so honest practitioners usually score their knowledge 10-40 points above their
self-rating. Only a much larger shortfall of self-rating suggests under-selling, while a
self-rating 20 points above the knowledge checks already suggests over-confidence.
"""

from __future__ import annotations

from typing import Literal

OVER_CONFIDENT_GAP = 20.0  # self - knowledge at or above this: over-confident
UNDER_RATED_GAP = -45.0  # self - knowledge at or below this: under-rating oneself

Calibration = Literal["over", "under", "matched"]


def calibration(self_rating: float | None, knowledge: float | None) -> Calibration | None:
    """How self-rating compares with the knowledge checks; None when either is missing."""
    if self_rating is None or knowledge is None:
        return None
    gap = self_rating - knowledge
    if gap >= OVER_CONFIDENT_GAP:
        return "over"
    if gap <= UNDER_RATED_GAP:
        return "under"
    return "matched"
