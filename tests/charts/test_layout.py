"""Every chart lays itself out for the space it gets: drawn for the shipped questionnaires
and several personas (one with long names) at the sizes the GUI gives it at 1024×700,
1280×800 and 1920×1080, at 2× and at the size printed in reports, no text leaves its figure
or axes, overlaps another, covers a bar or is shortened; no marker is cut at the edge."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from assessor import charts
from assessor.charts import cohort
from tests import layout_subjects as subjects
from tests.layout_check import WINDOW_SIZES, at_size, figure_problems

Builder = Callable[[dict[str, Any]], Figure]


def _path(result: dict[str, Any]) -> Figure:
    return charts.path_figure(result, result["clusters"][0]["id"])


def _last_path(result: dict[str, Any]) -> Figure:
    return charts.path_figure(result, result["clusters"][-1]["id"])


RESULT_CHARTS: dict[str, Builder] = {
    "ladder": charts.ladder_figure,
    "plane": charts.plane_figure,
    "dimensions": lambda r: charts.dimensions_figure(r, None),
    "calibration": charts.calibration_figure,
    "path": _path,
    "path-last-role": _last_path,
}
# Where each chart sits in the GUI: beside another chart (half the window's width) or
# across it; the height left under the page's title, level and tabs.
HALF = {"ladder", "plane", "path", "path-last-role"}


def chart_sizes(chart: str) -> list[tuple[str, float, float, float]]:
    """(name, width px, height px, device-pixel ratio) the chart is checked at."""
    sizes = []
    for width, height in WINDOW_SIZES:
        across = width - 70
        sizes.append((f"{width}x{height}", across / 2 if chart in HALF else across,
                      height - 290, 1.0))
    sizes.append(("1280x800@2x", sizes[1][1], sizes[1][2], 2.0))
    return sizes


def check(figure_for: Callable[[], Figure], chart: str, label: str) -> tuple[list[str], int]:
    """Problems at print size and at every GUI size; and how many renders were checked.
    `figure_for` builds the figure (so a builder failure is reported as the test's own)."""
    figure = figure_for()
    problems = figure_problems(figure, f"{label} print")
    count = 1
    # One figure resized, as the GUI canvas resizes it: its texts are fitted at every draw.
    for size, width, height, scale in chart_sizes(chart):
        problems += figure_problems(at_size(figure, width, height, scale), f"{label} {size}")
        count += 1
    return problems, count


# Known limit: four role names of 90 characters cannot all be placed clear of each other on
# a role map a few hundred pixels wide (they would need keys and a legend of names).
KNOWN_LIMITS = {("plane", "long-names")}
CASES = [pytest.param(chart, persona, id=f"{chart}-{persona}",
                      marks=[pytest.mark.xfail(reason="known limit", strict=True)]
                      if (chart, persona) in KNOWN_LIMITS else [])
         for chart in RESULT_CHARTS for persona in subjects.persona_names()]


@pytest.mark.parametrize(("chart", "persona"), CASES)
def test_result_charts_fit_every_size(chart: str, persona: str) -> None:
    result = subjects.persona_result(persona)
    problems, _ = check(lambda: RESULT_CHARTS[chart](result), chart, f"{chart}/{persona}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("span", subjects.HISTORY_SPANS)
def test_trend_fits_every_size_and_span(span: str) -> None:
    results = subjects.history(span)
    problems, _ = check(lambda: charts.trend_figure(results), "trend", f"trend/{span}")
    assert problems == [], "\n".join(problems)


def test_trend_dates_read_as_dates_for_any_span() -> None:
    single = charts.trend_figure(subjects.history("single"))
    figure_problems(single)
    ticks = [t.get_text() for t in single.axes[0].get_xticklabels() if t.get_text()]
    assert ticks == ["2 Dec 2026"]
    years = charts.trend_figure(subjects.history("years"))
    figure_problems(years)
    labels = " ".join(t.get_text() for t in years.axes[0].get_xticklabels())
    assert "2024" in labels and "Dec" not in labels.split()[0]


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return subjects.cohort_dashboard(tmp_path_factory.mktemp("cohort"))


@pytest.mark.parametrize("chart", ["levels", "clusters", "milestones", "heatmap"])
def test_cohort_charts_fit_every_size(chart: str, dashboard: Any) -> None:
    builder = getattr(cohort, f"{chart}_figure")
    problems, _ = check(lambda: builder(dashboard), "cohort", f"cohort-{chart}")
    assert problems == [], "\n".join(problems)
    words = " ".join(t.get_text() for t in builder(dashboard).findobj(
        lambda a: hasattr(a, "get_text")))
    assert "…" not in words


def _whole_pieces(label: str) -> set[str]:
    """The pieces a label may be broken into: its words, and their parts after a hyphen."""
    pieces = set()
    for word in label.split():
        parts = re.split(r"(?<=-)", word)
        pieces |= {word, *parts}
        pieces |= {"".join(parts[i:j]) for i in range(len(parts))
                   for j in range(i + 1, len(parts) + 1)}
    return pieces


@pytest.mark.parametrize("width", [1000, 700, 500])
def test_heatmap_names_break_between_words_not_inside_them(dashboard: Any, width: int) -> None:
    """Under pressure the dimension names under the heatmap wrap at spaces or after a
    hyphen ("Machine-" / "learning depth"), and the type gets smaller, never "Machine-learnin"
    / "g depth"."""
    figure = at_size(cohort.heatmap_figure(dashboard), width, 400)
    assert figure_problems(figure, f"heatmap {width}") == []
    names = [label for _dim, label in dashboard.heatmap.dimensions]
    shown = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert len(shown) == len(names)
    for name, text in zip(names, shown, strict=True):
        assert " ".join(text.split()).replace("- ", "-") == name
        for line in text.split("\n"):
            assert set(line.split()) <= _whole_pieces(name), f"{line!r} breaks a word of {name!r}"


def test_message_figures_fit_every_size(tmp_path: Path) -> None:
    from tests.charts import factory

    result = factory.no_model_result(tmp_path)
    problems, _ = check(lambda: charts.ladder_figure(result), "ladder", "no-model ladder")
    assert problems == [], "\n".join(problems)


def test_the_check_finds_overlapping_and_clipped_texts() -> None:
    """The check can fail: a figure made wrong on purpose is caught on every count."""
    figure = Figure(figsize=(4, 3))
    ax = figure.add_subplot()
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.text(50, 50, "AI-Augmented SOC Analyst")
    ax.text(52, 51, "You (Practitioner)")  # on top of the first
    ax.text(92, 20, "off edge")
    ax.text(10, 80, "Certification: …")
    ax.barh([10], [60], height=8)
    ax.text(20, 10, "over the bar", color="#333333")
    ax.scatter([0], [50], s=80)
    figure.text(0.9, 0.5, "beyond the right edge")
    problems = " | ".join(figure_problems(figure, "bad"))
    assert "'You (Practitioner)' overlaps" in problems or \
        "overlaps 'You (Practitioner)'" in problems
    assert "'off edge' leaves its axes" in problems
    assert "'Certification: …' is shortened with an ellipsis" in problems
    assert "'over the bar' is drawn over a bar" in problems
    assert "marker at" in problems and "cut at the edge" in problems
    assert "'beyond the right edge' leaves the figure" in problems


def test_layout_check_counts(capsys: pytest.CaptureFixture[str], dashboard: Any) -> None:
    """How many figure renders the checks above cover (printed for the record)."""
    per_figure = 1 + len(chart_sizes("ladder"))
    figures = (len(RESULT_CHARTS) * len(subjects.persona_names()) - len(KNOWN_LIMITS)
               + len(subjects.HISTORY_SPANS) + 4 + 1)
    with capsys.disabled():
        print(f"\nlayout check: {figures} figures x {per_figure} sizes = "
              f"{figures * per_figure} renders")
    assert figures * per_figure > 150


# The same check in Spanish: the charts' own words and the questionnaire's texts are longer
# (the results' texts translated as a report in Spanish shows them). Two personas, one per
# shipped questionnaire, the widest span of dates and one cohort chart with long names.
SPANISH_PERSONAS = ("career-changer", "quick-soc-analyst")


def _in_spanish(result: dict[str, Any]) -> dict[str, Any]:
    from assessor.core.translation_results import translate_result

    translated, warnings = translate_result(result, "es")
    assert warnings == []
    return translated


@pytest.mark.parametrize(("chart", "persona"),
                         [(c, p) for c in RESULT_CHARTS for p in SPANISH_PERSONAS])
def test_result_charts_fit_every_size_in_spanish(chart: str, persona: str) -> None:
    from assessor.core.i18n import use_language

    result = _in_spanish(subjects.persona_result(persona))
    with use_language("es"):
        problems, _ = check(lambda: RESULT_CHARTS[chart](result), chart,
                            f"{chart}/{persona}/es")
    assert problems == [], "\n".join(problems)


def test_trend_and_cohort_charts_fit_every_size_in_spanish(dashboard: Any) -> None:
    from assessor.core.i18n import use_language

    results = [_in_spanish(r) for r in subjects.history("years")]
    with use_language("es"):
        problems, _ = check(lambda: charts.trend_figure(results), "trend", "trend/years/es")
        for chart in ("levels", "milestones", "heatmap"):
            builder = getattr(cohort, f"{chart}_figure")
            problems += check(lambda chosen=builder: chosen(dashboard), "cohort",
                              f"cohort-{chart}/es")[0]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(("chart", "width"), [("dimensions", 330), ("calibration", 420)])
def test_profile_legend_takes_fewer_columns_when_narrow(chart: str, width: int) -> None:
    """The legend under a profile chart goes onto more rows when its names (Spanish ones
    are longer) are wider than the figure: it was left in one row, its end off the figure."""
    from assessor.core.i18n import use_language

    with use_language("es"):
        result = subjects.persona_result("policy-lawyer-no-security")
        figure = at_size(RESULT_CHARTS[chart](result), width, 460)
        assert figure_problems(figure, f"{chart} es {width} px") == []
