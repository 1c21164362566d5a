"""Changes and gaps are read from the whole numbers the tables show."""

from __future__ import annotations

from assessor.ui.deltas import gap_list, rung_words, shown_delta, signed


def test_a_change_is_the_difference_of_the_numbers_shown() -> None:
    assert shown_delta(33.4, 45.6) == 13  # the table reads 33% and 46%
    assert shown_delta(40.0, 52.0) == 12
    assert shown_delta(12.5, 13.4) == 1  # "12%" → "13%", as Python prints them
    assert shown_delta(None, 40.0) is None
    assert [signed(12), signed(-3), signed(0)] == ["+12", "−3", "0"]


def test_no_gap_of_nothing_is_listed_and_slivers_are_named() -> None:
    labels = {"ml": "Machine learning", "gov": "Governance", "soc": "SOC"}
    text = gap_list({"ml": 9.4, "gov": 0.3, "soc": 0.0}, labels)
    assert text == "Machine learning +9; Governance under 1 point"
    assert "+0" not in text and "SOC" not in text
    assert gap_list({"ml": 0.0}, labels) == ""


def test_rungs_in_words() -> None:
    assert [rung_words(n) for n in (1, 2, 0, -1, -3)] == [
        "up one rung", "up 2 rungs", "same rung", "down one rung", "down 3 rungs"]
