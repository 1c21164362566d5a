"""A store file damaged in place — cut short, a page zeroed, a table renamed, a column
renamed inside the schema's text, an index dropped, the header's bytes changed — never
gives a traceback: the file is moved aside with one plain line for the user and a fresh
store started (or, for a lost index, repaired), and the store goes on working. A file of a
newer format is refused and left untouched instead (the format-version rule)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from assessor.core.store import DATABASE_NAME, SCHEMA_VERSION, Store, StoreError
from assessor.core.store.schema import MIGRATIONS, SCHEMA
from assessor.core.store.shape import expected_shape, shape_of
from tests.store_factory import V1_SCHEMA, fill_store, make_v1_database

PAGE = 4096


def _still_works(store: Store) -> None:
    """Reading and writing every kind of row succeeds."""
    profile = store.default_profile()
    store.add_note(profile, "after the damage")
    store.save_plan(profile, "c1", ["m2"])
    draft = store.start_draft(profile, "sample", "0" * 64)
    store.save_answer(draft, "q1", 2)
    store.list_results()
    assert [n.text for n in store.list_notes(profile)][-1] == "after the damage"
    assert store.load_draft(draft).answers == {"q1": 2}


def _moved_aside(folder: Path, store: Store) -> str:
    [notice] = store.notices
    [aside] = folder.glob("assessor-damaged-*.sqlite3")
    assert str(aside) in notice and "moved to" in notice
    assert "\n" not in notice and "Traceback" not in notice
    assert store.list_profiles() == []  # a fresh store
    _still_works(store)
    return notice


def _edit_bytes(change: Callable[[bytearray], None]) -> Callable[[Path], None]:
    def edit(database: Path) -> None:
        data = bytearray(database.read_bytes())
        change(data)
        database.write_bytes(bytes(data))
    return edit


def _edit_sql(statement: str) -> Callable[[Path], None]:
    def edit(database: Path) -> None:
        with sqlite3.connect(database) as raw:
            raw.execute(statement)
        raw.close()
    return edit


def _rename_in_schema(old: bytes, new: bytes) -> Callable[[bytearray], None]:
    def change(data: bytearray) -> None:
        assert len(old) == len(new)
        start = data.find(old)
        assert start > 0 and data.find(old, start + 1) == -1, old
        data[start:start + len(old)] = new
    return change


def _zero_page(number: int) -> Callable[[bytearray], None]:
    def change(data: bytearray) -> None:
        assert len(data) > PAGE * (number + 1)
        data[PAGE * number:PAGE * (number + 1)] = bytes(PAGE)
    return change


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "cut short inside the header": (_edit_bytes(lambda d: d.__delitem__(slice(50, None))),
                                    "malformed"),
    "cut short by a page and a half": (
        _edit_bytes(lambda d: d.__delitem__(slice(len(d) - PAGE * 3 // 2, None))), "malformed"),
    "first page zeroed": (_edit_bytes(_zero_page(0)), "not a database"),
    "second page zeroed": (_edit_bytes(_zero_page(1)), "malformed"),
    "table renamed": (_edit_sql("ALTER TABLE results RENAME TO results_old"),
                      "its results table is missing"),
    "table dropped": (_edit_sql("DROP TABLE plans"), "its plans table is missing"),
    "column renamed in the schema's bytes": (
        _edit_bytes(_rename_in_schema(b"CREATE TABLE profiles (\n        id",
                                      b"CREATE TABLE profiles (\n        iq")),
        "its profiles table has lost its column id"),
    "column type changed in the schema's bytes": (
        _edit_bytes(_rename_in_schema(b"name TEXT NOT NULL,\n        note",
                                      b"name TEXQ NOT NULL,\n        note")),
        "the columns of its profiles table were changed"),
    "link to another table changed": (
        _edit_bytes(_rename_in_schema(b"result_id INTEGER REFERENCES results(id)",
                                      b"result_id INTEGER REFERENCES resultz(id)")),
        "links of its notes table"),
    "unique key lost": (
        _edit_bytes(_rename_in_schema(b"TEXT NOT NULL UNIQUE", b"TEXT NOT NULL       ")),
        "orphan index"),
    "schema text no longer UTF-8": (
        _edit_bytes(_rename_in_schema(b"        saved_at TEXT NOT NULL,\n        scores_json",
                                      b"        saved_at TEXT NOT N\x80LL,\n        scores_json")),
        "not valid text"),
    "schema format number in the header": (_edit_bytes(lambda d: d.__setitem__(47, 9)),
                                           "unsupported file format"),
    "header's write version made unknown (opens read-only)": (
        _edit_bytes(lambda d: d.__setitem__(18, 3)), "may not be written"),
    "format version made negative": (_edit_bytes(lambda d: d.__setitem__(60, 0xFF)),
                                     "data format number"),
    "format version set to an older one": (_edit_sql("PRAGMA user_version = 1"),
                                           "its notes table"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damage_in_place_moves_the_file_aside_with_one_plain_line(
    tmp_path: Path, kind: str,
) -> None:
    fill_store(tmp_path)
    database = tmp_path / DATABASE_NAME
    damage, reason = DAMAGE[kind]
    damage(database)
    damaged = database.read_bytes()
    with Store.open(tmp_path) as store:
        notice = _moved_aside(tmp_path, store)
        assert reason in notice
    [aside] = tmp_path.glob("assessor-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged  # kept exactly as it was, for recovery
    with Store.open(tmp_path) as again:
        assert again.notices == []


def test_a_dropped_index_is_made_again_and_nothing_is_lost(tmp_path: Path) -> None:
    fill_store(tmp_path)
    database = tmp_path / DATABASE_NAME
    _edit_sql("DROP INDEX results_by_profile")(database)
    with Store.open(tmp_path) as store:
        assert store.notices == []
        assert len(store.list_results()) == 4
        _still_works(store)
    with sqlite3.connect(database) as raw:
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                           "AND name = 'results_by_profile'").fetchone() == (1,)
    raw.close()


def test_a_newer_format_is_refused_untouched_not_moved_aside(tmp_path: Path) -> None:
    fill_store(tmp_path)
    database = tmp_path / DATABASE_NAME
    _edit_bytes(lambda d: d.__setitem__(63, SCHEMA_VERSION + 1))(database)  # user_version
    before = database.read_bytes()
    with pytest.raises(StoreError, match="newer version of Assessor") as refused:
        Store.open(tmp_path)
    assert "\n" not in str(refused.value)
    assert database.read_bytes() == before
    assert list(tmp_path.glob("assessor-damaged-*")) == []


def test_an_old_file_with_a_damaged_schema_is_moved_aside_before_migrating(
    tmp_path: Path,
) -> None:
    database = tmp_path / DATABASE_NAME
    make_v1_database(database)
    with sqlite3.connect(database) as raw:
        raw.execute("ALTER TABLE notes RENAME COLUMN text TO texte")
    raw.close()
    with Store.open(tmp_path) as store:
        notice = _moved_aside(tmp_path, store)
        assert "its notes table has lost its column text" in notice
    assert list(tmp_path.glob("assessor-backup-*")) == []  # found before any migration


@pytest.mark.parametrize("offset", range(100))
def test_any_header_byte_changed_never_crashes(tmp_path: Path, offset: int) -> None:
    """Each byte of the 100-byte header, flipped: the store opens (intact or moved aside)
    and works, or is refused with a message (a newer format)."""
    fill_store(tmp_path)
    database = tmp_path / DATABASE_NAME
    original = database.read_bytes()
    for flip in (0x01, 0x80):
        data = bytearray(original)
        data[offset] ^= flip
        database.write_bytes(bytes(data))
        try:
            with Store.open(tmp_path) as store:
                assert all("\n" not in notice for notice in store.notices), store.notices
                _still_works(store)
        except StoreError as error:
            assert "\n" not in str(error)
        for path in tmp_path.glob("assessor-damaged-*"):
            path.unlink()


def test_every_format_version_is_checked_as_it_was_written(tmp_path: Path) -> None:
    """The shapes the check expects: format 1 as it shipped (this test's own copy), and
    the migrations giving exactly what a fresh store creates."""
    def shape(statements: tuple[str, ...]) -> object:
        reference = sqlite3.connect(":memory:")
        for statement in statements:
            reference.execute(statement)
        found = shape_of(reference)
        reference.close()
        return found

    assert shape(V1_SCHEMA) == expected_shape(1)
    migrated = V1_SCHEMA + tuple(s for step in sorted(MIGRATIONS) for s in MIGRATIONS[step])
    assert shape(migrated) == shape(SCHEMA) == expected_shape(SCHEMA_VERSION)
    assert expected_shape(2) == shape(V1_SCHEMA + MIGRATIONS[1])
