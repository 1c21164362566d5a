"""Plain-language readings (assessor/app/readings.py, Qt-free): calibration sentences and what
the next rung asks for, read from a result as the results page shows them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assessor.app.readings import calibration_rows, next_rung_needs
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result

REPO = Path(__file__).resolve().parents[2]


def shipped_result(answers: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    questionnaire = load_questionnaire(REPO / "questionnaires" / "ai-cyber-quick.yaml")
    return questionnaire, build_result(questionnaire, answers, completed_at="2026-01-01T00:00:00+00:00")


QUIZ_ONLY = {
    "q_sec_years": 0, "q_ml_years": 0, "q_ml_train": 0, "q_ml_production": 0, "q_sec_assess": 0,
    "q_sec_design": 0, "q_soc_triage": 0, "q_adv_test": 0, "q_gov_map": 0, "q_gov_evidence": 0,
    "qk_ml": "b", "qk_security": "b", "qk_soc": "b", "qk_adversarial": "c", "qk_governance": "b",
    "qk_ml_base_rate": "a", "qk_security_leaked_key": "c", "qk_soc_noisy_rule": "c",
    "qk_governance_prohibited": "d",
}


def test_knowledge_without_practice_is_never_read_as_under_confidence() -> None:
    _, result = shipped_result(QUIZ_ONLY)
    rows = {row.dimension: row for row in calibration_rows(result)}
    for row in rows.values():
        assert row.self_rating == 0 and row.knowledge == 100
        assert "underselling" not in row.reading
        assert "no practice" in row.reading and "self-rating 0%" in row.reading
        assert "knowledge checks 100%" in row.reading


def test_the_next_rung_names_claims_and_checks_separately() -> None:
    questionnaire, result = shipped_result(QUIZ_ONLY)
    assert result["placement"]["level"] == "entry"
    needs = next_rung_needs(questionnaire.career, result)
    # Practitioner has one route per domain: the closest is named, with what is missing.
    assert needs.startswith("Next rung, Practitioner (the closest of its routes), needs ")
    assert "(experience and practice) at least 40% (you have 0%)" in needs
    assert "knowledge checks" not in needs  # the checks are already there


def test_a_percent_only_ladder_reads_as_before() -> None:
    questionnaire = load_questionnaire(REPO / "tests" / "data" / "spec" / "career.yaml",
                                       search_dirs=[])
    answers: dict[str, Any] = {}
    result = build_result(questionnaire, answers, completed_at="2026-01-01T00:00:00+00:00")
    assert next_rung_needs(questionnaire.career, result) == (
        "Next rung, One, needs A at least 40% (you have none).")
