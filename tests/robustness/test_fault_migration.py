"""SIGKILL during the store's v1 → v2 migration: afterwards the store opens and every row
of the version 1 data is there (how a v1 file looks: tests/core/store/test_store_recovery.py)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from assessor.core.store import DATABASE_NAME, Store
from assessor.core.store.schema import SCHEMA_VERSION
from tests.robustness.fault_child import MIGRATION_STAGES
from tests.robustness.kill import kill_and_reap, start_child
from tests.robustness.profiles import record, repetitions
from tests.store_factory import make_v1_database

TEST = "SIGKILL during the store's v1 to v2 migration"
NOTES = 3000  # enough pages that the backup copy and the migration take a while
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def make_v1_store(folder: Path) -> None:
    folder.mkdir()
    make_v1_database(folder / DATABASE_NAME,
                     answers=[(f"q{i}", str(i)) for i in range(200)],
                     notes=[(i, 1 + i % 2, f"note {i} " + "n" * 400) for i in range(1, NOTES + 1)])


def contents(store: Store) -> dict[str, Any]:
    """Every row of the version 1 data, as the store hands it out."""
    return {
        "profiles": [(p.id, p.name, p.note) for p in store.list_profiles()],
        "draft": store.load_draft(5).answers,
        "results": [(r.id, r.source) for r in store.list_results()],
        "notes": [(n.id, n.text) for pid in (1, 2) for n in store.list_notes(pid)],
    }


@pytest.fixture(scope="module")
def v1_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A version 1 store and what it holds (read from a migrated copy)."""
    template = tmp_path_factory.mktemp("v1") / "store"
    make_v1_store(template)
    copy = template.parent / "copy"
    shutil.copytree(template, copy)
    with Store.open(copy) as store:
        expected = contents(store)
    assert len(expected["notes"]) == NOTES and len(expected["draft"]) == 200
    return template, expected


def check_after_kill(folder: Path, expected: dict[str, Any], where: str) -> None:
    with Store.open(folder) as store:
        found = contents(store)
        if found != expected:
            record(TEST, "data lost")
            pytest.fail(f"rows differ after the killed migration {where}")
        # Version 2 works: notes about results and plans can be saved.
        store.add_note(1, "after the kill", result_id=3)
        store.save_plan(1, "c1", ["m1"])
    with sqlite3.connect(folder / DATABASE_NAME) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok", where
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION, where


def complete_backups(folder: Path) -> list[Path]:
    """Backups left by the migration that hold every note (a killed copy may be partial)."""
    complete = []
    for backup in folder.glob("assessor-backup-v1-*.sqlite3"):
        try:
            with sqlite3.connect(backup) as raw:
                notes = raw.execute("SELECT count(*) FROM notes").fetchone()[0]
        except sqlite3.Error:
            continue
        if notes == NOTES:
            complete.append(backup)
    return complete


@pytest.mark.parametrize("stage", MIGRATION_STAGES)
def test_sigkill_at_each_stage_of_the_migration_loses_no_row(
    tmp_path: Path, v1_template: tuple[Path, dict[str, Any]], stage: str
) -> None:
    template, expected = v1_template
    folder = tmp_path / "store"
    shutil.copytree(template, folder)
    child = start_child("open", str(folder), stage)
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "opening"
        reached = child.stdout.readline().strip()
    finally:
        errors = kill_and_reap(child)
    assert reached == f"at {stage}", errors
    check_after_kill(folder, expected, f"(killed at '{stage}')")
    # Whatever the moment, a complete copy of the version 1 data is kept beside the store.
    assert complete_backups(folder), stage
    record(TEST, f"killed at '{stage}': every row kept")


def test_sigkill_at_random_moments_of_the_migration_loses_no_row(
    tmp_path: Path, v1_template: tuple[Path, dict[str, Any]]
) -> None:
    template, expected = v1_template
    # How long an uninterrupted open (backup and migration) takes here.
    folder = tmp_path / "timing"
    shutil.copytree(template, folder)
    child = start_child("open", str(folder))
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "opening"
    started = time.monotonic()
    assert child.stdout.readline().startswith("opened")
    duration = time.monotonic() - started
    kill_and_reap(child)

    seed = int.from_bytes(os.urandom(4), "big")
    chooser = random.Random(seed)
    for round_number in range(repetitions(ci=6, fuzz=150)):
        folder = tmp_path / f"round-{round_number}"
        shutil.copytree(template, folder)
        child = start_child("open", str(folder))
        assert child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "opening"
            time.sleep(chooser.uniform(0, duration * 1.2))
        finally:
            kill_and_reap(child)
        check_after_kill(folder, expected, f"(seed {seed}, round {round_number})")
        record(TEST, "killed at a random moment: every row kept")
        shutil.rmtree(folder)


def test_a_killed_backup_leaves_no_incomplete_file_named_as_a_backup(
    tmp_path: Path, v1_template: tuple[Path, dict[str, Any]]
) -> None:
    template, _ = v1_template
    folder = tmp_path / "store"
    shutil.copytree(template, folder)
    child = start_child("open", str(folder), "backup started")
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "opening"
        assert child.stdout.readline().strip() == "at backup started"
    finally:
        kill_and_reap(child)
    Store.open(folder).close()
    backups = sorted(folder.glob("assessor-backup-*.sqlite3"))
    assert backups and complete_backups(folder) == backups
