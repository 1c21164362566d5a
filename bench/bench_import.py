"""Import 1,000 result files into a fresh store, re-scoring each against its questionnaire.

Prints the time as a ratio to merely reading and JSON-parsing the same files
(target: ratio <= 2.0, issue 16), and where the import's time goes: the read floor
(`read_limited` and `parse_result_fingerprinted`, as `read_result_file` does: reading,
checking and hashing each file), re-scoring
(`check_rescored`), and the store's own share: writing the rows (`Store.prepare_result`
and `add_prepared`: encoding, inserting, one commit) and the rest (finding the
questionnaire, looking for results already stored, the import's own loop). No pass/fail:
this prints numbers for people to read.

Each round times JSON parsing, then an import into a fresh store (its time gives the
ratio; its CPU time, beside the parse's, a second ratio that other busy programs move less),
then another import into another fresh store with those four parts timed from
inside (each call wrapped in a timer, which adds about a microsecond per call); the medians
over the rounds are printed. Before each import the import's questionnaire caches are
emptied, so each one hashes and loads its questionnaires as the first import of a session
does. Modules stay loaded after the first round, as in the app (which loads the packs
module at start); the first round's import is printed too, with its one-time module
loading.

Usage: python bench/bench_import.py [COUNT] [ROUNDS]
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result, store_import, write_result
from assessor.core.results.store_import import import_result_files
from assessor.core.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "sample.yaml"


def random_answers(rng: random.Random) -> dict[str, object]:
    answers: dict[str, object] = {"q1": rng.randint(1, 5), "q2": rng.randint(1, 5),
                                  "q3": rng.choice(["a", "b"])}
    if answers["q3"] == "a" and rng.random() < 0.8:
        answers["q4"] = rng.choice(["x", "y"])
    return answers


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main(count: int, rounds: int) -> None:
    rng = random.Random(20240501)
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        questionnaires = root / "questionnaires"
        questionnaires.mkdir()
        shutil.copy(SAMPLE, questionnaires / "sample.yaml")
        questionnaire = load_questionnaire(questionnaires / "sample.yaml")
        files_dir = root / "results"
        files_dir.mkdir()
        files = []
        for index in range(count):
            result = build_result(questionnaire, random_answers(rng),
                                  respondent=f"learner-{index:04d}")
            path = files_dir / f"result-{index:04d}.json"
            write_result(result, path)
            files.append(path)

        times: dict[str, list[float]] = {key: [] for key in (
            "parse", "import", "timed import", "read", "rescore", "write", "parse cpu",
            "import cpu")}
        outcomes: list[store_import.ImportOutcome] = []
        for round_number in range(rounds):
            start, cpu = time.perf_counter(), time.process_time()
            parsed = [json.loads(path.read_bytes()) for path in files]
            times["parse"].append(time.perf_counter() - start)
            times["parse cpu"].append(time.process_time() - cpu)
            assert len(parsed) == count
            del parsed

            for timed in (False, True):
                store_import._folder_cache.clear()
                store_import._questionnaire_cache.clear()
                store = Store.open(root / f"store-{round_number}-{timed}")
                with _timed_parts(times if timed else None, store):
                    start, cpu = time.perf_counter(), time.process_time()
                    outcomes = import_result_files(
                        store, files, extra_questionnaire_dirs=[questionnaires])
                    elapsed = time.perf_counter() - start
                    cpu = time.process_time() - cpu
                times["timed import" if timed else "import"].append(elapsed)
                if not timed:
                    times["import cpu"].append(cpu)
                store.close()

        median = {key: statistics.median(values) for key, values in times.items()}
        ratios = [i / p for i, p in zip(times["import"], times["parse"], strict=True)]
        statuses = {status: sum(o.status == status for o in outcomes)
                    for status in ("imported", "duplicate", "refused")}
        rescored = sum(o.rescored for o in outcomes)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        whole = median["timed import"]
        rest = whole - median["read"] - median["rescore"] - median["write"]
        print(f"files:            {count} ({statuses}, re-scored {rescored})")
        print(f"rounds:           {rounds} (medians; load average {load:.2f})")
        print(f"json parse only:  {_ms(median['parse'])}")
        print(f"import + rescore: {_ms(median['import'])} "
              f"(first round, loading modules: {_ms(times['import'][0]).strip()})")
        print(f"timed from inside:{_ms(whole)}")
        for label, part, what in (
            ("read floor", median["read"], "read_limited + parse_result_fingerprinted"),
            ("re-scoring", median["rescore"], "check_rescored"),
            ("store: write", median["write"], "Store.prepare_result + add_prepared"),
            ("store: rest", rest, "look-ups and the import's loop"),
        ):
            print(f"  {label + ':':15s}{_ms(part)} ({part / whole:5.1%})  {what}")
        cpu_ratios = [i / p for i, p in zip(times["import cpu"], times["parse cpu"],
                                            strict=True)]
        print(f"ratio:            {statistics.median(ratios):8.2f}x (rounds "
              f"{min(ratios):.2f}-{max(ratios):.2f}x; target <= 2.0, issue 16)")
        print(f"ratio, CPU time:  {statistics.median(cpu_ratios):8.2f}x (less moved by other "
              "programs; leaves out waiting for the disk)")


@contextlib.contextmanager
def _timed_parts(times: dict[str, list[float]] | None, store: Store) -> Iterator[None]:
    """With `times`, the import's parts are timed while it runs; each part's total is
    appended to its list when the import is done."""
    if times is None:
        yield
        return
    totals = dict.fromkeys(("read", "rescore", "write"), 0.0)

    def timer(function: Callable[..., Any], part: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                totals[part] += time.perf_counter() - start
        return timed

    # The module's functions as the import calls them, and this store's two methods.
    patched: list[tuple[object, str, str]] = [
        (store_import, "read_limited", "read"),
        (store_import, "parse_result_fingerprinted", "read"),
        (store_import, "check_rescored", "rescore"),
        (store, "prepare_result", "write"), (store, "add_prepared", "write")]
    originals = [(owner, name, getattr(owner, name)) for owner, name, _ in patched]
    for owner, name, part in patched:
        setattr(owner, name, timer(getattr(owner, name), part))
    try:
        yield
    finally:
        for owner, name, original in originals:
            if owner is store:
                delattr(store, name)  # the class's method again
            else:
                setattr(owner, name, original)
    for part, total in totals.items():
        times[part].append(total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 7)
