"""A big cohort checked in several processes: this one and forked workers (issue 16).

The files are cut into chunks. The workers take chunks from the end, the importing process
takes them from the start, and the two meet where each has done what it could: every chunk
is handed to the workers up front, last chunk first, and this process takes the next chunk
from the start only while the workers have not taken it yet (its task is still waiting, so
cancelling it succeeds; tasks are taken in the order given, so once one cannot be cancelled,
every chunk after it is the workers'). So neither process waits long for the other, however
busy the machine is, and nothing decides the split but who got there first.

What a worker hands back is only what the importer needs: each accepted result as a flat
record (`entries.flatten`) with its display block once per chunk (kept once here with the
blocks this process met, by its fingerprint), refusals as they are. This process reads the
chunks the workers have finished between its own chunks, so little is left to read once it
has met them. Which file first held a result is decided here, where all files meet, so the
outcome is `_import`'s to the letter.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Protocol

from assessor.core.cohort.entries import (
    CohortEntry,
    CohortImport,
    Duplicate,
    FlatEntry,
    Found,
    add_found,
    flatten,
    unflatten,
)
from assessor.core.integrity import display_fingerprint

__all__ = ["PARALLEL_MINIMUM", "can_fork", "import_forked"]

PARALLEL_MINIMUM = 2000  # fewer files are checked faster than processes are started
# Files per chunk: small enough that where the processes meet, the few chunks a worker has
# taken ahead of its work (the pool queues one or two for it) cost little waiting; large
# enough that handing chunks out costs little (a task a chunk).
_CHUNK = 40


class Checker(Protocol):
    """What checks one file (the cohort's `_Checker`)."""

    def share(self, fingerprint: bytes, display: Any) -> Any: ...

    def check(self, path: Path, first_seen: dict[str, str] | None = None,
              ) -> tuple[str, str | None, Found]: ...


Record = tuple[str, str | None, FlatEntry | Found]
Reply = tuple[list[Mapping[str, Any]], list[Record]]  # (display blocks, records)

# What a forked worker checks with, and the files: inherited when forking, never pickled.
_forked: tuple[Checker, Sequence[Path]] | None = None


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _check_chunk(start: int, stop: int) -> Reply:
    """In a forked worker: check files `start` to `stop` each on its own, none as a
    duplicate (which file holds a result first is decided where all are met)."""
    assert _forked is not None
    checker, paths = _forked
    gc.disable()
    places: dict[int, int] = {}
    blocks: list[Mapping[str, Any]] = []
    records: list[Record] = []
    for path in paths[start:stop]:
        name, sha, found = checker.check(path)
        records.append((name, sha, flatten(found, places, blocks)
                        if isinstance(found, CohortEntry) else found))
    return blocks, records


def _take(task: Future[Reply]) -> bool:
    """Whether this process may check the chunk of `task` itself: no worker took it."""
    return task.cancel()


def import_forked(paths: Sequence[Path], checker: Checker,
                  progress: Callable[[int, int], None] | None, workers: int,
                  ) -> CohortImport | None:
    """`_import`'s outcome, with the files shared among this process and `workers` - 1
    forked ones, and met here in their order: a result met before is a Duplicate of the
    first file that held it, as `_import` has it (whether that file was accepted or
    refused). None when a worker died: check here."""
    global _forked  # noqa: PLW0603 (inherited by the forked workers, never pickled)
    _forked = (checker, paths)
    starts = range(0, len(paths), _CHUNK)
    outcome = CohortImport()
    first_seen: dict[str, str] = {}

    def meet(name: str, sha: str | None, found: Found) -> None:
        if sha is not None:
            if sha in first_seen:
                outcome.duplicates.append(Duplicate(name, first_seen[sha]))
                return
            first_seen[sha] = name
        add_found(outcome, found)

    try:
        with ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork")
                                 ) as pool:
            # Forked at the first task, before this process checks anything; last chunk first.
            tasks = {start: pool.submit(_check_chunk, start, start + _CHUNK)
                     for start in reversed(starts)}
            replies = _Replies(tasks, checker)
            done = 0
            for start in starts:
                if not _take(tasks[start]):
                    break
                for path in paths[start:start + _CHUNK]:
                    if progress is not None:
                        progress(done, len(paths))
                    meet(*checker.check(path))
                    done += 1
                replies.read_finished()
            theirs = [start for start in starts if not tasks[start].cancelled()]
            for start in theirs:
                for name, sha, found in replies.records(start):
                    meet(name, sha, found)
                    done += 1
                if progress is not None:
                    progress(done, len(paths))
            if not theirs and progress is not None:
                progress(done, len(paths))
    except (BrokenProcessPool, OSError):  # a worker died, or none could be forked (EAGAIN)
        return None
    finally:
        _forked = None
    return outcome


class _Replies:
    """The workers' chunks, read into records here as they finish (the last chunk first,
    as the workers take them) while this process checks its own, so that little is left to
    read once it has met the workers."""

    def __init__(self, tasks: Mapping[int, Future[Reply]], checker: Checker) -> None:
        self._tasks = tasks
        self._checker = checker
        self._next = sorted(tasks)  # chunks not read yet: the next to finish is the last
        self._read: dict[int, list[tuple[str, str | None, Found]]] = {}

    def read_finished(self) -> None:
        """Read every chunk a worker has finished, from the end, up to one not finished
        (or one this process took)."""
        while self._next:
            task = self._tasks[self._next[-1]]
            if task.cancelled() or not task.done():
                return
            self._read[self._next.pop()] = list(_received(task.result(), self._checker))

    def records(self, start: int) -> list[tuple[str, str | None, Found]]:
        """The records of the chunk at `start`, waiting for its worker if need be."""
        read = self._read.pop(start, None)
        if read is None:
            read = list(_received(self._tasks[start].result(), self._checker))
        return read


def _received(reply: Reply, checker: Checker) -> Iterable[tuple[str, str | None, Found]]:
    """A worker's records as `_Checker.check` gives them, its display blocks shared with
    the copies this process keeps (equal fingerprints: equal values)."""
    blocks, records = reply
    for place, block in enumerate(blocks):
        fingerprint = display_fingerprint({"display": block})
        if fingerprint is not None:
            blocks[place] = checker.share(fingerprint, block)
    for name, sha, found in records:
        if isinstance(found, tuple):
            yield name, sha, unflatten(found, blocks)
        else:
            yield name, sha, found
