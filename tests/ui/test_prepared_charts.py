"""A past result opened after the app's idle warm-up shows its ladder and role map as they
were drawn off screen at the size they have on the page: the canvases do not draw them
again, and the image is what drawing them there gives. At another size they are drawn."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from assessor.app.catalog import QuestionnaireCatalog
from assessor.charts.theme import FittedFigure
from assessor.core.results import build_result
from assessor.core.store import Store
from assessor.ui import results_warm_up
from tests.ui.conftest import WindowMaker, shipped_or_test_folder
from tests.ui.personas import ML_ENGINEER, persona_answers


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The figures drawn (their first text), in the order drawn."""
    drawn: list[str] = []
    draw = FittedFigure.draw

    def counted(self: FittedFigure, renderer: Any) -> None:
        drawn.append(next((t.get_text() for t in self.texts), "") or str(id(self)))
        draw(self, renderer)

    monkeypatch.setattr(FittedFigure, "draw", counted)
    return drawn


def warmed_window(make_window: WindowMaker, store: Store,
                  *older: dict[str, float]) -> tuple[Any, Any]:
    """A window whose person has results for `older` strengths and ML_ENGINEER's latest."""
    folder = shipped_or_test_folder()
    questionnaire = QuestionnaireCatalog([folder]).questionnaires[0]
    for strengths in (*older, ML_ENGINEER):
        store.add_result(store.default_profile(),
                         build_result(questionnaire, persona_answers(questionnaire, strengths)))
    window = make_window((folder,))
    charts = window.context.charts

    def prepared() -> bool:
        return window._results_page is not None and charts.preparer is not None and \
            not charts.preparer.is_alive()

    return window, prepared


def open_latest(qtbot: QtBot, window: Any, row: int = 0) -> Any:
    """Open the start page's `row`th result (newest first) and wait for its charts."""
    window.start_page.result_list.setCurrentRow(row)
    window.start_page.open_result_button.click()
    page = window.results_page
    qtbot.waitUntil(lambda: page.ladder_chart.is_rendered and page.plane_chart.is_rendered)
    window.grab()  # every visible widget painted, the charts' canvases included
    return page


def test_a_past_result_opened_warm_shows_the_images_drawn_for_its_place(
        qtbot: QtBot, make_window: WindowMaker, store: Store, draws: list[str]) -> None:
    window, prepared = warmed_window(make_window, store)
    qtbot.waitUntil(prepared, timeout=60_000)
    draws.clear()  # what the warm-up drew off screen
    page = open_latest(qtbot, window)
    assert draws == []  # shown as prepared: not drawn again
    for view in (page.ladder_chart, page.plane_chart):
        canvas = view.canvas
        assert canvas.size() == view.scroll_area.viewport().size()
        shown = bytes(canvas.renderer.buffer_rgba())
        canvas.pictures = None  # drawn, not shown from the ladder's picture (below)
        canvas.draw()  # a draw as the canvas would make it, at the same size
        assert bytes(canvas.renderer.buffer_rgba()) == shown
    assert len(draws) == 2


def test_a_window_resized_after_the_warm_up_draws_the_charts_at_their_new_size(
        qtbot: QtBot, make_window: WindowMaker, store: Store, draws: list[str]) -> None:
    window, prepared = warmed_window(make_window, store)
    qtbot.waitUntil(prepared, timeout=60_000)
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: window.stack.width() < 1200)
    draws.clear()
    page = open_latest(qtbot, window)
    assert len(draws) >= 2  # each drawn for the size it now has
    for view in (page.ladder_chart, page.plane_chart):
        assert view.canvas.get_width_height() == (view.canvas.width(), view.canvas.height())


def test_an_older_result_at_another_rung_shows_the_ladder_drawn_for_that_rung(
        qtbot: QtBot, make_window: WindowMaker, store: Store, draws: list[str]) -> None:
    specialist = dict.fromkeys(("ml", "security", "adversarial", "governance", "soc"), 0.9)
    window, prepared = warmed_window(make_window, store, specialist)
    qtbot.waitUntil(prepared, timeout=60_000)
    draws.clear()
    page = open_latest(qtbot, window, row=1)  # the older result, a specialist's
    ladder, plane = page.ladder_chart.figure, page.plane_chart.figure
    assert "Specialist" in ladder.axes[0].texts[1].get_text()  # "Current level: …"
    assert draws == [str(id(plane))]  # its role map is drawn; its ladder was, off screen
    canvas = page.ladder_chart.canvas
    assert canvas.size() == page.ladder_chart.scroll_area.viewport().size()
    shown = bytes(canvas.renderer.buffer_rgba())
    canvas.pictures = None
    canvas.draw()  # its own ladder, drawn there
    assert bytes(canvas.renderer.buffer_rgba()) == shown
    assert draws == [str(id(plane)), str(id(ladder))]


@pytest.mark.parametrize("model_rungs", [results_warm_up.MODEL_RUNGS, 0])
def test_a_result_at_a_rung_no_recent_result_is_at_shows_the_ladder_drawn_for_that_rung(
        qtbot: QtBot, *, make_window: WindowMaker, store: Store, draws: list[str],
        monkeypatch: pytest.MonkeyPatch, model_rungs: int) -> None:
    """The warm-up also draws the latest result's career model at its other rungs: a
    result at one (a client's older one, past the recent ones looked at) shows its ladder
    from that picture; with no rung of the model drawn ahead, its ladder is drawn."""
    monkeypatch.setattr(results_warm_up, "RECENT", 0)  # only the latest is looked at
    monkeypatch.setattr(results_warm_up, "MODEL_RUNGS", model_rungs)
    specialist = dict.fromkeys(("ml", "security", "adversarial", "governance", "soc"), 0.9)
    window, prepared = warmed_window(make_window, store, specialist)
    qtbot.waitUntil(prepared, timeout=60_000)
    draws.clear()
    page = open_latest(qtbot, window, row=1)  # the older result, a specialist's
    ladder, plane = page.ladder_chart.figure, page.plane_chart.figure
    assert "Specialist" in ladder.axes[0].texts[1].get_text()
    if model_rungs:
        assert draws == [str(id(plane))]  # its ladder was drawn off screen, at that rung
    else:
        assert sorted(draws) == sorted([str(id(plane)), str(id(ladder))])
