"""Whether the tables in a store file are the ones this version of Assessor wrote.

`quick_check` looks at the file's structure, not at the schema's text: a byte changed
inside a `CREATE TABLE` statement (a column renamed, a constraint or a link to another
table lost, a table renamed) leaves a file SQLite opens happily, and every query that names
the lost column then fails ("no such column: id"). So at open the tables' columns, keys,
links and indexes are compared with what this version creates for the file's format
version (`expected_shape`, built once in memory from the statements that create it); a
file that differs is damaged and is moved aside like any other. A missing index of our
own changes nothing but speed and is simply created again.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from dataclasses import dataclass

from assessor.core.store.schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION, DamagedDatabase

# The schema as format 1 shipped it; MIGRATIONS turn it into every later format (a test
# checks that doing so gives exactly what SCHEMA creates).
SCHEMA_V1: tuple[str, ...] = (
    "CREATE TABLE profiles (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, "
    "created_at TEXT NOT NULL)",
    "CREATE TABLE drafts (id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES "
    "profiles(id) ON DELETE CASCADE, questionnaire_id TEXT NOT NULL, questionnaire_sha256 "
    "TEXT NOT NULL, questionnaire_path TEXT, started_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE draft_answers (draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE "
    "CASCADE, item_id TEXT NOT NULL, value_json TEXT NOT NULL, saved_at TEXT NOT NULL, "
    "PRIMARY KEY (draft_id, item_id)) WITHOUT ROWID",
    "CREATE TABLE results (id INTEGER PRIMARY KEY, profile_id INTEGER REFERENCES profiles(id) "
    "ON DELETE CASCADE, integrity_sha256 TEXT NOT NULL UNIQUE, questionnaire_id TEXT NOT NULL, "
    "completed_utc TEXT NOT NULL, result_json TEXT NOT NULL, added_at TEXT NOT NULL, "
    "source TEXT)",
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES "
    "profiles(id) ON DELETE CASCADE, text TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX drafts_by_profile ON drafts(profile_id)",
    "CREATE INDEX results_by_profile ON results(profile_id, completed_utc)",
    "CREATE INDEX notes_by_profile ON notes(profile_id)",
)

Column = tuple[str, str, int, object, int]  # name, TYPE, not null, default, place in the key
Link = tuple[str, str, str, str, str]  # to table, from column, to column, on update, on delete
Index = tuple[int, str, int, tuple[str, ...]]  # unique, origin ("pk", "u", "c"), partial, columns


@dataclass(frozen=True)
class TableShape:
    """What identifies a table's layout: its columns, links, and indexes by origin."""

    columns: frozenset[Column]
    links: frozenset[Link]
    keys: frozenset[Index]  # the indexes SQLite made for PRIMARY KEY and UNIQUE
    indexes: dict[str, Index]  # our own (CREATE INDEX), by name
    index_sql: dict[str, str]


def _table_names(connection: sqlite3.Connection) -> list[str]:
    return [str(row[0]) for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]


def _table_shape(connection: sqlite3.Connection, table: str) -> TableShape:
    columns = frozenset(
        (str(name), str(kind).upper(), int(not_null), default, int(key))
        for name, kind, not_null, default, key in connection.execute(
            'SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)', (table,)))
    links = frozenset(
        (str(target).lower(), str(source), str(to), str(update), str(delete))
        for target, source, to, update, delete in connection.execute(
            'SELECT "table", "from", "to", on_update, on_delete '
            "FROM pragma_foreign_key_list(?)", (table,)))
    keys: set[Index] = set()
    indexes: dict[str, Index] = {}
    index_sql: dict[str, str] = {}
    listed = connection.execute(
        'SELECT name, "unique", origin, partial FROM pragma_index_list(?)', (table,)).fetchall()
    for name, unique, origin, partial in listed:
        indexed = tuple(str(row[0]) for row in connection.execute(
            "SELECT name FROM pragma_index_info(?) ORDER BY seqno", (name,)))
        index = (int(unique), str(origin), int(partial), indexed)
        if origin == "c":
            indexes[str(name)] = index
            sql = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'index' "
                                     "AND name = ?", (name,)).fetchone()
            index_sql[str(name)] = str(sql[0]) if sql else ""
        else:
            keys.add(index)
    return TableShape(columns, links, frozenset(keys), indexes, index_sql)


def shape_of(connection: sqlite3.Connection) -> dict[str, TableShape]:
    """Every table of the file (SQLite's own left out), by name."""
    return {table: _table_shape(connection, table) for table in _table_names(connection)}


@functools.cache
def expected_shape(version: int) -> dict[str, TableShape]:
    """The tables this version of Assessor writes for a file of format `version`."""
    reference = sqlite3.connect(":memory:")
    try:
        if version == SCHEMA_VERSION:
            statements: tuple[str, ...] = SCHEMA
        else:
            statements = SCHEMA_V1 + tuple(
                statement for step in range(1, version) for statement in MIGRATIONS[step])
        for statement in statements:
            reference.execute(statement)
        return shape_of(reference)
    finally:
        reference.close()


def _difference(table: str, found: TableShape, wanted: TableShape) -> str | None:
    """Why a table is not as written (None when it is, missing indexes aside)."""
    names = {column[0] for column in found.columns}
    lost = sorted({column[0] for column in wanted.columns} - names)
    if lost:
        return f"its {table} table has lost its column {lost[0]}"
    if found.columns != wanted.columns:
        return f"the columns of its {table} table were changed"
    if found.links != wanted.links:
        return f"the links of its {table} table to other tables were changed"
    if found.keys != wanted.keys:
        return f"the keys of its {table} table were changed"
    for name, index in wanted.indexes.items():
        if name in found.indexes and found.indexes[name] != index:
            return f"its index {name} was changed"
    if any(index[0] for name, index in found.indexes.items() if name not in wanted.indexes):
        return f"its {table} table has a unique index Assessor did not make"
    return None


def check_shape(connection: sqlite3.Connection, version: int) -> None:
    """Raise DamagedDatabase unless the file's tables are what format `version` has; an
    index of ours that is missing is created again (best effort: the store works without)."""
    found = shape_of(connection)
    missing_indexes: list[str] = []
    for table, wanted in expected_shape(version).items():
        if table not in found:
            raise DamagedDatabase(f"its {table} table is missing")
        reason = _difference(table, found[table], wanted)
        if reason is not None:
            raise DamagedDatabase(reason)
        missing_indexes += [wanted.index_sql[name] for name in wanted.indexes
                            if name not in found[table].indexes]
    if missing_indexes:
        _recreate(connection, missing_indexes)


def _recreate(connection: sqlite3.Connection, statements: list[str]) -> None:
    with contextlib.suppress(sqlite3.Error):  # read-only, busy: slower, not wrong
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                connection.execute(
                    statement.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
            connection.execute("COMMIT")
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
