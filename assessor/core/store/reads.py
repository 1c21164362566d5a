"""What the store reads: profiles, drafts, results, notes and plans (`StoreReads`, the
half of `Store` that never writes). A value damaged on disk since the store was opened is
left out or said to be damaged, never raised as anything but StoreError."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from assessor.core.store.types import (
    Draft,
    Note,
    Plan,
    Profile,
    StoredResult,
    StoreError,
    describe_sqlite_error,
)
from assessor.core.store.values import DAMAGED, loads_or_damaged, plan_scores


class StoreReads:
    """The reading half of `Store` (which adds opening, closing and every write)."""

    _connection: sqlite3.Connection | None
    _lock: threading.RLock
    path: Path

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StoreError.about(self.path, "is closed")
        return self._connection

    def _read(self, sql: str, parameters: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            with self._lock:
                cursor = self._db().execute(sql, tuple(parameters))
                cursor.row_factory = sqlite3.Row
                return list(cursor.fetchall())
        except sqlite3.Error as exc:
            raise StoreError.about(
                self.path, f"could not be read: {describe_sqlite_error(exc)}") from None

    def _missing(self, what: str) -> StoreError:
        return StoreError.about(self.path, f"has no {what} (it may have been deleted)")

    def list_profiles(self) -> list[Profile]:
        rows = self._read("SELECT id, name, note, created_at FROM profiles ORDER BY id")
        return [Profile(r["id"], r["name"], r["note"], r["created_at"]) for r in rows]

    # "(? IS NULL OR column = ?)" keeps each query one constant string for every filter.
    _DRAFTS_SQL = (
        "SELECT id, profile_id, questionnaire_id, questionnaire_sha256, questionnaire_path, "
        "started_at, updated_at FROM drafts WHERE (? IS NULL OR id = ?) "
        "AND (? IS NULL OR profile_id = ?) ORDER BY id")
    _DRAFT_ANSWERS_SQL = (
        "SELECT a.draft_id, a.item_id, a.value_json FROM draft_answers AS a "
        "JOIN drafts AS d ON d.id = a.draft_id WHERE (? IS NULL OR d.id = ?) "
        "AND (? IS NULL OR d.profile_id = ?)")

    def _drafts(self, draft_id: int | None, profile_id: int | None) -> list[Draft]:
        parameters = (draft_id, draft_id, profile_id, profile_id)
        rows = self._read(self._DRAFTS_SQL, parameters)
        answers: dict[int, dict[str, Any]] = {int(r["id"]): {} for r in rows}
        for answer in self._read(self._DRAFT_ANSWERS_SQL, parameters):
            draft_answers = answers.get(int(answer["draft_id"]))
            if draft_answers is not None:  # a draft added between the two reads
                value = loads_or_damaged(answer["value_json"])
                if value is not DAMAGED:  # damaged since the store was opened: skipped
                    draft_answers[answer["item_id"]] = value
        return [
            Draft(r["id"], r["profile_id"], r["questionnaire_id"], r["questionnaire_sha256"],
                  r["questionnaire_path"], r["started_at"], r["updated_at"], answers[r["id"]])
            for r in rows
        ]

    def list_drafts(self, profile_id: int | None = None) -> list[Draft]:
        return self._drafts(None, profile_id)

    def load_draft(self, draft_id: int) -> Draft:
        drafts = self._drafts(draft_id, None)
        if not drafts:
            raise self._missing(f"draft {draft_id}")
        return drafts[0]

    def _stored(self, row: sqlite3.Row) -> StoredResult:
        result = loads_or_damaged(row["result_json"])
        if not isinstance(result, dict):
            raise StoreError.about(self.path, f"holds a damaged copy of result {row['id']}; "
                                              "restart Assessor to set it aside")
        return StoredResult(row["id"], row["profile_id"], result, row["added_at"],
                            row["source"])

    def _stored_all(self, rows: list[sqlite3.Row]) -> list[StoredResult]:
        """Rows damaged since the store was opened are left out (the next start sets them
        aside and says so), so one bad row never makes every result unlistable."""
        stored = []
        for row in rows:
            with contextlib.suppress(StoreError):
                stored.append(self._stored(row))
        return stored

    _RESULTS_SQL = (
        "SELECT id, profile_id, result_json, added_at, source FROM results "
        "WHERE (? IS NULL OR id = ?) AND (? IS NULL OR profile_id = ?) "
        "ORDER BY completed_utc, id")

    def list_results(self, profile_id: int | None = None) -> list[StoredResult]:
        """Oldest first, by when the assessment was completed (then by when it was added)."""
        rows = self._read(self._RESULTS_SQL, (None, None, profile_id, profile_id))
        return self._stored_all(rows)

    def get_result(self, result_id: int) -> StoredResult:
        rows = self._read(self._RESULTS_SQL, (result_id, result_id, None, None))
        if not rows:
            raise self._missing(f"result {result_id}")
        return self._stored(rows[0])

    # Hashes looked up per query: well under SQLite's smallest limit on parameters (999).
    _LOOKUP_CHUNK = 500

    def stored_result_ids(self, integrity_sha256s: Iterable[str]) -> dict[str, int]:
        """The ids of the stored results with these integrity hashes: hash (lower case) ->
        id, for those that are stored. One query per 500 hashes, not one per hash."""
        wanted = sorted({digest.lower() for digest in integrity_sha256s})
        found: dict[str, int] = {}
        try:
            with self._lock:
                db = self._db()
                for start in range(0, len(wanted), self._LOOKUP_CHUNK):
                    chunk = wanted[start:start + self._LOOKUP_CHUNK]
                    marks = ", ".join("?" * len(chunk))
                    for result_id, digest in db.execute(
                        f"SELECT id, integrity_sha256 FROM results "  # noqa: S608 (only ?s)
                        f"WHERE integrity_sha256 IN ({marks})", chunk,
                    ):
                        found[str(digest)] = int(result_id)
        except sqlite3.Error as exc:
            raise StoreError.about(
                self.path, f"could not be read: {describe_sqlite_error(exc)}") from None
        return found

    def list_notes(self, profile_id: int, result_id: int | None = None) -> list[Note]:
        """All of a profile's notes, or only those about one result; oldest first."""
        sql = "SELECT id, profile_id, result_id, text, created_at FROM notes WHERE profile_id = ?"
        parameters: list[Any] = [profile_id]
        if result_id is not None:
            sql += " AND result_id = ?"
            parameters.append(result_id)
        rows = self._read(sql + " ORDER BY id", parameters)
        return [Note(r["id"], r["profile_id"], r["result_id"], r["text"], r["created_at"])
                for r in rows]

    def list_plans(self, profile_id: int) -> list[Plan]:
        """Every saved plan of a profile, oldest first (the last one per cluster is current)."""
        rows = self._read("SELECT id, profile_id, cluster_id, done_json, note, saved_at, "
                          "scores_json FROM plans WHERE profile_id = ? ORDER BY id",
                          (profile_id,))
        plans = []
        for r in rows:
            done = loads_or_damaged(r["done_json"])
            if isinstance(done, list):  # else damaged since the store was opened: skipped
                plans.append(Plan(r["id"], r["profile_id"], r["cluster_id"],
                                  tuple(str(m) for m in done), r["note"], r["saved_at"],
                                  plan_scores(r["scores_json"])))
        return plans
