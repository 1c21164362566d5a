"""A client's results over time as plain data: two results compared (what moved, which
steps of the earlier path were reached) and the whole history for a report. Qt-free and
chart-free; the compare view and the history PDF lay this out.

Everything here is read from result dicts (SPEC 3 plus their `display` context), so a
history can be shown even when the questionnaire a result came from is no longer at hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assessor.core.results.data import dimension_labels, percents
from assessor.core.scoring.career import ClusterFit
from assessor.core.store.types import Note, StoredResult

# A projected raise smaller than this is rounding noise, not a raise.
_EPSILON = 1e-9


def when_text(result: Mapping[str, Any]) -> str:
    """`completed_at` as "YYYY-MM-DD HH:MM" (the offset is dropped: shown as written)."""
    return str(result.get("completed_at") or "")[:16].replace("T", " ")


def level_label(result: Mapping[str, Any]) -> str | None:
    placement = result.get("placement")
    return str(placement["label"]) if placement else None


def _ladder(result: Mapping[str, Any]) -> list[str]:
    return [str(lvl.get("id")) for lvl in (result.get("display") or {}).get("ladder") or []]


def rung(result: Mapping[str, Any]) -> int | None:
    """The placement's rung on the result's own ladder, counted from 1 at the bottom."""
    placement = result.get("placement")
    ladder = _ladder(result)
    if not placement or str(placement.get("level")) not in ladder:
        return None
    return ladder.index(str(placement["level"])) + 1


def cluster_label(result: Mapping[str, Any], cluster_id: str) -> str:
    for cluster in result.get("clusters") or []:
        if cluster.get("id") == cluster_id:
            return str(cluster.get("label") or cluster_id)
    return cluster_id


def cluster_fit(result: Mapping[str, Any], cluster_id: str) -> float | None:
    for cluster in result.get("clusters") or []:
        if cluster.get("id") == cluster_id:
            fit = cluster.get("fit")
            return float(fit) if fit is not None else None
    return None


def best_cluster(result: Mapping[str, Any]) -> str | None:
    clusters = result.get("clusters") or []
    return str(clusters[0]["id"]) if clusters else None


# ---- comparing two results ------------------------------------------------------------


@dataclass(frozen=True)
class DimensionChange:
    """One dimension's percent in two results and the change between them."""

    dimension: str
    label: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class StepProgress:
    """One step of the earlier result's path, and whether the later result reached it."""

    number: int
    milestone: str
    title: str
    effort_hours: float
    # dimension -> where the earlier path projected it after this step (only the
    # dimensions this step raises)
    projected: dict[str, float]
    # dimension -> points the later result is still below that projection
    missing: dict[str, float]

    @property
    def reached(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class Comparison:
    """Two results of one person compared, dimension by dimension and on the path."""

    older_when: str
    newer_when: str
    changes: list[DimensionChange]
    level_before: str | None
    level_after: str | None
    cluster_id: str | None
    cluster_label: str
    fit_before: float | None
    fit_after: float | None
    steps: list[StepProgress] = field(default_factory=list)
    has_path: bool = False
    rung_before: int | None = None
    rung_after: int | None = None

    @property
    def level_changed(self) -> bool:
        return self.level_before != self.level_after

    @property
    def rung_delta(self) -> int | None:
        """Rungs climbed (negative: down); None when either result is not on a ladder or
        the two results were placed on different ladders."""
        if self.rung_before is None or self.rung_after is None:
            return None
        return self.rung_after - self.rung_before

    @property
    def fit_delta(self) -> float | None:
        if self.fit_before is None or self.fit_after is None:
            return None
        return round(self.fit_after - self.fit_before, 1)


def step_progress(older: Mapping[str, Any], newer: Mapping[str, Any],
                  cluster_id: str) -> tuple[bool, list[StepProgress]]:
    """The earlier result's path to `cluster_id`, each step marked reached when every
    dimension it raises is now at least where that path projected it after the step.

    Which dimensions a step raises is read from the path itself (its projection rises from
    the step before), so no questionnaire is needed. Projections are cumulative, so two
    steps raising the same dimension are reached one after the other, not both at once."""
    path = (older.get("paths") or {}).get(cluster_id)
    if not isinstance(path, Mapping):
        return False, []
    now = percents(newer)
    previous: dict[str, float] = {d: (p or 0.0) for d, p in percents(older).items()}
    steps: list[StepProgress] = []
    for number, step in enumerate(path.get("steps") or [], start=1):
        projected = {str(d): float(v) for d, v in (step.get("projected") or {}).items()}
        raised = {d: v for d, v in projected.items() if v > previous.get(d, 0.0) + _EPSILON}
        missing = {d: round(v - (now.get(d) or 0.0), 1) for d, v in raised.items()
                   if (now.get(d) or 0.0) + _EPSILON < v}
        steps.append(StepProgress(number, str(step.get("milestone")),
                                  str(step.get("title") or step.get("milestone")),
                                  float(step.get("effort_hours") or 0), raised, missing))
        previous.update(projected)
    return True, steps


def compare(older: Mapping[str, Any], newer: Mapping[str, Any],
            cluster_id: str | None = None) -> Comparison:
    """What moved between two results, and how far the later one got along the earlier
    one's path to `cluster_id` (default: the earlier result's best-fitting role)."""
    labels = {**dimension_labels(older), **dimension_labels(newer)}
    before, after = percents(older), percents(newer)
    changes = [DimensionChange(dim, labels.get(dim, dim), before.get(dim), after.get(dim))
               for dim in dict.fromkeys([*before, *after])]
    chosen = cluster_id or best_cluster(older)
    has_path, steps = step_progress(older, newer, chosen) if chosen else (False, [])
    same_ladder = _ladder(older) == _ladder(newer)
    return Comparison(
        older_when=when_text(older), newer_when=when_text(newer), changes=changes,
        level_before=level_label(older), level_after=level_label(newer),
        cluster_id=chosen,
        cluster_label=cluster_label(older, chosen) if chosen else "",
        fit_before=cluster_fit(older, chosen) if chosen else None,
        fit_after=cluster_fit(newer, chosen) if chosen else None,
        steps=steps, has_path=has_path, rung_before=rung(older) if same_ladder else None,
        rung_after=rung(newer) if same_ladder else None)


# ---- a client's whole history -----------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One stored result as a client's history lists it."""

    result_id: int
    when: str
    questionnaire: str
    level: str | None
    best_role: str | None
    best_fit: float | None
    complete: bool
    percents: dict[str, float | None]


@dataclass(frozen=True)
class NoteEntry:
    """A counsellor's note as the history report shows it."""

    written: str
    about: str | None  # when the result the note is about was completed; None: general
    text: str


@dataclass(frozen=True)
class ClientHistory:
    """Everything the client-history report shows about one person."""

    pseudonym: str
    entries: list[HistoryEntry]
    dimensions: list[tuple[str, str]]  # (id, label), newest result's labels first
    latest_fits: list[ClusterFit]
    notes: list[NoteEntry]
    notes_included: bool

    @property
    def results(self) -> int:
        return len(self.entries)


def client_history(pseudonym: str, stored: Sequence[StoredResult],
                   notes: Sequence[Note] = (), *, include_notes: bool = False) -> ClientHistory:
    """The history of one client, oldest result first. Notes are private: they are left
    out entirely unless `include_notes` (the contact note is never part of it)."""
    entries: list[HistoryEntry] = []
    dims: dict[str, str] = {}
    for entry in reversed(stored):  # the newest result's labels win
        for dim, label in dimension_labels(entry.result).items():
            dims.setdefault(dim, label)
    for entry in stored:
        result = entry.result
        best = (result.get("clusters") or [None])[0]
        entries.append(HistoryEntry(
            result_id=entry.id, when=when_text(result),
            questionnaire=str((result.get("questionnaire") or {}).get("title") or ""),
            level=level_label(result),
            best_role=str(best["label"]) if best else None,
            best_fit=float(best["fit"]) if best else None,
            complete=bool(result.get("complete", True)),
            percents=percents(result)))
    latest = stored[-1].result if stored else {}
    fits = [ClusterFit(str(c.get("id") or c["label"]), str(c["label"]), float(c["fit"]),
                       bool(c.get("ready")),
                       {str(d): float(p) for d, p in (c.get("gaps") or {}).items()})
            for c in latest.get("clusters") or []]
    when_by_id = {entry.id: when_text(entry.result) for entry in stored}
    kept = [NoteEntry(str(note.created_at)[:16].replace("T", " "),
                      when_by_id.get(note.result_id) if note.result_id is not None else None,
                      note.text)
            for note in notes] if include_notes else []
    return ClientHistory(pseudonym, entries, list(dims.items()), fits, kept, include_notes)
