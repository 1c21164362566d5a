"""Importing result files into the store and exporting them again (SPEC 3).

A file is accepted only if it passes every check `parse_result` makes (size, JSON, NaN,
format version, integrity hash) and, where the questionnaire it names (by sha256) is at
hand, re-scoring its answers gives the scores, placement and fits it states. Checks come
first and all accepted files are then written in one transaction, so a refused file never
changes the store and a failed write leaves nothing half-imported.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.format.yamlsafe import read_limited
from assessor.core.integrity import integrity_hash
from assessor.core.paths import (
    questionnaire_files,
    shipped_questionnaire_dir,
    user_questionnaire_dir,
)
from assessor.core.results import write_result
from assessor.core.results.files import parse_result_fingerprinted
from assessor.core.results.rescoring import (
    RebuiltDisplay,
    check_rescored,
    twin,
    twin_message,
)
from assessor.core.store import PreparedResult, Store

ImportStatus = Literal["imported", "duplicate", "refused"]
NOT_RESCORED = ("checked by its integrity hash only: the questionnaire it was scored with "
                "is not at hand, so its scores could not be re-computed")
NOT_RESCORED_MODEL = ("scores re-computed, fits checked by its integrity hash only: it was "
                      "scored with another version of the career model")


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file. `reason` says why it was refused, or, for an accepted
    file that could not be re-scored, that only its integrity hash was checked."""

    path: Path
    status: ImportStatus
    reason: str | None
    result_id: int | None
    rescored: bool

    def describe(self) -> str:
        """One line for the user: the file, what happened and why."""
        text = f"{self.path}: {self.status}"
        return f"{text}: {self.reason}" if self.reason else text


# Per folder: the stat signature of its questionnaire files when it was last hashed, and
# sha256 → file. A folder is re-hashed only when a file in it was added, removed or changed.
_FolderIndex = tuple[tuple[tuple[str, int, int], ...], dict[str, Path]]
_folder_cache: dict[Path, _FolderIndex] = {}
_questionnaire_cache: dict[tuple[Path, str], Questionnaire | None] = {}


def _signature(files: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    signature = []
    for file in files:
        try:
            status = file.stat()
        except OSError:
            continue
        signature.append((file.name, status.st_size, status.st_mtime_ns))
    return tuple(signature)


def _index_folder(folder: Path) -> dict[str, Path]:
    try:
        key = folder.resolve()
    except OSError:
        return {}
    files = questionnaire_files(key)
    signature = _signature(files)
    cached = _folder_cache.get(key)
    if cached is not None and cached[0] == signature:
        return cached[1]
    by_hash: dict[str, Path] = {}
    for file in files:
        try:
            digest = hashlib.sha256(read_limited(file)).hexdigest()
        except AssessorError:
            continue
        by_hash.setdefault(digest, file)
    _folder_cache[key] = (signature, by_hash)
    return by_hash


def questionnaire_folders(extra: Iterable[Path | str] = ()) -> list[Path]:
    """Where a result's questionnaire is looked for: folders passed in, then the shipped
    and the user's questionnaire folders."""
    folders = [Path(folder) for folder in extra]
    for folder in (shipped_questionnaire_dir(), user_questionnaire_dir()):
        if folder not in folders:
            folders.append(folder)
    return folders


class QuestionnaireFinder:
    """Finds questionnaires by the sha256 of their file among folders, in order.

    Each folder is listed and hashed once per finder (and re-hashed across finders only
    when its files changed), so checking a thousand results costs one look per folder."""

    def __init__(self, folders: Iterable[Path]) -> None:
        self._folders = list(folders)
        self._indexes: list[dict[str, Path]] | None = None
        self._displays: dict[str, RebuiltDisplay] = {}
        # What `find` and `named` answered, so each is worked out once per finder.
        self._found: dict[str, Questionnaire | None] = {}
        self._named: dict[tuple[str, str | None], list[Questionnaire]] = {}

    def display_of(self, questionnaire: Questionnaire) -> RebuiltDisplay:
        """The questionnaire's display block, rebuilt once for every result checked with
        this finder (rebuilding it reads the installed packs)."""
        sha256 = questionnaire.source.sha256
        if sha256 not in self._displays:
            self._displays[sha256] = RebuiltDisplay.of(questionnaire)
        return self._displays[sha256]

    def named(self, questionnaire_id: str, version: str | None) -> list[Questionnaire]:
        """Every valid questionnaire at hand with this id and version (any sha256). Loads
        the folders' files once; only asked when a result's sha256 matched none."""
        key = (questionnaire_id, version)
        if key not in self._named:
            self._named[key] = self._with_name(questionnaire_id, version)
        return list(self._named[key])

    def _with_name(self, questionnaire_id: str, version: str | None) -> list[Questionnaire]:
        if self._indexes is None:
            self._indexes = [_index_folder(folder) for folder in self._folders]
        found = []
        for index in self._indexes:
            for digest, file in index.items():
                key = (file, digest)
                if key not in _questionnaire_cache:
                    _questionnaire_cache[key] = _load_if_unchanged(file, digest)
                loaded = _questionnaire_cache[key]
                if loaded is not None and (loaded.id, loaded.version) == (questionnaire_id,
                                                                         version):
                    found.append(loaded)
        return found

    def find(self, sha256: str) -> Questionnaire | None:
        """The questionnaire whose file has this sha256, or None if no folder has it (a
        file that has it but does not load as a valid questionnaire does not count)."""
        if sha256 in self._found:
            return self._found[sha256]
        found = self._find(sha256)
        self._found[sha256] = found
        return found

    def _find(self, sha256: str) -> Questionnaire | None:
        if self._indexes is None:
            self._indexes = [_index_folder(folder) for folder in self._folders]
        wanted = sha256.lower()
        for index in self._indexes:
            file = index.get(wanted)
            if file is None:
                continue
            key = (file, wanted)
            if key not in _questionnaire_cache:
                _questionnaire_cache[key] = _load_if_unchanged(file, wanted)
            found = _questionnaire_cache[key]
            if found is not None:
                return found
        return None


def _load_if_unchanged(file: Path, sha256: str) -> Questionnaire | None:
    try:
        loaded = load_questionnaire(file)
    except AssessorError:
        return None
    # The file may have changed between hashing and loading.
    return loaded if loaded.source.sha256 == sha256 else None


def check_result_file(path: Path, finder: QuestionnaireFinder, *, share_display: bool = False,
                      ) -> tuple[dict[str, Any], bytes | None, bool, str | None]:
    """Read and check one file; returns (result, its display block's fingerprint as the
    read gave it, re-scored, why it was not). Raises AssessorError for a file refused.
    `share_display`: the block may be the very value a file read before gave
    (`parse_result_fingerprinted`), for a caller that only encodes the result and lets it
    go, never changing it."""
    name = str(path)
    # The read floor: what every reader of a file pays.
    result, fingerprint = parse_result_fingerprinted(read_limited(path), name,
                                                     share_display=share_display)
    stated = result["questionnaire"]
    questionnaire = finder.find(str(stated["sha256"]))
    if questionnaire is None:
        # Not refused (nobody asked to re-score with that file), but said plainly.
        named = finder.named(str(stated["id"]), stated.get("version"))
        note = twin_message(result) if twin(result, named) else NOT_RESCORED
        return result, fingerprint, False, note
    # The fingerprint, known from the read, spares re-scoring working it out again (a
    # pickle of the block: 16 µs of a result of 4 KB).
    if check_rescored(result, questionnaire, name,
                      rebuilt_display=finder.display_of(questionnaire),
                      display_fingerprint=fingerprint):
        return result, fingerprint, True, None
    return result, fingerprint, False, NOT_RESCORED_MODEL


def _reason(error: AssessorError) -> str:
    return "; ".join(problem.message for problem in error.problems)


def import_result_files(
    store: Store,
    paths: Iterable[Path | str],
    profile_id: int | None = None,
    extra_questionnaire_dirs: Iterable[Path | str] = (),
) -> list[ImportOutcome]:
    """Check every file, then store all accepted ones in one transaction.

    Returns one outcome per path, in order. Raises StoreError (and stores nothing) only if
    the store itself cannot be written, e.g. because the disk is full."""
    finder = QuestionnaireFinder(questionnaire_folders(extra_questionnaire_dirs))
    # Per path: (path, the result prepared for the store, re-scored, note) for a file that
    # passed its checks, or (path, None, False, why it was refused). Each result is kept
    # only as the text to be stored: a thousand parsed results held until the write kept
    # the garbage collector busy with their objects.
    checked: list[tuple[Path, PreparedResult | None, bool, str | None]] = []
    for given in paths:
        path = given if isinstance(given, Path) else Path(given)
        try:
            # Each result is encoded for the store and let go: it may share its display
            # block with the files read before it, and the block's JSON with theirs.
            result, fingerprint, rescored, note = check_result_file(path, finder,
                                                                  share_display=True)
        except AssessorError as error:
            checked.append((path, None, False, _reason(error)))
            continue
        checked.append((path, store.prepare_result(result, str(path), integrity_checked=True,
                                                   display_fingerprint=fingerprint),
                        rescored, note))
    already = store.stored_result_ids(
        prepared.digest for _, prepared, _, _ in checked if prepared is not None)
    # outcome index -> (its reason, and for a second copy within the batch the index of the
    # first copy in `accepted`), said once the batch is stored
    pending: dict[int, tuple[str | None, int | None]] = {}
    accepted: list[tuple[int, Path, PreparedResult, bool]] = []
    outcomes: list[ImportOutcome | None] = []
    first_copy: dict[str, int] = {}  # digest -> index in `accepted`
    for path, maybe_prepared, rescored, note in checked:
        if maybe_prepared is None:
            outcomes.append(ImportOutcome(path, "refused", note, None, False))
            continue
        prepared = maybe_prepared
        existing = already.get(prepared.digest)
        if existing is not None:
            outcomes.append(ImportOutcome(
                path, "duplicate", "this result is already in the store", existing, rescored))
            continue
        if prepared.digest in first_copy:
            # Stored with the first copy; its id is known once the batch is written.
            first = first_copy[prepared.digest]
            pending[len(outcomes)] = (f"the same result as {accepted[first][1]}", first)
        else:
            first_copy[prepared.digest] = len(accepted)
            pending[len(outcomes)] = (note, None)
        accepted.append((len(outcomes), path, prepared, rescored))
        outcomes.append(None)
    stored = store.add_prepared([(profile_id, prepared) for _, _, prepared, _ in accepted])
    for (index, path, _, rescored), (result_id, added) in zip(accepted, stored, strict=True):
        reason, copy_of = pending[index]
        status: ImportStatus = "imported" if added and copy_of is None else "duplicate"
        outcomes[index] = ImportOutcome(path, status, reason, result_id, rescored)
    return [outcome for outcome in outcomes if outcome is not None]


def export_result(result: Mapping[str, Any], path: Path | str) -> None:
    """Write a result file atomically, after checking it still matches its integrity hash
    (a result damaged in memory or in the store must not travel as if it were intact)."""
    integrity = result.get("integrity")
    digest = integrity.get("sha256") if isinstance(integrity, Mapping) else None
    if not isinstance(digest, str) or integrity_hash(result) != digest.lower():
        raise AssessorError.single(
            os.fspath(path), "was not written: the result no longer matches its integrity "
                             "hash")
    write_result(result, path)
