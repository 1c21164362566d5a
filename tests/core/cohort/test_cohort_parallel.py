"""A big cohort checked in forked processes (issue 16) has the very outcome of one process:
the same entries, refusals and duplicates, in the same order, whichever worker met them."""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from assessor.core import cohort
from assessor.core.cohort import forked, import_files
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.results import integrity_hash, write_result
from tests.cohort_factory import edit_scores, load_json, random_result, write_cohort
from tests.conftest import TEST_DATA


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(TEST_DATA / "all_types.yaml")


def mixed_cohort(folder: Path, questionnaire: Questionnaire) -> list[Path]:
    """Good results, copies of them (next to each other and chunks apart), refusals of
    every kind, and copies of a refused result."""
    good = write_cohort(questionnaire, folder / "good", 14)
    edited = folder / "edited.json"
    edited.write_text(json.dumps(edit_scores(load_json(good[3]), "ml", reseal=True)),
                      encoding="utf-8")
    broken = folder / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    other = random_result(questionnaire, random.Random(9))
    other["answers"]["years"] = "many"  # sealed, but its answers do not fit: refused late
    other["integrity"] = {"sha256": integrity_hash(other)}
    unfit = folder / "unfit.json"
    write_result(other, unfit)
    copies = []
    for index, source in enumerate([good[0], good[0], good[13], edited, unfit, unfit]):
        copy = folder / f"copy-{index}.json"
        shutil.copy(source, copy)
        copies.append(copy)
    return [good[0], copies[0], edited, *good[1:7], broken, copies[3], unfit, *good[7:],
            copies[1], copies[4], folder / "missing.json", copies[2], copies[5]]


@pytest.mark.parametrize("details", [True, False])
def test_forked_workers_give_the_outcome_of_one_process(
        tmp_path: Path, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch,
        details: bool) -> None:
    files = mixed_cohort(tmp_path, questionnaire)
    alone = import_files(files, [questionnaire], details=details)
    monkeypatch.setattr(forked, "PARALLEL_MINIMUM", 2)
    monkeypatch.setattr(forked, "_CHUNK", 3)  # copies land in other workers' chunks
    told: list[tuple[int, int]] = []
    outcome = import_files(files, [questionnaire],
                           lambda done, total: told.append((done, total)),
                           details=details, workers=2)
    assert outcome == alone
    assert len(alone.entries) == 14 and len(alone.duplicates) == 6 and len(alone.refused) == 4
    count = len(files)
    # This process checks the first chunks file by file (as many as it got to before the
    # worker, which took chunks from the end); the rest is told chunk by chunk, as the
    # worker hands it back.
    own = next((index for index, (done, _) in enumerate(told) if done != index), len(told))
    assert own % 3 == 0 and told == _told(count, own)
    hashed = import_files(files, details=details, workers=2)  # hash only, in workers too
    assert hashed == import_files(files, details=details)


def _told(count: int, own: int) -> list[tuple[int, int]]:
    """The progress told when this process checked the first `own` files and the worker
    the rest, in chunks of 3."""
    theirs = [(min(done, count), count) for done in range(own + 3, count + 3, 3)]
    return [(done, count) for done in range(own)] + (theirs or [(count, count)])


@pytest.mark.parametrize("own_chunks", [0, 1, 4])
def test_where_the_processes_meet_changes_nothing(
        tmp_path: Path, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch,
        own_chunks: int) -> None:
    """However the chunks fall to the two processes (here this one takes only its first
    `own_chunks` chunks; the worker takes the rest from the end), the outcome is the one of
    one process: duplicates across the meeting point, either way, included."""
    files = mixed_cohort(tmp_path, questionnaire)
    alone = import_files(files, [questionnaire])
    monkeypatch.setattr(forked, "PARALLEL_MINIMUM", 2)
    monkeypatch.setattr(forked, "_CHUNK", 3)
    taken: list[int] = []
    real_take = forked._take

    def take(task: Any) -> bool:
        if len(taken) == own_chunks:
            return False
        assert real_take(task)  # not taken by the worker yet: it starts at the end
        taken.append(1)
        return True

    monkeypatch.setattr(forked, "_take", take)
    told: list[tuple[int, int]] = []
    outcome = import_files(files, [questionnaire],
                           lambda done, total: told.append((done, total)), workers=2)
    assert outcome == alone
    assert told == _told(len(files), 3 * own_chunks)
    # The worker's display blocks are kept as one copy with this process's own.
    assert len({id(entry.display) for entry in outcome.entries}) == 1


def test_finished_chunks_are_read_from_the_end_up_to_one_unfinished() -> None:
    """Between its own chunks this process reads what the worker has finished (from the
    last chunk back), stopping at the first chunk not finished or taken here."""
    from concurrent.futures import Future

    from assessor.core.cohort.entries import Refusal

    tasks: dict[int, Future[Any]] = {start: Future() for start in (0, 3, 6, 9)}
    tasks[0].cancel()  # this process took the first chunk
    for start in (9, 3):
        tasks[start].set_result(([], [(f"f{start}", None, Refusal(f"f{start}", "bad"))]))

    class Keeper:
        def share(self, fingerprint: bytes, display: Any) -> Any:
            return display

    replies = forked._Replies(tasks, Keeper())  # type: ignore[arg-type]
    replies.read_finished()
    assert list(replies._read) == [9]  # 6 is not finished: 3 waits behind it
    tasks[6].set_result(([], []))
    replies.read_finished()
    assert list(replies._read) == [9, 6, 3]
    assert [name for name, _, _ in replies.records(3)] == ["f3"]
    assert replies.records(6) == [] and 3 not in replies._read


def test_a_dead_worker_leaves_the_cohort_to_this_process(
        tmp_path: Path, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch) -> None:
    files = mixed_cohort(tmp_path, questionnaire)
    alone = import_files(files, [questionnaire])
    monkeypatch.setattr(forked, "PARALLEL_MINIMUM", 2)
    monkeypatch.setattr(forked, "_check_chunk", _die)
    import_forked = cohort._import_forked
    gave: list[Any] = []
    monkeypatch.setattr(cohort, "_import_forked",
                        lambda *args: gave.append(import_forked(*args)) or gave[-1])
    assert import_files(files, [questionnaire], workers=2) == alone
    assert gave == [None]  # the workers were started, died, and this process took over


def _die(start: int, stop: int) -> list[object]:
    os._exit(3)


def test_when_no_worker_can_be_forked_this_process_checks_the_cohort(
        tmp_path: Path, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch) -> None:
    """A system out of processes (fork fails with EAGAIN) still gets its summary."""
    files = mixed_cohort(tmp_path, questionnaire)
    alone = import_files(files, [questionnaire])
    monkeypatch.setattr(forked, "PARALLEL_MINIMUM", 2)

    class NoFork:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            pass

        def __enter__(self) -> NoFork:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def submit(self, *args: Any) -> Any:  # the first task forks the worker
            raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(forked, "ProcessPoolExecutor", NoFork)
    assert import_files(files, [questionnaire], workers=2) == alone
