"""matplotlib imported without its generated `set()` docstrings (charts/lean_matplotlib.py)
draws every chart exactly as matplotlib imported as it comes: the same pixels, for a
result with hostile texts as for a plain one. Each import is a fresh process, since a
class is defined once a process."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

import assessor.charts
from assessor.charts import lean_matplotlib

REPO = Path(__file__).resolve().parent.parent.parent

# Draws each figure of two results at two sizes and prints one digest of all their pixels.
DRAW_ALL = r"""
import hashlib, sys, tempfile, types
from pathlib import Path
if sys.argv[1] == "as-it-comes":
    sys.modules["assessor.charts.lean_matplotlib"] = types.ModuleType("placeholder")
from matplotlib.backends.backend_agg import FigureCanvasAgg
import assessor.charts as charts
from tests.charts.factory import career_result, hostile_result

digest = hashlib.sha256()
folder = Path(tempfile.mkdtemp())
for result in (career_result(folder), hostile_result(folder)):
    cluster = result["clusters"][0]["id"] if result.get("clusters") else None
    for figure in (charts.ladder_figure(result), charts.plane_figure(result),
                   charts.dimensions_figure(result, cluster),
                   charts.calibration_figure(result)):
        for width, height in ((612, 546), (420, 700)):
            figure.set_size_inches(width / figure.dpi, height / figure.dpi)
            canvas = FigureCanvasAgg(figure)
            canvas.draw()
            digest.update(bytes(canvas.buffer_rgba()))
print(digest.hexdigest())
"""


def _pixels_digest(how: str) -> str:
    done = subprocess.run([sys.executable, "-c", DRAW_ALL, how], cwd=REPO, check=True,
                          capture_output=True, text=True, timeout=300)
    return done.stdout.strip().splitlines()[-1]


def test_the_hook_is_in_place_for_the_matplotlib_installed() -> None:
    # In a fresh process, as the app imports the charts: this one may have imported
    # matplotlib before (other tests do).
    shown = subprocess.run(
        [sys.executable, "-c", "import assessor.charts.lean_matplotlib as lean\n"
         "from matplotlib.lines import Line2D\n"
         "print(lean.INSTALLED, Line2D.set.__doc__ == lean.SHORT_DOC)"],
        cwd=REPO, check=True, capture_output=True, text=True, timeout=120)
    assert shown.stdout.split() == ["True", "True"]
    assert lean_matplotlib.INSTALLED
    assert assessor.charts.ladder_figure is not None


def test_set_still_takes_every_property_and_alias() -> None:
    from matplotlib.lines import Line2D

    line = Line2D([0, 1], [0, 1])
    line.set(lw=3, color="red", linestyle="--")
    assert (line.get_linewidth(), line.get_color(), line.get_linestyle()) == (3, "red", "--")
    with pytest.raises(TypeError):
        line.set(lw=2, linewidth=3)  # an alias and its property at once, as matplotlib says


def test_every_chart_draws_the_same_pixels_as_with_matplotlib_as_it_comes() -> None:
    lean, as_it_comes = _pixels_digest("lean"), _pixels_digest("as-it-comes")
    assert lean == as_it_comes
    assert len(lean) == len(hashlib.sha256().hexdigest())
