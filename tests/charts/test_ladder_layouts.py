"""A ladder's layout is a function of its texts, the rung reached and its size: a ladder
laid out before at a size (in this session or, kept on disk, an earlier one) is laid out
again without measuring a word, and draws exactly the pixels that measuring it again
gives. Another rung or size is measured."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from assessor.charts import kept_layouts, ladder
from assessor.charts.ladder import ladder_figure
from assessor.charts.text_fit import BASE_FONT
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.core.results.view import ResultView
from tests.conftest import REPO_ROOT
from tests.ui.personas import ML_ENGINEER, SECURITY_ANALYST, persona_answers

SIZE = (612, 546)
SHORT = (612, 330)  # too low for the rungs at full size


def result_for(strengths: dict[str, float]) -> dict[str, Any]:
    questionnaire = load_questionnaire(REPO_ROOT / "questionnaires" / "ai-cyber-career.yaml")
    return build_result(questionnaire, persona_answers(questionnaire, strengths))


def drawn(figure: Any, size: tuple[int, int] = SIZE) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure.set_size_inches(size[0] / figure.dpi, size[1] / figure.dpi)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return bytes(canvas.renderer.buffer_rgba())


def forget_layouts() -> None:
    """No layout kept, in this process or on disk (charts/kept_layouts.py)."""
    ladder._FITS.clear()
    shutil.rmtree(kept_layouts.folder(), ignore_errors=True)


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float]]:
    """The sizes (pixels) ladders were laid out at by measuring their texts."""
    forget_layouts()
    sizes: list[tuple[float, float]] = []
    fit = ladder._LadderLayout._fit

    def counted(self: Any, renderer: Any, width: float, height: float) -> None:
        sizes.append((width, height))
        fit(self, renderer, width, height)

    monkeypatch.setattr(ladder._LadderLayout, "_fit", counted)
    return sizes


@pytest.mark.parametrize("size", [SIZE, SHORT])
def test_a_ladder_laid_out_at_a_size_before_draws_the_same_pixels_unmeasured(
        measured: list[tuple[float, float]], size: tuple[int, int]) -> None:
    first, second = result_for(ML_ENGINEER), result_for(SECURITY_ANALYST)
    assert ResultView.of(first).placement_id == ResultView.of(second).placement_id
    assert first["scores"] != second["scores"]
    drawn(ladder_figure(first), size)
    assert len(measured) == 3  # built at the printed and the narrow width, drawn at size
    replayed = ladder_figure(second)
    laid_out = drawn(replayed, size)
    assert len(measured) == 3  # the same three layouts, none measured
    forget_layouts()
    fresh = ladder_figure(second)
    assert drawn(fresh, size) == laid_out
    assert len(measured) == 6
    assert replayed.min_height == fresh.min_height
    assert replayed.get_size_inches().tolist() == fresh.get_size_inches().tolist()
    sizes = {text.get_fontsize() for text in fresh.axes[0].texts}
    assert (min(sizes) < BASE_FONT) == (size == SHORT)  # SHORT: the type made smaller


def test_another_rung_or_size_is_measured(measured: list[tuple[float, float]]) -> None:
    practitioner = result_for(ML_ENGINEER)
    specialist = result_for(dict.fromkeys(ML_ENGINEER, 0.9))
    assert ResultView.of(specialist).placement_id != ResultView.of(practitioner).placement_id
    drawn(ladder_figure(practitioner))
    drawn(ladder_figure(specialist))
    assert len(measured) == 6
    drawn(ladder_figure(practitioner), (500, 546))
    assert measured[-1] == (500, 546) and len(measured) == 7  # its builds' layouts kept
    drawn(ladder_figure(practitioner, dark=True))
    assert len(measured) == 7  # the palette changes no layout


def test_a_pdf_is_measured_as_pdf_measures(measured: list[tuple[float, float]],
                                          tmp_path: Any) -> None:
    figure = ladder_figure(result_for(ML_ENGINEER))
    figure.savefig(tmp_path / "ladder.pdf")
    after_build = len(measured)
    figure.savefig(tmp_path / "again.pdf")
    assert len(measured) == after_build + 1  # the PDF renderer's layout is never kept


def test_a_ladder_makes_no_tick_and_draws_as_one_whose_hidden_axes_have_ticks() -> None:
    from matplotlib.text import Text
    from matplotlib.ticker import AutoLocator

    result = result_for(ML_ENGINEER)
    lean, full = ladder_figure(result), ladder_figure(result)
    axes = full.axes[0]
    assert not axes.axison
    made = len(axes.xaxis.majorTicks) + len(axes.yaxis.majorTicks)
    lean.findobj(Text)  # what finish() does: it makes no more ticks
    assert len(lean.axes[0].xaxis.majorTicks) + len(lean.axes[0].yaxis.majorTicks) == made
    for axis in (axes.xaxis, axes.yaxis):  # as it was: an axis ticked through its range
        axis.set_major_locator(AutoLocator())
    full.findobj(Text)
    assert len(axes.xaxis.majorTicks) + len(axes.yaxis.majorTicks) > made + 10
    assert drawn(lean) == drawn(full)


def _kept_files() -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in kept_layouts.folder().glob("*.json")}


def test_a_ladder_laid_out_in_an_earlier_session_draws_the_same_pixels_unmeasured(
        measured: list[tuple[float, float]]) -> None:
    result = result_for(ML_ENGINEER)
    drawn(ladder_figure(result))
    assert len(measured) == 3 and len(_kept_files()) == 3
    ladder._FITS.clear()  # a new session: only the disk remembers
    again = drawn(ladder_figure(result))
    assert len(measured) == 3
    forget_layouts()
    assert drawn(ladder_figure(result)) == again
    assert len(measured) == 6


@pytest.mark.parametrize("damage", ["not json", "another key", "a rung short", "a text"])
def test_a_kept_layout_that_is_not_exactly_this_versions_is_measured_again(
        measured: list[tuple[float, float]], damage: str) -> None:
    import json

    result = result_for(ML_ENGINEER)
    expected = drawn(ladder_figure(result))
    for path in kept_layouts.folder().glob("*.json"):
        kept = json.loads(path.read_bytes())
        if damage == "another key":
            kept["key"] += " "
        elif damage == "a rung short":
            kept["layout"]["boxes"].pop()
        elif damage == "a text":
            kept["layout"]["texts"][0][0] = 7
        path.write_text("{" if damage == "not json" else json.dumps(kept))
    ladder._FITS.clear()
    assert drawn(ladder_figure(result)) == expected
    assert len(measured) == 6  # every layout measured again, none taken from the files


def test_only_the_career_model_and_the_rung_are_kept(
        measured: list[tuple[float, float]]) -> None:
    first, second = result_for(ML_ENGINEER), result_for(SECURITY_ANALYST)
    assert first["scores"] != second["scores"]
    drawn(ladder_figure(first))
    kept = _kept_files()
    forget_layouts()
    drawn(ladder_figure(second))
    assert _kept_files() == kept  # nothing of either result but the rung it reached


def test_other_versions_go_and_at_most_kept_files_stay(
        measured: list[tuple[float, float]], monkeypatch: pytest.MonkeyPatch) -> None:
    old = kept_layouts.folder().parent / "ladder-layouts-0123456789ab"
    old.mkdir(parents=True)
    (old / "x.json").write_text("{}")
    monkeypatch.setattr(kept_layouts, "KEPT", 4)
    for width in range(500, 510):
        drawn(ladder_figure(result_for(ML_ENGINEER)), (width, 546))
    assert not old.exists()
    assert 0 < len(_kept_files()) <= 4


def test_a_cache_that_cannot_be_written_is_a_cache_without_entries(
        measured: list[tuple[float, float]]) -> None:
    from assessor.core.paths import user_cache_dir

    user_cache_dir().parent.mkdir(parents=True, exist_ok=True)
    user_cache_dir().write_text("a file where the folder would be")
    result = result_for(ML_ENGINEER)
    first = drawn(ladder_figure(result))
    ladder._FITS.clear()
    assert drawn(ladder_figure(result)) == first
    assert len(measured) == 6


def test_the_folder_is_named_by_the_code_and_in_a_bundle_by_its_build(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    import sys

    plain = kept_layouts._digest()
    monkeypatch.setattr(kept_layouts, "_SOURCES", (*kept_layouts._SOURCES, "absent.py"))
    without_source = kept_layouts._digest()  # a bundle has compiled modules only
    assert without_source != plain
    program = tmp_path / "assessor"
    program.write_bytes(b"one build")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    first_build = kept_layouts._digest()
    program.write_bytes(b"another build")
    assert kept_layouts._digest() not in (first_build, without_source)
