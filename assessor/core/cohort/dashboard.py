"""The cohort dashboard's data: what the GUI and the HTML/PDF summary draw (Qt-free).

Its own words (the "Not placed" level, why there is no heatmap) are in the language in use
when it is built (`assessor.core.i18n`).

Privacy: a provider sees groups, never a person. Every count below `min_group` (default 5)
is shown as "<5"; where the counts split the cohort (levels, best-fit clusters, ready or
not) and exactly one non-zero count was hidden, the next smallest count is hidden too (shown
as "≥5", which is true of it) so the hidden one cannot be worked out from the total. The
heatmap of gaps is per person, so it is given only when the filtered cohort has at least
`min_group` people, with anonymous, numbered rows ordered by total gap (not by name or file).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from assessor.core.cohort import CohortEntry
from assessor.core.cohort.collector import pausing_collector
from assessor.core.i18n import _

DEFAULT_MIN_GROUP = 5
NOT_PLACED = ""  # the level id under which results without a placement are counted


@dataclass(frozen=True)
class Count:
    """A count of people, hidden (None) when the group is too small to show."""

    value: int | None  # None when hidden
    text: str

    @property
    def hidden(self) -> bool:
        return self.value is None


def count_cell(value: int, min_group: int) -> Count:
    return Count(None, f"<{min_group}") if value < min_group else Count(value, str(value))


def suppress_partition(values: Sequence[int], min_group: int) -> list[Count]:
    """Counts that add up to a published total: small ones hidden, and one more hidden
    when a single non-zero count would otherwise be the total minus the others."""
    cells = [count_cell(v, min_group) for v in values]
    hidden = [i for i, cell in enumerate(cells) if cell.hidden]
    if len(hidden) == 1 and values[hidden[0]] > 0:
        shown = [i for i, cell in enumerate(cells) if not cell.hidden]
        if shown:
            smallest = min(shown, key=lambda i: values[i])
            cells[smallest] = Count(None, f"≥{min_group}")
    return cells


@dataclass(frozen=True)
class DashboardFilter:
    """Which results a dashboard covers: questionnaire, versions and dates."""

    questionnaire_id: str | None = None  # None: the questionnaire with the most results
    versions: tuple[str, ...] = ()  # empty: every version
    since: date | None = None  # inclusive, on the date written in completed_at
    until: date | None = None

    def admits(self, entry: CohortEntry) -> bool:
        if self.versions and entry.questionnaire_version not in self.versions:
            return False
        day = entry.completed.date() if entry.completed else None
        if self.since is not None and (day is None or day < self.since):
            return False
        return not (self.until is not None and (day is None or day > self.until))


@dataclass(frozen=True)
class LevelCount:
    """How many people were placed at one level of the ladder."""

    id: str  # NOT_PLACED for results with no placement
    label: str
    count: Count


@dataclass(frozen=True)
class ClusterSummary:
    """One role cluster across a cohort: for how many it fits best, who is ready, mean fit."""

    id: str
    label: str
    best_fit: Count  # people for whom this is the best-fitting cluster
    ready: Count
    not_ready: Count
    mean_fit: float | None  # None when the cohort is smaller than min_group


@dataclass(frozen=True)
class MilestoneReach:
    """How many people's paths include one milestone."""

    id: str
    title: str
    people: Count  # how many people's path to their cluster includes it
    shortfall_reduced: float  # Σ over those people of the weighted shortfall it removes


@dataclass(frozen=True)
class GapHeatmap:
    """Rows are people (anonymous, most total gap first), columns are dimensions; a cell is
    the percent points short of the cluster's target, 0 when met, None when not targeted."""

    dimensions: tuple[tuple[str, str], ...]  # (id, label)
    rows: tuple[tuple[float | None, ...], ...]
    against: str  # "each person's best-fitting cluster" or the chosen cluster's label


@dataclass(frozen=True)
class CohortDashboard:
    """The aggregate picture of one questionnaire's results in a cohort."""

    questionnaire_id: str
    title: str
    versions: tuple[str, ...]  # all versions met for this questionnaire, for the filter
    filter: DashboardFilter
    min_group: int
    respondents: Count
    rescored: int
    hash_only: int
    dimensions: tuple[tuple[str, str], ...]
    levels: tuple[LevelCount, ...]
    clusters: tuple[ClusterSummary, ...]
    milestones: tuple[MilestoneReach, ...]  # most people first
    heatmap: GapHeatmap | None
    heatmap_note: str | None  # why there is no heatmap
    cluster_id: str | None  # the chosen cluster, None for each person's best fit


def questionnaire_ids(entries: Iterable[CohortEntry]) -> list[str]:
    """Questionnaire ids, most results first (ties: first met)."""
    counts = Counter(entry.questionnaire_id for entry in entries)
    return [qid for qid, _ in counts.most_common()]


def _labels(display: Mapping[str, Any], key: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in display.get(key) or []:
        if isinstance(item, Mapping) and isinstance(item.get("id"), str):
            found[item["id"]] = str(item.get("label", item["id"]))
    return found


def _cluster_targets(display: Mapping[str, Any]) -> dict[str, tuple[dict[str, float],
                                                                    dict[str, float]]]:
    """cluster id -> (target, weights) from a result's display context."""
    found: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
    for cluster in display.get("clusters") or []:
        if not isinstance(cluster, Mapping) or not isinstance(cluster.get("id"), str):
            continue
        target, weights = cluster.get("target"), cluster.get("weights")
        if isinstance(target, Mapping):
            found[cluster["id"]] = (
                {d: float(v) for d, v in target.items() if isinstance(v, int | float)},
                {d: float(v) for d, v in (weights or {}).items() if isinstance(v, int | float)},
            )
    return found


def _shortfall(target: Mapping[str, float], weights: Mapping[str, float],
               percents: Mapping[str, float | None]) -> float:
    return sum(weights.get(d, 1.0) * max(0.0, t - (percents.get(d) or 0.0))
               for d, t in target.items())


@pausing_collector
def build_dashboard(
    entries: Sequence[CohortEntry],
    view: DashboardFilter = DashboardFilter(),
    *,
    min_group: int = DEFAULT_MIN_GROUP,
    cluster_id: str | None = None,
) -> CohortDashboard | None:
    """The dashboard of one questionnaire's results; None when there are no results."""
    ids = questionnaire_ids(entries)
    if not ids:
        return None
    questionnaire_id = view.questionnaire_id or ids[0]
    own = [e for e in entries if e.questionnaire_id == questionnaire_id]
    if not own:
        return None
    versions = tuple(dict.fromkeys(e.questionnaire_version for e in own))
    chosen = [e for e in own if view.admits(e)]
    # Labels from the newest result: a later version's wording is the one authors know.
    reference = max(own, key=lambda e: e.completed_at).display
    dimension_labels = _labels(reference, "dimensions")
    dims = list(dimension_labels) or list(dict.fromkeys(d for e in own for d in e.percents))
    dimensions = tuple((d, dimension_labels.get(d, d)) for d in dims)
    cluster_labels = _labels(reference, "clusters")
    for entry in own:
        for standing in entry.clusters:
            cluster_labels.setdefault(standing.id, standing.label)
    targets = _cluster_targets(reference)
    people = len(chosen)
    return CohortDashboard(
        questionnaire_id=questionnaire_id,
        title=max(own, key=lambda e: e.completed_at).questionnaire_title,
        versions=versions,
        filter=DashboardFilter(questionnaire_id, view.versions, view.since, view.until),
        min_group=min_group,
        respondents=count_cell(people, min_group),
        rescored=sum(1 for e in chosen if e.rescored),
        hash_only=sum(1 for e in chosen if not e.rescored),
        dimensions=dimensions,
        levels=_levels(chosen, reference, min_group),
        clusters=_clusters(chosen, cluster_labels, min_group),
        milestones=_milestones(chosen, targets, cluster_id, min_group),
        heatmap=_heatmap(chosen, dimensions, targets, cluster_id, cluster_labels)
        if people >= min_group else None,
        heatmap_note=None if people >= min_group else (
            _("Not shown: fewer than {min_group} people match the filter, and a heatmap of "
              "so few rows could single someone out.").format(min_group=min_group)),
        cluster_id=cluster_id,
    )


def _levels(chosen: Sequence[CohortEntry], display: Mapping[str, Any],
            min_group: int) -> tuple[LevelCount, ...]:
    labels = _labels(display, "ladder")
    counts = Counter(e.level or NOT_PLACED for e in chosen)
    for entry in chosen:
        if entry.level and entry.level not in labels:
            labels[entry.level] = entry.level_label or entry.level
    order = list(labels)
    if counts.get(NOT_PLACED):
        order.insert(0, NOT_PLACED)
        labels[NOT_PLACED] = _("Not placed")
    cells = suppress_partition([counts.get(level, 0) for level in order], min_group)
    return tuple(LevelCount(level, labels[level], cell)
                 for level, cell in zip(order, cells, strict=True))


def _clusters(chosen: Sequence[CohortEntry], labels: Mapping[str, str],
              min_group: int) -> tuple[ClusterSummary, ...]:
    best = Counter(e.best.id for e in chosen if e.best is not None)
    order = list(labels)
    best_cells = suppress_partition([best.get(c, 0) for c in order], min_group)
    summaries = []
    for cluster_id, best_cell in zip(order, best_cells, strict=True):
        standings = [s for e in chosen if (s := e.cluster(cluster_id)) is not None]
        ready = sum(1 for s in standings if s.ready)
        ready_cell, not_ready_cell = suppress_partition([ready, len(standings) - ready],
                                                        min_group)
        mean_fit = (round(sum(s.fit for s in standings) / len(standings), 1)
                    if len(standings) >= min_group else None)
        summaries.append(ClusterSummary(cluster_id, labels[cluster_id], best_cell, ready_cell,
                                        not_ready_cell, mean_fit))
    return tuple(summaries)


def _target_cluster(entry: CohortEntry, cluster_id: str | None) -> str | None:
    if cluster_id is not None:
        return cluster_id
    return entry.best.id if entry.best is not None else None


def _milestones(chosen: Sequence[CohortEntry],
                targets: Mapping[str, tuple[dict[str, float], dict[str, float]]],
                cluster_id: str | None, min_group: int) -> tuple[MilestoneReach, ...]:
    people: Counter[str] = Counter()
    reduced: dict[str, float] = {}
    titles: dict[str, str] = {}
    for entry in chosen:
        target_id = _target_cluster(entry, cluster_id)
        if target_id is None:
            continue
        target, weights = targets.get(target_id, ({}, {}))
        before: Mapping[str, float | None] = entry.percents
        short_before: float | None = None  # the shortfall at `before`, once worked out
        for step in dict((s.milestone, s) for s in entry.paths.get(target_id, ())).values():
            titles.setdefault(step.milestone, step.title)
            people[step.milestone] += 1
            after = {**before, **step.projected}
            if short_before is None:
                short_before = _shortfall(target, weights, before)
            # The shortfall after a step is the one before the next: worked out once.
            short_after = _shortfall(target, weights, after)
            gain = short_before - short_after
            reduced[step.milestone] = reduced.get(step.milestone, 0.0) + max(0.0, gain)
            before, short_before = after, short_after
    ranked = sorted(people, key=lambda m: (-people[m], -reduced[m], m))
    return tuple(MilestoneReach(m, titles[m], count_cell(people[m], min_group),
                                round(reduced[m], 1)) for m in ranked)


def _heatmap(chosen: Sequence[CohortEntry], dimensions: Sequence[tuple[str, str]],
             targets: Mapping[str, tuple[dict[str, float], dict[str, float]]],
             cluster_id: str | None, labels: Mapping[str, str]) -> GapHeatmap:
    rows: list[tuple[float | None, ...]] = []
    for entry in chosen:
        target_id = _target_cluster(entry, cluster_id)
        standing = entry.cluster(target_id) if target_id is not None else None
        target = targets.get(target_id or "", ({}, {}))[0]
        gaps = standing.gaps if standing is not None else {}
        rows.append(tuple(
            gaps.get(dim, 0.0) if dim in target else gaps.get(dim)
            for dim, _ in dimensions))
    targeted = [i for i in range(len(dimensions)) if any(r[i] is not None for r in rows)]
    rows = [tuple(r[i] for i in targeted) for r in rows]
    rows.sort(key=lambda r: (-sum(v or 0.0 for v in r), tuple(-(v or 0.0) for v in r)))
    against = (_("each person's best-fitting cluster") if cluster_id is None
               else labels.get(cluster_id, cluster_id))
    return GapHeatmap(tuple(dimensions[i] for i in targeted), tuple(rows),
                      against)
