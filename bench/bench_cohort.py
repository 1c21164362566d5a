"""Aggregate 10,000 result files into the cohort CSV and the dashboard data.

Prints each time as a ratio to merely reading and parsing the same JSON files (target for
the re-scored aggregate: ratio <= 2.0, issue 16), the median of three interleaved runs,
with the load average beside it; wall-clock and CPU ratios (the machine may be shared:
the CPU ratio moves less with other work on it).

- `read_result_file` alone is the floor every accepted file must pass: size, UTF-8, JSON
  with its number and text rules, the format version, the shape check and the SPEC 3 hash.
  The hash re-encodes the result as canonical JSON, all but its display block (the same in
  every result of a questionnaire, so its JSON is kept, `core/integrity.py`, and its text,
  once read, is not parsed again, `core/results/display_text.py`), so that floor is still
  about twice parsing.
- The integrity-checked aggregate adds the cohort's own pass: typed entries, the CSV, the
  dashboard.
- The re-scored aggregate also re-scores every result against its questionnaire (scores,
  placement, fits and every cluster's path, compared with what the file states): the
  scorer and the path planner run once per result, so it costs more than parsing by design.
  Each of the 10,000 files has its own pseudonym and integrity hash, but the answers repeat
  300 answer sets; nothing is cached by answers, so the repetition helps nothing.
- The same re-scored aggregate in two forked processes (`import_files(workers=2)`), beside
  the one-process run: on a two-core machine it can come near half the time when nothing
  else runs, and shows little gain when other work holds the cores.

Run from the repository root: `.venv/bin/python bench/bench_cohort.py [COUNT]`.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assessor.core.cohort import import_results
from assessor.core.cohort.csv_summary import write_cohort_csv
from assessor.core.cohort.dashboard import build_dashboard
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import integrity_hash, read_result_file, result_to_bytes
from tests.cohort_factory import random_name, random_result

QUESTIONNAIRE = Path(__file__).resolve().parent.parent / "tests" / "data" / "all_types.yaml"
DISTINCT_ANSWER_SETS = 300


def generate(folder: Path, count: int) -> list[Path]:
    """`count` distinct results: scored answer sets reused under new pseudonyms (each file
    has its own integrity hash, so none is a duplicate)."""
    rng = random.Random(1)
    questionnaire = load_questionnaire(QUESTIONNAIRE)
    bases = [random_result(questionnaire, rng) for _ in range(DISTINCT_ANSWER_SETS)]
    paths = []
    for index in range(count):
        result = dict(bases[index % len(bases)])
        result["respondent"] = f"{random_name(rng)} {index}"
        result["integrity"] = {"sha256": integrity_hash(result)}
        path = folder / f"result-{index:05d}.json"
        path.write_bytes(result_to_bytes(result))
        paths.append(path)
    return paths


Timing = tuple[float, float]  # (wall-clock seconds, CPU seconds of this process)


def _clock() -> Timing:
    return time.perf_counter(), time.process_time()


def _since(start: Timing) -> Timing:
    now = _clock()
    return now[0] - start[0], now[1] - start[1]


def parse_only(paths: list[Path]) -> Timing:
    start = _clock()
    for path in paths:
        json.loads(path.read_bytes())
    return _since(start)


def integrity_checked_reads(paths: list[Path]) -> Timing:
    """The floor: the core's per-file checks (size, JSON, format, integrity hash) alone."""
    start = _clock()
    for path in paths:
        read_result_file(path)
    return _since(start)


def aggregate(paths: list[Path], out: Path, rescore: bool, workers: int = 1) -> Timing:
    questionnaires = [load_questionnaire(QUESTIONNAIRE)] if rescore else []
    start = _clock()
    outcome = import_results(paths, questionnaires, workers=workers)
    write_cohort_csv(outcome.entries, out)
    dashboard = build_dashboard(outcome.entries)
    elapsed = _since(start)
    assert dashboard is not None and len(outcome.entries) == len(paths), outcome.refused[:3]
    return elapsed


REPEATS = 3
WORKERS = 2
MEASURES = {
    "floor": "read_result_file alone       ",
    "hashed": "aggregate (integrity-checked)",
    "rescored": "aggregate (re-scored)        ",
    "parallel": f"  the same, {WORKERS} processes      ",
}


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    timings: dict[str, list[Timing]] = {key: [] for key in ("parse", *MEASURES)}
    with tempfile.TemporaryDirectory(prefix="assessor-bench-cohort-") as temporary:
        folder = Path(temporary)
        paths = generate(folder, count)
        parse_only(paths)  # warm the page cache so every timing reads from memory
        # Interleaved, so a change in the machine's load touches every measure alike.
        for _ in range(REPEATS):
            timings["parse"].append(parse_only(paths))
            timings["floor"].append(integrity_checked_reads(paths))
            timings["hashed"].append(aggregate(paths, folder / "summary.csv", rescore=False))
            timings["rescored"].append(aggregate(paths, folder / "summary-rescored.csv",
                                                 rescore=True))
            timings["parallel"].append(aggregate(paths, folder / "summary-parallel.csv",
                                                 rescore=True, workers=WORKERS))
    wall = {key: statistics.median(t[0] for t in values) for key, values in timings.items()}
    cpu = {key: statistics.median(t[1] for t in values) for key, values in timings.items()}
    print(f"{count} results, median of {REPEATS} interleaved runs, load average "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"read+parse                     {wall['parse']:.2f} s wall, {cpu['parse']:.2f} s CPU")
    for key, label in MEASURES.items():
        # The parallel run's CPU is this process's only: its workers' is not counted.
        cpu_ratio = f"  CPU ratio {cpu[key] / cpu['parse']:.2f}" if key != "parallel" else ""
        print(f"{label}  {wall[key]:.2f} s  ratio {wall[key] / wall['parse']:.2f}{cpu_ratio}")
    print("target: the re-scored aggregate <= 2.0 x read+parse (issue 16)")


if __name__ == "__main__":
    main()
