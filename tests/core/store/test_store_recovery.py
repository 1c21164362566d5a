"""The store when things go wrong: damaged file, old or newer schema, read-only, full disk."""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from assessor.core.store import DATABASE_NAME, Store, StoreError
from assessor.core.store import schema as store_schema
from tests.store_factory import STAMP, make_v1_database

GARBAGE = b"This is not SQLite at all. " * 300


def test_garbage_database_is_moved_aside_with_wal_and_shm(isolated_user_dirs: Path) -> None:
    database = isolated_user_dirs / DATABASE_NAME
    database.write_bytes(GARBAGE)
    Path(f"{database}-wal").write_bytes(b"old wal")
    Path(f"{database}-shm").write_bytes(b"old shm")

    with Store.open() as store:
        assert len(store.notices) == 1
        notice = store.notices[0]
        asides = sorted(isolated_user_dirs.glob("assessor-damaged-*.sqlite3"))
        assert len(asides) == 1
        aside = asides[0]
        assert str(aside) in notice
        assert "could not be read" in notice
        assert aside.read_bytes() == GARBAGE
        assert Path(f"{aside}-wal").read_bytes() == b"old wal"
        # The -shm is only an index SQLite rebuilds from the WAL (it rewrites it on open),
        # so only its move is checked.
        assert Path(f"{aside}-shm").exists()
        assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").read_bytes() \
            != b"old wal"
        # The fresh database works.
        profile = store.create_profile("Ann")
        assert [p.id for p in store.list_profiles()] == [profile]
    with Store.open() as again:
        assert again.notices == []
        assert [p.name for p in again.list_profiles()] == ["Ann"]


def test_truncated_database_is_moved_aside(isolated_user_dirs: Path) -> None:
    with Store.open() as store:
        profile = store.create_profile("Ann")
        for index in range(300):
            store.add_note(profile, f"note {index} " + "x" * 200)
    database = isolated_user_dirs / DATABASE_NAME
    with sqlite3.connect(database) as raw:  # fold the WAL into the main file
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 2])
    with Store.open() as store:
        assert store.notices and "moved to" in store.notices[0]
        assert store.list_profiles() == []


def test_a_foreign_sqlite_file_is_moved_aside_not_adopted(isolated_user_dirs: Path) -> None:
    with sqlite3.connect(isolated_user_dirs / DATABASE_NAME) as raw:
        raw.execute("CREATE TABLE photos (id INTEGER)")
    with Store.open() as store:
        assert "not an Assessor data file" in store.notices[0]
        assert store.list_profiles() == []


def test_newer_schema_is_refused_and_left_untouched(isolated_user_dirs: Path) -> None:
    database = isolated_user_dirs / DATABASE_NAME
    with Store.open() as store:
        store.create_profile("Ann")
    with sqlite3.connect(database) as raw:
        raw.execute("PRAGMA user_version = 9")
    before = database.read_bytes()
    with pytest.raises(StoreError, match=r"newer version of Assessor \(data format 9"):
        Store.open()
    assert database.read_bytes() == before
    assert list(isolated_user_dirs.glob("assessor-damaged-*")) == []


def test_migration_from_version_1_keeps_every_row(isolated_user_dirs: Path) -> None:
    database = isolated_user_dirs / DATABASE_NAME
    make_v1_database(database)

    with Store.open() as store:
        assert len(store.notices) == 1
        backups = list(isolated_user_dirs.glob("assessor-backup-v1-*.sqlite3"))
        assert len(backups) == 1
        assert str(backups[0]) in store.notices[0]
        assert [(p.id, p.name, p.note, p.created_at) for p in store.list_profiles()] == [
            (1, "Ann", None, STAMP), (2, "Bob", "client", STAMP)]
        draft = store.load_draft(5)
        assert (draft.profile_id, draft.questionnaire_path) == (2, "/q.yaml")
        assert draft.answers == {"q1": 4, "q3": "a", "m": ["x"]}
        results = store.list_results()
        assert [(r.id, r.profile_id, r.source, r.result) for r in results] == [
            (3, 1, "old.json", {"format": "assessor-result/1"})]
        assert [(n.id, n.text, n.result_id) for n in store.list_notes(1)] == [
            (1, "first note", None)]
        assert [n.text for n in store.list_notes(2)] == ["second note"]
        # The new parts of version 2 work.
        store.add_note(1, "about the result", result_id=3)
        store.save_plan(1, "c1", ["m1"])
        assert [p.done_milestones for p in store.list_plans(1)] == [("m1",)]

    # The backup is a complete, openable copy of the version 1 data.
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT count(*) FROM notes").fetchone()[0] == 2
        assert copy.execute("SELECT count(*) FROM draft_answers").fetchone()[0] == 3
    with Store.open() as again:
        assert again.notices == []


def test_migration_from_version_2_adds_plan_score_changes(isolated_user_dirs: Path) -> None:
    database = isolated_user_dirs / DATABASE_NAME
    make_v1_database(database)
    with sqlite3.connect(database) as raw:  # upgrade to version 2 exactly as it shipped
        for statement in store_schema.MIGRATIONS[1]:
            raw.execute(statement)
        raw.execute("INSERT INTO plans (profile_id, cluster_id, done_json, note, saved_at) "
                    "VALUES (1, 'c1', '[\"m1\"]', 'old plan', ?)", (STAMP,))
        raw.execute("PRAGMA user_version = 2")
    with Store.open() as store:
        assert len(store.notices) == 1
        assert "from format 2 to 3" in store.notices[0]
        [old] = store.list_plans(1)
        assert (old.done_milestones, old.note, old.score_overrides) == (("m1",), "old plan", {})
        store.save_plan(1, "c1", ["m1"], score_overrides={"ml": 55})
        assert store.list_plans(1)[-1].score_overrides == {"ml": 55.0}
    assert list(isolated_user_dirs.glob("assessor-backup-v2-*.sqlite3"))


def test_failed_migration_changes_nothing(
    isolated_user_dirs: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = isolated_user_dirs / DATABASE_NAME
    make_v1_database(database)
    broken = (*store_schema.MIGRATIONS[1], "CREATE TABLE plans (oops)")
    monkeypatch.setitem(store_schema.MIGRATIONS, 1, broken)
    with pytest.raises(StoreError, match="could not be prepared"):
        Store.open()
    with sqlite3.connect(database) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        columns = [row[1] for row in raw.execute("PRAGMA table_info(notes)")]
        assert "result_id" not in columns
        assert raw.execute("SELECT count(*) FROM notes").fetchone()[0] == 2


UNPRIVILEGED = 65534  # "nobody" on Debian and most Linux systems


def _as_unprivileged_user(check: Callable[[], str]) -> str:
    """Run `check` in a forked child that has dropped root (chmod does not stop root from
    writing, and CI runs as root): its one-line outcome, or the exception it raised."""
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child, reports through the pipe
        code = 0
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(UNPRIVILEGED)
            os.setuid(UNPRIVILEGED)
            outcome = check()
        except BaseException as exc:
            outcome, code = f"{type(exc).__name__}: {exc}", 1
        os.write(writer, outcome.encode("utf-8", "replace"))
        os.close(writer)
        os._exit(code)
    os.close(writer)
    with os.fdopen(reader, "rb") as stream:
        outcome = stream.read().decode()
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0, outcome
    return outcome


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_gives_a_clear_error(tmp_path: Path) -> None:
    # Under /tmp itself: pytest's own folders are 0700 root, which "nobody" cannot enter.
    base = Path(tempfile.mkdtemp(prefix="assessor-ro-"))
    folder = base / "ro"
    folder.mkdir()
    try:
        def refused() -> str:
            folder.chmod(0o500)
            try:
                Store.open(folder)
            except StoreError as error:
                return str(error)
            return "opened"

        if os.geteuid() == 0:
            os.chown(base, UNPRIVILEGED, UNPRIVILEGED)
            os.chown(folder, UNPRIVILEGED, UNPRIVILEGED)
            message = _as_unprivileged_user(refused)
        else:
            message = refused()
        assert re.search(r"cannot be opened|read-only|writable", message), message
        assert "\n" not in message and str(folder) in message
        assert sorted(p.name for p in folder.iterdir()) == []  # nothing left behind
    finally:
        folder.chmod(0o700)
        shutil.rmtree(base, ignore_errors=True)


def test_unwritable_data_folder_gives_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "new-folder")
    assert caught.value.lines() == [
        f"{tmp_path / 'new-folder'}: cannot be created for Assessor's data: "
        f"{os.strerror(errno.EROFS)}"]


def test_unopenable_database_file_is_an_error_not_moved_aside(
    isolated_user_dirs: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_connect = sqlite3.connect

    def cannot_open(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(store_schema.sqlite3, "connect", cannot_open)
    with pytest.raises(StoreError, match="cannot be opened: the data file cannot be opened"):
        Store.open()
    monkeypatch.setattr(store_schema.sqlite3, "connect", real_connect)
    assert list(isolated_user_dirs.glob("assessor-damaged-*")) == []


def test_full_disk_while_answering_keeps_earlier_answers_and_recovers() -> None:
    with Store.open() as store:
        draft = store.start_draft(store.default_profile(), "sample", "0" * 64)
        store.save_answer(draft, "q1", 1)
        connection = store._connection
        assert connection is not None
        # SQLite reports SQLITE_FULL exactly as for a full disk once it may not grow.
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError) as caught:
            for index in range(200):
                store.save_answer(draft, f"long{index}", "x" * 4000)
        assert "the disk is full" in str(caught.value)
        assert str(store.path) in str(caught.value)
        # What was saved before is intact and the store still works after space is freed.
        assert store.load_draft(draft).answers["q1"] == 1
        connection.execute("PRAGMA max_page_count = 1073741823")
        store.save_answer(draft, "q2", 2)
        assert store.load_draft(draft).answers["q2"] == 2
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_disk_when_creating_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlite3.connect

    def tiny(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real_connect(*args, **kwargs)  # type: ignore[call-overload]
        connection.execute("PRAGMA max_page_count = 1")
        return connection  # type: ignore[no-any-return]

    monkeypatch.setattr(store_schema.sqlite3, "connect", tiny)
    with pytest.raises(StoreError, match="the disk is full"):
        Store.open()
