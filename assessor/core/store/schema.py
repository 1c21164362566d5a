"""Opening the store's SQLite file safely: settings, health check, recovery, migrations.

The schema version lives in `PRAGMA user_version`. Version 1 had no `plans` table and no
`notes.result_id`; version 2 adds both; version 3 (current) adds `plans.scores_json`, the
score changes a plan was made with (a format-versioned JSON record, see store.py). A file
from a newer Assessor is refused, never touched; an older one is copied aside with SQLite's
backup API before it is migrated in one transaction; a damaged one is moved aside (with its
-wal/-shm) and a fresh one started.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from assessor.core.atomic import TEMP_PREFIX
from assessor.core.store.types import StoreError, describe_sqlite_error, is_corruption

SCHEMA_VERSION = 3
BUSY_TIMEOUT_MS = 5000

SCHEMA: tuple[str, ...] = (
    """CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        questionnaire_id TEXT NOT NULL,
        questionnaire_sha256 TEXT NOT NULL,
        questionnaire_path TEXT,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    """CREATE TABLE draft_answers (
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        value_json TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (draft_id, item_id)) WITHOUT ROWID""",
    """CREATE TABLE results (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER REFERENCES profiles(id) ON DELETE CASCADE,
        integrity_sha256 TEXT NOT NULL UNIQUE,
        questionnaire_id TEXT NOT NULL,
        completed_utc TEXT NOT NULL,
        result_json TEXT NOT NULL,
        added_at TEXT NOT NULL,
        source TEXT)""",
    # A note outlives the result it was written about: deleting the result detaches it.
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        result_id INTEGER REFERENCES results(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL,
        done_json TEXT NOT NULL,
        note TEXT,
        saved_at TEXT NOT NULL,
        scores_json TEXT)""",
    "CREATE INDEX drafts_by_profile ON drafts(profile_id)",
    "CREATE INDEX results_by_profile ON results(profile_id, completed_utc)",
    "CREATE INDEX notes_by_profile ON notes(profile_id)",
    "CREATE INDEX plans_by_profile ON plans(profile_id)",
)

# MIGRATIONS[n] turns a version-n database into version n + 1.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        # The plans table as version 2 had it (version 3 adds a column to it).
        """CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        cluster_id TEXT NOT NULL,
        done_json TEXT NOT NULL,
        note TEXT,
        saved_at TEXT NOT NULL)""",
        "ALTER TABLE notes ADD COLUMN result_id INTEGER "
        "REFERENCES results(id) ON DELETE SET NULL",
        "CREATE INDEX plans_by_profile ON plans(profile_id)",
    ),
    2: (
        "ALTER TABLE plans ADD COLUMN scores_json TEXT",
    ),
}


# SQLite's error message quotes the damaged schema text, which Python then cannot decode.
SCHEMA_NOT_TEXT = "the description of its tables is damaged (not valid text)"


class DamagedDatabase(Exception):
    """Internal: the file is not a usable Assessor database and should be moved aside.

    Carries the connection still open on it: closing the last connection makes SQLite
    delete the -wal/-shm files, which may hold the newest data, so they are moved first."""

    def __init__(self, reason: str, connection: sqlite3.Connection | None = None) -> None:
        super().__init__(reason)
        self.connection = connection


def timestamp() -> str:
    return datetime.now().strftime("%Y%m%dT%H%M%S")


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """`folder/stem+suffix`, or with -2, -3 … appended to stem if that is taken."""
    candidate = folder / f"{stem}{suffix}"
    counter = 2
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        candidate = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


def _tolerant_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def connect(path: Path) -> sqlite3.Connection:
    """Open `path` with the store's settings and check its health.

    Raises DamagedDatabase for a damaged or foreign file, StoreError for anything else
    (read-only folder, full disk, file in use)."""
    try:
        # Usable from a worker thread too; Store serialises access with its own lock.
        connection = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
            check_same_thread=False,
        )
    except sqlite3.Error as exc:
        raise _classify(exc, path, None) from None
    # Bytes damaged inside a text column must not fail the whole query they are read in
    # ("Could not decode to UTF-8"); rows holding JSON are checked and set aside at open.
    connection.text_factory = _tolerant_text
    try:
        _configure_and_check(connection)
    except sqlite3.Error as exc:
        raise _classify(exc, path, connection) from None
    except UnicodeDecodeError:
        raise DamagedDatabase(SCHEMA_NOT_TEXT, connection) from None
    except DamagedDatabase as damage:
        damage.connection = connection
        raise
    return connection


def _classify(
    exc: sqlite3.Error, path: Path, connection: sqlite3.Connection | None,
) -> Exception:
    if is_corruption(exc):
        return DamagedDatabase(str(exc), connection)
    if connection is not None:
        connection.close()
    return StoreError.about(path, f"cannot be opened: {describe_sqlite_error(exc)}")


def _configure_and_check(connection: sqlite3.Connection) -> None:
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk when save_answer returns, even if the power goes next.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    check = connection.execute("PRAGMA quick_check").fetchone()
    if check is None or check[0] != "ok":
        raise DamagedDatabase(f"its integrity check failed ({_first_problem(check)})")
    # One statement, so one snapshot: read apart, another process creating the schema in
    # between made a fresh store look like "not an Assessor data file" (it was moved aside).
    version, tables = connection.execute(
        "SELECT (SELECT user_version FROM pragma_user_version), "
        "(SELECT count(*) FROM sqlite_master WHERE type = 'table')").fetchone()
    if version == 0 and tables:
        raise DamagedDatabase("it is not an Assessor data file")
    if version < 0:  # no Assessor writes one: damage, not a newer format
        raise DamagedDatabase(f"its data format number ({version}) is not one Assessor writes")


def _first_problem(check: tuple[object, ...] | None) -> str:
    """SQLite's report, which can run to many lines, as one short line for the notice."""
    text = str(check[0]) if check else "?"
    words = text.replace("*** in database main ***", " ").split()
    line = " ".join(words) or "?"
    return line if len(line) <= 160 else line[:159] + "…"


def _move_files(path: Path, aside: Path) -> None:
    if path.exists():
        os.replace(path, aside)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{suffix}"))


def move_aside(path: Path, connection: sqlite3.Connection | None) -> Path:
    """Rename a damaged database (and its -wal/-shm, which belong to it) out of the way."""
    aside = free_name(path.parent, f"assessor-damaged-{timestamp()}", ".sqlite3")
    try:
        try:
            # While the connection is open, SQLite has not yet deleted the -wal/-shm.
            _move_files(path, aside)
        finally:
            if connection is not None:
                connection.close()
    except OSError:
        try:
            # Some systems (Windows) refuse to rename open files: retry once it is closed.
            _move_files(path, aside)
        except OSError as exc:
            raise StoreError.about(
                path, f"is damaged and could not be moved aside: {exc.strerror or exc}",
            ) from None
    return aside


def backup(connection: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the live database (WAL included) beside it before a migration touches it."""
    target = free_name(path.parent, f"assessor-backup-v{version}-{timestamp()}", ".sqlite3")
    # Copied under a temporary name and renamed when complete: a kill during the copy must
    # not leave a half-written file that looks like a backup (temp files are cleaned at start).
    partial = target.with_name(TEMP_PREFIX + target.name)
    try:
        copy = sqlite3.connect(partial)
        try:
            connection.backup(copy)
        finally:
            copy.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        with contextlib.suppress(OSError):
            partial.with_name(partial.name + "-journal").unlink()
        if isinstance(exc, OSError):
            raise StoreError.about(
                path, "was not upgraded because a backup copy could not be written: "
                      f"{exc.strerror or exc}") from None
        raise StoreError.about(
            path, "was not upgraded because a backup copy could not be written: "
                  f"{describe_sqlite_error(exc)}") from None
    return target


def _run_in_transaction(
    connection: sqlite3.Connection, path: Path, statements: tuple[str, ...], version: int,
    *, from_version: int,
) -> bool:
    """Run one schema step unless another process already did (the version is read again
    inside the write transaction, which only one process at a time holds); True if run."""
    try:
        connection.execute("BEGIN IMMEDIATE")
        current = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if current != from_version:
            connection.execute("ROLLBACK")
            return False
        for statement in statements:
            connection.execute(statement)
        # user_version lives in the file header and commits (or rolls back) with the rest.
        connection.execute(f"PRAGMA user_version = {int(version)}")
        connection.execute("COMMIT")
        return True
    except sqlite3.Error as exc:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        raise StoreError.about(
            path, f"could not be prepared: {describe_sqlite_error(exc)}") from None


def prepare_schema(connection: sqlite3.Connection, path: Path) -> list[str]:
    """Create or upgrade the schema; returns notices for the user."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError.about(
            path, f"was written by a newer version of Assessor (data format {version}; this "
                  f"version reads up to {SCHEMA_VERSION}). Update Assessor to open it; the "
                  "file was left untouched.")
    if version == SCHEMA_VERSION:
        return []
    if version == 0:
        if not _run_in_transaction(connection, path, SCHEMA, SCHEMA_VERSION, from_version=0):
            return prepare_schema(connection, path)  # another process created it meanwhile
        return []
    copy = backup(connection, path, version)
    for step in range(version, SCHEMA_VERSION):
        # A step another process has just run is skipped; its backup is kept all the same.
        _run_in_transaction(connection, path, MIGRATIONS[step], step + 1, from_version=step)
    return [
        f"Your saved data was upgraded from format {version} to {SCHEMA_VERSION}. "
        f"A copy of the data as it was is kept at {copy}."
    ]
