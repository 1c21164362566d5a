"""Text wrapping and the ladder's type size give what the plain way gives: wrapping adds one
word after another while the measured line fits (the guesses that save measurements never
change a line), and the ladder's type is the largest size whose rows fit, as trying every
size from the largest down finds it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.font_manager import FontProperties

from assessor import charts
from assessor.charts import ladder
from assessor.charts.text_fit import BASE_FONT, text_width, wrap_to_width
from tests.charts import factory

TEXTS = [
    "Builds and evaluates machine-learning models; knows the basics of threat modelling, "
    "secure pipelines and how a model can be attacked through its data.",
    "You are here — Applies ML security controls: poisoning, evasion, model theft, privacy "
    "attacks and LLM prompt injection, with a plan for each.",
    "Überprüfung der Sicherheitsanforderungen (ISO/IEC 27001, NIST AI RMF) für KI-Systeme.",
    "a " * 40,
    "Supercalifragilisticexpialidocious-and-then-some-more-words-without-spaces here",
    "One\nparagraph per line,\n\nan empty one between.",
    "AV To Ta WA Yo LT ff fi 1/2 — “quoted” ‘text’ … $x^2$ <b>x</b>",
]


def plain_wrap(text: str, width: float, font: FontProperties, renderer: RendererAgg) -> str:
    """The reference: one word after another, each line measured whole."""
    def fits(piece: str) -> bool:
        measured, _, _ = renderer.get_text_width_height_descent(piece, font, ismath=False)
        return float(measured) <= width

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            if line and fits(f"{line} {word}"):
                line = f"{line} {word}"
                continue
            if line:
                lines.append(line)
            if fits(word):
                line = word
                continue
            pieces = [""]  # a word too wide on its own: broken between characters
            for char in word:
                if pieces[-1] and not fits(pieces[-1] + char):
                    pieces.append("")
                pieces[-1] += char
            lines.extend(pieces[:-1])
            line = pieces[-1]
        lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("dpi", [72, 100, 144])
@pytest.mark.parametrize(("size", "weight"), [(BASE_FONT, "normal"), (BASE_FONT * 0.76, "bold"),
                                              (BASE_FONT + 2.5, "bold")])
def test_wrapping_gives_the_lines_one_word_after_another_gives(
        dpi: int, size: float, weight: str) -> None:
    renderer = RendererAgg(800, 600, dpi)
    font = FontProperties(family="DejaVu Sans", size=size, weight=weight)
    for text in TEXTS:
        for width in (20.0, 45.0, 90.0, 137.5, 200.0, 333.0, 480.0, 1000.0):
            assert wrap_to_width(text, width, font, renderer) == \
                plain_wrap(text, width, font, renderer), (text, width)


def test_a_measured_width_is_the_renderers() -> None:
    renderer = RendererAgg(800, 600, 100)
    font = FontProperties(family="DejaVu Sans", size=BASE_FONT)
    for text in (text for text in TEXTS if "\n" not in text):  # a line, as wrapping measures
        measured, _, _ = renderer.get_text_width_height_descent(text, font, ismath=False)
        assert text_width(renderer, text, font) == float(measured)


def largest_fitting_one_by_one(  # noqa: PLR0917 - stands in for the method, self included
        layout: Any, renderer: Any, room: float, inner: float, gap: float,
        available: float) -> tuple[float, list[float]]:
    """The reference: every size from the largest down, until the rows fit."""
    wrapped: tuple[float, list[float]] = (0.0, [])
    for scale in ladder.SCALES:
        wrapped = layout._wrap(renderer, scale, room, inner)
        rows = wrapped[1]
        if sum(rows) + gap * (len(rows) - 1) <= available:
            break
    return wrapped


def ladder_state(figure: Any) -> list[object]:
    layout = figure.fitters[0].__self__
    return [layout.needed_height] + [
        (rung.label.get_text(), rung.label.get_fontsize(), rung.note.get_text(),
         rung.note.get_fontsize(), tuple(rung.note.get_position()),
         tuple(rung.patch.get_bbox().bounds)) for rung in layout.rungs]


@pytest.mark.parametrize("persona", ["career", "hostile"])
def test_the_ladders_type_is_the_largest_that_fits(
        persona: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = getattr(factory, f"{persona}_result")(tmp_path)
    for width, height in ((7.0, 3.0), (7.0, 9.0), (4.5, 2.5), (4.5, 4.0), (3.0, 6.0),
                          (9.0, 2.0), (12.0, 8.0), (5.0, 3.4)):
        states = []
        for search in (ladder._LadderLayout._largest_fitting, largest_fitting_one_by_one):
            monkeypatch.setattr(ladder._LadderLayout, "_largest_fitting", search)
            figure: Any = charts.ladder_figure(result)
            figure.set_size_inches(width, height)
            FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]
            states.append([figure.min_height, *ladder_state(figure)])
        assert states[0] == states[1], (width, height)
