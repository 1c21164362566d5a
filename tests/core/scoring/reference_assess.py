"""The re-scoring as it was before issue 16's lean rewrite (session 6), kept only to check
that the rewrite gives the very same numbers: `reference_assess` is `results.build.assess`
of commit 6d53482 written plainly (the evaluators walk the conditions, the rounding goes
through Decimal, the planner copies and re-sums everything for every candidate).

Nothing in the app imports this; `test_assess_equivalence.py` compares the two on many
random answer sets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from assessor.core.format.model import (
    AllOf,
    Always,
    AnswerTest,
    AnyOf,
    CareerModel,
    Cluster,
    Condition,
    DimensionTest,
    Item,
    Level,
    Milestone,
    Not,
    Questionnaire,
)

TIE_TOLERANCE = 1e-9
Measures = Mapping[str, Mapping[str, float | None]]


# ---- conditions ---------------------------------------------------------------------------

def _compare(op: str, left: float, right: float) -> bool:
    if op == "gte":
        return left >= right
    if op == "gt":
        return left > right
    if op == "lte":
        return left <= right
    return left < right


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same_answer(left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    return bool(left == right)


def _answer_test(op: str, expected: Any, answer: Any) -> bool:
    if op == "answered":
        return bool(expected)
    if op == "equals":
        return _same_answer(answer, expected)
    if op == "not_equals":
        return not _answer_test("equals", expected, answer)
    if op == "in":
        return any(_same_answer(answer, candidate) for candidate in expected)
    if op == "includes":
        if not isinstance(answer, list):
            return False
        wanted = expected if isinstance(expected, list) else [expected]
        return all(w in answer for w in wanted)
    if _is_number(answer) and _is_number(expected):
        return _compare(op, float(answer), float(expected))
    return False


def answer_condition(condition: Condition, answers: Mapping[str, Any],
                     visible: Mapping[str, bool]) -> bool:
    if isinstance(condition, Always):
        return True
    if isinstance(condition, AllOf):
        return all(answer_condition(c, answers, visible) for c in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(answer_condition(c, answers, visible) for c in condition.conditions)
    if isinstance(condition, Not):
        return not answer_condition(condition.condition, answers, visible)
    assert isinstance(condition, AnswerTest)
    if not (visible.get(condition.item, False) and condition.item in answers):
        return all(op == "answered" and value is False for op, value in condition.tests)
    answer = answers[condition.item]
    return all(_answer_test(op, value, answer) for op, value in condition.tests)


def requirement(condition: Condition, percents: Mapping[str, float | None],
                measures: Measures | None) -> bool:
    if isinstance(condition, Always):
        return True
    if isinstance(condition, AllOf):
        return all(requirement(c, percents, measures) for c in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(requirement(c, percents, measures) for c in condition.conditions)
    if isinstance(condition, Not):
        return not requirement(condition.condition, percents, measures)
    assert isinstance(condition, DimensionTest)
    if condition.measure == "percent":
        value = percents.get(condition.dimension)
    else:
        value = (measures or {}).get(condition.measure, {}).get(condition.dimension)
    if value is None:
        return False
    return all(_compare(op, value, bound) for op, bound in condition.tests)


def visibility(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> dict[str, bool]:
    visible: dict[str, bool] = {}
    for section in questionnaire.sections:
        shown = section.when is None or answer_condition(section.when, answers, visible)
        for item in section.items:
            visible[item.id] = shown and (
                item.when is None or answer_condition(item.when, answers, visible))
    return visible


# ---- scores -------------------------------------------------------------------------------

def _tidy(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def _percent(raw: float, low: float, high: float) -> float | None:
    return None if high == low else 100.0 * (raw - low) / (high - low)


def _item_points(item: Item, value: Any) -> float:
    if item.type == "likert":
        if item.reverse:
            return item.scale[0].value + item.scale[-1].value - float(value)
        return float(value)
    if item.type == "knowledge":
        return 1.0 if value in item.correct else 0.0
    if item.type == "boolean":
        return 1.0 if value is True else 0.0
    assert item.type == "number"
    for band in item.bands:
        if band.below is None or band.below > value:
            return band.points
    raise ValueError(item.id)


def _item_range(item: Item, dimension: str) -> tuple[float, float]:
    if item.type == "choice":
        values = [o.scores.get(dimension, 0.0) for o in item.options]
        return min(values), max(values)
    if item.type == "multi":
        values = [o.scores.get(dimension, 0.0) for o in item.options]
        positives = sorted((v for v in values if v > 0), reverse=True)
        negatives = sorted(v for v in values if v < 0)
        if item.max_choices is not None:
            positives, negatives = positives[: item.max_choices], negatives[: item.max_choices]
        return sum(negatives), sum(positives)
    weight = item.weights[dimension]
    if item.type == "likert":
        low, high = item.scale[0].value, item.scale[-1].value
    elif item.type == "number":
        reachable, previous = [], float("-inf")
        bottom = item.minimum if item.minimum is not None else float("-inf")
        top = item.maximum if item.maximum is not None else float("inf")
        for band in item.bands:
            upper = band.below if band.below is not None else float("inf")
            if previous <= top and upper > bottom:
                reachable.append(band.points)
            previous = upper
        reachable = reachable or [band.points for band in item.bands]
        low, high = min(reachable), max(reachable)
    else:
        low, high = 0.0, 1.0
    return weight * low, weight * high


def _contribution(item: Item, dimension: str, value: Any) -> float:
    if item.type == "choice":
        option = item.option(value) if isinstance(value, str) else None
        return option.scores.get(dimension, 0.0) if option else 0.0
    if item.type == "multi":
        total = 0.0
        for chosen in value:
            option = item.option(chosen)
            if option is not None:
                total += option.scores.get(dimension, 0.0)
        return total
    return item.weights[dimension] * _item_points(item, value)


def scores(questionnaire: Questionnaire,
           answers: Mapping[str, Any]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    shown = visibility(questionnaire, answers)
    sums = {dim: {"all": [0.0, 0.0, 0.0], "knowledge": [0.0, 0.0, 0.0],
                  "self": [0.0, 0.0, 0.0], "visible": 0, "answered": 0}
            for dim in questionnaire.dimension_ids}
    missing: list[str] = []
    for item in questionnaire.items:
        if not shown[item.id]:
            continue
        answered = item.id in answers
        if not answered and item.required:
            missing.append(item.id)
        for dim in item.dimensions:
            low, high = _item_range(item, dim)
            tally = sums[dim]
            tally["visible"] += 1
            if not answered:
                continue
            tally["answered"] += 1
            raw = _contribution(item, dim, answers[item.id])
            for bucket in (tally["all"], tally["knowledge" if item.type == "knowledge" else "self"]):
                bucket[0] += raw
                bucket[1] += low
                bucket[2] += high
    return {
        dim: {"raw": _tidy(t["all"][0]), "min": _tidy(t["all"][1]), "max": _tidy(t["all"][2]),
              "percent": _percent(*t["all"]), "self": _percent(*t["self"]),
              "knowledge": _percent(*t["knowledge"]),
              "coverage": t["answered"] / t["visible"] if t["visible"] else None}
        for dim, t in sums.items()
    }, missing


# ---- the career model ---------------------------------------------------------------------

def round_half_up(value: float) -> float:
    return float(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def measures_of(scored: Mapping[str, Any], which: Sequence[str] = ("self", "knowledge"),
                ) -> dict[str, dict[str, float | None]]:
    def number(entry: Any, key: str) -> float | None:
        value = entry.get(key) if isinstance(entry, Mapping) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        return float(value)

    return {m: {dim: number(entry, m) for dim, entry in scored.items()} for m in which}


def placement(model: CareerModel, percents: Mapping[str, float | None],
              measures: Measures | None) -> Level | None:
    placed = None
    for level in model.ladder:
        if not requirement(level.requires, percents, measures):
            break
        placed = level
    return placed


def _score(percents: Mapping[str, float | None], dimension: str) -> float:
    value = percents.get(dimension)
    return 0.0 if value is None else float(value)


def cluster_fit(model: CareerModel, cluster: Cluster, percents: Mapping[str, float | None],
                level: Level | None, measures: Measures | None) -> dict[str, Any]:
    total = sum(cluster.weight(dim) * target for dim, target in cluster.target.items())
    short = sum(cluster.weight(dim) * max(0.0, target - _score(percents, dim))
                for dim, target in cluster.target.items())
    fit = 100.0 if total == 0 else round_half_up(100.0 * (1.0 - short / total))
    gaps = {dim: round_half_up(target - _score(percents, dim))
            for dim, target in cluster.target.items() if target - _score(percents, dim) > 0}
    level_ok = level is not None and (
        model.level_index(level.id) >= model.level_index(cluster.min_level))
    targets_met = all(_score(percents, dim) >= t for dim, t in cluster.target.items())
    evidence_ok = cluster.ready_when is None or requirement(cluster.ready_when, percents, measures)
    return {"id": cluster.id, "label": cluster.label, "fit": fit,
            "ready": level_ok and targets_met and evidence_ok, "gaps": gaps}


def _bundle(model: CareerModel, milestone: Milestone, taken: set[str],
            allowed: set[str]) -> list[Milestone] | None:
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


def _project(measures: dict[str, dict[str, float | None]], milestone: Milestone) -> None:
    for values in measures.values():
        for dim, points in milestone.raises.items():
            values[dim] = min(100.0, (values.get(dim) or 0.0) + points)


def _goals(cluster: Cluster) -> list[tuple[str, str, float, float]]:
    goals = [("percent", dim, target, cluster.weight(dim)) for dim, target in cluster.target.items()]
    pending = [cluster.ready_when] if cluster.ready_when is not None else []
    while pending:
        condition = pending.pop(0)
        if isinstance(condition, AllOf):
            pending[:0] = list(condition.conditions)
        elif isinstance(condition, DimensionTest):
            for op, bound in condition.tests:
                if op in ("gte", "gt"):
                    goals.append((condition.measure, condition.dimension, bound,
                                  cluster.weight(condition.dimension)))
    return goals


def _gap(goals: list[tuple[str, str, float, float]], percents: Mapping[str, float],
         measures: Measures) -> float:
    total = 0.0
    for measure, dim, bound, weight in goals:
        values = percents if measure == "percent" else measures.get(measure, {})
        total += weight * max(0.0, bound - (values.get(dim) or 0.0))
    return total


def plan_path(model: CareerModel, percents: Mapping[str, float | None], cluster_id: str,
              already_done: Sequence[str], measures: Measures | None) -> dict[str, Any]:
    """SPEC 1.5's greedy bundle path, as `as_dict` wrote it."""
    projected = {m: dict(values) for m, values in (measures or {}).items()}
    cluster = model.cluster(cluster_id)
    goals = _goals(cluster)
    candidates = [m for m in model.milestones if m.clusters is None or cluster_id in m.clusters]
    allowed = {m.id for m in candidates}
    order = {m.id: index for index, m in enumerate(model.milestones)}
    current = {d.id: _score(percents, d.id) for d in model.dimensions}
    for dim in cluster.target:
        current.setdefault(dim, _score(percents, dim))
    taken = set(already_done)
    steps: list[dict[str, Any]] = []
    while (before := _gap(goals, current, projected)) > 0:
        best: tuple[float, int, list[Milestone]] | None = None
        for milestone in candidates:
            if milestone.id in taken:
                continue
            bundle = _bundle(model, milestone, taken, allowed)
            if bundle is None:
                continue
            trial = dict(current)
            trial_measures = {m: dict(values) for m, values in projected.items()}
            for step in bundle:
                _apply(trial, step)
                _project(trial_measures, step)
            reduction = before - _gap(goals, trial, trial_measures)
            if reduction <= 0:
                continue
            ratio = reduction / sum(step.effort_hours for step in bundle)
            position = order[bundle[-1].id]
            if (best is None or ratio > best[0] + TIE_TOLERANCE
                    or (abs(ratio - best[0]) <= TIE_TOLERANCE and position < best[1])):
                best = (ratio, position, bundle)
        if best is None:
            break
        for milestone in best[2]:
            _apply(current, milestone)
            _project(projected, milestone)
            taken.add(milestone.id)
            level = placement(model, current, projected)
            steps.append({"milestone": milestone.id, "title": milestone.title,
                          "effort_hours": _tidy(milestone.effort_hours),
                          "projected": dict(current), "level": level.id if level else None})
    short = list(dict.fromkeys(
        dim for measure, dim, bound, _ in goals
        if ((current if measure == "percent" else projected.get(measure, {})).get(dim) or 0.0)
        < bound))
    total = sum(model.milestone(step["milestone"]).effort_hours for step in steps)
    return {"reachable": not short, "steps": steps,
            "total_effort_hours": int(total) if float(total).is_integer() else total,
            "short": short}


def reference_assess(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> dict[str, Any]:
    scored, missing = scores(questionnaire, answers)
    percents = {dim: entry["percent"] for dim, entry in scored.items()}
    derived: dict[str, Any] = {"complete": not missing, "missing": missing, "scores": scored,
                               "placement": None, "clusters": [], "paths": {}}
    model = questionnaire.career
    if model is None:
        return derived
    measures = measures_of(scored)
    level = placement(model, percents, measures)
    derived["placement"] = {"level": level.id, "label": level.label} if level else None
    fits = [cluster_fit(model, c, percents, level, measures) for c in model.clusters]
    derived["clusters"] = sorted(fits, key=lambda f: -f["fit"])
    shown = visibility(questionnaire, answers)
    evidenced = {e.milestone for e in questionnaire.milestone_evidence
                 if answer_condition(e.when, answers, shown)}
    done = [m.id for m in model.milestones if m.id in evidenced]
    if questionnaire.milestone_evidence:
        derived["milestones_done"] = done
    derived["paths"] = {c.id: plan_path(model, percents, c.id, done, measures)
                        for c in model.clusters}
    return derived
