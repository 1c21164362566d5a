"""The store package: the SQLite file's schema and migrations (`schema.py`), the checks
run when it is opened (`opening.py`: the tables' shape in `shape.py`, the quarantine of
damaged rows in `quarantine.py`), its records (`types.py`), what it reads (`reads.py`,
the reading half of `Store`), and here the `Store` itself: opening, closing, every write.

The local store: profiles, drafts, completed results, notes and plans in one SQLite file.

Every public method that changes something is one committed transaction (an answer is on
disk when `save_answer` returns). Every failure surfaces as `StoreError` with a message for
the user; the store stays open and what the caller holds in memory is untouched, so the
caller can keep it and retry.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from assessor.core.atomic import clean_stray_temp_files
from assessor.core.clock import now_iso
from assessor.core.i18n import N_, _
from assessor.core.integrity import integrity_hash
from assessor.core.paths import user_data_dir
from assessor.core.store.file_guard import (
    RESCUED_PREFIX,
    file_identity,
    looks_like_sqlite,
    open_for_header,
    rescue,
)
from assessor.core.store.opening import open_database
from assessor.core.store.reads import StoreReads
from assessor.core.store.schema import SCHEMA_VERSION
from assessor.core.store.types import (
    Draft,
    Note,
    Plan,
    PreparedResult,
    Profile,
    StoredResult,
    StoreError,
    describe_sqlite_error,
)
from assessor.core.store.values import (
    plan_scores_json,
    result_json,
    to_json,
    utc_sort_key,
)

__all__ = [
    "DATABASE_NAME", "SCHEMA_VERSION", "Draft", "Note", "Plan", "PreparedResult", "Profile",
    "Store", "StoreError", "StoredResult",
]

DATABASE_NAME = "assessor.sqlite3"
# Named in the language the app runs in when the store is first made (a stored name, like
# any other, afterwards).
DEFAULT_PROFILE_NAME = N_("Me")
# A temp file younger than this may be another process's write in progress.
STRAY_TEMP_AGE_SECONDS = 600.0


class Store(StoreReads):
    """One open data file. Use `Store.open()`; close it (or use `with`) when done."""

    def __init__(self, connection: sqlite3.Connection, path: Path, notices: list[str]) -> None:
        self._connection: sqlite3.Connection | None = connection
        # One connection shared by the GUI thread and background imports, one at a time.
        self._lock = threading.RLock()
        self.path = path
        self.notices = notices
        self._identity = file_identity(path)
        self._header = open_for_header(path)
        self._replaced: str | None = None  # why writing stopped, once the file was replaced

    @classmethod
    def open(cls, folder: Path | None = None) -> Store:
        folder = Path(folder) if folder is not None else user_data_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError.about(
                folder, f"cannot be created for Assessor's data: {exc.strerror or exc}",
            ) from None
        clean_stray_temp_files(folder, min_age_seconds=STRAY_TEMP_AGE_SECONDS)
        path = folder / DATABASE_NAME
        connection, notices = open_database(path)
        notices.extend(
            f"A copy of your data rescued when its file was replaced by another program is "
            f"kept at {rescued}"
            for rescued in sorted(folder.glob(RESCUED_PREFIX + "*.sqlite3"))
        )
        return cls(connection, path, notices)

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._connection.close()
                self._connection = None
            if self._header is not None:
                with contextlib.suppress(OSError):
                    os.close(self._header)  # only now: closing it drops SQLite's locks
                self._header = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One transaction; on any failure it is rolled back and StoreError raised."""
        with self._lock:
            connection = self._db()
            self._check_still_ours(connection)
            try:
                connection.execute("BEGIN IMMEDIATE")
                yield connection
                connection.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback(connection)
                raise StoreError.about(
                    self.path, f"could not {action}: {describe_sqlite_error(exc)}") from None
            except BaseException:
                self._rollback(connection)
                raise

    def _check_still_ours(self, connection: sqlite3.Connection) -> None:
        """Refuse to write once another program (a sync tool, a restore, someone tidying
        the folder) has replaced, deleted or overwritten the data file: SQLite would go on
        writing to the old, unlinked file and every later answer would vanish at the next
        start. What the open connection still holds is rescued into a file of its own."""
        if self._replaced is None and file_identity(self.path) == self._identity \
                and looks_like_sqlite(self._header):
            return
        if self._replaced is None:
            rescued = rescue(connection, self.path.parent)
            if rescued is None:
                kept = "what Assessor held could not be copied"
            else:
                kept = f"what Assessor held is saved in {rescued}"
                self.notices.append(f"A copy of your data rescued when its file was replaced "
                                    f"by another program is kept at {rescued}")
            self._replaced = (f"was replaced, moved or overwritten by another program while "
                              f"Assessor was running; {kept}. Restart Assessor")
        raise StoreError.about(self.path, self._replaced)

    @staticmethod
    def _rollback(connection: sqlite3.Connection) -> None:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")

    @staticmethod
    def _changed(connection: sqlite3.Connection, sql: str, parameters: Sequence[Any]) -> int:
        return connection.execute(sql, tuple(parameters)).rowcount

    # -- profiles -------------------------------------------------------------------------

    @staticmethod
    def _clean_name(name: str) -> str:
        cleaned = " ".join(str(name).split())
        if not cleaned:
            raise StoreError.about("profile", "needs a name")
        return cleaned

    def create_profile(self, name: str, note: str | None = None) -> int:
        cleaned = self._clean_name(name)
        with self._write("create the profile") as db:
            cursor = db.execute(
                "INSERT INTO profiles (name, note, created_at) VALUES (?, ?, ?)",
                (cleaned, note, now_iso()))
        return int(cursor.lastrowid or 0)

    def rename_profile(self, profile_id: int, name: str, note: str | None = None) -> None:
        cleaned = self._clean_name(name)
        with self._write("rename the profile") as db:
            if not self._changed(db, "UPDATE profiles SET name = ?, note = ? WHERE id = ?",
                                 (cleaned, note, profile_id)):
                raise self._missing(f"profile {profile_id}")

    def default_profile(self) -> int:
        with self._write("create the default profile") as db:
            row = db.execute("SELECT min(id) FROM profiles").fetchone()
            if row[0] is not None:
                return int(row[0])
            cursor = db.execute(
                "INSERT INTO profiles (name, note, created_at) VALUES (?, NULL, ?)",
                (_(DEFAULT_PROFILE_NAME), now_iso()))
            return int(cursor.lastrowid or 0)

    def delete_profile(self, profile_id: int) -> None:
        with self._write("delete the profile") as db:
            db.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))

    # -- drafts ---------------------------------------------------------------------------

    def start_draft(self, profile_id: int, questionnaire_id: str, questionnaire_sha256: str,
                    questionnaire_path: str | None = None) -> int:
        stamp = now_iso()
        with self._write("start the questionnaire") as db:
            if db.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone() is None:
                raise self._missing(f"profile {profile_id}")
            cursor = db.execute(
                "INSERT INTO drafts (profile_id, questionnaire_id, questionnaire_sha256, "
                "questionnaire_path, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (profile_id, questionnaire_id, questionnaire_sha256,
                 None if questionnaire_path is None else str(questionnaire_path), stamp, stamp))
        return int(cursor.lastrowid or 0)

    def save_answer(self, draft_id: int, item_id: str, value: Any) -> None:
        encoded = to_json(value, f"answer to item {item_id}")
        stamp = now_iso()
        with self._write("save the answer") as db:
            if not self._changed(db, "UPDATE drafts SET updated_at = ? WHERE id = ?",
                                 (stamp, draft_id)):
                raise self._missing(f"draft {draft_id}")
            db.execute(
                "INSERT INTO draft_answers (draft_id, item_id, value_json, saved_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (draft_id, item_id) DO UPDATE SET "
                "value_json = excluded.value_json, saved_at = excluded.saved_at",
                (draft_id, item_id, encoded, stamp))

    def clear_answer(self, draft_id: int, item_id: str) -> None:
        with self._write("clear the answer") as db:
            if not self._changed(db, "UPDATE drafts SET updated_at = ? WHERE id = ?",
                                 (now_iso(), draft_id)):
                raise self._missing(f"draft {draft_id}")
            db.execute("DELETE FROM draft_answers WHERE draft_id = ? AND item_id = ?",
                       (draft_id, item_id))

    def delete_draft(self, draft_id: int) -> None:
        with self._write("delete the draft") as db:
            db.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    # -- results --------------------------------------------------------------------------

    def add_result(self, profile_id: int | None, result: dict[str, Any],
                   source: str | None = None, *, integrity_checked: bool = False,
                   ) -> tuple[int, bool]:
        """Store a completed result whole; returns (id, newly added). The same result
        (same integrity hash) is kept once: adding it again returns the existing id.
        `integrity_checked`: the caller has just computed or verified the hash."""
        return self.add_results([(profile_id, result, source)],
                                integrity_checked=integrity_checked)[0]

    def add_results(
        self, entries: Sequence[tuple[int | None, dict[str, Any], str | None]],
        *, integrity_checked: bool = False,
    ) -> list[tuple[int, bool]]:
        """Several results in one transaction: all are stored or (on error) none.
        `integrity_checked` skips re-hashing results the caller has just verified."""
        prepared = [self.prepare_result(result, source, integrity_checked=integrity_checked)
                    for _, result, source in entries]
        return self.add_prepared([(profile_id, ready) for (profile_id, _, _), ready
                                  in zip(entries, prepared, strict=True)])

    @staticmethod
    def prepare_result(result: dict[str, Any], source: str | None = None, *,
                       integrity_checked: bool = False,
                       display_fingerprint: bytes | None = None) -> PreparedResult:
        """A result checked and encoded for `add_prepared`, which stores it as
        `add_results` would. A caller adding many results prepares each as it comes and
        keeps only the prepared text, not the whole result, until they are added.
        `display_fingerprint`: with `integrity_checked`, the display block's fingerprint as
        the read gave it (`integrity.display_fingerprint`), so a block encoded before is
        not encoded again (the text stored is the same)."""
        name = source or "result"
        integrity = result.get("integrity") if isinstance(result, dict) else None
        digest = integrity.get("sha256") if isinstance(integrity, dict) else None
        questionnaire = result.get("questionnaire")
        if not isinstance(digest, str) or not isinstance(questionnaire, dict):
            raise StoreError.about(name, "is not a complete result (no integrity hash)")
        if integrity_checked:
            # Just hashed, so just encoded as JSON: it holds no cycle to look for.
            encoded = result_json(result, name, display_fingerprint)
        else:
            encoded = to_json(result, name)
            if integrity_hash(result) != digest.lower():
                raise StoreError.about(name, "was changed after it was scored (integrity "
                                             "hash does not match) and was not saved")
        return PreparedResult(digest.lower(), str(questionnaire.get("id")),
                              result.get("completed_at"), encoded, source)

    def add_prepared(
        self, entries: Sequence[tuple[int | None, PreparedResult]],
    ) -> list[tuple[int, bool]]:
        """Prepared results (`prepare_result`) in one transaction, each for its profile
        (or none): all are stored or (on error) none. Returns (id, newly added) for each;
        a result already stored (same integrity hash) keeps its id and is not added again."""
        outcomes: list[tuple[int, bool]] = []
        stamp = now_iso()
        # A profile seen once stays: this transaction holds the write lock, and only a
        # write can delete it.
        profiles_seen: set[int] = set()
        with self._write("save the result") as db:
            for profile_id, ready in entries:
                if profile_id is not None and profile_id not in profiles_seen:
                    if db.execute("SELECT 1 FROM profiles WHERE id = ?",
                                  (profile_id,)).fetchone() is None:
                        raise self._missing(f"profile {profile_id}")
                    profiles_seen.add(profile_id)
                # Inserted unless stored already (the same integrity hash), in one statement
                # for a new result: looking first cost a query for every row.
                cursor = db.execute(
                    "INSERT INTO results (profile_id, integrity_sha256, questionnaire_id, "
                    "completed_utc, result_json, added_at, source) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (integrity_sha256) DO NOTHING",
                    (profile_id, ready.digest, ready.questionnaire_id,
                     utc_sort_key(ready.completed_at, stamp), ready.encoded, stamp,
                     ready.source))
                if cursor.rowcount == 1:
                    outcomes.append((int(cursor.lastrowid or 0), True))
                    continue
                existing = db.execute("SELECT id FROM results WHERE integrity_sha256 = ?",
                                      (ready.digest,)).fetchone()
                outcomes.append((int(existing[0]), False))
        return outcomes

    def delete_result(self, result_id: int) -> None:
        with self._write("delete the result") as db:
            db.execute("DELETE FROM results WHERE id = ?", (result_id,))

    # -- notes and plans ------------------------------------------------------------------

    def add_note(self, profile_id: int, text: str, result_id: int | None = None) -> int:
        with self._write("save the note") as db:
            if db.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone() is None:
                raise self._missing(f"profile {profile_id}")
            if result_id is not None and db.execute(
                "SELECT 1 FROM results WHERE id = ?", (result_id,)).fetchone() is None:
                raise self._missing(f"result {result_id}")
            cursor = db.execute(
                "INSERT INTO notes (profile_id, result_id, text, created_at) VALUES (?,?,?,?)",
                (profile_id, result_id, text, now_iso()))
        return int(cursor.lastrowid or 0)

    def update_note(self, note_id: int, text: str) -> None:
        with self._write("change the note") as db:
            if not self._changed(db, "UPDATE notes SET text = ? WHERE id = ?", (text, note_id)):
                raise self._missing(f"note {note_id}")

    def delete_note(self, note_id: int) -> None:
        with self._write("delete the note") as db:
            if not self._changed(db, "DELETE FROM notes WHERE id = ?", (note_id,)):
                raise self._missing(f"note {note_id}")

    def save_plan(self, profile_id: int, cluster_id: str, done_milestones: list[str],
                  note: str | None = None,
                  score_overrides: Mapping[str, float] | None = None) -> int:
        encoded = to_json([str(m) for m in done_milestones], "plan")
        scores = plan_scores_json(dict(score_overrides)) if score_overrides else None
        with self._write("save the plan") as db:
            if db.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone() is None:
                raise self._missing(f"profile {profile_id}")
            cursor = db.execute(
                "INSERT INTO plans (profile_id, cluster_id, done_json, note, saved_at, "
                "scores_json) VALUES (?, ?, ?, ?, ?, ?)",
                (profile_id, cluster_id, encoded, note, now_iso(), scores))
        return int(cursor.lastrowid or 0)
