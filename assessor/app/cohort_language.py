"""A cohort dashboard shown in the app's language: its labels (title, dimensions, levels,
role clusters, milestones) replaced, by id, with those of the questionnaire as the catalog
offers it (translated where a translation is installed). Results keep the texts they were
written with; only what is shown changes, and ids a questionnaire at hand does not know keep
the wording the results gave them."""

from __future__ import annotations

from dataclasses import replace

from assessor.core.cohort.dashboard import CohortDashboard
from assessor.core.format.model import Questionnaire


def dashboard_in_language(dashboard: CohortDashboard,
                          questionnaire: Questionnaire | None) -> CohortDashboard:
    """`dashboard` with the labels of `questionnaire` (the catalog's, same id), or as it is
    when there is none or it is shown as written."""
    if questionnaire is None or questionnaire.language is None:
        return dashboard
    dimensions = {d.id: d.label for d in questionnaire.dimensions}
    model = questionnaire.career
    levels = {level.id: level.label for level in model.ladder} if model else {}
    clusters = {cluster.id: cluster.label for cluster in model.clusters} if model else {}
    milestones = {m.id: m.title for m in model.milestones} if model else {}
    shown_dimensions = tuple((d, dimensions.get(d, label)) for d, label in dashboard.dimensions)
    heatmap = dashboard.heatmap
    if heatmap is not None:
        against = (clusters.get(dashboard.cluster_id, heatmap.against)
                   if dashboard.cluster_id else heatmap.against)
        heatmap = replace(heatmap, against=against, dimensions=tuple(
            (d, dimensions.get(d, label)) for d, label in heatmap.dimensions))
    return replace(
        dashboard,
        title=questionnaire.title or dashboard.title,
        dimensions=shown_dimensions,
        levels=tuple(replace(row, label=levels.get(row.id, row.label))
                     for row in dashboard.levels),
        clusters=tuple(replace(row, label=clusters.get(row.id, row.label))
                       for row in dashboard.clusters),
        milestones=tuple(replace(row, title=milestones.get(row.id, row.title))
                         for row in dashboard.milestones),
        heatmap=heatmap,
    )
