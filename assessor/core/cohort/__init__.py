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

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from assessor.core.cohort import forked
from assessor.core.cohort.collector import collector_paused
from assessor.core.cohort.entries import (
    HASH_ONLY,
    RESCORED,
    CohortEntry,
    CohortImport,
    Duplicate,
    Found,
    PathStep,
    Refusal,
    add_found,
    entry_of,
    parse_timestamp,
)
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

__all__ = [
    "HASH_ONLY", "RESCORED", "CohortEntry", "CohortImport", "Duplicate", "PathStep",
    "Refusal", "expand_sources", "import_files", "import_results", "parse_timestamp",
]


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

    `workers` > 1 checks a big cohort (`forked.PARALLEL_MINIMUM` files or more) in that many
    processes, this one and forked ones, with the very same outcome, in the same order;
    only where a process can be forked safely (no other thread running, a system with
    fork), else in this one alone."""
    with collector_paused():  # see core/cohort/collector.py
        by_sha = {q.source.sha256: q for q in questionnaires}
        if workers > 1 and len(files) >= forked.PARALLEL_MINIMUM and forked.can_fork():
            outcome = _import_forked(files, _Checker(by_sha, details), progress, workers)
            if outcome is not None:
                return outcome
        return _import(files, by_sha, progress, details)


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

    def share(self, fingerprint: bytes, display: Any) -> Any:
        """The copy kept of a display block with this fingerprint (the first met), or
        `display` itself: thousands of results hold the same block, kept once."""
        first = self.shared.get(fingerprint)
        if first is not None:
            return first
        if len(self.shared) < _SHARED_DISPLAYS:
            self.shared[fingerprint] = display
        return display

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
            result["display"] = self.share(fingerprint, result["display"])
        return entry_of(result, name, sha, rescored, self.details)


# Where a big cohort is checked in several processes; a name of its own, so a test can
# watch it.
_import_forked = forked.import_forked


def _import(paths: Sequence[Path], by_sha: Mapping[str, Questionnaire],
            progress: Callable[[int, int], None] | None = None,
            details: bool = True) -> CohortImport:
    outcome = CohortImport()
    first_seen: dict[str, str] = {}  # integrity hash -> file it was first met in
    checker = _Checker(by_sha, details)
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        add_found(outcome, checker.check(path, first_seen)[2])
    if progress is not None:
        progress(len(paths), len(paths))
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
