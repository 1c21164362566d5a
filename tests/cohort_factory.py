"""Generated cohorts: real results built by the core from random valid answers.

Shared by the cohort tests and `bench/bench_cohort.py`.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path
from typing import Any

from assessor.core.format.model import Item, Questionnaire
from assessor.core.results import build_result, integrity_hash, write_result


def random_value(item: Item, rng: random.Random) -> Any:
    if item.type == "likert":
        return rng.choice(item.scale).value
    if item.type in ("choice", "knowledge"):
        return rng.choice(item.options).id
    if item.type == "multi":
        limit = item.max_choices if item.max_choices is not None else len(item.options)
        return rng.sample(item.option_ids, rng.randint(0, limit))
    if item.type == "boolean":
        return rng.random() < 0.5
    if item.type == "number":
        low = item.minimum if item.minimum is not None else 0
        high = item.maximum if item.maximum is not None else low + 100
        return rng.randint(int(low), int(high))
    length = item.max_length or 40
    return "".join(rng.choice(string.ascii_letters + " ") for _ in range(rng.randint(0, length)))


def random_answers(questionnaire: Questionnaire, rng: random.Random) -> dict[str, Any]:
    """A valid answer to every required item and to most optional ones."""
    return {item.id: random_value(item, rng) for item in questionnaire.items
            if item.required or rng.random() < 0.7}


def random_name(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(8)).title()


def random_date(rng: random.Random) -> str:
    return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:{rng.randint(0, 59):02d}:00+02:00"


def random_result(questionnaire: Questionnaire, rng: random.Random,
                  respondent: str | None = None) -> dict[str, Any]:
    return build_result(questionnaire, random_answers(questionnaire, rng),
                        respondent=respondent if respondent is not None else random_name(rng),
                        completed_at=random_date(rng))


def write_cohort(questionnaire: Questionnaire, folder: Path, count: int,
                 seed: int = 7) -> list[Path]:
    """`count` distinct results of `questionnaire` as files result-0000.json, …"""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"result-{index:04d}.json"
        write_result(random_result(questionnaire, rng), path)
        paths.append(path)
    return paths


def load_json(path: Path) -> dict[str, Any]:
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def edit_scores(result: dict[str, Any], dimension: str, reseal: bool) -> dict[str, Any]:
    """Raise one stored percent as a learner editing their file would; `reseal`
    recomputes the integrity hash, as a learner who read SPEC 3 would."""
    edited: dict[str, Any] = json.loads(json.dumps(result))
    percent = edited["scores"][dimension]["percent"]
    percent = percent or 0.0
    edited["scores"][dimension]["percent"] = percent - 25.0 if percent >= 50 else percent + 25.0
    if reseal:
        edited["integrity"] = {"sha256": integrity_hash(edited)}
    return edited
