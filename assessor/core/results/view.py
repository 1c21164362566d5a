"""The typed view of a result: a SPEC 3 result dict (with its `display` context) read once
into frozen dataclasses that charts, reports, a client's history, the readings and the GUI
read instead of the dict. This module is the one place that knows the result's keys for
showing a result; `build.py` writes them and `files.py` checks them. (What rewrites or
re-scores a result, the CSV export and the cohort still work on the dict: see
docs/architecture.md, "How a result is read".)

The dict has passed `files.parse_result` (or was just built), but the view stays tolerant
all the same: a missing or wrongly typed field reads as absent (None, empty), so a chart of
a damaged-but-accepted result shows less, it never raises."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from assessor.core.errors import did_you_mean
from assessor.core.format.model import Condition, requirement_from_data
from assessor.core.results.free_text import WITHHELD_KEY
from assessor.core.scoring.career import ClusterFit


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def number(value: Any) -> float | None:
    """A JSON number as a float; None for anything else (booleans included)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _numbers(value: Any) -> Mapping[str, float]:
    """Key -> number, skipping whatever is not a number."""
    return MappingProxyType({str(k): n for k, raw in _dict(value).items()
                             if (n := number(raw)) is not None})


def _text(value: Any, default: str = "") -> str:
    return str(value) if value is not None else default


_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class QuestionnaireRef:
    """Which questionnaire the result was taken with (SPEC 3 `questionnaire`)."""

    id: str
    version: str | None
    title: str | None
    sha256: str | None


@dataclass(frozen=True)
class ModelRef:
    """The separate career-model file a result was scored with (SPEC 3 `career_model`)."""

    id: str | None
    version: str | None
    sha256: str | None


@dataclass(frozen=True)
class DimensionScore:
    """One dimension's score; None where the result has no number for it."""

    raw: float | None
    min: float | None
    max: float | None
    percent: float | None
    self_rated: float | None
    knowledge: float | None
    coverage: float | None

    def value(self, key: str = "percent") -> float | None:
        """A score field by its SPEC 3 name (`percent`, `self`, `knowledge`, …)."""
        return {"raw": self.raw, "min": self.min, "max": self.max, "percent": self.percent,
                "self": self.self_rated, "knowledge": self.knowledge,
                "coverage": self.coverage}.get(key)


_NO_SCORE = DimensionScore(None, None, None, None, None, None, None)


@dataclass(frozen=True)
class Placement:
    """The rung the result is placed on."""

    level: str | None
    label: str


@dataclass(frozen=True)
class ClusterInfo:
    """A role cluster as the display context describes it (targets, role, function)."""

    id: str
    label: str
    summary: str = ""
    ai_role: str = ""
    function: str = ""
    target: Mapping[str, float] = field(default_factory=lambda: _EMPTY)
    min_level: Any = None
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rung:
    """One level of the ladder, lowest first."""

    id: str
    label: str
    description: str


@dataclass(frozen=True)
class PathStep:
    """One milestone on a path; `effort_hours` is 0 unless a positive number."""

    milestone: str
    title: str
    effort_hours: float
    projected: Mapping[str, Any]
    level: str | None


@dataclass(frozen=True)
class ClusterPath:
    """The planned path to one cluster (SPEC 3 `paths`)."""

    reachable: bool
    steps: tuple[PathStep, ...]
    total_effort_hours: float | None
    short: tuple[str, ...]


@dataclass(frozen=True)
class ItemInfo:
    """What the display context says of one question: its text and, for options and
    scales, what each answer value reads as."""

    text: str | None
    choices: Mapping[str, Any] | None


@dataclass(frozen=True)
class MilestoneInfo:
    """What the display context says of one milestone."""

    title: str
    description: str
    refs: tuple[str, ...]
    resources: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class ResultView:
    """One result, read once. `data` is the dict it was read from, for what writes or
    hashes the result as it is (files, the store, the integrity hash)."""

    data: Mapping[str, Any]
    questionnaire: QuestionnaireRef
    respondent: str | None
    completed_at: str | None
    language: str | None
    complete: bool
    missing: tuple[str, ...]
    career_model: ModelRef | None
    answers: Mapping[str, Any]
    # Free-text answers left out when the result was shared (an addition to SPEC 3).
    withheld_answers: frozenset[str]
    dimensions: tuple[tuple[str, str], ...]
    scores: Mapping[str, DimensionScore]
    placement: Placement | None
    fits: tuple[ClusterFit, ...]  # SPEC 3 `clusters`, best first; one without a number is left out
    clusters: tuple[ClusterInfo, ...]
    paths: Mapping[str, ClusterPath]
    ladder: tuple[Rung, ...]
    # (label, requirement) per rung, lowest first; None when the result does not carry
    # every rung's requirement (older results, or one edited by hand).
    ladder_requirements: tuple[tuple[str, Condition], ...] | None
    milestones: Mapping[str, MilestoneInfo]
    milestones_done: tuple[str, ...]
    items: Mapping[str, ItemInfo]
    provider: Mapping[str, Any] | None
    plane: tuple[str, str] | None
    sha256: str | None
    _labels: Mapping[str, str] = field(repr=False, compare=False,
                                       default_factory=lambda: _EMPTY)

    @classmethod
    def of(cls, result: ResultView | Mapping[str, Any]) -> ResultView:
        """`result` itself when it is a view already, else the view of the dict."""
        return result if isinstance(result, ResultView) else cls.from_data(result)

    @classmethod
    def from_data(cls, result: Mapping[str, Any]) -> ResultView:
        """Read `result` (a SPEC 3 dict) once; the view keeps `result` itself as `data`."""
        display = _dict(result.get("display"))
        listed = [(str(d["id"]), str(d.get("label", d["id"])))
                  for d in _list(display.get("dimensions")) if isinstance(d, dict) and "id" in d]
        known = {dim for dim, _ in listed}
        raw_scores = _dict(result.get("scores"))
        dimensions = tuple(listed + [(str(key), str(key)) for key in raw_scores
                                     if str(key) not in known])
        labels = dict(dimensions)
        meta = _dict(result.get("questionnaire"))
        placed = _dict(result.get("placement"))
        return cls(
            data=result,
            questionnaire=QuestionnaireRef(
                id=_text(meta.get("id")), version=_optional_text(meta.get("version")),
                title=_optional_text(meta.get("title")),
                sha256=_optional_text(meta.get("sha256"))),
            respondent=_optional_text(result.get("respondent")),
            completed_at=(result["completed_at"]
                          if isinstance(result.get("completed_at"), str) else None),
            language=_optional_text(result.get("language")),
            complete=result.get("complete") is True,
            missing=tuple(str(m) for m in _list(result.get("missing"))),
            career_model=_model(result.get("career_model")),
            answers=MappingProxyType(_dict(result.get("answers"))),
            withheld_answers=frozenset(str(i) for i in _list(result.get(WITHHELD_KEY))),
            dimensions=dimensions,
            scores=MappingProxyType({str(dim): _score(raw) for dim, raw in raw_scores.items()}),
            placement=(Placement(_optional_text(placed.get("level")),
                                 str(placed.get("label") or placed.get("level")))
                       if placed else None),
            fits=tuple(_fit(c) for c in _list(result.get("clusters"))
                       if isinstance(c, dict) and "id" in c and number(c.get("fit")) is not None),
            clusters=tuple(_cluster(c) for c in _list(display.get("clusters"))
                           if isinstance(c, dict) and "id" in c),
            paths=MappingProxyType({str(cid): _path(p) for cid, p in
                                    _dict(result.get("paths")).items() if isinstance(p, dict)}),
            ladder=tuple(_rung(level) for level in _list(display.get("ladder"))
                         if isinstance(level, dict) and "id" in level),
            ladder_requirements=_requirements(display.get("ladder")),
            milestones=MappingProxyType({str(mid): _milestone(m) for mid, m in
                                         _dict(display.get("milestones")).items()
                                         if isinstance(m, dict)}),
            milestones_done=tuple(str(m) for m in _list(result.get("milestones_done"))),
            items=MappingProxyType({str(iid): _item(item) for iid, item in
                                    _dict(display.get("items")).items()
                                    if isinstance(item, dict)}),
            provider=(MappingProxyType(display["provider"])
                      if isinstance(display.get("provider"), dict) else None),
            plane=_plane(display.get("plane"), labels, dimensions),
            sha256=_optional_text(_dict(result.get("integrity")).get("sha256")),
            _labels=MappingProxyType(labels),
        )

    # ---- derived readings ---------------------------------------------------------------

    def dimension_labels(self) -> dict[str, str]:
        """Dimension id -> label, for every dimension the result displays or scores."""
        return dict(self._labels)

    def score(self, dimension: str) -> DimensionScore:
        return self.scores.get(dimension, _NO_SCORE)

    def score_value(self, dimension: str, key: str = "percent") -> float | None:
        return self.score(dimension).value(key)

    def percents(self) -> dict[str, float | None]:
        """Dimension id -> overall percent (None when not scored or not a number)."""
        return {dim: self.score_value(dim) for dim, _ in self.dimensions}

    @property
    def placement_id(self) -> str | None:
        return self.placement.level if self.placement is not None else None

    @property
    def placement_label(self) -> str | None:
        return self.placement.label if self.placement is not None else None

    def level_labels(self) -> dict[str, str]:
        return {rung.id: rung.label for rung in self.ladder}

    @property
    def best_cluster_id(self) -> str | None:
        if self.fits:
            return self.fits[0].id
        return self.clusters[0].id if self.clusters else None

    def fit(self, cluster_id: str) -> ClusterFit | None:
        return next((fit for fit in self.fits if fit.id == cluster_id), None)

    def cluster(self, cluster_id: str) -> ClusterInfo:
        """The display cluster, or one named by its fit; ValueError for an unknown id."""
        for entry in self.clusters:
            if entry.id == cluster_id:
                return entry
        fit = self.fit(cluster_id)
        if fit is not None:
            return ClusterInfo(id=cluster_id, label=fit.label or cluster_id)
        known = [entry.id for entry in self.clusters] or [fit.id for fit in self.fits]
        raise ValueError(f"the result has no cluster '{cluster_id}'"
                         f"{did_you_mean(cluster_id, known)}; "
                         f"its clusters: {', '.join(known) or 'none'}")

    def path(self, cluster_id: str) -> ClusterPath | None:
        return self.paths.get(cluster_id)

    def milestone(self, milestone_id: str) -> MilestoneInfo | None:
        return self.milestones.get(milestone_id)


def _optional_text(value: Any) -> str | None:
    return str(value) if value is not None else None


def _model(raw: Any) -> ModelRef | None:
    if not isinstance(raw, dict):
        return None
    return ModelRef(_optional_text(raw.get("id")), _optional_text(raw.get("version")),
                    _optional_text(raw.get("sha256")))


def _score(raw: Any) -> DimensionScore:
    fields = _dict(raw)
    return DimensionScore(
        raw=number(fields.get("raw")), min=number(fields.get("min")),
        max=number(fields.get("max")), percent=number(fields.get("percent")),
        self_rated=number(fields.get("self")), knowledge=number(fields.get("knowledge")),
        coverage=number(fields.get("coverage")))


def _fit(raw: dict[str, Any]) -> ClusterFit:
    return ClusterFit(id=str(raw["id"]), label=str(raw.get("label") or raw["id"]),
                      fit=number(raw.get("fit")) or 0.0, ready=raw.get("ready") is True,
                      gaps=_numbers(raw.get("gaps")))


def _cluster(raw: dict[str, Any]) -> ClusterInfo:
    return ClusterInfo(
        id=str(raw["id"]), label=str(raw.get("label") or raw["id"]),
        summary=str(raw.get("summary") or ""), ai_role=str(raw.get("ai_role") or ""),
        function=str(raw.get("function") or ""), target=_numbers(raw.get("target")),
        min_level=raw.get("min_level"), refs=tuple(str(r) for r in _list(raw.get("refs"))))


def _rung(raw: dict[str, Any]) -> Rung:
    return Rung(id=str(raw["id"]), label=str(raw.get("label") or raw["id"]),
                description=str(raw.get("description") or ""))


def _requirements(raw: Any) -> tuple[tuple[str, Condition], ...] | None:
    rungs: list[tuple[str, Condition]] = []
    for level in _list(raw):
        if not isinstance(level, dict) or "requires" not in level:
            return None
        requirement = requirement_from_data(level["requires"])
        if requirement is None:
            return None
        rungs.append((str(level.get("label") or level.get("id")), requirement))
    return tuple(rungs) or None


def _step(raw: dict[str, Any]) -> PathStep:
    hours = number(raw.get("effort_hours"))
    return PathStep(
        milestone=_text(raw.get("milestone")), title=_text(raw.get("title")),
        effort_hours=hours if hours is not None and hours > 0 else 0.0,
        projected=MappingProxyType(_dict(raw.get("projected"))),
        level=_optional_text(raw.get("level")))


def _path(raw: dict[str, Any]) -> ClusterPath:
    return ClusterPath(
        reachable=raw.get("reachable") is True,
        steps=tuple(_step(s) for s in _list(raw.get("steps")) if isinstance(s, dict)),
        total_effort_hours=number(raw.get("total_effort_hours")),
        short=tuple(str(d) for d in _list(raw.get("short"))))


def path_from_data(raw: Mapping[str, Any]) -> ClusterPath:
    """A path as `plan_path(...).as_dict()` gives it (the GUI re-plans with a slider)."""
    return _path(dict(raw))


def _item(raw: dict[str, Any]) -> ItemInfo:
    choices = raw.get("choices")
    return ItemInfo(text=_optional_text(raw.get("text")),
                    choices=MappingProxyType(choices) if isinstance(choices, dict) else None)


def _milestone(raw: dict[str, Any]) -> MilestoneInfo:
    return MilestoneInfo(
        title=_text(raw.get("title")), description=_text(raw.get("description")),
        refs=tuple(str(r) for r in _list(raw.get("refs"))),
        resources=tuple(MappingProxyType(r) for r in _list(raw.get("resources"))
                        if isinstance(r, dict)))


def _plane(raw: Any, labels: Mapping[str, str],
           dimensions: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    plane = _list(raw)
    if len(plane) == 2 and all(str(d) in labels for d in plane):
        return str(plane[0]), str(plane[1])
    dims = [dim for dim, _ in dimensions]
    return (dims[0], dims[1]) if len(dims) >= 2 else None
