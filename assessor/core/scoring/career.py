"""The career model at work (SPEC 1.5): placement, cluster fit and the bundle path."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from assessor.core.format.model import CareerModel, Cluster, Level, Milestone, Questionnaire
from assessor.core.scoring.conditions import (
    AnswerCheck,
    Measures,
    RequirementCheck,
    compile_answer_condition,
    compile_requirement,
    visibility,
)
from assessor.core.scoring.memo import PerObject
from assessor.core.scoring.path_plans import PATH_PLANS, Bundle, apply, project_measures

TIE_TOLERANCE = 1e-9
_CLEAR_OF_BOUNDARY = 1e-12  # see round_half_up
PROJECTED_MEASURES = ("self", "knowledge")


def measures_from_scores(
    scores: Mapping[str, Any], which: Sequence[str] = PROJECTED_MEASURES
) -> dict[str, dict[str, float | None]]:
    """The `self` and `knowledge` numbers of a result's `scores` (SPEC 3), by measure, for
    requirements that test them (anything that is not a number counts as null)."""

    def number(entry: Any, key: str) -> float | None:
        value = entry.get(key) if isinstance(entry, Mapping) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        return float(value)

    return {
        measure: {dim: number(entry, measure) for dim, entry in scores.items()}
        for measure in which
    }


def milestones_done(questionnaire: Questionnaire, answers: Mapping[str, Any],
                    visible: Mapping[str, bool] | None = None) -> list[str]:
    """The milestones that the questionnaire's `milestone_evidence` (an addition to SPEC 1)
    shows are already done by these answers, in the career model's file order. Their
    prerequisites are not implied: work can show the advanced step without its groundwork
    (an LLM red-teamer has not necessarily taken the adversarial-ML course). `visible`:
    `visibility(questionnaire, answers)`, when the caller has it already."""
    model = questionnaire.career
    if model is None or not questionnaire.milestone_evidence:
        return []
    if visible is None:
        visible = visibility(questionnaire, answers)
    shown = {milestone for milestone, when in _EVIDENCE.get(questionnaire)
             if when(answers, visible)}
    return [m.id for m in model.milestones if m.id in shown]


_EVIDENCE: PerObject[Questionnaire, tuple[tuple[str, AnswerCheck], ...]] = PerObject(
    lambda questionnaire: tuple((entry.milestone, compile_answer_condition(entry.when))
                                for entry in questionnaire.milestone_evidence))


def placement(
    model: CareerModel,
    percents: Mapping[str, float | None],
    measures: Measures | None = None,
) -> Level | None:
    """The highest level whose requirement holds along with every level below it."""
    placed: Level | None = None
    for level, requires in _LADDERS.get(model):
        if not requires(percents, measures):
            break
        placed = level
    return placed


def _ladder(model: CareerModel) -> tuple[tuple[Level, RequirementCheck], ...]:
    return tuple((level, compile_requirement(level.requires)) for level in model.ladder)


_LADDERS = PerObject(_ladder)


@dataclass(frozen=True, slots=True)  # slots: cohorts keep thousands of them
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


def cluster_fit(
    model: CareerModel,
    cluster: Cluster,
    percents: Mapping[str, float | None],
    level: Level | None,
    measures: Measures | None = None,
) -> ClusterFit:
    fit, ready, gaps = _fit(model, cluster, percents, level, measures)
    return ClusterFit(cluster.id, cluster.label, fit, ready, gaps)


def _fit(
    model: CareerModel,
    cluster: Cluster,
    percents: Mapping[str, float | None],
    level: Level | None,
    measures: Measures | None,
) -> tuple[float, bool, dict[str, float]]:
    """A cluster's fit, readiness and gaps (SPEC 1.5)."""
    plan = _FIT_PLANS.get(model).get(cluster.id)
    if plan is None or plan.cluster is not cluster:  # a cluster not of this model
        plan = _fit_plan(model, cluster)
    scores = [(dim, target, weight, _score(percents, dim)) for dim, target, weight in plan.targets]
    total = plan.total
    fit = (
        100.0 if total == 0 else round_half_up(
            100.0 * (1.0 - sum(weight * max(0.0, target - value)
                               for _, target, weight, value in scores) / total))
    )
    gaps = {
        dim: round_half_up(target - value)
        for dim, target, _, value in scores
        if target - value > 0
    }
    level_ok = level is not None and (
        plan.position(model, level.id) >= plan.position(model, cluster.min_level))
    targets_met = all(value >= target for _, target, _, value in scores)
    evidence_ok = plan.ready is None or plan.ready(percents, measures)
    return fit, level_ok and targets_met and evidence_ok, gaps


@dataclass(frozen=True)
class _FitPlan:
    """What `cluster_fit` works out of the model alone: the cluster's targets with their
    weights, the weighted sum of its targets, the ladder's positions and its compiled
    `ready_when`. The sums are taken as before, term by term in the cluster's order."""

    cluster: Cluster
    targets: tuple[tuple[str, float, float], ...]  # (dimension, target, weight)
    total: float
    level_index: Mapping[str, int]  # level id -> its first position on the ladder
    ready: RequirementCheck | None

    def position(self, model: CareerModel, level_id: str) -> int:
        """`model.level_index(level_id)`, looked up."""
        found = self.level_index.get(level_id)
        # A level not on the ladder (validation never lets one by) fails as it did.
        return found if found is not None else model.level_index(level_id)


def _fit_plan(model: CareerModel, cluster: Cluster) -> _FitPlan:
    index: dict[str, int] = {}
    for position, step in enumerate(model.ladder):
        index.setdefault(step.id, position)
    return _FitPlan(
        cluster,
        tuple((dim, target, cluster.weight(dim)) for dim, target in cluster.target.items()),
        sum(cluster.weight(dim) * target for dim, target in cluster.target.items()),
        index,
        None if cluster.ready_when is None else compile_requirement(cluster.ready_when))


def _fit_plans(model: CareerModel) -> dict[str, _FitPlan]:
    plans: dict[str, _FitPlan] = {}
    for cluster in model.clusters:
        plans.setdefault(cluster.id, _fit_plan(model, cluster))
    return plans


_FIT_PLANS: PerObject[CareerModel, dict[str, _FitPlan]] = PerObject(_fit_plans)


def cluster_fits(
    model: CareerModel,
    percents: Mapping[str, float | None],
    level: Level | None = None,
    measures: Measures | None = None,
) -> list[ClusterFit]:
    """Every cluster's fit, best first (ties keep the file order)."""
    if level is None:
        level = placement(model, percents, measures)
    fits = [cluster_fit(model, cluster, percents, level, measures) for cluster in model.clusters]
    return sorted(fits, key=lambda f: -f.fit)


def fit_entries(
    model: CareerModel,
    percents: Mapping[str, float | None],
    level: Level | None = None,
    measures: Measures | None = None,
) -> list[dict[str, Any]]:
    """`[fit.as_dict() for fit in cluster_fits(...)]`, as a result states them, built
    without the objects (a cohort's re-scoring builds thousands only to compare them)."""
    if level is None:
        level = placement(model, percents, measures)
    entries: list[dict[str, Any]] = []
    for cluster in model.clusters:
        fit, ready, gaps = _fit(model, cluster, percents, level, measures)
        entries.append({"id": cluster.id, "label": cluster.label, "fit": fit, "ready": ready,
                        "gaps": gaps})
    return sorted(entries, key=lambda entry: -entry["fit"])


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


def plan_path(
    model: CareerModel,
    percents: Mapping[str, float | None],
    cluster_id: str,
    *,
    already_done: Sequence[str] = (),
    measures: Measures | None = None,
) -> CareerPath:
    """The greedy bundle path of SPEC 1.5. `already_done` (an extension for what-if
    planning and for milestones the answers show are done) lists milestones counted as
    taken without being steps; their raises are not applied (the scores reflect them).
    `measures` (self/knowledge numbers) are projected like the percents; they feed each
    step's placement and the cluster's `ready_when` goals (`path_plans.path_goals`). A
    cluster without `ready_when` gets exactly the SPEC path."""
    steps, short = _greedy_path(model, percents, cluster_id, already_done, measures)
    return CareerPath(PATH_PLANS.get(model)[cluster_id].cluster,
                      [PathStep(*step) for step in steps], not short, short)


def path_data(
    model: CareerModel,
    percents: Mapping[str, float | None],
    cluster_id: str,
    *,
    already_done: Sequence[str] = (),
    measures: Measures | None = None,
) -> dict[str, object]:
    """`plan_path(...).as_dict()`, as a result states it, built without the objects (a
    cohort's re-scoring plans thousands of paths only to compare them)."""
    steps, short = _greedy_path(model, percents, cluster_id, already_done, measures)
    total = sum(milestone.effort_hours for milestone, _, _ in steps)
    return {
        "reachable": not short,
        "steps": [{"milestone": milestone.id, "title": milestone.title,
                   "effort_hours": _tidy(milestone.effort_hours), "projected": projected,
                   "level": level.id if level else None}
                  for milestone, projected, level in steps],
        "total_effort_hours": int(total) if float(total).is_integer() else total,
        "short": short,
    }


def _greedy_path(
    model: CareerModel,
    percents: Mapping[str, float | None],
    cluster_id: str,
    already_done: Sequence[str],
    measures: Measures | None,
) -> tuple[list[tuple[Milestone, dict[str, float], Level | None]], list[str]]:
    """`plan_path`'s steps (milestone, projected percents, level) and the dimensions left
    short. Each round weighs every untaken candidate's bundle: the gap (each goal's
    weighted shortfall, summed in goal order) it leaves against the gap before, per hour of
    effort. The sums are the plain ones, term for term (see `path_plans`).

    A bundle is walked again only when one of its own milestones was taken: the walk meets
    nothing else that is untaken. A void bundle (a prerequisite not allowed) stays void,
    since every milestone on the way to the one not allowed is itself void."""
    projected: dict[str, dict[str, float | None]] = {
        measure: dict(values) for measure, values in (measures or {}).items()
    }
    plan = PATH_PLANS.get(model)[cluster_id]
    ladder = _LADDERS.get(model)
    goals = plan.goals
    goal_count = len(goals)
    current = {}
    for dim in plan.dimensions:
        value = percents.get(dim)
        current[dim] = 0.0 if value is None else float(value)
    taken = set(already_done)
    known: dict[int, Bundle | None] = {}  # bundles with what is taken now, by candidate
    steps: list[tuple[Milestone, dict[str, float], Level | None]] = []
    while True:
        # Each goal's shortfall now, and the sum of those before it, added as `before` is.
        terms: list[float] = []
        sums_before: list[float] = []
        before = 0.0
        short_goals = 0  # the goals with a shortfall, as bits
        for measure, dim, bound, weight in goals:
            values = current if measure == "percent" else projected.get(measure, {})
            term = weight * max(0.0, bound - (values.get(dim) or 0.0))
            if term > 0:
                short_goals |= 1 << len(terms)
            sums_before.append(before)
            terms.append(term)
            before += term
        if not before > 0:
            break
        untouched = before - before  # the reduction of a bundle that raises no goal
        # A bundle that raises only goals already met leaves every term as it is or larger
        # (weights not negative), so the gap after it, summed the same way, is no smaller
        # (rounding is monotonic): its reduction would be <= 0, and it would be passed over.
        # With an infinite gap, inf - inf is NaN, which the plain comparison keeps: weigh all.
        skip_met = plan.weighed_up and before < math.inf
        # No bundle closes more than the whole gap (the gap after it is not negative), so
        # one whose effort makes even that a ratio clearly below the best so far (more than
        # twice the tie tolerance, whatever the rounding) would be passed over too.
        out_of_reach = -math.inf
        best: tuple[float, int, Bundle] | None = None
        for index, milestone in enumerate(plan.candidates):
            if milestone.id in taken:
                continue
            if index in known:
                bundle = known[index]
            else:
                bundle = known[index] = plan.bundle_with(index, milestone, taken)
            if bundle is None or (skip_met and (
                    not bundle.touched & short_goals
                    or (bundle.effort > 0 and before / bundle.effort < out_of_reach))):
                continue
            if bundle.first_goal == goal_count:
                reduction = untouched
            else:
                after = sums_before[bundle.first_goal]
                for goal_index, (measure, dim, bound, weight), points in bundle.tail:
                    if points is None:
                        after += terms[goal_index]
                    # What `apply` and `project_measures` would make of the dimension.
                    elif measure == "percent":
                        percent = current.get(dim, 0.0)
                        for raised in points:
                            percent = min(100.0, percent + raised)
                        after += weight * max(0.0, bound - (percent or 0.0))
                    elif (measured := projected.get(measure)) is None:
                        after += terms[goal_index]  # no such measure: nothing to raise
                    else:
                        value = measured.get(dim)
                        for raised in points:
                            value = min(100.0, (value or 0.0) + raised)
                        after += weight * max(0.0, bound - (value or 0.0))
                reduction = before - after
            if reduction <= 0:
                continue
            ratio = reduction / bundle.effort
            position = bundle.position
            if (
                best is None
                or ratio > best[0] + TIE_TOLERANCE
                or (abs(ratio - best[0]) <= TIE_TOLERANCE and position < best[1])
            ):
                best = (ratio, position, bundle)
                out_of_reach = ratio - 3 * TIE_TOLERANCE - 1e-12 * abs(ratio)
        if best is None:
            break
        chosen = best[2]
        for milestone in chosen.steps:
            apply(current, milestone)
            project_measures(projected, milestone)
            taken.add(milestone.id)
            level: Level | None = None  # `placement(model, current, projected)`
            for rung, requires in ladder:
                if not requires(current, projected):
                    break
                level = rung
            steps.append((milestone, dict(current), level))
        known = {index: bundle for index, bundle in known.items()
                 if bundle is None or bundle.ids.isdisjoint(chosen.ids)}
    short: list[str] = []  # each dimension once, in goal order
    for measure, dim, bound, _ in goals:
        values = current if measure == "percent" else projected.get(measure, {})
        if (values.get(dim) or 0.0) < bound and dim not in short:
            short.append(dim)
    return steps, short


def round_half_up(value: float, places: int = 1) -> float:
    """Round as a person does by hand (87.25 -> 87.3), on the number as written, not on its
    binary approximation, which Python's round() would take to 87.2."""
    scale: int = 10**places
    if places >= 1:
        # Away from a rounding boundary the digits as written and the binary number round
        # alike: they differ by half a unit in the last place (2**-53 relative), and the two
        # float operations below err by as little, so where the shifted number lies further
        # than 1e-12 (relative) from a whole number, its floor is the digit rounding's.
        shifted = abs(value) * scale + 0.5
        if shifted < 1e15:  # NaN and infinities fail this too, and take the Decimal path
            kept = math.floor(shifted)
            left = shifted - kept
            margin = _CLEAR_OF_BOUNDARY * (shifted + 1.0)
            if margin < left < 1.0 - margin:
                return math.copysign(kept / scale, value)
    written = repr(value)
    sign, digits = ("-", written[1:]) if written.startswith("-") else ("", written)
    whole, point, fraction = digits.partition(".")
    if places >= 1 and whole.isdigit() and (not point or fraction.isdigit()):
        # The decimal rounding done on the digits as written: keep `places` of them, one
        # more up when the first dropped is 5 or more (half away from zero, as
        # ROUND_HALF_UP). A quotient of two integers is rounded to the nearest float as
        # float() of the decimal text is, so this is the Decimal path's result, bit for bit.
        kept = int(whole + fraction[:places].ljust(places, "0"))
        if fraction[places:places + 1] >= "5":
            kept += 1
        rounded = kept / scale
        return -rounded if sign else rounded
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(written).quantize(quantum, rounding=ROUND_HALF_UP))


def _tidy(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def result_path(model: CareerModel, result: Mapping[str, Any], cluster_id: str) -> CareerPath:
    """The path to `cluster_id` from a stored result (SPEC 3): its percents, its self and
    knowledge numbers and the milestones it lists as done."""
    scores = result.get("scores")
    scores = scores if isinstance(scores, Mapping) else {}
    percents = measures_from_scores(scores, ("percent",))["percent"]
    done = result.get("milestones_done")
    listed = done if isinstance(done, list) else []
    known = {m.id for m in model.milestones}
    already = [m for m in listed if isinstance(m, str) and m in known]
    return plan_path(
        model, percents, cluster_id, already_done=already, measures=measures_from_scores(scores)
    )
