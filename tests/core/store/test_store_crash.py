"""Kill a writer at random moments: the store stays intact and keeps every confirmed answer."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assessor.core.store import DATABASE_NAME, Store

CHILD = Path(__file__).resolve().parent / "store_writer_child.py"
REPO_ROOT = Path(__file__).resolve().parents[3]
KILLS = 50
MAX_ACKS_BEFORE_KILL = 20


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_sigkill_during_answers_loses_no_confirmed_answer(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    chooser = random.Random(seed)
    folder = tmp_path / "store"
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    confirmed: dict[int, dict[str, int]] = {}
    for round_number in range(KILLS):
        kill_after = chooser.randint(1, MAX_ACKS_BEFORE_KILL)
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(folder), f"r{round_number}", "100000"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment, text=True,
        )
        assert child.stdout is not None
        try:
            first = child.stdout.readline().split()
            assert first[:1] == ["draft"], (first, child.stderr.read() if child.stderr else "")
            draft = int(first[1])
            acknowledged = confirmed.setdefault(draft, {})
            for _ in range(kill_after):
                _, item, value = child.stdout.readline().split()
                acknowledged[item] = int(value)
            child.send_signal(signal.SIGKILL)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait(timeout=10)
            child.stdout.close()
            if child.stderr is not None:
                child.stderr.close()
        assert child.returncode == -signal.SIGKILL

        where = f"(seed {seed}, round {round_number}, killed after {kill_after} answers)"
        # Open as the app does (recovering the WAL the killed writer left), then check.
        with Store.open(folder) as store:
            assert store.notices == [], where
            for draft_id, answers in confirmed.items():
                saved = store.load_draft(draft_id).answers
                for item, value in answers.items():
                    assert item in saved, f"confirmed answer {item} lost {where}"
                    assert saved[item]["n"] == value, where
        with sqlite3.connect(folder / DATABASE_NAME) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok", where
    assert sum(len(a) for a in confirmed.values()) >= KILLS
