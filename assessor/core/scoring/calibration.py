"""Reading the gap between self-ratings and knowledge checks (SPEC 1.2 `self` vs `knowledge`).

Like is compared with like: a dimension's `self` (its experience, credential and practice
items) with its `knowledge` (the checks in that same dimension). The thresholds are
asymmetric on purpose: recognising the right answer is easier than doing the work, so honest
practitioners usually score their knowledge 10-40 points above their self-rating. A
knowledge lead is therefore read as usual ("ahead") until it reaches 52 points, while a
self-rating 20 points above the checks already suggests over-confidence. Someone who claims
(almost) no practice in a dimension cannot be under-selling their practice there: their
knowledge lead is read as knowledge not yet put to work ("unpractised"), never as
under-confidence.
"""

from __future__ import annotations

from typing import Literal

from assessor.core.i18n import _, format_number, format_percent

OVER_CONFIDENT_GAP = 20.0  # self - knowledge at or above this: over-confident
UNDER_RATED_GAP = -52.0  # self - knowledge at or below this: under-rating oneself
KNOWLEDGE_AHEAD_GAP = -15.0  # at or below this (and above UNDER_RATED_GAP): knowledge ahead
NO_PRACTICE_BELOW = 10.0  # a self percent under this claims (almost) no practice

Calibration = Literal["over", "under", "matched"]
Reading = Literal["over", "under", "ahead", "unpractised", "matched"]


def calibration_reading(self_rating: float | None, knowledge: float | None) -> Reading | None:
    """The detailed reading behind the sentence: "ahead" (knowledge leads practice by the
    usual margin) and "unpractised" (knowledge where no practice is claimed) are both
    "matched" for `calibration`; None when either number is missing."""
    if self_rating is None or knowledge is None:
        return None
    gap = self_rating - knowledge
    if gap >= OVER_CONFIDENT_GAP:
        return "over"
    if gap > KNOWLEDGE_AHEAD_GAP:
        return "matched"
    if self_rating < NO_PRACTICE_BELOW:
        return "unpractised"
    if gap <= UNDER_RATED_GAP:
        return "under"
    return "ahead"


def calibration(self_rating: float | None, knowledge: float | None) -> Calibration | None:
    """Whether the counsellor should question the self-rating: over- or under-confident,
    or "matched" (which includes the usual lead of knowledge over practice, and knowledge
    where no practice is claimed); None when either number is missing."""
    detail = calibration_reading(self_rating, knowledge)
    if detail is None:
        return None
    flags: dict[Reading, Calibration] = {"over": "over", "under": "under"}
    return flags.get(detail, "matched")


def calibration_sentence(label: str, self_rating: float | None, knowledge: float | None) -> str:
    """One sentence comparing a dimension's self-rating with its own knowledge checks: both
    numbers, the threshold that applies and what it means, in the language in use (each
    reading is one whole sentence of the catalogue, its numbers written the language's way)."""
    if self_rating is None and knowledge is None:
        return _("No self-rating or knowledge check covers {dimension}.").format(dimension=label)
    if knowledge is None:
        return _("No knowledge check covers {dimension}, so your self-rating cannot be "
                 "compared.").format(dimension=label)
    if self_rating is None:
        return _("Only the knowledge checks cover {dimension}.").format(dimension=label)
    reading = calibration_reading(self_rating, knowledge)
    numbers = {"dimension": label, "self_rating": format_percent(self_rating),
               "knowledge": format_percent(knowledge),
               "gap": format_number(abs(self_rating - knowledge))}
    if reading == "over":
        return _("You rate yourself well above what the knowledge checks show for {dimension} "
                 "(self-rating {self_rating}, knowledge checks {knowledge}: {gap} points "
                 "apart; {threshold} or more reads as over-confidence) — worth testing your "
                 "knowledge before applying.").format(
                     threshold=format_number(OVER_CONFIDENT_GAP), **numbers)
    if reading == "under":
        return _("The knowledge checks show more than you give yourself credit for in "
                 "{dimension} (self-rating {self_rating}, knowledge checks {knowledge}: {gap} "
                 "points apart; {threshold} or more reads as under-selling) — you may be "
                 "underselling your practice.").format(
                     threshold=format_number(-UNDER_RATED_GAP), **numbers)
    if reading == "ahead":
        return _("Your knowledge is ahead of your practice in {dimension} (self-rating "
                 "{self_rating}, knowledge checks {knowledge}: {gap} points apart). That is "
                 "usual, since knowing comes before doing; only a gap of {threshold} points or "
                 "more would suggest underselling.").format(
                     threshold=format_number(-UNDER_RATED_GAP), **numbers)
    if reading == "unpractised":
        return _("You claim little or no practice in {dimension} (self-rating {self_rating}, "
                 "knowledge checks {knowledge}; under {threshold} counts as none), so the "
                 "checks show knowledge not yet put to work, not under-confidence.").format(
                     threshold=format_percent(NO_PRACTICE_BELOW), **numbers)
    return _("Your self-rating for {dimension} matches what the knowledge checks show "
             "(self-rating {self_rating}, knowledge checks {knowledge}: within {above} points "
             "above and {below} points below).").format(
                 above=format_number(OVER_CONFIDENT_GAP),
                 below=format_number(-KNOWLEDGE_AHEAD_GAP), **numbers)
