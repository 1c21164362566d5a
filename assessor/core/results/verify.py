"""Verifying a result against its questionnaire: re-scoring its answers and refusing it
when what they imply differs from what the file states (SPEC 3)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from assessor.core.errors import AssessorError
from assessor.core.format.answers import check_answers
from assessor.core.format.model import Questionnaire
from assessor.core.results.build import assess
from assessor.core.results.files import TOLERANCE


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b or a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def same_career_model(result: Mapping[str, Any], questionnaire: Questionnaire) -> bool:
    """Fits depend on the career model too; where it is a separate file, re-scoring is only
    meaningful with the very model version the result was scored with."""
    stated = result.get("career_model")
    model = questionnaire.career
    if not isinstance(stated, Mapping):
        return model is None or not model.separate_file
    return model is not None and model.source.sha256 == str(stated.get("sha256", "")).lower()


def verify_against(
    result: Mapping[str, Any],
    questionnaire: Questionnaire,
    name: str,
    *,
    check_paths: bool = True,
    with_model: bool = True,
) -> None:
    """Re-score the result's answers and refuse it if what they imply differs from what the
    file states: scores, placement and fits (SPEC 3), and also completeness and, unless
    `check_paths` is off (bulk aggregation that recomputes paths itself), the paths. Without
    `with_model` (scored with another version of the career model) only the scores.
    Importers call rescoring.check_rescored, which also checks the texts and the model."""
    problems = check_answers(questionnaire, result["answers"], name)
    if problems:
        raise AssessorError.single(
            name,
            f"re-scoring failed: its answers do not fit the questionnaire ({problems[0].message})",
        )
    fresh = assess(questionnaire, result["answers"], with_paths=check_paths)
    checks = [
        ("scores", "scores"),
        ("complete", "completeness"),
        ("missing", "list of missing answers"),
    ]
    if with_model:
        checks += [("placement", "placement"), ("clusters", "cluster fits"),
                   ("milestones_done", "milestones done")]
    if check_paths and with_model:
        checks.append(("paths", "paths"))
    for key, label in checks:
        if not _close(result.get(key), fresh.get(key)):
            raise AssessorError.single(
                name,
                f"re-scoring gives different {label} than the file states: the result "
                "was edited or produced by a different questionnaire",
            )
