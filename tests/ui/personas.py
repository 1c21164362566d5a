"""Deterministic personas: plausible answers to any questionnaire from a strength (0–1) per
dimension, answered in order so conditional items see earlier answers."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assessor.core.format.model import Item, Questionnaire
from assessor.core.results import build_result, write_result
from assessor.core.scoring.conditions import visibility

SECURITY_ANALYST = {"ml": 0.3, "security": 0.8, "adversarial": 0.2, "governance": 0.4,
                    "soc": 0.9}
ML_ENGINEER = {"ml": 0.9, "security": 0.4, "adversarial": 0.6, "governance": 0.3, "soc": 0.2}


def _strength(item: Item, strengths: Mapping[str, float], default: float) -> float:
    dims = item.dimensions
    if not dims:
        return default
    return sum(strengths.get(d, default) for d in dims) / len(dims)


def persona_value(item: Item, strengths: Mapping[str, float], default: float = 0.5) -> Any:
    level = _strength(item, strengths, default)
    if item.type == "likert":
        index = round(level * (len(item.scale) - 1))
        if item.reverse:
            index = len(item.scale) - 1 - index
        value = item.scale[index].value
        return int(value) if float(value).is_integer() else value
    if item.type == "choice":
        def option_score(option: Any) -> float:
            return sum(option.scores.get(d, 0) * (strengths.get(d, default) - 0.5) for d in
                       option.scores) if option.scores else -0.01
        return max(item.options, key=option_score).id
    if item.type == "knowledge":
        if level >= 0.5:
            return sorted(item.correct)[0]
        wrong = [o.id for o in item.options if o.id not in item.correct]
        return wrong[0] if wrong else item.options[0].id
    if item.type == "multi":
        chosen = [o.id for o in item.options
                  if any(strengths.get(d, default) >= 0.6 and p > 0 for d, p in o.scores.items())]
        if item.max_choices is not None:
            chosen = chosen[: item.max_choices]
        return chosen
    if item.type == "boolean":
        return level >= 0.5
    if item.type == "number":
        low = item.minimum if item.minimum is not None else 0
        high = item.maximum if item.maximum is not None else 10
        return round(low + level * min(high - low, 12))
    return "Looking for a role that combines security and machine learning."


def persona_answers(questionnaire: Questionnaire, strengths: Mapping[str, float],
                    *, skip_optional: bool = False) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for item in questionnaire.items:
        if not visibility(questionnaire, answers).get(item.id, False):
            continue
        if skip_optional and not item.required:
            continue
        answers[item.id] = persona_value(item, strengths)
    return answers


def write_cohort_of_six(questionnaire: Questionnaire, folder: Path) -> Path:
    """Six people a little stronger each than the last (ML engineers), as result files in
    `folder`: enough for a cohort dashboard to show its tabs and filters."""
    folder.mkdir()
    for number in range(6):
        scaled = {d: v * (0.6 + 0.08 * number) for d, v in ML_ENGINEER.items()}
        write_result(build_result(questionnaire, persona_answers(questionnaire, scaled),
                                  completed_at=f"2025-0{number + 1}-10T10:00:00+00:00"),
                     folder / f"person-{number}.json")
    return folder
