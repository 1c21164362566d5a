"""Import 1,000 result files into a fresh store, re-scoring each against its questionnaire.

Prints the time as a ratio to merely reading and JSON-parsing the same files
(target: ratio <= 2.0, issue 16). No pass/fail: this prints numbers for people to read.

Usage: python bench/bench_import.py [COUNT]
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result, write_result
from assessor.core.results.store_import import import_result_files
from assessor.core.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "sample.yaml"


def random_answers(rng: random.Random) -> dict[str, object]:
    answers: dict[str, object] = {"q1": rng.randint(1, 5), "q2": rng.randint(1, 5),
                                  "q3": rng.choice(["a", "b"])}
    if answers["q3"] == "a" and rng.random() < 0.8:
        answers["q4"] = rng.choice(["x", "y"])
    return answers


def main(count: int) -> None:
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

        start = time.perf_counter()
        parsed = [json.loads(path.read_bytes()) for path in files]
        parse_seconds = time.perf_counter() - start
        assert len(parsed) == count

        store = Store.open(root / "store")
        start = time.perf_counter()
        outcomes = import_result_files(store, files, extra_questionnaire_dirs=[questionnaires])
        import_seconds = time.perf_counter() - start
        store.close()

        statuses = {status: sum(o.status == status for o in outcomes)
                    for status in ("imported", "duplicate", "refused")}
        rescored = sum(o.rescored for o in outcomes)
        print(f"files:            {count} ({statuses}, re-scored {rescored})")
        print(f"json parse only:  {parse_seconds * 1000:8.1f} ms")
        print(f"import + rescore: {import_seconds * 1000:8.1f} ms")
        print(f"ratio:            {import_seconds / parse_seconds:8.2f}x (target <= 2.0, issue 16)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
