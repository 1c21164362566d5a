"""Calibration readings: asymmetric thresholds, missing parts."""

from __future__ import annotations

import pytest

from assessor.core.calibration import calibration
from assessor.core.model import requirement_from_data, requirement_to_data


@pytest.mark.parametrize(
    ("self_rating", "knowledge", "expected"),
    [
        (80.0, 60.0, "over"),  # +20: rates the doing well above what the checks show
        (70.0, 60.0, "matched"),
        (47.5, 85.7, "matched"),  # -38: knowing is easier than doing; not under-selling
        (20.0, 70.0, "under"),  # -50
        (None, 50.0, None),
        (50.0, None, None),
    ],
)
def test_calibration(self_rating: float | None, knowledge: float | None, expected: str | None) -> None:
    assert calibration(self_rating, knowledge) == expected


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
