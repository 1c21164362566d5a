"""The document model: typed, immutable objects built only from validated input."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

COMPARISON_OPS: tuple[str, ...] = ("gte", "gt", "lte", "lt")
# An addition to SPEC 1.5: which of a dimension's SPEC 1.2 numbers a requirement tests.
# `percent` (the default, and the SPEC meaning) or `self` / `knowledge`.
MEASURES: tuple[str, ...] = ("percent", "self", "knowledge")
ANSWER_OPS: tuple[str, ...] = (
    "equals",
    "not_equals",
    "in",
    "gte",
    "gt",
    "lte",
    "lt",
    "includes",
    "answered",
)

_EMPTY: Mapping[str, float] = MappingProxyType({})


def frozen_map(values: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(values))


# ---- conditions -------------------------------------------------------------------------


@dataclass(frozen=True)
class Always:
    """The empty condition `{}`: always holds."""


@dataclass(frozen=True)
class AnswerTest:
    """A condition on one answer (SPEC `when: {answer: ...}`)."""

    item: str
    tests: tuple[tuple[str, Any], ...]  # (op, value); all must hold


@dataclass(frozen=True)
class DimensionTest:
    """A condition on one dimension's percent (ladder and cluster requirements)."""

    dimension: str
    tests: tuple[tuple[str, float], ...]
    measure: str = "percent"  # one of MEASURES


@dataclass(frozen=True)
class AllOf:
    """Holds when every one of its conditions holds."""

    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    """Holds when at least one of its conditions holds."""

    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    """Holds when its condition does not."""

    condition: Condition


Condition = Always | AnswerTest | DimensionTest | AllOf | AnyOf | Not


# ---- questionnaire ----------------------------------------------------------------------


@dataclass(frozen=True)
class Dimension:
    """A competency dimension the items score."""

    id: str
    label: str
    description: str | None = None


@dataclass(frozen=True)
class ScalePoint:
    """One point of a rating scale."""

    value: float
    label: str


@dataclass(frozen=True)
class Option:
    """One option of a choice, multi or knowledge item, with what it scores."""

    id: str
    label: str
    scores: Mapping[str, float] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True)
class Band:
    """One band of a number item: answers below `below` score `points`."""

    below: float | None
    points: float


@dataclass(frozen=True)
class Item:
    """One question, of any SPEC item type."""

    id: str
    type: str
    text: str
    section: str
    help: str | None = None
    required: bool = True
    when: Condition | None = None
    refs: tuple[str, ...] = ()
    weights: Mapping[str, float] = field(
        default_factory=lambda: _EMPTY
    )  # the item's `scores` (dimension -> weight)
    scale_name: str | None = None
    scale: tuple[ScalePoint, ...] = ()
    reverse: bool = False
    options: tuple[Option, ...] = ()
    max_choices: int | None = None
    correct: frozenset[str] = frozenset()
    minimum: float | None = None
    maximum: float | None = None
    bands: tuple[Band, ...] = ()
    max_length: int | None = None

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def option(self, option_id: str) -> Option | None:
        for option in self.options:
            if option.id == option_id:
                return option
        return None

    @property
    def dimensions(self) -> tuple[str, ...]:
        """The dimensions this item counts for, in first-mention order."""
        if self.type in ("choice", "multi"):
            seen: dict[str, None] = {}
            for option in self.options:
                for dim in option.scores:
                    seen.setdefault(dim, None)
            return tuple(seen)
        if self.type == "text":
            return ()
        return tuple(self.weights)

    @property
    def is_scored(self) -> bool:
        return bool(self.dimensions)


@dataclass(frozen=True)
class Section:
    """A titled group of items, optionally shown only under a condition."""

    id: str
    title: str
    items: tuple[Item, ...]
    intro: str | None = None
    when: Condition | None = None


# ---- career model -----------------------------------------------------------------------


@dataclass(frozen=True)
class Level:
    """One rung of the competency ladder and what reaching it requires."""

    id: str
    label: str
    requires: Condition
    description: str | None = None


@dataclass(frozen=True)
class Cluster:
    """A role cluster: its target profile, weights and the level it asks for."""

    id: str
    label: str
    summary: str
    ai_role: str
    function: str
    target: Mapping[str, float]
    weights: Mapping[str, float]
    min_level: str
    refs: tuple[str, ...] = ()
    # An addition to SPEC 1.5: readiness also needs this condition (None: SPEC readiness).
    ready_when: Condition | None = None

    def weight(self, dimension: str) -> float:
        return self.weights.get(dimension, 1.0)


@dataclass(frozen=True)
class Resource:
    """A course, book or link that helps with a milestone."""

    title: str
    url: str | None = None


@dataclass(frozen=True)
class Milestone:
    """A learning step: what it raises, its effort and what it requires first."""

    id: str
    title: str
    raises: Mapping[str, float]
    effort_hours: float
    description: str | None = None
    requires: tuple[str, ...] = ()
    clusters: tuple[str, ...] | None = None
    refs: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()


@dataclass(frozen=True)
class DocumentSource:
    """Where a document was read from, and the hash of its bytes."""

    path: Path | None
    sha256: str


@dataclass(frozen=True)
class CareerModel:
    """The ladder, the role clusters and the milestones a questionnaire is placed on."""

    id: str
    version: str
    title: str
    dimensions: tuple[Dimension, ...]
    ladder: tuple[Level, ...]
    clusters: tuple[Cluster, ...]
    milestones: tuple[Milestone, ...]
    source: DocumentSource
    separate_file: bool = True
    description: str | None = None
    plane: tuple[str, str] | None = None  # extension: the two dimensions of the "plane" chart

    def level_index(self, level_id: str) -> int:
        for index, level in enumerate(self.ladder):
            if level.id == level_id:
                return index
        raise KeyError(level_id)

    def cluster(self, cluster_id: str) -> Cluster:
        for cluster in self.clusters:
            if cluster.id == cluster_id:
                return cluster
        raise KeyError(cluster_id)

    def milestone(self, milestone_id: str) -> Milestone:
        for milestone in self.milestones:
            if milestone.id == milestone_id:
                return milestone
        raise KeyError(milestone_id)

    @property
    def used_dimensions(self) -> frozenset[str]:
        used: set[str] = set()
        for level in self.ladder:
            used.update(condition_dimensions(level.requires))
        for cluster in self.clusters:
            used.update(cluster.target)
            used.update(cluster.weights)
            if cluster.ready_when is not None:
                used.update(condition_dimensions(cluster.ready_when))
        for milestone in self.milestones:
            used.update(milestone.raises)
        return frozenset(used)


@dataclass(frozen=True)
class MilestoneEvidence:
    """An addition to SPEC 1: answers that show a milestone is already done."""

    milestone: str
    when: Condition


@dataclass(frozen=True)
class Questionnaire:
    """A loaded, validated questionnaire with its career model."""

    id: str
    version: str
    title: str
    dimensions: tuple[Dimension, ...]
    scales: Mapping[str, tuple[ScalePoint, ...]]
    sections: tuple[Section, ...]
    source: DocumentSource
    description: str | None = None
    career: CareerModel | None = None
    estimated_minutes: float | None = None
    milestone_evidence: tuple[MilestoneEvidence, ...] = ()
    items: tuple[Item, ...] = field(default=(), compare=False)
    item_index: Mapping[str, Item] = field(default_factory=dict, compare=False)
    # Set on a translated copy (assessor.core.translation): the language of its texts and
    # the document as written, whose texts results keep so they re-score the same anywhere.
    language: str | None = field(default=None, compare=False)
    untranslated: Questionnaire | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        items = tuple(item for section in self.sections for item in section.items)
        object.__setattr__(self, "items", items)
        object.__setattr__(self, "item_index", MappingProxyType({i.id: i for i in items}))

    @property
    def dimension_ids(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.dimensions)

    def dimension_label(self, dimension_id: str) -> str:
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension.label
        return dimension_id


def condition_dimensions(condition: Condition) -> set[str]:
    stack: list[Condition] = [condition]
    found: set[str] = set()
    while stack:
        current = stack.pop()
        if isinstance(current, DimensionTest):
            found.add(current.dimension)
        elif isinstance(current, (AllOf, AnyOf)):
            stack.extend(current.conditions)
        elif isinstance(current, Not):
            stack.append(current.condition)
    return found


def requirement_to_data(condition: Condition) -> dict[str, Any]:
    """A ladder requirement as the plain mapping it was written as (for result files)."""
    if isinstance(condition, DimensionTest):
        measure = {} if condition.measure == "percent" else {"measure": condition.measure}
        return {"dimension": condition.dimension, **measure, **dict(condition.tests)}
    if isinstance(condition, AllOf):
        return {"all": [requirement_to_data(c) for c in condition.conditions]}
    if isinstance(condition, AnyOf):
        return {"any": [requirement_to_data(c) for c in condition.conditions]}
    if isinstance(condition, Not):
        return {"not": requirement_to_data(condition.condition)}
    return {}


def requirement_from_data(data: Any, depth: int = 0) -> Condition | None:
    """The inverse of requirement_to_data, for data read back from a result file (which may
    be hand-edited): None for anything that is not a well-formed requirement."""
    if not isinstance(data, dict) or depth > 64:
        return None
    if not data:
        return Always()
    if len(data) == 1 and ("all" in data or "any" in data):
        parts = data.get("all", data.get("any"))
        if not isinstance(parts, list) or not parts:
            return None
        parsed = [requirement_from_data(p, depth + 1) for p in parts]
        if any(p is None for p in parsed):
            return None
        conditions = tuple(p for p in parsed if p is not None)
        return AllOf(conditions) if "all" in data else AnyOf(conditions)
    if len(data) == 1 and "not" in data:
        inner = requirement_from_data(data["not"], depth + 1)
        return None if inner is None else Not(inner)
    dimension = data.get("dimension")
    measure = data.get("measure", "percent")
    tests = [(op, data[op]) for op in COMPARISON_OPS if op in data]
    if not isinstance(dimension, str) or not tests or measure not in MEASURES:
        return None
    if len(tests) + 1 + ("measure" in data) != len(data):
        return None
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for _, v in tests):
        return None
    return DimensionTest(dimension, tuple((op, float(v)) for op, v in tests), measure)
