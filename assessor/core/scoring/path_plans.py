"""What the bundle path planner (`career.plan_path`, SPEC 1.5) works out of a career model
alone, once per model and cluster: the goals a path must reach, the milestones it may use,
and each candidate's bundle with what the planner reads of it every round.

A cohort plans two to four paths for each of thousands of results with one model. Each
round of the greedy planner weighs every candidate's bundle by how much of the gap it
closes; done plainly, that copies the person's numbers, applies the bundle and sums every
goal's shortfall again, for every candidate in every round. Here a bundle knows which
dimensions its steps raise (points in step order) and which goals those are, so a round
sums only from the first goal it touches on: the shortfalls before it are the same terms,
added in the same order, as the plain sum (floating-point addition is done left to right),
so every gap and ratio is the plain one bit for bit. Nothing here depends on answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from assessor.core.format.model import AllOf, CareerModel, Cluster, DimensionTest, Milestone
from assessor.core.scoring.memo import PerObject

Goal = tuple[str, str, float, float]  # (measure, dimension, bound, weight)


def path_goals(cluster: Cluster) -> list[Goal]:
    """What a path to `cluster` must reach: its targets (SPEC 1.5) and, where the cluster
    has a `ready_when` (an addition), that condition's lower bounds, weighted like the
    targets, so that following the path leads to readiness. Only the bounds that every way
    of meeting the condition needs (`all` of `gte`/`gt` tests) are goals."""
    goals: list[Goal] = [
        ("percent", dim, target, cluster.weight(dim)) for dim, target in cluster.target.items()
    ]
    pending = [cluster.ready_when] if cluster.ready_when is not None else []
    while pending:
        condition = pending.pop(0)
        if isinstance(condition, AllOf):
            pending[:0] = list(condition.conditions)
        elif isinstance(condition, DimensionTest):
            for op, bound in condition.tests:
                if op in ("gte", "gt"):
                    weight = cluster.weight(condition.dimension)
                    goals.append((condition.measure, condition.dimension, bound, weight))
    return goals


def bundle_of(milestones: Mapping[str, Milestone], milestone: Milestone, taken: set[str],
              allowed: set[str]) -> list[Milestone] | None:
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
                    stack.append((milestones[child_id], 0))
        elif current.id not in placed:
            placed.add(current.id)
            order.append(current)
    return order


@dataclass(frozen=True, slots=True)
class Bundle:
    """A candidate's bundle as the planner weighs it. `tail` lists every goal from the first
    one a step raises (`first_goal`; the goal count when none) to the last, each with the
    points the steps add to its dimension in step order, or None where they add none."""

    steps: tuple[Milestone, ...]
    ids: frozenset[str]
    effort: float  # the sum of the steps' effort hours, summed as the plain planner did
    position: int  # the file position of its last milestone (ties go to the earliest)
    first_goal: int
    tail: tuple[tuple[int, Goal, tuple[float, ...] | None], ...]
    touched: int  # the goals it raises, as bits (goal i: 1 << i)


@dataclass(frozen=True)
class PathPlan:
    """What `plan_path` works out of the model alone, once per model and cluster.

    `fixed_bundles` holds, for each candidate in order, its bundle when nothing is taken and
    every milestone its prerequisites reach: while none of those is taken, the depth-first
    walk meets no taken milestone and gives that very bundle (None: worked out each time)."""

    cluster: Cluster
    goals: list[Goal]
    weighed_up: bool  # no goal's weight is negative (nor NaN): raising cannot lower a term
    allowed: set[str]  # milestones allowed on a path to the cluster
    candidates: tuple[Milestone, ...]  # the allowed ones, in file order
    order: dict[str, int]  # milestone id -> file position
    milestones: Mapping[str, Milestone]  # by id, the first of an id (as `model.milestone`)
    dimensions: tuple[str, ...]  # the model's dimensions, then the cluster's other targets
    fixed_bundles: tuple[tuple[Bundle | None, frozenset[str]] | None, ...]

    def bundle(self, steps: list[Milestone]) -> Bundle:
        raised: dict[str, list[float]] = {}
        for step in steps:
            for dim, points in step.raises.items():
                raised.setdefault(dim, []).append(points)
        touched = [index for index, goal in enumerate(self.goals) if goal[1] in raised]
        first = touched[0] if touched else len(self.goals)
        tail = tuple(
            (index, goal, tuple(raised[goal[1]]) if goal[1] in raised else None)
            for index, goal in enumerate(self.goals) if index >= first)
        return Bundle(tuple(steps), frozenset(step.id for step in steps),
                      sum(step.effort_hours for step in steps), self.order[steps[-1].id],
                      first, tail, sum(1 << index for index in touched))


    def bundle_with(self, index: int, milestone: Milestone, taken: set[str]) -> Bundle | None:
        """The bundle of `candidates[index]` with `taken` taken: the one worked out with
        nothing taken while the walk would meet none of them, else walked afresh."""
        fixed = self.fixed_bundles[index]
        if fixed is not None and fixed[1].isdisjoint(taken):
            return fixed[0]
        steps = bundle_of(self.milestones, milestone, taken, self.allowed)
        return None if steps is None else self.bundle(steps)


def apply(percents: dict[str, float], milestone: Milestone) -> None:
    """A step taken: its raises added to the percents, 100 at most."""
    for dim, points in milestone.raises.items():
        percents[dim] = min(100.0, percents.get(dim, 0.0) + points)


def project_measures(measures: dict[str, dict[str, float | None]], milestone: Milestone) -> None:
    """A milestone is done work that is also learnt: its raises lift the self and the
    knowledge numbers as they lift the percent (a null counting as 0), so that a step's
    placement can rise past requirements that test them."""
    for values in measures.values():
        for dim, points in milestone.raises.items():
            values[dim] = min(100.0, (values.get(dim) or 0.0) + points)


def _reach(milestones: Mapping[str, Milestone], milestone: Milestone) -> frozenset[str]:
    """Every milestone id the prerequisites of `milestone` lead to."""
    found: set[str] = set()
    pending = list(milestone.requires)
    while pending:
        child_id = pending.pop()
        if child_id not in found:
            found.add(child_id)
            child = milestones.get(child_id)
            if child is not None:
                pending.extend(child.requires)
    return frozenset(found)


def _path_plan(model: CareerModel, cluster: Cluster, order: dict[str, int],
               milestones: Mapping[str, Milestone]) -> PathPlan:
    goals = path_goals(cluster)
    candidates = tuple(m for m in model.milestones
                       if m.clusters is None or cluster.id in m.clusters)
    allowed = {m.id for m in candidates}
    plan = PathPlan(cluster, goals, all(goal[3] >= 0 for goal in goals), allowed,
                    candidates, order, milestones,
                    tuple(dict.fromkeys([*(d.id for d in model.dimensions), *cluster.target])),
                    ())
    fixed: list[tuple[Bundle | None, frozenset[str]] | None] = []
    for milestone in candidates:
        try:
            steps = bundle_of(milestones, milestone, set(), allowed)
        except KeyError:  # a prerequisite not in the model: left to fail where it did
            fixed.append(None)
            continue
        fixed.append((None if steps is None else plan.bundle(steps),
                      _reach(milestones, milestone)))
    return replace(plan, fixed_bundles=tuple(fixed))


def _path_plans(model: CareerModel) -> dict[str, PathPlan]:
    order = {m.id: index for index, m in enumerate(model.milestones)}
    milestones: dict[str, Milestone] = {}
    for milestone in model.milestones:
        milestones.setdefault(milestone.id, milestone)
    plans: dict[str, PathPlan] = {}
    for cluster in model.clusters:
        if cluster.id not in plans:
            plans[cluster.id] = _path_plan(model, cluster, order, milestones)
    return plans


PATH_PLANS: PerObject[CareerModel, dict[str, PathPlan]] = PerObject(_path_plans)
