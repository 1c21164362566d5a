"""Measure the length cue in a questionnaire's knowledge checks.

A test-wise respondent picks the longest option. For each knowledge item this reports the
key's length against the longest distractor ("I don't know" excluded), and in total how
often the key is the longest option and how often it is at least 1.5 times the next one.

    python tools/knowledge_length_cues.py questionnaires/ai-cyber-career.yaml [...]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

DONT_KNOW = "dk"
CUE_RATIO = 1.5


def knowledge_items(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        item
        for section in document.get("sections", [])
        for item in section.get("items", [])
        if item.get("type") == "knowledge"
    ]


def key_ratio(item: dict[str, Any]) -> float:
    """Length of the key over the length of the longest distractor."""
    options = [o for o in item["options"] if o["id"] != DONT_KNOW]
    key = next(o for o in options if o["id"] == item["correct"])
    longest_other = max(len(o["label"]) for o in options if o["id"] != item["correct"])
    return len(key["label"]) / longest_other


def key_position(item: dict[str, Any]) -> int:
    return [o["id"] for o in item["options"]].index(item["correct"])


def report(path: Path) -> tuple[int, int, int]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    checks = knowledge_items(document)
    longest = cued = 0
    positions: Counter[int] = Counter()
    for item in checks:
        ratio = key_ratio(item)
        positions[key_position(item)] += 1
        flags = []
        if ratio >= 1.0:
            longest += 1
            flags.append("longest")
        if ratio >= CUE_RATIO:
            cued += 1
            flags.append(f">={CUE_RATIO}x")
        print(f"  {item['id']:<28} key/longest-distractor {ratio:4.2f} {' '.join(flags)}")
    spread = ", ".join(f"{chr(ord('A') + p)}:{n}" for p, n in sorted(positions.items()))
    print(
        f"{path}: {len(checks)} knowledge checks; key longest in {longest}, "
        f"key >= {CUE_RATIO}x next in {cued}; key positions {spread}"
    )
    return len(checks), longest, cued


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for name in argv:
        report(Path(name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
