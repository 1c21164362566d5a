"""Opening the store's file: everything checked before the first query is run on it.

A file that fails any check — SQLite's structure check, the format version, the shape of
its tables (`shape.py`), the rows read at open (`quarantine.py`) — is moved aside with its
-wal/-shm and a fresh one started; the user is told once where the old one is. A file of a
newer format is refused, never touched; an older one is checked as that format, then
migrated (`schema.py`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assessor.core.store.quarantine import quarantine_damaged_rows
from assessor.core.store.schema import (
    SCHEMA_NOT_TEXT,
    SCHEMA_VERSION,
    DamagedDatabase,
    connect,
    move_aside,
    prepare_schema,
)
from assessor.core.store.shape import check_shape
from assessor.core.store.types import StoreError, describe_sqlite_error, is_corruption


def _open_checked(path: Path) -> tuple[sqlite3.Connection, list[str]]:
    connection = connect(path)
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if 0 < version < SCHEMA_VERSION:
            check_shape(connection, version)  # before a migration relies on it
        notices = prepare_schema(connection, path)
        check_shape(connection, SCHEMA_VERSION)
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
