"""Stores for the store, fault and fuzz tests: a version 1 file as it shipped, and a
current store holding a bit of everything, folded into its main file (no WAL), ready to
be damaged byte by byte."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.core.store import DATABASE_NAME, Store
from assessor.core.store.shape import SCHEMA_V1
from tests.conftest import TEST_DATA

# The schema as format 1 shipped it: the store's own record of it (a test checks that its
# migrations give exactly what the current schema creates).
V1_SCHEMA = SCHEMA_V1
STAMP = "2024-01-02T03:04:05+01:00"
V1_ANSWERS = (("q1", "4"), ("q3", '"a"'), ("m", '["x"]'))
V1_NOTES = ((1, 1, "first note"), (2, 2, "second note"))


def make_v1_database(path: Path, answers: Sequence[tuple[str, str]] = V1_ANSWERS,
                     notes: Sequence[tuple[int, int, str]] = V1_NOTES) -> None:
    """A version 1 file: profiles 1 (Ann) and 2 (Bob, "client"), draft 5 of Bob's with
    `answers`, result 3 of Ann's from old.json, and `notes` (id, profile, text)."""
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode = WAL")
        for statement in V1_SCHEMA:
            raw.execute(statement)
        raw.executemany("INSERT INTO profiles VALUES (?, ?, ?, ?)",
                        [(1, "Ann", None, STAMP), (2, "Bob", "client", STAMP)])
        raw.execute("INSERT INTO drafts VALUES (5, 2, 'sample', ?, '/q.yaml', ?, ?)",
                    ("c" * 64, STAMP, STAMP))
        raw.executemany("INSERT INTO draft_answers VALUES (5, ?, ?, ?)",
                        [(item, value, STAMP) for item, value in answers])
        raw.execute("INSERT INTO results VALUES (3, 1, ?, 'sample', '2024-01-02T02:04:05+00:00',"
                    " ?, ?, 'old.json')", ("d" * 64, '{"format":"assessor-result/1"}', STAMP))
        raw.executemany("INSERT INTO notes VALUES (?, ?, ?, ?)",
                        [(note_id, profile, text, STAMP) for note_id, profile, text in notes])
        raw.execute("PRAGMA user_version = 1")
    raw.close()


def fill_store(folder: Path, results: int = 4) -> None:
    """A current store in `folder`: two profiles, `results` results of sample.yaml split
    between them, a draft with three answers, a plan and a note; then the WAL is folded
    into the main file, so every row is in the bytes a test damages."""
    questionnaire = load_questionnaire(TEST_DATA / "sample.yaml")
    with Store.open(folder) as store:
        profile = store.default_profile()
        client = store.create_profile("Client")
        for index in range(results):
            store.add_result(profile if index % 2 else client,
                             build_result(questionnaire, {"q1": 1 + index % 5},
                                          respondent=f"person {index}"))
        draft = store.start_draft(profile, "sample", "0" * 64)
        for item, value in (("q1", 4), ("q2", 2), ("q3", "a")):
            store.save_answer(draft, item, value)
        store.save_plan(profile, "c1", ["m1"])
        store.add_note(profile, "a note " * 20)
    with sqlite3.connect(folder / DATABASE_NAME) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
