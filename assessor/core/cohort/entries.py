"""What a cohort import gives: the typed entry of an accepted result (`CohortEntry`), the
refusals and duplicates, and the entry built from a checked result (`entry_of`).

An entry also travels as a flat record (`flatten`, `unflatten`): a tuple of plain values
that a forked worker hands back to the importing process (`forked.py`). Pickling entries
themselves cost a worker 38 µs a result and the importer 21 µs to read back (the
dataclasses' own pickling, field by field); a flat record costs about 15 µs on each side
(flattening and pickling; unpickling and building the entry), and the display block
travels once per chunk."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from assessor.core.errors import AssessorError
from assessor.core.scoring.career import ClusterFit

RESCORED = "re-scored"
HASH_ONLY = "not re-scored (integrity hash only)"


# Slots: a cohort keeps thousands of entries, and every __dict__ is one more object for the
# cyclic collector to walk again and again.
@dataclass(frozen=True, slots=True)
class PathStep:
    """One step of a stored path, as a cohort summary reads it back."""

    milestone: str
    title: str
    projected: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class CohortEntry:
    """One accepted result, reduced to the checked, typed facts a cohort summary uses."""

    source: str
    sha256: str
    rescored: bool
    respondent: str | None
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_title: str
    questionnaire_sha256: str
    completed_at: str
    completed: datetime | None
    complete: bool
    level: str | None
    level_label: str | None
    percents: Mapping[str, float | None]
    clusters: tuple[ClusterFit, ...]  # best fit first, as the result lists them
    paths: Mapping[str, tuple[PathStep, ...]]
    answers: Mapping[str, Any]
    display: Mapping[str, Any]

    @property
    def best(self) -> ClusterFit | None:
        return self.clusters[0] if self.clusters else None

    def cluster(self, cluster_id: str) -> ClusterFit | None:
        for standing in self.clusters:
            if standing.id == cluster_id:
                return standing
        return None


@dataclass(frozen=True)
class Refusal:
    """A file a cohort import refused, with the one-line reason."""

    source: str
    reason: str  # the whole line, `FILE: reason` (with line/column where the file has them)


@dataclass(frozen=True)
class Duplicate:
    """A file that held a result already imported from another file."""

    source: str
    first: str  # the file the same result was first met in


@dataclass
class CohortImport:
    """What a cohort import accepted, refused and found twice."""

    entries: list[CohortEntry] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def hash_only(self) -> list[CohortEntry]:
        return [entry for entry in self.entries if not entry.rescored]


Found = CohortEntry | Refusal | Duplicate


def add_found(outcome: CohortImport, found: Found) -> None:
    if isinstance(found, CohortEntry):
        outcome.entries.append(found)
    elif isinstance(found, Refusal):
        outcome.refused.append(found)
    else:
        outcome.duplicates.append(found)


# ---- turning a checked result into a typed entry ------------------------------------------
# `parse_result` has checked every field read here for its type and range (the shape check
# of SPEC 3): the entry is built from it without a second check, apart from what only a
# cohort needs (a completion time it can sort by).


def parse_timestamp(text: str) -> datetime | None:
    try:
        # Python before 3.11 does not read a trailing Z.
        return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        return None


def _percents(scores: Mapping[str, Any]) -> dict[str, float | None]:
    return {dim: None if fields.get("percent") is None else float(fields["percent"])
            for dim, fields in scores.items()}


def _clusters(clusters: list[Any]) -> tuple[ClusterFit, ...]:
    return tuple(ClusterFit(
        id=cluster["id"], label=cluster["label"], fit=float(cluster["fit"]),
        ready=cluster["ready"] is True,
        gaps={d: float(g) for d, g in cluster["gaps"].items()},
    ) for cluster in clusters)


def _paths(name: str, paths: Mapping[str, Any] | None) -> dict[str, tuple[PathStep, ...]]:
    checked: dict[str, tuple[PathStep, ...]] = {}
    for cluster_id, path in (paths or {}).items():
        steps = []
        for step in path["steps"]:
            projected = step["projected"]
            if not all(isinstance(v, int | float) and not isinstance(v, bool)
                       for v in projected.values()):
                raise AssessorError.single(name, "is not a valid result: a projected percent "
                                                 f"of the path to '{cluster_id}' is not a number")
            steps.append(PathStep(milestone=step["milestone"], title=step["title"],
                                  projected={d: float(v) for d, v in projected.items()}))
        checked[str(cluster_id)] = tuple(steps)
    return checked


NOTHING: Mapping[str, Any] = {}  # what an entry holds for what it was not asked to keep


def entry_of(result: dict[str, Any], name: str, sha: str, rescored: bool,
             details: bool = True) -> CohortEntry:
    """The entry of a result that passed its checks (raises AssessorError for what only a
    cohort refuses: a completion time that is no date, a projected percent that is no
    number)."""
    questionnaire = result["questionnaire"]
    completed_at = result["completed_at"]
    completed = parse_timestamp(completed_at)
    if completed is None:
        raise AssessorError.single(name, f"is not a valid result: completed_at "
                                         f"{completed_at!r} is not an ISO-8601 date and time")
    placement = result.get("placement")
    display = result.get("display") if details else None
    return CohortEntry(
        source=name,
        sha256=sha,
        rescored=rescored,
        respondent=result.get("respondent"),
        questionnaire_id=questionnaire["id"],
        questionnaire_version=questionnaire.get("version") or "",
        questionnaire_title=questionnaire.get("title") or "",
        questionnaire_sha256=questionnaire["sha256"],
        completed_at=completed_at,
        completed=completed,
        complete=result["complete"],
        level=placement["level"] if placement is not None else None,
        level_label=placement["label"] if placement is not None else None,
        percents=_percents(result["scores"]),
        clusters=_clusters(result["clusters"]),
        paths=_paths(name, result.get("paths")) if details else NOTHING,
        answers=result["answers"] if details else NOTHING,
        display=display if isinstance(display, dict) else NOTHING,
    )


# ---- an entry as a flat record, to travel between processes -------------------------------

FlatEntry = tuple[Any, ...]
_NO_DISPLAY = -1


def flatten(entry: CohortEntry, displays: dict[int, int], blocks: list[Mapping[str, Any]],
            ) -> FlatEntry:
    """`entry` as plain values (no datetime: `completed` is worked out again from
    `completed_at`). Its display block is given by its place in `blocks`, where it is added
    the first time (`displays`: the block's id -> its place), so a block many entries share
    travels once."""
    display = entry.display
    if display is NOTHING:
        place = _NO_DISPLAY
    else:
        place = displays.setdefault(id(display), len(blocks))
        if place == len(blocks):
            blocks.append(display)
    return (entry.source, entry.sha256, entry.rescored, entry.respondent,
            entry.questionnaire_id, entry.questionnaire_version, entry.questionnaire_title,
            entry.questionnaire_sha256, entry.completed_at, entry.complete, entry.level,
            entry.level_label, entry.percents,
            tuple([(fit.id, fit.label, fit.fit, fit.ready, fit.gaps) for fit in entry.clusters]),
            None if entry.paths is NOTHING else {
                cluster: tuple([(step.milestone, step.title, step.projected) for step in steps])
                for cluster, steps in entry.paths.items()},
            None if entry.answers is NOTHING else entry.answers, place)


def unflatten(record: FlatEntry, blocks: list[Mapping[str, Any]]) -> CohortEntry:
    """The entry `flatten` gave `record` for (`blocks` as it filled them)."""
    (source, sha256, rescored, respondent, questionnaire_id, questionnaire_version,
     questionnaire_title, questionnaire_sha256, completed_at, complete, level, level_label,
     percents, clusters, paths, answers, place) = record
    return CohortEntry(
        source, sha256, rescored, respondent, questionnaire_id, questionnaire_version,
        questionnaire_title, questionnaire_sha256, completed_at, parse_timestamp(completed_at),
        complete, level, level_label, percents,
        tuple([ClusterFit(*fit) for fit in clusters]),
        NOTHING if paths is None else {
            cluster: tuple([PathStep(*step) for step in steps])
            for cluster, steps in paths.items()},
        NOTHING if answers is None else answers,
        NOTHING if place == _NO_DISPLAY else blocks[place])
