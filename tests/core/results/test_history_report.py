"""A client's history as data: comparing two results (deltas, steps of the earlier path
reached) and the whole history for the report (notes only when asked)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.results import build_result
from assessor.core.results.history import client_history, compare, step_progress
from assessor.core.store.types import Note, StoredResult

REPO = Path(__file__).resolve().parents[3]
PERSONAS = REPO / "tests" / "personas"


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(REPO / "questionnaires" / "ai-cyber-career.yaml")


def persona_result(questionnaire: Questionnaire, name: str, when: str) -> dict[str, Any]:
    answers = load_answers(PERSONAS / f"{name}.yaml", questionnaire).answers
    return build_result(questionnaire, answers, completed_at=when)


def _result(percents: dict[str, float], steps: list[dict[str, Any]]) -> dict[str, Any]:
    """A hand-made result holding only what the comparison reads."""
    return {"completed_at": "2025-01-01T10:00:00+00:00",
            "scores": {d: {"percent": p} for d, p in percents.items()},
            "clusters": [{"id": "c", "label": "Role C", "fit": 50.0}],
            "paths": {"c": {"reachable": True, "steps": steps}}}


def test_steps_are_reached_in_turn_when_the_later_scores_reach_the_projection() -> None:
    older = _result({"a": 20, "b": 10}, [
        {"milestone": "m1", "title": "One", "effort_hours": 10,
         "projected": {"a": 30, "b": 10}},          # raises a to 30
        {"milestone": "m2", "title": "Two", "effort_hours": 20,
         "projected": {"a": 40, "b": 10}},          # raises a again, to 40
        {"milestone": "m3", "title": "Three", "effort_hours": 5,
         "projected": {"a": 40, "b": 25}},          # raises b to 25
    ])
    newer = _result({"a": 35, "b": 25}, [])
    has_path, steps = step_progress(older, newer, "c")
    assert has_path
    assert [s.reached for s in steps] == [True, False, True]
    assert steps[1].missing == {"a": 5.0}
    assert steps[0].projected == {"a": 30.0}  # b did not move in step 1: not "raised"
    assert step_progress(older, newer, "unknown") == (False, [])


def test_compare_persona_results_gives_deltas_level_and_fit(questionnaire: Questionnaire) -> None:
    older = persona_result(questionnaire, "career-changer", "2024-03-01T10:00:00+00:00")
    newer = persona_result(questionnaire, "soc-analyst-no-ml", "2025-03-01T10:00:00+00:00")
    cluster = older["clusters"][0]["id"]
    comparison = compare(older, newer)
    assert comparison.cluster_id == cluster  # the earlier best fit by default
    by_dim = {c.dimension: c for c in comparison.changes}
    for dim, score in newer["scores"].items():
        before = older["scores"][dim]["percent"]
        assert by_dim[dim].after == score["percent"]
        if before is not None and score["percent"] is not None:
            assert by_dim[dim].delta == pytest.approx(score["percent"] - before)
    assert comparison.level_before == older["placement"]["label"]
    assert comparison.level_after == newer["placement"]["label"]
    after_fit = next(c["fit"] for c in newer["clusters"] if c["id"] == cluster)
    assert comparison.fit_delta == pytest.approx(after_fit - older["clusters"][0]["fit"])
    assert len(comparison.steps) == len(older["paths"][cluster]["steps"])
    # Comparing a result with itself reaches nothing that needed a raise.
    assert not any(s.reached for s in compare(older, older).steps if s.projected)


def test_history_leaves_notes_out_unless_asked(questionnaire: Questionnaire) -> None:
    first = persona_result(questionnaire, "career-changer", "2024-03-01T10:00:00+00:00")
    second = persona_result(questionnaire, "soc-analyst-no-ml", "2025-03-01T10:00:00+00:00")
    stored = [StoredResult(1, 1, first, "x", None), StoredResult(2, 1, second, "x", None)]
    notes = [Note(1, 1, 2, "Discussed the SOC route", "2025-03-02T09:00:00+00:00"),
             Note(2, 1, None, "Prefers evening study", "2025-03-03T09:00:00+00:00")]
    private = client_history("Alex", stored, notes)
    assert private.notes == [] and not private.notes_included
    assert [e.level for e in private.entries] == [first["placement"]["label"],
                                                  second["placement"]["label"]]
    assert [f.label for f in private.latest_fits] == [c["label"] for c in second["clusters"]]
    shared = client_history("Alex", stored, notes, include_notes=True)
    assert [(n.about, n.text) for n in shared.notes] == [
        ("2025-03-01 10:00", "Discussed the SOC route"), (None, "Prefers evening study")]
