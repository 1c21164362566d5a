"""What the local store hands out: frozen records and the one error type it raises."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from assessor.core.errors import AssessorError, Problem

# SQLite primary result codes (https://sqlite.org/rescode.html) that need their own words.
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


class StoreError(AssessorError):
    """The local store cannot do what was asked; the message is meant for the user."""

    @classmethod
    def about(cls, path: Path | str, message: str) -> StoreError:
        return cls([Problem(str(path), None, None, message)])


class PreparedResult(NamedTuple):
    """A completed result checked and encoded for the store (`Store.prepare_result`): a
    few strings in place of the result's hundreds of objects, so thousands waiting to be
    added take little memory and little of the garbage collector's time."""

    digest: str  # its integrity hash, lower case
    questionnaire_id: str
    completed_at: Any  # as the result states it; sorted by its UTC time when stored
    encoded: str  # the result as JSON text, as stored
    source: str | None


@dataclass(frozen=True)
class Profile:
    """A person the app keeps results for (the user, or a counsellor's client)."""

    id: int
    name: str
    note: str | None
    created_at: str


@dataclass(frozen=True)
class Draft:
    """An assessment in progress: its questionnaire and the answers given so far."""

    id: int
    profile_id: int
    questionnaire_id: str
    questionnaire_sha256: str
    questionnaire_path: str | None
    started_at: str
    updated_at: str
    answers: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredResult:
    """A result kept in the store, for one profile."""

    id: int
    profile_id: int | None
    result: dict[str, Any]
    added_at: str
    source: str | None


@dataclass(frozen=True)
class Note:
    """A counsellor's note about a profile, or about one of its results."""

    id: int
    profile_id: int
    result_id: int | None
    text: str
    created_at: str


@dataclass(frozen=True)
class Plan:
    """The milestones a person marked done on the path to one cluster."""

    id: int
    profile_id: int
    cluster_id: str
    done_milestones: tuple[str, ...]
    note: str | None
    saved_at: str
    # dimension -> the score a slider set when the plan was saved (empty: none changed)
    score_overrides: dict[str, float] = field(default_factory=dict)


def sqlite_code(exc: sqlite3.Error) -> int | None:
    """The primary SQLite result code of an error (extended codes carry it in the low byte)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_corruption(exc: sqlite3.Error) -> bool:
    """True when the file itself is damaged or not a database (as opposed to unreachable)."""
    if sqlite_code(exc) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    # A damaged header's schema format number comes back as a plain SQLITE_ERROR.
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "unsupported file format" in text


def is_read_only(exc: sqlite3.Error) -> bool:
    return sqlite_code(exc) == _SQLITE_READONLY


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    """A plain sentence for the user about why the data file could not be used."""
    code = sqlite_code(exc)
    text = str(exc).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return "the disk is full; free some space and try again"
    if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text:
        return "the data folder is read-only; Assessor needs permission to write there"
    if code == _SQLITE_CANTOPEN or "unable to open" in text:
        return "the data file cannot be opened; check that the folder exists and is writable"
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return "the data file is in use by another program; close it and try again"
    if code == _SQLITE_IOERR:
        return f"the disk reported an error ({exc})"
    if is_corruption(exc):
        return "the data file is damaged"
    return f"the data file could not be used ({exc})"
