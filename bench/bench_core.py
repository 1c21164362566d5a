"""Load + validate + score a generated 5,000-item questionnaire with a full career model.

Prints the time as a ratio to merely parsing the same file with PyYAML's C loader
(target: ratio <= 2.0, and under 1 s absolute on the reference machine).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import yaml

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result

ITEMS, DIMENSIONS, SECTIONS = 5000, 20, 50


def generate(rng: random.Random) -> tuple[str, dict[str, object]]:
    dims = [f"d{i}" for i in range(DIMENSIONS)]
    lines = [
        "format: assessor/1",
        "id: bench",
        'version: "1.0.0"',
        "title: Benchmark",
        "dimensions:",
    ]
    lines += [f"  - {{id: {d}, label: Dimension {d}}}" for d in dims]
    lines += ["scales:", "  five:"] + [f"    - {{value: {v}, label: L{v}}}" for v in range(1, 6)]
    lines.append("sections:")
    answers: dict[str, object] = {}
    per_section = ITEMS // SECTIONS
    n = 0
    for s in range(SECTIONS):
        lines += [f"  - id: s{s}", f"    title: Section {s}", "    items:"]
        for _ in range(per_section):
            item = f"q{n}"
            d = dims[n % DIMENSIONS]
            kind = n % 4
            if kind == 0:
                lines.append(
                    f"      - {{id: {item}, type: likert, text: Item {n}, scale: five, "
                    f"scores: {{{d}: 1}}, refs: [R{n}]}}"
                )
                answers[item] = rng.randint(1, 5)
            elif kind == 1:
                lines.append(
                    f"      - {{id: {item}, type: knowledge, text: Item {n}, "
                    f"options: [{{id: a, label: A}}, {{id: b, label: B}}], correct: a, "
                    f"scores: {d}}}"
                )
                answers[item] = rng.choice("ab")
            elif kind == 2:
                lines.append(
                    f"      - id: {item}\n        type: choice\n        text: Item {n}\n"
                    f"        when: {{answer: q{n - 1}, answered: true}}\n"
                    f"        options:\n          - {{id: x, label: X, scores: {{{d}: 2}}}}\n"
                    f"          - {{id: y, label: Y, scores: {{{d}: 0}}}}"
                )
                answers[item] = rng.choice("xy")
            else:
                lines.append(f"      - {{id: {item}, type: boolean, text: Item {n}, scores: {d}}}")
                answers[item] = rng.random() < 0.5
            n += 1
    lines += ["ladder:", "  - {id: l0, label: L0, requires: {}}"]
    for level in range(1, 6):
        lines.append(
            f"  - {{id: l{level}, label: L{level}, requires: {{all: ["
            + ", ".join(f"{{dimension: {d}, gte: {level * 12}}}" for d in dims[:4])
            + "]}}"
        )
    lines.append("clusters:")
    for c in range(6):
        targets = ", ".join(f"{d}: {rng.randint(40, 90)}" for d in rng.sample(dims, 5))
        lines.append(
            f"  - {{id: c{c}, label: C{c}, summary: S, ai_role: tool, function: "
            f"technical, target: {{{targets}}}, min_level: l{c % 5}}}"
        )
    lines.append("milestones:")
    for m in range(60):
        raises = ", ".join(f"{d}: {rng.randint(5, 25)}" for d in rng.sample(dims, 3))
        requires = f", requires: [m{m - 1}]" if m % 3 and m else ""
        lines.append(
            f"  - {{id: m{m}, title: M{m}, raises: {{{raises}}}, "
            f"effort_hours: {rng.randint(5, 80)}{requires}}}"
        )
    return "\n".join(lines) + "\n", answers


def best_of(runs: int, action: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    text, answers = generate(random.Random(7))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.yaml"
        path.write_text(text, encoding="utf-8")

        def parse_only() -> None:
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)

        def full() -> None:
            questionnaire = load_questionnaire(path, search_dirs=[])
            build_result(questionnaire, answers)

        baseline = best_of(3, parse_only)
        ours = best_of(3, full)
    print(f"file: {len(text) / 1e6:.2f} MB, {ITEMS} items, {DIMENSIONS} dimensions")
    print(f"PyYAML CSafeLoader parse: {baseline:.3f} s")
    print(f"load + validate + score:  {ours:.3f} s")
    print(f"ratio: {ours / baseline:.2f} (target <= 2.0; absolute target < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
