"""Setting aside rows of the store whose stored JSON is damaged.

SQLite's `quick_check` looks at the file's structure, not at what the rows hold: a disk,
a sync tool or a hand edit that changes bytes inside a stored result leaves a database
that opens fine but whose result no longer decodes as UTF-8 or as JSON. Such a row would
fail every listing it appears in. At open, every row that holds JSON is checked once
(SQLite's own `json_valid` and a UTF-8 decode: about 0.05 ms a result, where decoding
each in Python, and hashing it, would cost 1.5 ms); the damaged ones are written, exactly
as stored, to a quarantine file beside the data file and then removed, so the rest of the
data stays usable and the user is told once what was set aside and where. A change that
leaves valid JSON is not found here; the listings also skip any row that fails to decode.
"""

from __future__ import annotations

import base64
import contextlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assessor.core.atomic import write_atomic
from assessor.core.errors import AssessorError
from assessor.core.store.schema import free_name, timestamp

QUARANTINE_PREFIX = "assessor-quarantine-"


@dataclass(frozen=True)
class DamagedRow:
    """A store row that could not be read and was set aside."""

    table: str
    key: dict[str, Any]  # what identifies the row (its id, or draft and item)
    what: str  # for the user: "a saved result", "an answer in a draft", …
    reason: str
    raw: bytes


def _reason(raw: bytes | None, valid_json: int | None) -> str | None:
    """Why a stored JSON value is damaged, or None when it reads."""
    if raw is None:
        return "the stored value is missing"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"it is not valid UTF-8 (byte {exc.start + 1})"
    return None if valid_json else "it is not valid JSON"


# table, key columns, JSON column, what a row is for the user
_JSON_COLUMNS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("results", ("id",), "result_json", "saved result"),
    ("draft_answers", ("draft_id", "item_id"), "value_json",
     "answer in an unfinished questionnaire"),
    ("plans", ("id",), "done_json", "saved plan"),
)


def find_damaged_rows(connection: sqlite3.Connection) -> list[DamagedRow]:
    damaged: list[DamagedRow] = []
    for table, keys, column, what in _JSON_COLUMNS:
        # Read as bytes: a damaged UTF-8 sequence must not fail the whole query.
        cursor = connection.execute(
            f"SELECT {', '.join(keys)}, CAST({column} AS BLOB), "  # noqa: S608 - constant names
            f"json_valid({column}) FROM {table}")
        for row in cursor:
            raw, valid = row[-2], row[-1]
            if valid and raw is not None and raw.isascii():
                continue  # the common case, without decoding
            reason = _reason(raw, valid)
            if reason is not None:
                damaged.append(DamagedRow(table, dict(zip(keys, row[:-2], strict=True)), what,
                                          reason, raw or b""))
    return damaged


def _record(rows: list[DamagedRow], database: Path) -> bytes:
    entries = [{
        "table": row.table, "key": row.key, "what": row.what, "reason": row.reason,
        # Exactly as stored (it may not even be text), and readably where it is.
        "stored_base64": base64.b64encode(row.raw).decode("ascii"),
        "stored_text": row.raw.decode("utf-8", "replace"),
    } for row in rows]
    body = {"format": "assessor-quarantine/1", "database": str(database),
            "set_aside_at": timestamp(), "rows": entries}
    return (json.dumps(body, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def quarantine_damaged_rows(connection: sqlite3.Connection, database: Path) -> list[str]:
    """Move every damaged JSON row to a quarantine file; returns the notice for the user
    (none when nothing was damaged). When the file cannot be written nothing is removed:
    the rows stay where they are and the listings skip them."""
    damaged = find_damaged_rows(connection)
    if not damaged:
        return []
    target = free_name(database.parent, QUARANTINE_PREFIX + timestamp(), ".json")
    try:
        write_atomic(target, _record(damaged, database))
    except AssessorError as exc:
        return [f"{_count(damaged)} in Assessor's data file {database} could not be read "
                f"(damaged on disk) and are skipped; they could not be set aside in a file "
                f"({exc.problems[0].message})."]
    try:
        connection.execute("BEGIN IMMEDIATE")
        for row in damaged:
            where = " AND ".join(f"{key} = ?" for key in row.key)
            connection.execute(f"DELETE FROM {row.table} WHERE {where}",  # noqa: S608 - constant names
                               tuple(row.key.values()))
        connection.execute("COMMIT")
    except sqlite3.Error:
        if connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
    return [f"{_count(damaged)} in Assessor's data file could not be read (damaged on disk) "
            f"and {'was' if len(damaged) == 1 else 'were'} set aside, exactly as stored, in "
            f"{target}. Everything else is unaffected."]


def _count(rows: list[DamagedRow]) -> str:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.what] = counts.get(row.what, 0) + 1
    parts = [f"1 {what}" if n == 1 else f"{n} {what.replace('answer ', 'answers ', 1)}"
             if what.startswith("answer ") else f"{n} {what}s" for what, n in counts.items()]
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
