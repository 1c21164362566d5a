"""Noticing that another program replaced, deleted or overwrote the open data file, and
rescuing what the open connection still holds (see `Store._check_still_ours`)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from assessor.core.store.schema import free_name, timestamp

RESCUED_PREFIX = "assessor-rescued-"
_SQLITE_HEADER = b"SQLite format 3\x00"


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def open_for_header(path: Path) -> int | None:
    try:
        return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None


def looks_like_sqlite(descriptor: int | None) -> bool:
    """Whether the data file still starts with SQLite's header, read through a descriptor
    kept open for the store's life. Opening and closing the file here instead released
    every POSIX lock SQLite held on it in this process (closing any descriptor of a file
    does that), so a second process took itself for the only one, checkpointed and reset
    the WAL under this one's feet, and confirmed writes were lost."""
    if descriptor is None:
        return False
    try:
        if hasattr(os, "pread"):
            return os.pread(descriptor, 16, 0) == _SQLITE_HEADER
        os.lseek(descriptor, 0, os.SEEK_SET)  # Windows has no pread (nor POSIX locks)
        return os.read(descriptor, 16) == _SQLITE_HEADER
    except OSError:
        return False


def rescue(connection: sqlite3.Connection, folder: Path) -> Path | None:
    """Copy what the connection holds into a file of its own; None if that failed."""
    rescued = free_name(folder, RESCUED_PREFIX + timestamp(), ".sqlite3")
    try:
        with sqlite3.connect(rescued) as copy:
            connection.backup(copy)
        copy.close()
    except (sqlite3.Error, OSError):
        with contextlib.suppress(OSError):
            rescued.unlink()
        return None
    return rescued
