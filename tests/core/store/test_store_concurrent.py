"""Two processes on one data folder (two app windows, or the app and a helper) keep the
guarantees of one: every write either process had confirmed is there afterwards, and
neither fails because the other was opening, creating or writing the same store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assessor.core.store import Store

CHILD = Path(__file__).resolve().parent / "store_concurrent_child.py"
REPO_ROOT = Path(__file__).resolve().parents[3]
ROUNDS = 3


def _start(folder: Path, kind: str, prefix: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), kind, prefix, str(count)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})


def _run_together(folder: Path) -> None:
    children = [_start(folder, "answers", "a", 120), _start(folder, "answers", "b", 120),
                _start(folder, "results", "r", 25), _start(folder, "results", "s", 25)]
    acks: list[str] = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        acks += out.splitlines()
    answers = [line.split()[2] for line in acks if line.startswith("ack answer")]
    results = {line.split()[2] for line in acks if line.startswith("ack result")}
    assert len(answers) == 240 and len(results) == 50
    assert not [line for line in acks if line.startswith("notice")]
    with Store.open(folder) as store:
        assert store.notices == []
        assert len(store.list_profiles()) == 1  # one default profile, not one each
        saved = {f"{draft.id}:{item}" for draft in store.list_drafts()
                 for item in draft.answers}
        assert set(answers) <= saved
        assert {r.result["respondent"] for r in store.list_results()} == results


def test_two_processes_creating_and_writing_one_fresh_store_lose_nothing(
        tmp_path: Path) -> None:
    # Both created the schema at once: "table profiles already exists" for one of them.
    for round_number in range(ROUNDS):
        _run_together(tmp_path / f"store-{round_number}")


def test_two_processes_writing_one_store_lose_no_confirmed_write(tmp_path: Path) -> None:
    # A check that opened and closed the data file dropped this process's SQLite locks:
    # the other process then reset the WAL and about 40% of confirmed results vanished.
    for round_number in range(ROUNDS):
        folder = tmp_path / f"store-{round_number}"
        Store.open(folder).close()
        _run_together(folder)
