"""Calibration readings: asymmetric thresholds, missing parts."""

from __future__ import annotations

import pytest

from assessor.core.format.model import requirement_from_data, requirement_to_data
from assessor.core.scoring.calibration import calibration, calibration_reading, calibration_sentence


@pytest.mark.parametrize(
    ("self_rating", "knowledge", "expected"),
    [
        (80.0, 60.0, "over"),  # +20: rates the doing well above what the checks show
        (70.0, 60.0, "matched"),
        (44.0, 58.0, "matched"),  # -14: within the usual lead of knowing over doing
        (47.5, 85.7, "ahead"),  # -38: knowing is easier than doing; not under-selling
        (15.0, 44.0, "ahead"),  # -29: issue 11's case, once read as "matches"
        (20.0, 75.0, "under"),  # -55 (threshold -52), with practice claimed
        (10.0, 100.0, "under"),  # 10% is some practice claimed
        (9.9, 100.0, "unpractised"),  # claims (almost) no practice: never under-confident
        (0.0, 100.0, "unpractised"),
        (0.0, 10.0, "matched"),  # nothing claimed, little known
        (None, 50.0, None),
        (50.0, None, None),
    ],
)
def test_calibration(self_rating: float | None, knowledge: float | None, expected: str | None) -> None:
    assert calibration_reading(self_rating, knowledge) == expected
    # The flag a counsellor acts on: the usual knowledge lead is no flag at all.
    flag = "matched" if expected in ("ahead", "unpractised") else expected
    assert calibration(self_rating, knowledge) == flag


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"dimension": "ml", "gte": 30.0},
        {"any": [{"dimension": "ml", "gte": 30.0}, {"all": [{"dimension": "a", "lt": 5.0}]}]},
        {"not": {"dimension": "ml", "gt": 1.0, "lte": 9.0}},
    ],
)
def test_requirements_round_trip_through_result_data(data: dict[str, object]) -> None:
    requirement = requirement_from_data(data)
    assert requirement is not None
    assert requirement_to_data(requirement) == data


@pytest.mark.parametrize(
    "data",
    [[], {"dimension": 3, "gte": 1}, {"dimension": "x"}, {"all": []}, {"any": "x"},
     {"dimension": "x", "gte": True}, {"dimension": "x", "gte": 1, "extra": 2}, "str"],
)
def test_hand_edited_requirements_are_rejected_not_crashed(data: object) -> None:
    assert requirement_from_data(data) is None


@pytest.mark.parametrize(
    ("self_rating", "knowledge", "words"),
    [
        (80.0, 50.0, ["self-rating 80%", "knowledge checks 50%", "30 points", "20 or more",
                      "over-confidence"]),
        (20.0, 80.0, ["self-rating 20%", "knowledge checks 80%", "60 points", "52 or more",
                      "underselling"]),
        (15.0, 44.0, ["self-rating 15%", "knowledge checks 44%", "29 points", "usual"]),
        (0.0, 100.0, ["self-rating 0%", "knowledge checks 100%", "no practice",
                      "not under-confidence"]),
        (50.0, 55.0, ["self-rating 50%", "knowledge checks 55%", "matches"]),
    ],
)
def test_sentences_show_both_numbers_and_the_threshold(
    self_rating: float, knowledge: float, words: list[str]
) -> None:
    sentence = calibration_sentence("Security depth", self_rating, knowledge)
    assert "Security depth" in sentence
    for word in words:
        assert word in sentence, (word, sentence)
    if calibration_reading(self_rating, knowledge) != "matched":
        assert "matches" not in sentence
