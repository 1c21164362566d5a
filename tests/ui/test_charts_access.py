"""The chart factory's warm-up: a figure prepared in the background for a result is the one
shown when that result is opened, once, and only for the same result and palette."""

from __future__ import annotations

from typing import Any

from matplotlib.figure import Figure

from assessor.ui.charts_access import ChartFactory


class Builders:
    def __init__(self) -> None:
        self.built: list[tuple[str, bool]] = []

    def ladder_figure(self, result: dict[str, Any], dark: bool = False) -> Figure:
        self.built.append((result["integrity"]["sha256"], dark))
        return Figure(figsize=(2, 1))


def prepared_factory(result: dict[str, Any]) -> tuple[ChartFactory, Builders]:
    builders = Builders()
    factory = ChartFactory(module=builders)
    factory.prepare(("ladder_figure", (result,)))
    assert factory.preparer is not None
    factory.preparer.join(timeout=60)
    assert not factory.preparer.is_alive()
    return factory, builders


def test_a_prepared_figure_is_shown_once_for_its_result() -> None:
    result = {"integrity": {"sha256": "ab12"}}
    factory, builders = prepared_factory(result)
    assert builders.built == [("ab12", False)]
    same_result_read_again = {"integrity": {"sha256": "ab12"}}
    first = factory.build("ladder_figure", same_result_read_again)
    assert builders.built == [("ab12", False)]  # the prepared figure, not a new one
    second = factory.build("ladder_figure", same_result_read_again)
    assert second is not first  # a figure belongs to one canvas: the next one is new
    assert builders.built == [("ab12", False), ("ab12", False)]


def test_another_result_or_palette_gets_its_own_figure() -> None:
    factory, builders = prepared_factory({"integrity": {"sha256": "ab12"}})
    factory.build("ladder_figure", {"integrity": {"sha256": "cd34"}})
    factory.build("ladder_figure", {"integrity": {"sha256": "ab12"}}, dark=True)
    assert builders.built == [("ab12", False), ("cd34", False), ("ab12", True)]


def test_nothing_is_prepared_once_a_figure_was_asked_for() -> None:
    builders = Builders()
    factory = ChartFactory(module=builders)
    factory.build("ladder_figure", {"integrity": {"sha256": "ef56"}})
    factory.prepare(("ladder_figure", ({"integrity": {"sha256": "ab12"}},)))
    assert factory.preparer is None
    assert builders.built == [("ef56", False)]


def test_the_typed_view_of_a_result_is_shown_the_figure_prepared_for_its_dict() -> None:
    from assessor.core.results.view import ResultView

    factory, builders = prepared_factory({"integrity": {"sha256": "ab12"}})
    first = factory.build("ladder_figure", ResultView.from_data({"integrity": {"sha256": "ab12"}}))
    assert builders.built == [("ab12", False)]  # the prepared figure, not a new one
    assert isinstance(first, Figure)
