"""Opening the store's file: everything checked before the first query is run on it.

A file that fails any check — SQLite's structure check, the format version, the shape of
its tables (`shape.py`), the rows read at open (`quarantine.py`) — is moved aside with its
-wal/-shm and a fresh one started; the user is told once where the old one is. A file of a
newer format is refused, never touched; an older one is checked as that format, then
migrated (`schema.py`).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from assessor.core.store.quarantine import quarantine_damaged_rows
from assessor.core.store.schema import (
    BUSY_TIMEOUT_MS,
    SCHEMA_NOT_TEXT,
    SCHEMA_VERSION,
    DamagedDatabase,
    connect,
    move_aside,
    prepare_schema,
)
from assessor.core.store.shape import check_shape
from assessor.core.store.types import (
    StoreError,
    describe_sqlite_error,
    is_corruption,
    is_read_only,
)


def _open_checked(path: Path) -> tuple[sqlite3.Connection, list[str]]:
    connection = connect(path)
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if 0 < version < SCHEMA_VERSION:
            check_shape(connection, version)  # before a migration relies on it
        notices = prepare_schema(connection, path)
        check_shape(connection, SCHEMA_VERSION)
        _check_writable(connection, path)
        notices += quarantine_damaged_rows(connection, path)
    except DamagedDatabase as damage:
        damage.connection = connection
        raise
    except UnicodeDecodeError:
        raise DamagedDatabase(SCHEMA_NOT_TEXT, connection) from None
    except sqlite3.DatabaseError as exc:
        # Damage the checks above did not name (a page the structure check let through).
        if is_corruption(exc):
            raise DamagedDatabase(str(exc), connection) from None
        connection.close()
        raise StoreError.about(path, f"cannot be opened: {describe_sqlite_error(exc)}") from None
    except BaseException:
        connection.close()
        raise
    return connection, notices


def _check_writable(connection: sqlite3.Connection, path: Path) -> None:
    """A changed byte in the header (the file format's write version) makes SQLite open
    the file read-only without a word, and every save would then fail as if the folder
    were read-only. A write rolled back at once tells: refused where the file and its
    folder may be written, the file is damaged. Anything else (busy, a folder that really
    is read-only) is left to the first save, which says so."""
    # Never waiting for another process's write: busy means writable, and it is not ours.
    connection.execute("PRAGMA busy_timeout = 0")
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        finally:
            connection.execute("ROLLBACK")
    except sqlite3.Error as exc:
        if is_read_only(exc) and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
            raise DamagedDatabase("its header marks it as a file that may not be "
                                  "written") from None
    finally:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def open_database(path: Path) -> tuple[sqlite3.Connection, list[str]]:
    """Open (creating, recovering or migrating as needed); returns connection and notices."""
    try:
        return _open_checked(path)
    except DamagedDatabase as damage:
        aside = move_aside(path, damage.connection)
        notice = (
            f"Assessor's data file could not be read ({damage}). It was moved to {aside} "
            "and a fresh, empty data file was started; the old file is kept in case it "
            "can be recovered.")
    try:
        connection, notices = _open_checked(path)
    except DamagedDatabase as again:
        if again.connection is not None:
            again.connection.close()
        raise StoreError.about(path, f"cannot be created: {again}") from None
    return connection, [notice, *notices]
