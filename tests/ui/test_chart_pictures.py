"""A ladder is the career model's rungs and the rung reached, not the result: a result at a
rung already drawn at a size is shown from that picture, which is the image drawing its own
ladder there gives, pixel for pixel; another rung, palette or size is drawn."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from assessor.app.catalog import QuestionnaireCatalog
from assessor.charts.theme import FittedFigure
from assessor.core.results import build_result
from assessor.core.results.view import ResultView
from assessor.ui.chart_pictures import Pictures, picture_key
from assessor.ui.charts_access import canvas_class
from tests.ui.conftest import shipped_or_test_folder
from tests.ui.personas import ML_ENGINEER, SECURITY_ANALYST, persona_answers

EVERY = ("ml", "security", "adversarial", "governance", "soc")


def result_for(strengths: dict[str, float]) -> dict[str, Any]:
    questionnaire = QuestionnaireCatalog([shipped_or_test_folder()]).questionnaires[0]
    return build_result(questionnaire, persona_answers(questionnaire, strengths))


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[FittedFigure]:
    drawn: list[FittedFigure] = []
    draw = FittedFigure.draw

    def counted(self: FittedFigure, renderer: Any) -> None:
        drawn.append(self)
        draw(self, renderer)

    monkeypatch.setattr(FittedFigure, "draw", counted)
    return drawn


def shown(qtbot: QtBot, figure: Any, pictures: Pictures, size: tuple[int, int]) -> Any:
    canvas = canvas_class()(figure)
    canvas.pictures = pictures
    qtbot.addWidget(canvas)
    # The size a canvas gives its figure (its widget's over the dpi), without showing it.
    figure.set_size_inches(size[0] / figure.dpi, size[1] / figure.dpi)
    canvas.draw()
    return canvas


def fresh_pixels(figure: Any, size: tuple[int, int]) -> bytes:
    """The figure drawn on a canvas of its own that keeps no pictures."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure.set_size_inches(size[0] / figure.dpi, size[1] / figure.dpi)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return bytes(canvas.renderer.buffer_rgba())


def test_two_results_at_one_rung_share_the_ladders_picture(
        qtbot: QtBot, draws: list[FittedFigure]) -> None:
    from assessor.charts import ladder_figure

    first, second = result_for(ML_ENGINEER), result_for(SECURITY_ANALYST)
    assert ResultView.of(first).placement_id == ResultView.of(second).placement_id
    assert first["scores"] != second["scores"]  # two results, one rung
    pictures = Pictures()
    size = (612, 546)
    shown(qtbot, ladder_figure(first), pictures, size)
    assert len(draws) == 1 and len(pictures) == 1
    figure = ladder_figure(second)
    canvas = shown(qtbot, figure, pictures, size)
    assert len(draws) == 1  # shown from the first one's picture, not drawn
    assert canvas.get_width_height(physical=True) == size
    assert bytes(canvas.renderer.buffer_rgba()) == fresh_pixels(ladder_figure(second), size)
    assert len(draws) == 2  # the fresh one was drawn


def test_another_rung_palette_or_size_is_drawn(qtbot: QtBot, draws: list[FittedFigure]) -> None:
    from assessor.charts import ladder_figure

    practitioner = result_for(ML_ENGINEER)
    specialist = result_for(dict.fromkeys(EVERY, 0.9))
    assert ResultView.of(specialist).placement_id != ResultView.of(practitioner).placement_id
    pictures = Pictures()
    shown(qtbot, ladder_figure(practitioner), pictures, (612, 546))
    canvas = shown(qtbot, ladder_figure(specialist), pictures, (612, 546))
    assert bytes(canvas.renderer.buffer_rgba()) == fresh_pixels(ladder_figure(specialist),
                                                                (612, 546))
    shown(qtbot, ladder_figure(practitioner, dark=True), pictures, (612, 546))
    shown(qtbot, ladder_figure(practitioner), pictures, (500, 546))
    assert len(draws) == 5  # four canvases, each drawn, and the fresh one
    assert len(pictures) == 4


def test_a_figure_that_does_not_say_what_it_shows_is_always_drawn(
        qtbot: QtBot, draws: list[FittedFigure]) -> None:
    from assessor.charts import plane_figure

    result = result_for(ML_ENGINEER)
    pictures = Pictures()
    for _ in range(2):
        figure = plane_figure(result)
        assert picture_key(figure, 612, 546) is None
        shown(qtbot, figure, pictures, (612, 546))
    assert len(draws) == 2 and len(pictures) == 0


def test_only_the_pictures_used_last_are_kept() -> None:
    from matplotlib.backends.backend_agg import RendererAgg

    pictures = Pictures(kept=2)
    for shade in (1, 2, 3):
        renderer = RendererAgg(4, 3, 100)
        np.asarray(renderer.buffer_rgba())[...] = shade
        pictures.keep((shade, 4, 3, 100.0), renderer)
        if shade == 2:
            assert pictures.renderer((1, 4, 3, 100.0)) is not None  # 1 used after 2
    assert pictures.renderer((2, 4, 3, 100.0)) is None  # the least recently used went
    kept = pictures.renderer((3, 4, 3, 100.0))
    assert bytes(kept.buffer_rgba()) == bytes([3]) * 48
    assert pictures.renderer((1, 4, 3, 100.0)) is not None


def _on_disk() -> list[Any]:
    from assessor.ui.chart_pictures import disk_folder

    return sorted(disk_folder().glob("*.rgba"))


def test_a_ladders_picture_is_shown_from_disk_in_a_later_session(
        qtbot: QtBot, draws: list[FittedFigure]) -> None:
    from assessor.charts import ladder_figure

    first, second = result_for(ML_ENGINEER), result_for(SECURITY_ANALYST)
    size = (612, 546)
    shown(qtbot, ladder_figure(first), Pictures(on_disk=True), size)
    assert len(draws) == 1 and len(_on_disk()) == 1
    later = Pictures(on_disk=True)  # a new session: nothing in memory
    canvas = shown(qtbot, ladder_figure(second), later, size)
    assert len(draws) == 1  # shown from the file, not drawn
    assert bytes(canvas.renderer.buffer_rgba()) == fresh_pixels(ladder_figure(second), size)


def test_only_a_figure_that_shows_no_person_goes_to_disk(
        qtbot: QtBot, draws: list[FittedFigure]) -> None:
    from assessor.charts import ladder_figure, plane_figure

    result = result_for(ML_ENGINEER)
    pictures = Pictures(on_disk=True)
    shown(qtbot, plane_figure(result), pictures, (612, 546))
    unmarked = ladder_figure(result)
    unmarked.shows_no_person = False  # as any figure whose builder does not say so
    shown(qtbot, unmarked, pictures, (612, 546))
    shown(qtbot, ladder_figure(result), Pictures(), (500, 546))  # a factory without disk
    assert len(draws) == 3 and _on_disk() == []
    assert len(pictures) == 1  # the ladder's, in memory only


@pytest.mark.parametrize("damage", ["cut short", "another key"])
def test_a_picture_file_that_is_not_exactly_this_keys_is_drawn_afresh(
        qtbot: QtBot, draws: list[FittedFigure], damage: str) -> None:
    from assessor.charts import ladder_figure

    result = result_for(ML_ENGINEER)
    size = (612, 546)
    shown(qtbot, ladder_figure(result), Pictures(on_disk=True), size)
    [path] = _on_disk()
    kept = path.read_bytes()
    path.write_bytes(kept[:-1] if damage == "cut short" else b"(" + kept)
    canvas = shown(qtbot, ladder_figure(result), Pictures(on_disk=True), size)
    assert len(draws) == 2  # drawn again
    assert bytes(canvas.renderer.buffer_rgba()) == fresh_pixels(ladder_figure(result), size)
    assert [p.read_bytes() for p in _on_disk()] == [kept]  # and kept as it should be


def test_at_most_kept_on_disk_pictures_stay_on_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    from matplotlib.backends.backend_agg import RendererAgg

    from assessor.ui import chart_pictures

    monkeypatch.setattr(chart_pictures, "KEPT_ON_DISK", 2)
    pictures = Pictures(on_disk=True)
    for shade in range(4):
        renderer = RendererAgg(4, 3, 100)
        np.asarray(renderer.buffer_rgba())[...] = shade
        pictures.keep((shade, 4, 3, 100.0), renderer, on_disk=True)
    assert len(_on_disk()) == 2
    assert Pictures(on_disk=True).renderer((3, 4, 3, 100.0)) is not None  # the newest stay
