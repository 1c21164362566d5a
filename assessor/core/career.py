"""The career model at work (SPEC 1.5): placement, cluster fit and the bundle path."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from assessor.core.conditions import evaluate_requirement
from assessor.core.model import CareerModel, Cluster, Level, Milestone

TIE_TOLERANCE = 1e-9


def placement(model: CareerModel, percents: Mapping[str, float | None]) -> Level | None:
    """The highest level whose requirement holds along with every level below it."""
    placed: Level | None = None
    for level in model.ladder:
        if not evaluate_requirement(level.requires, percents):
            break
        placed = level
    return placed


@dataclass(frozen=True)
class ClusterFit:
    """How well a person fits one role cluster: fit 0-100, ready or not, and the points
    short on each dimension. The one type for a fit, computed here or read from a result."""

    id: str
    label: str
    fit: float
    ready: bool
    gaps: Mapping[str, float]

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "label": self.label,
            "fit": self.fit,
            "ready": self.ready,
            "gaps": self.gaps,
        }


def _score(percents: Mapping[str, float | None], dimension: str) -> float:
    value = percents.get(dimension)
    return 0.0 if value is None else float(value)


def shortfall(cluster: Cluster, percents: Mapping[str, float | None]) -> float:
    return sum(
        cluster.weight(dim) * max(0.0, target - _score(percents, dim))
        for dim, target in cluster.target.items()
    )


def cluster_fit(
    model: CareerModel,
    cluster: Cluster,
    percents: Mapping[str, float | None],
    level: Level | None,
) -> ClusterFit:
    total = sum(cluster.weight(dim) * target for dim, target in cluster.target.items())
    fit = (
        100.0 if total == 0 else round_half_up(100.0 * (1.0 - shortfall(cluster, percents) / total))
    )
    gaps = {
        dim: round_half_up(target - _score(percents, dim))
        for dim, target in cluster.target.items()
        if target - _score(percents, dim) > 0
    }
    level_ok = level is not None and (
        model.level_index(level.id) >= model.level_index(cluster.min_level)
    )
    targets_met = all(_score(percents, d) >= t for d, t in cluster.target.items())
    return ClusterFit(cluster.id, cluster.label, fit, level_ok and targets_met, gaps)


def cluster_fits(
    model: CareerModel, percents: Mapping[str, float | None], level: Level | None = None
) -> list[ClusterFit]:
    """Every cluster's fit, best first (ties keep the file order)."""
    if level is None:
        level = placement(model, percents)
    fits = [cluster_fit(model, cluster, percents, level) for cluster in model.clusters]
    return sorted(fits, key=lambda f: -f.fit)


@dataclass(frozen=True)
class PathStep:
    """One milestone on a path, with the percents and level it projects once done."""

    milestone: Milestone
    projected: dict[str, float]
    level: Level | None

    def as_dict(self) -> dict[str, object]:
        return {
            "milestone": self.milestone.id,
            "title": self.milestone.title,
            "effort_hours": _tidy(self.milestone.effort_hours),
            "projected": self.projected,
            "level": self.level.id if self.level else None,
        }


@dataclass(frozen=True)
class CareerPath:
    """The milestones that close a person's gaps to one cluster, in order."""

    cluster: Cluster
    steps: list[PathStep] = field(default_factory=list)
    reachable: bool = False
    short: list[str] = field(default_factory=list)

    @property
    def total_effort_hours(self) -> float:
        return sum(step.milestone.effort_hours for step in self.steps)

    def as_dict(self) -> dict[str, object]:
        total = self.total_effort_hours
        return {
            "reachable": self.reachable,
            "steps": [step.as_dict() for step in self.steps],
            "total_effort_hours": int(total) if float(total).is_integer() else total,
            "short": self.short,
        }


def _bundle(
    model: CareerModel, milestone: Milestone, taken: set[str], allowed: set[str]
) -> list[Milestone] | None:
    """The milestone with its untaken prerequisites, prerequisites first (depth-first
    along each `requires` list in order); None when any of them is not allowed."""
    order: list[Milestone] = []
    placed: set[str] = set()
    stack: list[tuple[Milestone, int]] = [(milestone, 0)]
    while stack:
        current, index = stack.pop()
        if index < len(current.requires):
            stack.append((current, index + 1))
            child_id = current.requires[index]
            if child_id not in taken and child_id not in placed:
                if child_id not in allowed:
                    return None
                if all(child_id != s[0].id for s in stack):
                    stack.append((model.milestone(child_id), 0))
        elif current.id not in placed:
            placed.add(current.id)
            order.append(current)
    return order


def _apply(percents: dict[str, float], milestone: Milestone) -> None:
    for dim, points in milestone.raises.items():
        percents[dim] = min(100.0, percents.get(dim, 0.0) + points)


def plan_path(
    model: CareerModel,
    percents: Mapping[str, float | None],
    cluster_id: str,
    *,
    already_done: Sequence[str] = (),
) -> CareerPath:
    """The greedy bundle path of SPEC 1.5. `already_done` (an extension for what-if
    planning) lists milestones counted as taken without being steps."""
    cluster = model.cluster(cluster_id)
    current = {d.id: _score(percents, d.id) for d in model.dimensions}
    for dim in cluster.target:
        current.setdefault(dim, _score(percents, dim))
    taken = set(already_done)
    allowed = {m.id for m in model.milestones if m.clusters is None or cluster_id in m.clusters}
    order = {m.id: index for index, m in enumerate(model.milestones)}
    steps: list[PathStep] = []
    while shortfall(cluster, current) > 0:
        before = shortfall(cluster, current)
        best: tuple[float, int, list[Milestone]] | None = None
        for milestone in model.milestones:
            if milestone.id not in allowed or milestone.id in taken:
                continue
            bundle = _bundle(model, milestone, taken, allowed)
            if bundle is None:
                continue
            trial = dict(current)
            for step in bundle:
                _apply(trial, step)
            reduction = before - shortfall(cluster, trial)
            if reduction <= 0:
                continue
            ratio = reduction / sum(step.effort_hours for step in bundle)
            position = order[bundle[-1].id]
            if (
                best is None
                or ratio > best[0] + TIE_TOLERANCE
                or (abs(ratio - best[0]) <= TIE_TOLERANCE and position < best[1])
            ):
                best = (ratio, position, bundle)
        if best is None:
            break
        for milestone in best[2]:
            _apply(current, milestone)
            taken.add(milestone.id)
            steps.append(PathStep(milestone, dict(current), placement(model, current)))
    short = [dim for dim, target in cluster.target.items() if current.get(dim, 0.0) < target]
    return CareerPath(cluster, steps, not short, short)


def round_half_up(value: float, places: int = 1) -> float:
    """Round as a person does by hand (87.25 -> 87.3), on the number as written, not on its
    binary approximation, which Python's round() would take to 87.2."""
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def _tidy(value: float) -> float:
    return int(value) if float(value).is_integer() else value
