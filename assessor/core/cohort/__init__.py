"""The cohort package: importing many results, the dashboard (`dashboard.py`), item and
distractor analysis and the statistics they share.

Importing a cohort of result files (SPEC 3, SPEC 4 `cohort`); its CSV summary is
`csv_summary.py`.

Each file is read and checked on its own (size, JSON, format version, integrity); a result
whose questionnaire was given (matched by the sha256 of the questionnaire file) is re-scored
and refused when its stored scores, placement or fits differ. The rest are accepted on
their integrity hash alone, and every summary says so. A file is either accepted whole, as a
`CohortEntry` whose fields have all been checked for type, or refused with one reason; the
same result (same integrity hash) met twice counts once. A big cohort may be checked in
forked worker processes (`import_files(workers=N)`), with the very same outcome.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from assessor.core.errors import AssessorError
from assessor.core.format.model import Questionnaire
from assessor.core.format.yamlsafe import read_limited
from assessor.core.plaintext import path_text
from assessor.core.results.files import parse_result_fingerprinted
from assessor.core.results.rescoring import (
    RebuiltDisplay,
    check_rescored,
    twin,
    twin_message,
)
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


def expand_sources(arguments: Iterable[Path | str]) -> list[Path]:
    """Files as given; a folder stands for the `*.json` files directly inside it, sorted
    (hidden ones left out). The folder is listed once: its entries' types come with the
    listing, so no file is looked at before it is read."""
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if _is_folder(path):
            with os.scandir(path) as listing:
                found.extend(sorted(
                    path / entry.name for entry in listing
                    if entry.name.endswith(".json") and not entry.name.startswith(".")
                    and entry.is_file()))
        else:
            found.append(path)
    return found


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # e.g. a name too long: reading it as a file says so plainly
        return False


def import_results(
    sources: Iterable[Path | str], questionnaires: Sequence[Questionnaire] = (),
    progress: Callable[[int, int], None] | None = None, *, workers: int = 1,
) -> CohortImport:
    """Read, check and deduplicate every result file of the files and folders given; never
    raises for a bad file. `progress` is told (files done, files in all) as it advances;
    `workers` as in `import_files`."""
    return import_files(expand_sources(sources), questionnaires, progress, workers=workers)


def import_files(
    files: Sequence[Path], questionnaires: Sequence[Questionnaire] = (),
    progress: Callable[[int, int], None] | None = None, *, details: bool = True,
    workers: int = 1,
) -> CohortImport:
    """`import_results` for files already listed (by `expand_sources`): each is read,
    checked and re-scored once. Without `details` (a summary that shows only what the CSV
    does) the paths are neither re-computed nor kept, nor are the answers and display
    texts that only reports, the dashboard and item analysis read.

    `workers` > 1 checks a big cohort (PARALLEL_MINIMUM files or more) in that many
    processes, this one and forked ones, with the very same outcome, in the same order;
    only where a process can be forked safely (no other thread running, a system with
    fork), else in this one alone."""
    # Parsed JSON holds no reference cycles, yet thousands of kept results make the cyclic
    # collector walk them again and again (it cost as much as parsing); pause it meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        by_sha = {q.source.sha256: q for q in questionnaires}
        if workers > 1 and len(files) >= PARALLEL_MINIMUM and _can_fork():
            outcome = _import_forked(files, by_sha, progress, details, workers)
            if outcome is not None:
                return outcome
        return _import(files, by_sha, progress, details)
    finally:
        if collecting:
            gc.enable()


Found = CohortEntry | Refusal | Duplicate


class _Checker:
    """Checks one file after another with the questionnaires at hand, keeping what many
    results share: each questionnaire's rebuilt display block and one copy of each display
    block met (equal fingerprints: equal values)."""

    def __init__(self, by_sha: Mapping[str, Questionnaire], details: bool) -> None:
        self.by_sha = by_sha
        self.details = details
        self.displays: dict[str, RebuiltDisplay] = {}  # questionnaire sha256 -> its display
        self.shared: dict[bytes, Any] = {}  # a display block's fingerprint -> its first copy

    def check(self, path: Path, first_seen: dict[str, str] | None = None,
              ) -> tuple[str, str | None, Found]:
        """(the file's name, its result's integrity hash once read, what it gave). With
        `first_seen` (integrity hash -> file), a result met before is a Duplicate, not
        checked further."""
        name = path_text(path)
        sha: str | None = None
        try:
            result, fingerprint = _read_result(path)
            sha = str(result["integrity"]["sha256"]).lower()
            if first_seen is not None:
                if sha in first_seen:
                    return name, sha, Duplicate(name, first_seen[sha])
                first_seen[sha] = name
            return name, sha, self._accept(result, fingerprint, name, sha)
        except AssessorError as exc:
            return name, sha, Refusal(name, path_text(exc.lines()[0]))
        except _UNFORESEEN as exc:
            # A defect met in one file must not sink the batch (SPEC 4: the rest are still
            # summarised): that file is refused with what went wrong, the others go on.
            return name, sha, Refusal(
                name, f"{name}: could not be checked (internal error: "
                      f"{type(exc).__name__}); please report this file")

    def _accept(self, result: dict[str, Any], fingerprint: bytes | None, name: str,
                sha: str) -> CohortEntry:
        questionnaire = self.by_sha.get(result["questionnaire"]["sha256"])
        if questionnaire is not None:
            # False when scored with another version of the career model: the scores
            # and texts are checked, the fits cannot be.
            sha256 = questionnaire.source.sha256
            if sha256 not in self.displays:
                self.displays[sha256] = RebuiltDisplay.of(questionnaire)
            rescored = check_rescored(result, questionnaire, name, check_paths=self.details,
                                      rebuilt_display=self.displays[sha256],
                                      display_fingerprint=fingerprint)
        elif twin(result, self.by_sha.values()) is not None:
            raise AssessorError.single(name, twin_message(result))
        else:
            rescored = False
        if self.details and fingerprint is not None:
            # Thousands of results hold the same display block: keep one copy of it.
            first = self.shared.get(fingerprint)
            if first is not None:
                result["display"] = first
            elif len(self.shared) < _SHARED_DISPLAYS:
                self.shared[fingerprint] = result["display"]
        return _entry(result, name, sha, rescored, self.details)


def _add(outcome: CohortImport, found: Found) -> None:
    if isinstance(found, CohortEntry):
        outcome.entries.append(found)
    elif isinstance(found, Refusal):
        outcome.refused.append(found)
    else:
        outcome.duplicates.append(found)


def _import(paths: Sequence[Path], by_sha: Mapping[str, Questionnaire],
            progress: Callable[[int, int], None] | None = None,
            details: bool = True) -> CohortImport:
    outcome = CohortImport()
    first_seen: dict[str, str] = {}  # integrity hash -> file it was first met in
    checker = _Checker(by_sha, details)
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        _add(outcome, checker.check(path, first_seen)[2])
    if progress is not None:
        progress(len(paths), len(paths))
    return outcome


# ---- a big cohort in several processes ------------------------------------------------

PARALLEL_MINIMUM = 2000  # fewer files are checked faster than processes are started
_CHUNK = 250  # files per task: each task's entries travel back to this process at once
_forked_checker: _Checker | None = None  # what a forked worker checks with


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _check_chunk(chunk: Sequence[Path]) -> list[tuple[str, str | None, Found]]:
    """In a forked worker: check each file of `chunk` on its own, none as a duplicate (which
    file holds a result first is decided where all are met)."""
    assert _forked_checker is not None
    gc.disable()
    return [_forked_checker.check(path) for path in chunk]


def _import_forked(paths: Sequence[Path], by_sha: Mapping[str, Questionnaire],
                   progress: Callable[[int, int], None] | None, details: bool,
                   workers: int) -> CohortImport | None:
    """`_import`'s outcome, with the files shared among this process (the first part) and
    `workers` - 1 forked ones (the rest, in chunks), and met here in their order: a result
    met before is a Duplicate of the first file that held it, as `_import` has it (whether
    that file was accepted or refused). None when a worker died: check here."""
    global _forked_checker  # noqa: PLW0603 (inherited by the forked workers, never pickled)
    checker = _forked_checker = _Checker(by_sha, details)
    own = len(paths) // workers
    rest = paths[own:]
    chunks = [rest[start:start + _CHUNK] for start in range(0, len(rest), _CHUNK)]
    outcome = CohortImport()
    first_seen: dict[str, str] = {}

    def meet(records: Iterable[tuple[str, str | None, Found]]) -> None:
        for name, sha, found in records:
            if sha is not None:
                if sha in first_seen:
                    outcome.duplicates.append(Duplicate(name, first_seen[sha]))
                    continue
                first_seen[sha] = name
            _add(outcome, found)

    try:
        with ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork")
                                 ) as pool:
            theirs = pool.map(_check_chunk, chunks)  # forked and started before going on
            for done, path in enumerate(paths[:own]):
                if progress is not None:
                    progress(done, len(paths))
                meet([checker.check(path)])
            done = own
            for records in theirs:
                meet(records)
                done += len(records)
                if progress is not None:
                    progress(done, len(paths))
    except (BrokenProcessPool, OSError):  # a worker died, or none could be forked (EAGAIN)
        return None
    finally:
        _forked_checker = None
    return outcome


_SHARED_DISPLAYS = 32  # distinct display blocks kept as one copy each

# What a defect in reading or re-scoring one file could raise (never an AssessorError).
_UNFORESEEN = (ArithmeticError, AttributeError, LookupError, TypeError, ValueError,
               RecursionError, MemoryError)


def _read_result(path: Path) -> tuple[dict[str, Any], bytes | None]:
    """`read_result_file`, with the display block's fingerprint
    (`parse_result_fingerprinted`). A display block read before may be the very value read
    then: the cohort keeps one copy of each block anyway (`_Checker.shared`)."""
    return parse_result_fingerprinted(read_limited(path), str(path), share_display=True)


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


_NOTHING: Mapping[str, Any] = {}


def _entry(result: dict[str, Any], name: str, sha: str, rescored: bool,
           details: bool = True) -> CohortEntry:
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
        paths=_paths(name, result.get("paths")) if details else _NOTHING,
        answers=result["answers"] if details else _NOTHING,
        display=display if isinstance(display, dict) else _NOTHING,
    )
