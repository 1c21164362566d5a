"""Import 1,000 result files into a fresh store, re-scoring each against its questionnaire.

Prints the time as a ratio to merely reading and JSON-parsing the same files
(target: ratio <= 2.0, issue 16), and where the import's time goes: the read floor
(`read_result_file`: reading, checking and hashing each file), re-scoring
(`check_rescored`), and the store's own share (the rest: finding the questionnaire,
looking for results already stored, encoding and writing the rows, one commit). No
pass/fail: this prints numbers for people to read.

Each round times, one after the other, JSON parsing, the read floor, re-scoring, writing the
read results into a fresh store (`Store.add_results`) and the whole import into another
fresh store; the medians over the rounds are printed. Before each import the import's
questionnaire caches are emptied, so each one hashes and loads its questionnaires as the
first import of a session does. Modules stay loaded after the first round, as in the app
(which loads the packs module at start); the first round's import is printed too, with
its one-time module loading.

Usage: python bench/bench_import.py [COUNT] [ROUNDS]
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result, read_result_file, store_import, write_result
from assessor.core.results.rescoring import RebuiltDisplay, check_rescored
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

        times: dict[str, list[float]] = {
            "parse": [], "read": [], "rescore": [], "write": [], "import": []}
        outcomes = []
        for round_number in range(rounds):
            start = time.perf_counter()
            parsed = [json.loads(path.read_bytes()) for path in files]
            times["parse"].append(time.perf_counter() - start)
            assert len(parsed) == count

            start = time.perf_counter()
            read = [read_result_file(path) for path in files]
            times["read"].append(time.perf_counter() - start)

            start = time.perf_counter()
            display = RebuiltDisplay.of(questionnaire)  # once, as the import does
            for path, result in zip(files, read, strict=True):
                check_rescored(result, questionnaire, str(path), rebuilt_display=display)
            times["rescore"].append(time.perf_counter() - start)

            store = Store.open(root / f"written-{round_number}")
            start = time.perf_counter()
            store.add_results([(None, result, str(path)) for path, result in
                               zip(files, read, strict=True)], integrity_checked=True)
            times["write"].append(time.perf_counter() - start)
            store.close()
            del parsed, read

            store_import._folder_cache.clear()
            store_import._questionnaire_cache.clear()
            store = Store.open(root / f"imported-{round_number}")
            start = time.perf_counter()
            outcomes = import_result_files(store, files,
                                           extra_questionnaire_dirs=[questionnaires])
            times["import"].append(time.perf_counter() - start)
            store.close()

        median = {key: statistics.median(values) for key, values in times.items()}
        ratios = [i / p for i, p in zip(times["import"], times["parse"], strict=True)]
        statuses = {status: sum(o.status == status for o in outcomes)
                    for status in ("imported", "duplicate", "refused")}
        rescored = sum(o.rescored for o in outcomes)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        rest = median["import"] - median["read"] - median["rescore"]
        print(f"files:            {count} ({statuses}, re-scored {rescored})")
        print(f"rounds:           {rounds} (medians; load average {load:.2f})")
        print(f"json parse only:  {_ms(median['parse'])}")
        print(f"import + rescore: {_ms(median['import'])} "
              f"(first round, loading modules: {_ms(times['import'][0]).strip()})")
        print(f"  read floor:     {_ms(median['read'])} "
              f"({median['read'] / median['import']:5.1%})  read_result_file")
        print(f"  re-scoring:     {_ms(median['rescore'])} "
              f"({median['rescore'] / median['import']:5.1%})  check_rescored")
        print(f"  store's share:  {_ms(rest)} ({rest / median['import']:5.1%})  "
              f"the rest; writing the rows alone takes {_ms(median['write']).strip()}")
        print(f"ratio:            {statistics.median(ratios):8.2f}x (rounds "
              f"{min(ratios):.2f}-{max(ratios):.2f}x; target <= 2.0, issue 16)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 7)
