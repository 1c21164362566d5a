"""Helper process for the fault-injection tests; the parent kills it with SIGKILL.

Usage:
  python fault_child.py export TARGET [STAGE]
                                          export results 0, 1, 2, … to TARGET, printing
                                          "ack N" after each export has returned; with
                                          STAGE, the second export stops at that stage of
                                          the atomic write (printing "at STAGE") and waits
                                          there to be killed
  python fault_child.py open FOLDER [STAGE]
                                          open (and so migrate) the store in FOLDER,
                                          printing "opening" first and "opened" after; with
                                          STAGE, stop at that stage of the migration
                                          (printing "at STAGE") and wait to be killed
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from assessor.core.integrity import integrity_hash

PADDING_ITEMS = 3000  # about 1 MB per file: a write takes long enough to be interrupted


def synthetic_result(sequence: int) -> dict[str, Any]:
    """A result that passes parse_result; its respondent says which export it was."""
    result: dict[str, Any] = {
        "format": "assessor-result/1",
        "questionnaire": {"id": "kill", "version": "1", "title": "Kill", "sha256": "0" * 64},
        "career_model": None,
        "respondent": f"export-{sequence}",
        "completed_at": "2025-01-01T00:00:00+00:00",
        "complete": True,
        "missing": [],
        "answers": {f"item-{i}": "x" * (300 + sequence % 50) for i in range(PADDING_ITEMS)},
        "scores": {},
        "placement": None,
        "clusters": [],
        "paths": {},
    }
    result["integrity"] = {"sha256": integrity_hash(result)}
    return result


# The stages of write_atomic a kill can be pinned to, by wrapping the calls it makes.
STAGES = ("temp created", "data written", "synced", "renamed")


def pause_at(stage: str) -> None:
    """Make the second export stop at `stage` and wait for the parent's SIGKILL."""
    import os
    import tempfile

    calls = {"mkstemp": 0}
    real_mkstemp, real_fsync, real_replace = tempfile.mkstemp, os.fsync, os.replace

    def wait(reached: str) -> None:
        if reached == stage and calls["mkstemp"] == 2:
            print(f"at {stage}", flush=True)
            sys.stdin.readline()

    def mkstemp(*args: Any, **kwargs: Any) -> Any:
        calls["mkstemp"] += 1
        handle = real_mkstemp(*args, **kwargs)
        wait("temp created")
        return handle

    def fsync(descriptor: int) -> None:
        wait("data written")
        real_fsync(descriptor)
        wait("synced")

    def replace(source: Any, target: Any) -> None:
        real_replace(source, target)
        wait("renamed")

    tempfile.mkstemp = mkstemp  # type: ignore[assignment]
    os.fsync, os.replace = fsync, replace  # type: ignore[assignment]


def export_forever(target: Path, stage: str | None) -> None:
    from assessor.core.results.store_import import export_result

    if stage is not None:
        pause_at(stage)
    sequence = 0
    while True:
        export_result(synthetic_result(sequence), target)
        print(f"ack {sequence}", flush=True)
        sequence += 1


MIGRATION_STAGES = (
    "backup started",
    "backup written",
    "migration before commit",
    "migration committed",
)


def pause_migration_at(stage: str) -> None:
    import sqlite3

    from assessor.core.store import schema as store_schema

    def wait(reached: str) -> None:
        if reached == stage:
            print(f"at {stage}", flush=True)
            sys.stdin.readline()

    class PausingConnection(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
            if sql == "COMMIT" and self.is_migration_commit():
                wait("migration before commit")
                cursor = super().execute(sql, *args)
                wait("migration committed")
                return cursor
            return super().execute(sql, *args)

        def is_migration_commit(self) -> bool:
            version = super().execute("PRAGMA user_version").fetchone()[0]
            return bool(version == store_schema.SCHEMA_VERSION)

        def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
            # Copy one page at a time so a kill can land with the copy half done.
            kwargs.setdefault("pages", 1)
            kwargs["progress"] = lambda _status, remaining, total: wait(
                "backup started" if remaining == total // 2 else ""
            )
            super().backup(target, **kwargs)
            wait("backup written")

    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return real_connect(*args, factory=PausingConnection, **kwargs)  # type: ignore[misc]

    store_schema.sqlite3.connect = connect  # type: ignore[assignment]


def open_store(folder: Path, stage: str | None) -> None:
    from assessor.core.store import Store

    if stage is not None:
        pause_migration_at(stage)
    print("opening", flush=True)
    with Store.open(folder) as store:
        print(f"opened {len(store.notices)}", flush=True)


if __name__ == "__main__":
    mode, where = sys.argv[1], Path(sys.argv[2])
    if mode == "export":
        export_forever(where, sys.argv[3] if len(sys.argv) > 3 else None)
    else:
        open_store(where, sys.argv[3] if len(sys.argv) > 3 else None)
