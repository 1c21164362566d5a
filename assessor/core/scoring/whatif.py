"""What-if planning over a career model: "if these milestones were done (and this dimension
stood here), where would the person be, and what would be left to do?"

The rule, stated to the user in the view: a slider replaces a dimension's score first;
then every ticked milestone adds its raises (capped at 100, a missing score counting as 0),
in the model's file order. Placement and fits are computed on the projected scores, and the
remaining path is `plan_path` from them with the ticked milestones counted as done.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from assessor.core.format.model import CareerModel, Level
from assessor.core.scoring.career import CareerPath, ClusterFit, cluster_fits, placement, plan_path
from assessor.core.scoring.conditions import Measures


@dataclass(frozen=True)
class Projection:
    """Where a person would stand after some milestones: percents, level, fits, path."""

    percents: dict[str, float | None]
    level: Level | None
    fits: list[ClusterFit]
    path: CareerPath
    ticked: tuple[str, ...]  # in the model's order

    def fit(self, cluster_id: str) -> ClusterFit | None:
        return next((f for f in self.fits if f.id == cluster_id), None)


def ordered_ticks(model: CareerModel, ticked: Collection[str]) -> tuple[str, ...]:
    """The ticked milestones that exist in the model, in its file order."""
    wanted = set(ticked)
    return tuple(m.id for m in model.milestones if m.id in wanted)


def projected_percents(model: CareerModel, percents: Mapping[str, float | None],
                       ticked: Collection[str] = (),
                       overrides: Mapping[str, float] | None = None) -> dict[str, float | None]:
    projected: dict[str, float | None] = dict(percents)
    for dim, value in (overrides or {}).items():
        projected[dim] = max(0.0, min(100.0, float(value)))
    for milestone_id in ordered_ticks(model, ticked):
        for dim, points in model.milestone(milestone_id).raises.items():
            projected[dim] = min(100.0, (projected.get(dim) or 0.0) + points)
    return projected


def project(model: CareerModel, percents: Mapping[str, float | None], cluster_id: str,
            ticked: Collection[str] = (),
            overrides: Mapping[str, float] | None = None,
            *, measures: Measures | None = None,
            done: Collection[str] = ()) -> Projection:
    """Placement, fits and the remaining path to `cluster_id` after the what-ifs.
    `measures` are the self/knowledge numbers, projected like the percents (a slider sets
    all three); `done` are milestones the answers already show as done."""
    order = ordered_ticks(model, ticked)
    projected = projected_percents(model, percents, order, overrides)
    projected_measures = {
        measure: projected_percents(model, values, order, overrides)
        for measure, values in (measures or {}).items()
    }
    level = placement(model, projected, projected_measures)
    taken = (*ordered_ticks(model, done), *order)
    return Projection(projected, level, cluster_fits(model, projected, level, projected_measures),
                      plan_path(model, projected, cluster_id, already_done=taken,
                                measures=projected_measures), order)
