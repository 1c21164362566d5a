"""Cohort charts draw what the dashboard shows, and nothing it hides."""

from __future__ import annotations

from pathlib import Path

from matplotlib.patches import Rectangle
from matplotlib.text import Text

from assessor.charts.cohort import clusters_figure, heatmap_figure, levels_figure
from assessor.core.cohort import import_results
from assessor.core.cohort.dashboard import build_dashboard
from assessor.core.format.loading import load_questionnaire
from tests.cohort_factory import write_cohort
from tests.conftest import TEST_DATA


def _texts(figure: object) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text)]  # type: ignore[attr-defined]


def _bars(figure: object) -> list[float]:
    ax = figure.axes[0]  # type: ignore[attr-defined]
    return [p.get_width() for p in ax.patches if isinstance(p, Rectangle)]


def test_hidden_counts_draw_no_bar_and_no_heatmap(tmp_path: Path) -> None:
    questionnaire = load_questionnaire(TEST_DATA / "all_types.yaml")
    entries = import_results(write_cohort(questionnaire, tmp_path, 12, seed=4),
                             [questionnaire]).entries
    small = build_dashboard(entries, min_group=50)
    assert small is not None
    levels = levels_figure(small)
    assert _bars(levels) == []  # every count is under 50: labels only
    assert _texts(levels).count("<50") == len(small.levels)
    assert "Not shown: fewer than 50 people" in " ".join(_texts(heatmap_figure(small)))
    shown = build_dashboard(entries, min_group=1)
    assert shown is not None
    assert sorted(_bars(clusters_figure(shown))) == sorted(
        c.best_fit.value for c in shown.clusters if c.best_fit.value)
    assert all(not t.get_parse_math() for t in heatmap_figure(shown).findobj(Text))
