"""round_half_up's digit path gives the Decimal quantize result bit for bit (issue 16)."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from assessor.core.scoring.career import round_half_up


def by_decimal(value: float, places: int) -> float | str:
    try:
        quantum = Decimal(1).scaleb(-places)
        return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))
    except ArithmeticError as exc:
        return type(exc).__name__


def by_digits(value: float, places: int) -> float | str:
    try:
        return round_half_up(value, places)
    except ArithmeticError as exc:
        return type(exc).__name__


_values = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(min_value=-200, max_value=200),
    st.integers(min_value=-4000, max_value=4000).map(lambda n: n / 40),
    st.integers(min_value=-10**6, max_value=10**6),
)


@given(_values, st.integers(min_value=0, max_value=4))
def test_the_digits_round_as_decimal_does(value: float, places: int) -> None:
    fast, slow = by_digits(value, places), by_decimal(value, places)
    assert fast == slow
    if isinstance(fast, float) and isinstance(slow, float):
        assert math.copysign(1, fast) == math.copysign(1, slow)  # -0.0 stays -0.0


def test_hand_rounding_cases() -> None:
    for value, rounded in ((87.25, 87.3), (-87.25, -87.3), (99.95, 100.0), (0.04, 0.0),
                           (72.72727272727273, 72.7), (6.363636363636374, 6.4), (5, 5.0)):
        assert round_half_up(value) == rounded
    assert math.copysign(1, round_half_up(-0.04)) == -1
