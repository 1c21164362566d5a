"""Every chart builder on real results: the labels a user must see are drawn literally, the
person's level is highlighted, awkward results (no career model, missing scores, one
dimension, unreachable paths) still give a figure, and every figure saves as SVG and PNG."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from assessor import charts
from tests.charts import factory

Builder = Callable[[dict[str, Any]], Figure]

BUILDERS: dict[str, Builder] = {
    "ladder": charts.ladder_figure,
    "plane": charts.plane_figure,
    "dimensions": lambda r: charts.dimensions_figure(r, None),
    "calibration": charts.calibration_figure,
    "path_best": lambda r: charts.path_figure(r, r["clusters"][0]["id"]) if r["clusters"]
    else charts.path_figure(r, "none"),
    "trend": lambda r: charts.trend_figure([r]),
}
RESULTS = {
    "career": factory.career_result,
    "hostile": factory.hostile_result,
    "no_model": factory.no_model_result,
    "one_dimension": factory.one_dimension_result,
    "unscored": factory.unscored_result,
}


def texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if t.get_text()]


def joined(figure: Figure) -> str:
    """All texts with line wrapping undone, so wrapped labels can be matched whole."""
    return " | ".join(" ".join(text.split()) for text in texts(figure))


def render(figure: Figure) -> None:
    """Draw to both formats the GUI and reports use; mathtext errors would raise here."""
    for fmt in ("svg", "png"):
        buffer = io.BytesIO()
        figure.savefig(buffer, format=fmt)
        assert len(buffer.getvalue()) > 1000


@pytest.mark.parametrize("builder_name", list(BUILDERS))
@pytest.mark.parametrize("result_name", list(RESULTS))
def test_every_builder_draws_every_kind_of_result(
    builder_name: str, result_name: str, tmp_path: Path
) -> None:
    result = RESULTS[result_name](tmp_path)
    if builder_name == "path_best" and not result["clusters"]:
        with pytest.raises(ValueError, match="no cluster 'none'"):
            BUILDERS[builder_name](result)
        return
    for dark in (False, True):
        figure = BUILDERS[builder_name](result) if not dark else _dark(builder_name, result)
        assert isinstance(figure, Figure)
        assert texts(figure), "a chart without any text explains nothing"
        assert all(not t.get_parse_math() for t in figure.findobj(Text))
        render(figure)


def _dark(name: str, result: dict[str, Any]) -> Figure:
    if name == "dimensions":
        return charts.dimensions_figure(result, None, dark=True)
    if name == "trend":
        return charts.trend_figure([result], dark=True)
    if name == "path_best":
        return charts.path_figure(result, result["clusters"][0]["id"], dark=True)
    figure: Figure = getattr(charts, f"{name}_figure")(result, dark=True)
    return figure


def test_dark_theme_changes_the_background(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    light = charts.ladder_figure(result).get_facecolor()
    dark = charts.ladder_figure(result, dark=True).get_facecolor()
    assert light != dark


def test_ladder_highlights_the_current_level_and_says_what_is_next(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    figure = charts.ladder_figure(result)
    words = joined(figure)
    for level in ("Explorer", "Entry", "Practitioner", "Senior"):
        assert level in words
    assert "Current level: Entry" in words
    assert "You are here" in words
    assert "Next: Both foundations in place" in words
    # The rungs below are reached: said in words, not by their fill alone (WCAG 1.4.1).
    assert "Reached" in [t.get_text().split(" — ")[0] for t in figure.findobj(Text)]
    # The highlighted rung's label is drawn in white on the accent colour; the others are not.
    highlighted = [t.get_text() for t in figure.findobj(Text) if t.get_color() == "#FFFFFF"
                   and t.get_fontweight() == "bold"]
    assert highlighted == ["Entry"]


def test_hostile_labels_are_drawn_literally(tmp_path: Path) -> None:
    result = factory.hostile_result(tmp_path)
    ladder = joined(charts.ladder_figure(result))
    assert f"Practitioner {factory.MATH}" in ladder
    assert f"Needs {factory.TAG} and {factory.MATH}" in ladder
    plane = joined(charts.plane_figure(result))
    assert f"ML {factory.MATH} (%)" in plane
    assert f"Engineer {factory.MATH}" in plane
    profile = joined(charts.dimensions_figure(result, "ai_sec_eng"))
    # Long tick labels are wrapped whole (never shortened), and never interpreted.
    assert f"ML {factory.MATH}" in profile and f"Security {factory.TAG}" in profile
    assert "…" not in profile
    paths = " ".join(joined(charts.path_figure(result, cid)) for cid in result["paths"])
    assert factory.SHORT_HOSTILE in paths


def test_plane_places_you_and_every_cluster_target(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    figure = charts.plane_figure(result)
    words = joined(figure)
    for cluster in result["display"]["clusters"]:
        assert cluster["label"] in words
    assert "You (Entry)" in words
    assert "Machine learning 82%, Security engineering 33%" in words
    assert "Machine learning (%)" in words and "Security engineering (%)" in words
    # The bands come from the ladder itself: each rung these two axes can reach is named.
    ladder_labels = [level["label"] for level in result["display"]["ladder"]]
    assert sum(label in words for label in ladder_labels) >= 2


def test_plane_falls_back_to_guides_when_the_ladder_is_not_in_the_result(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    for level in result["display"]["ladder"]:
        del level["requires"]  # as in results written before requirements were carried
    words = joined(charts.plane_figure(result))
    assert "Entry roles: one of the two" in words


def test_plane_without_a_plane_uses_the_first_two_dimensions(tmp_path: Path) -> None:
    result = factory.one_dimension_result(tmp_path)
    assert "at least two dimensions" in joined(charts.plane_figure(result))
    career = copy.deepcopy(factory.career_result(tmp_path))
    career["display"]["plane"] = None
    assert "Machine learning (%)" in joined(charts.plane_figure(career))


def test_plane_says_why_the_person_is_missing(tmp_path: Path) -> None:
    result = factory.unscored_result(tmp_path)
    assert "no score for Security engineering" in joined(charts.plane_figure(result))


def test_dimensions_compare_with_the_chosen_cluster(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    best = charts.dimensions_figure(result, None)
    assert "vs Adversarial ML Specialist" in joined(best)
    chosen = charts.dimensions_figure(result, "ai_gov")
    assert "vs AI Governance Analyst" in joined(chosen)
    assert "82%" in joined(chosen) and "14%" in joined(chosen)
    with pytest.raises(ValueError, match="no cluster 'nope'"):
        charts.dimensions_figure(result, "nope")


def test_dimensions_without_career_model_show_scores_only(tmp_path: Path) -> None:
    words = joined(charts.dimensions_figure(factory.no_model_result(tmp_path), None))
    assert "no role targets" in words and "Target" not in words


def test_calibration_flags_missing_knowledge_and_gaps(tmp_path: Path) -> None:
    words = joined(charts.calibration_figure(factory.career_result(tmp_path)))
    assert "no knowledge check" in words  # security has no knowledge items
    assert "under-rated?" in words  # soc: self 20%, knowledge 100%
    unscored = joined(charts.calibration_figure(factory.unscored_result(tmp_path)))
    assert "no self-rating or knowledge check" in unscored


def test_path_shows_steps_levels_and_what_stays_short(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    reachable = joined(charts.path_figure(result, "adv_ml"))
    for step in result["paths"]["adv_ml"]["steps"]:
        assert step["title"] in reachable
    assert "60 h → Practitioner (new level)" in reachable
    assert "140 hours in all" in reachable
    short = joined(charts.path_figure(result, "ai_gov"))
    assert "Out of reach: still short in AI governance" in short


def test_path_uses_a_recomputed_path_when_given(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    what_if = copy.deepcopy(result["paths"]["adv_ml"])
    what_if["steps"] = what_if["steps"][1:]
    words = joined(charts.path_figure(result, "adv_ml", what_if))
    assert "1. Threat modelling lab" in words
    assert "Security fundamentals certificate" not in words


def test_path_with_no_steps_explains_itself(tmp_path: Path) -> None:
    result = factory.career_result(tmp_path)
    done = {"reachable": True, "steps": [], "total_effort_hours": 0, "short": []}
    assert "already meet every target" in joined(charts.path_figure(result, "adv_ml", done))
    stuck = {"reachable": False, "steps": [], "total_effort_hours": 0, "short": ["soc"]}
    assert "Security operations" in joined(charts.path_figure(result, "adv_ml", stuck))


def test_trend_orders_results_by_date_and_annotates_levels(tmp_path: Path) -> None:
    later = factory.career_result(tmp_path)
    earlier = copy.deepcopy(later)
    earlier["completed_at"] = "2024-01-01T09:00:00-05:00"
    earlier["placement"] = {"level": "explorer", "label": "Explorer"}
    broken = copy.deepcopy(later)
    broken["completed_at"] = "yesterday"
    figure = charts.trend_figure([later, broken, earlier])
    words = joined(figure)
    assert "2 results" in words and "1 without a valid date not shown" in words
    annotations = [t.get_text() for t in figure.axes[0].texts]
    assert annotations[:2] == ["Explorer", "Entry"]
    lines = figure.axes[0].get_lines()
    assert len(lines) == len(later["scores"])
    assert all(line.get_xdata()[0] < line.get_xdata()[1] for line in lines)  # type: ignore[index]


def test_trend_of_nothing_says_so() -> None:
    assert "No results" in joined(charts.trend_figure([]))


def test_results_with_damaged_display_context_still_draw(tmp_path: Path) -> None:
    result = copy.deepcopy(factory.career_result(tmp_path))
    result["display"] = {"dimensions": "oops", "ladder": [1, None], "clusters": {"x": 1}}
    result["placement"] = "entry"
    for build in BUILDERS.values():
        try:
            render(build(result))
        except ValueError as exc:  # an unknown cluster is the one refusal builders make
            assert "no cluster" in str(exc)


def test_builders_import_neither_pyplot_nor_qt(tmp_path: Path) -> None:
    """The GUI imports charts lazily and reports may run headless: building and saving a
    figure must not pull in pyplot (global state) or any Qt binding."""
    import subprocess
    import sys

    script = (
        "import sys, json; from assessor import charts; "
        "r = json.load(open(sys.argv[1])); "
        "charts.plane_figure(r).savefig(sys.argv[2]); "
        "bad = [m for m in sys.modules if m == 'matplotlib.pyplot' or m.startswith('PySide6')]; "
        "print(bad)"
    )
    result_file = tmp_path / "r.json"
    import json

    result_file.write_text(json.dumps(factory.career_result(tmp_path)), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", script, str(result_file),
                           str(tmp_path / "p.svg")], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "p.svg").stat().st_size > 1000


def _luminance(rgba: tuple[float, ...]) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgba[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrast(first: tuple[float, ...], second: tuple[float, ...]) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_gap_to_target_has_a_3_to_1_outline(tmp_path: Path, dark: bool) -> None:
    """WCAG 1.4.11: the shaded gap is a pale fill, so its outline carries the 3:1 against
    the chart's background (in the bars and in the legend's key)."""
    from matplotlib.colors import to_rgba
    from matplotlib.patches import Rectangle

    from assessor.charts.theme import theme

    palette = theme(dark)
    figure = charts.dimensions_figure(factory.career_result(tmp_path), "ai_gov", dark=dark)
    gap = to_rgba(palette.gap)
    background = to_rgba(palette.background)
    ax = figure.axes[0]
    bars = [p for p in ax.patches
            if isinstance(p, Rectangle) and p.get_facecolor() == gap]
    legend = ax.get_legend() or next(iter(figure.legends), None)
    assert legend is not None
    keys = [p for p in legend.get_patches() if p.get_facecolor() == gap]
    assert bars and len(keys) == 1
    for patch in [*bars, *keys]:
        assert patch.get_linewidth() >= 1
        assert _contrast(patch.get_edgecolor(), background) >= 3.0, patch
