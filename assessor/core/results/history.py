"""A client's results over time as plain data: two results compared (what moved, which
steps of the earlier path were reached) and the whole history for a report. Qt-free and
chart-free; the compare view and the history PDF lay this out.

Everything here is read from results (their typed view, `view.py`, of SPEC 3 plus the
`display` context), so a history can be shown even when the questionnaire a result came
from is no longer at hand. A dict is accepted wherever a view is, and read once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assessor.core.results.view import ResultView
from assessor.core.scoring.career import ClusterFit
from assessor.core.store.types import Note, StoredResult

# A projected raise smaller than this is rounding noise, not a raise.
_EPSILON = 1e-9


ResultLike = ResultView | Mapping[str, Any]


def when_text(result: ResultLike) -> str:
    """`completed_at` as "YYYY-MM-DD HH:MM" (the offset is dropped: shown as written)."""
    return (ResultView.of(result).completed_at or "")[:16].replace("T", " ")


def level_label(result: ResultLike) -> str | None:
    return ResultView.of(result).placement_label


def _ladder(result: ResultView) -> list[str]:
    return [level.id for level in result.ladder]


def rung(result: ResultLike) -> int | None:
    """The placement's rung on the result's own ladder, counted from 1 at the bottom."""
    view = ResultView.of(result)
    ladder = _ladder(view)
    if view.placement_id not in ladder:
        return None
    return ladder.index(view.placement_id) + 1


def cluster_label(result: ResultLike, cluster_id: str) -> str:
    fit = ResultView.of(result).fit(cluster_id)
    return fit.label if fit is not None else cluster_id


def cluster_fit(result: ResultLike, cluster_id: str) -> float | None:
    fit = ResultView.of(result).fit(cluster_id)
    return fit.fit if fit is not None else None


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


def step_progress(older: ResultLike, newer: ResultLike,
                  cluster_id: str) -> tuple[bool, list[StepProgress]]:
    """The earlier result's path to `cluster_id`, each step marked reached when every
    dimension it raises is now at least where that path projected it after the step.

    Which dimensions a step raises is read from the path itself (its projection rises from
    the step before), so no questionnaire is needed. Projections are cumulative, so two
    steps raising the same dimension are reached one after the other, not both at once."""
    older, newer = ResultView.of(older), ResultView.of(newer)
    path = older.path(cluster_id)
    if path is None:
        return False, []
    now = newer.percents()
    previous: dict[str, float] = {d: (p or 0.0) for d, p in older.percents().items()}
    steps: list[StepProgress] = []
    for number, step in enumerate(path.steps, start=1):
        projected = {str(d): float(v) for d, v in step.projected.items()}
        raised = {d: v for d, v in projected.items() if v > previous.get(d, 0.0) + _EPSILON}
        missing = {d: round(v - (now.get(d) or 0.0), 1) for d, v in raised.items()
                   if (now.get(d) or 0.0) + _EPSILON < v}
        steps.append(StepProgress(number, step.milestone, step.title or step.milestone,
                                  step.effort_hours, raised, missing))
        previous.update(projected)
    return True, steps


def compare(older: ResultLike, newer: ResultLike,
            cluster_id: str | None = None) -> Comparison:
    """What moved between two results, and how far the later one got along the earlier
    one's path to `cluster_id` (default: the earlier result's best-fitting role)."""
    older, newer = ResultView.of(older), ResultView.of(newer)
    labels = {**older.dimension_labels(), **newer.dimension_labels()}
    before, after = older.percents(), newer.percents()
    changes = [DimensionChange(dim, labels.get(dim, dim), before.get(dim), after.get(dim))
               for dim in dict.fromkeys([*before, *after])]
    chosen = cluster_id or (older.fits[0].id if older.fits else None)
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
    views = [ResultView.of(entry.result) for entry in stored]
    for view in reversed(views):  # the newest result's labels win
        for dim, label in view.dimensions:
            dims.setdefault(dim, label)
    for entry, result in zip(stored, views, strict=True):
        best = result.fits[0] if result.fits else None
        entries.append(HistoryEntry(
            result_id=entry.id, when=when_text(result),
            questionnaire=result.questionnaire.title or "",
            level=result.placement_label,
            best_role=best.label if best else None,
            best_fit=best.fit if best else None,
            complete=result.complete,
            percents=result.percents()))
    fits = list(views[-1].fits) if views else []
    when_by_id = {entry.id: when_text(view) for entry, view in zip(stored, views, strict=True)}
    kept = [NoteEntry(str(note.created_at)[:16].replace("T", " "),
                      when_by_id.get(note.result_id) if note.result_id is not None else None,
                      note.text)
            for note in notes] if include_notes else []
    return ClientHistory(pseudonym, entries, list(dims.items()), fits, kept, include_notes)
