"""Agg with its fonts read from memory (charts/memory_fonts.py) measures every text and
draws every pixel as matplotlib's own fonts do: every text the shipped questionnaires and
the catalogue give, in each shipped language, at the sizes the charts use; every chart,
with hostile texts and glyphs the font lacks, at 1x and 2x. The drawing is compared in
fresh processes, one with matplotlib's fonts as they come."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties

from assessor.charts import memory_fonts
from assessor.charts.ladder import SCALES
from assessor.charts.text_fit import BASE_FONT
from assessor.core.i18n import catalogue

REPO = Path(__file__).resolve().parent.parent.parent

# Draws every figure of several results at two sizes and two dpi, prints one digest.
DRAW_ALL = r"""
import copy, hashlib, sys, tempfile, types, warnings
from pathlib import Path
if sys.argv[1] == "as-it-comes":
    sys.modules["assessor.charts.memory_fonts"] = types.ModuleType("placeholder")
from matplotlib.backends.backend_agg import FigureCanvasAgg
import assessor.charts as charts
from assessor.core.i18n import use_language
from tests.charts.factory import _answers, _document, career_result, hostile_result, result_from

warnings.simplefilter("ignore")  # glyphs missing from DejaVu Sans, drawn from the fallback
folder = Path(tempfile.mkdtemp())
scripts = copy.deepcopy(_document())
scripts["ladder"][1]["label"] = "Ébauche ﬁnale — Ärger ЖЖ Ωμέγα עברית العربية 日本語 ✓"
scripts["ladder"][2]["description"] = "AV To Wa «kerning» fi fl ffi 1/2 ½ → ←"
digest = hashlib.sha256()
results = (career_result(folder), hostile_result(folder), result_from(scripts, _answers(), folder))
for language in ("en", "es"):
    with use_language(language):
        for result in results:
            cluster = result["clusters"][0]["id"] if result.get("clusters") else None
            for figure in (charts.ladder_figure(result), charts.plane_figure(result),
                           charts.dimensions_figure(result, cluster),
                           charts.calibration_figure(result)):
                for width, height, dpi in ((612, 546, 100), (420, 700, 100), (1224, 1092, 200)):
                    figure.set_dpi(dpi)
                    figure.set_size_inches(width / dpi, height / dpi)
                    canvas = FigureCanvasAgg(figure)
                    canvas.draw()
                    digest.update(bytes(canvas.buffer_rgba()))
print(getattr(sys.modules["assessor.charts.memory_fonts"], "INSTALLED", False))
print(digest.hexdigest())
"""


def _pixels(how: str) -> tuple[str, str]:
    done = subprocess.run([sys.executable, "-c", DRAW_ALL, how], cwd=REPO, check=True,
                          capture_output=True, text=True, timeout=600)
    installed, digest = done.stdout.strip().splitlines()[-2:]
    return installed, digest


def test_installed_for_the_matplotlib_installed() -> None:
    shown = subprocess.run(
        [sys.executable, "-c", "import assessor.charts\n"
         "from assessor.charts import memory_fonts\n"
         "from matplotlib.backends.backend_agg import RendererAgg\n"
         "print(memory_fonts.INSTALLED,"
         " RendererAgg._prepare_font is memory_fonts._prepare_font)"],
        cwd=REPO, check=True, capture_output=True, text=True, timeout=120)
    assert shown.stdout.split() == ["True", "True"]


def test_every_chart_draws_the_same_pixels_as_with_matplotlibs_own_fonts() -> None:
    from_memory, as_it_comes = _pixels("from-memory"), _pixels("as-it-comes")
    assert from_memory[0] == "True" and as_it_comes[0] == "False"
    assert from_memory[1] == as_it_comes[1]
    assert len(from_memory[1]) == len(hashlib.sha256().hexdigest())


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _every_text() -> list[str]:
    """Every text of every shipped questionnaire and career model, every catalogue message
    in each shipped language, and each of their words: what a chart may measure."""
    found: set[str] = set()
    for path in sorted((REPO / "questionnaires").glob("*.yaml")):
        found.update(_texts(yaml.safe_load(path.read_text(encoding="utf-8"))))
    for language in ("es",):
        for msgid, translation in catalogue(language).items():
            found.add(msgid)
            found.update(_texts(translation))
    # Measured a line at a time (matplotlib splits a text at its line breaks), and a word.
    lines = {line for text in found for line in text.splitlines()}
    lines.update(word for line in list(lines) for word in line.split())
    return sorted(line for line in lines if line.strip())


def test_every_text_measures_the_same_as_with_matplotlibs_own_fonts() -> None:
    assert memory_fonts.INSTALLED
    texts = _every_text()
    assert len(texts) > 1000
    sizes = [size * scale for scale in SCALES for size in (BASE_FONT, BASE_FONT + 1.5)]
    fonts = [FontProperties(family="DejaVu Sans", size=size, weight=weight)
             for size in [*sizes, BASE_FONT + 2.5] for weight in ("normal", "bold")]
    renderers = [RendererAgg(1, 1, dpi) for dpi in (100.0, 200.0)]  # type: ignore[no-untyped-call]
    differ = []
    for number, text in enumerate(texts):
        # Each text at one of the sizes and dpi, in turn: all of them meet every one.
        font = fonts[number % len(fonts)]
        renderer = renderers[number // len(fonts) % len(renderers)]
        from_memory = renderer.get_text_width_height_descent(text, font, ismath=False)
        prepared = memory_fonts.MATPLOTLIBS_PREPARE_FONT(renderer, font)
        prepared.set_text(text, 0.0, flags=_hinting())
        width, height = prepared.get_width_height()
        own = (width / 64.0, height / 64.0, prepared.get_descent() / 64.0)
        if from_memory != own:
            differ.append((text, font.get_size_in_points(), renderer.dpi, from_memory, own))
    assert differ == []


def _hinting() -> Any:
    from matplotlib.backends.backend_agg import get_hinting_flag

    return get_hinting_flag()  # type: ignore[no-untyped-call]
