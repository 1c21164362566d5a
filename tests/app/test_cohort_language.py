"""The cohort dashboard in the app's language, without Qt: labels swapped by id."""

from __future__ import annotations

from pathlib import Path

from assessor.app.cohort_language import dashboard_in_language
from assessor.core.cohort import import_results
from assessor.core.cohort.dashboard import build_dashboard
from assessor.core.format.loading import load_questionnaire
from assessor.core.translation import translate
from tests.cohort_factory import write_cohort
from tests.conftest import TEST_DATA


def test_labels_follow_the_questionnaire_at_hand_and_counts_stay(tmp_path: Path) -> None:
    english = load_questionnaire(TEST_DATA / "all_types.yaml")
    spanish, _ = translate(english, "es", [TEST_DATA])
    files = write_cohort(english, tmp_path, 12)
    dashboard = build_dashboard(import_results(files, [english]).entries, min_group=1)
    assert dashboard is not None
    assert dashboard_in_language(dashboard, None) is dashboard
    assert dashboard_in_language(dashboard, english) is dashboard  # shown as written
    shown = dashboard_in_language(dashboard, spanish)
    assert spanish.career is not None
    spanish_clusters = {c.id: c.label for c in spanish.career.clusters}
    assert [(c.id, c.label) for c in shown.clusters] == \
        [(c.id, spanish_clusters[c.id]) for c in dashboard.clusters]
    assert [c.best_fit for c in shown.clusters] == [c.best_fit for c in dashboard.clusters]
    assert shown.title == spanish.title != dashboard.title
    spanish_dimensions = {d.id: d.label for d in spanish.dimensions}
    assert shown.dimensions == tuple((d, spanish_dimensions[d]) for d, _ in dashboard.dimensions)
