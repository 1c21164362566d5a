"""Persona answer sets (tests/personas/*.yaml) scored through `assessor score`: each lands where a
domain expert would put that person, and the domain's decision boundaries hold."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
PERSONAS = REPO / "tests" / "personas"
QUESTIONNAIRES = {
    "ai-cyber-career": REPO / "questionnaires" / "ai-cyber-career.yaml",
    "ai-cyber-quick": REPO / "questionnaires" / "ai-cyber-quick.yaml",
}
LEVELS = ["foundation", "entry", "practitioner", "senior", "specialist"]

# Calibration = self percent minus knowledge percent on a dimension. Knowing is easier than
# doing, so honest practitioners usually show knowledge 10-40 points ahead of their practice
# ratings (docs/content.md). Over-confidence is claims ahead of knowledge; under-confidence is
# knowledge far ahead of claims.
OVER_ABOVE = 20.0
UNDER_BELOW = -50.0


@cache
def score(persona: str) -> dict[str, Any]:
    answer_file = PERSONAS / f"{persona}.yaml"
    questionnaire = yaml.safe_load(answer_file.read_text(encoding="utf-8"))["questionnaire"]
    completed = subprocess.run(
        [sys.executable, "-m", "assessor", "score", str(QUESTIONNAIRES[questionnaire]),
         str(answer_file)],
        capture_output=True, text=True, cwd=REPO, timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def calibration(result: dict[str, Any], dimension: str) -> str:
    entry = result["scores"][dimension]
    gap = entry["self"] - entry["knowledge"]
    if gap > OVER_ABOVE:
        return "over"
    if gap < UNDER_BELOW:
        return "under"
    return "calibrated"


def cluster(result: dict[str, Any], cluster_id: str) -> dict[str, Any]:
    return next(c for c in result["clusters"] if c["id"] == cluster_id)


SOC = "ai-augmented-soc-analyst"
GOV = "ai-governance-analyst"
ENG = "ai-security-engineer"
ADV = "adversarial-ml-specialist"

# persona, level, best-fit cluster(s), calibration {dimension: sign}, why an expert expects it
EXPECTED = [
    pytest.param(
        "soc-analyst-no-ml", "practitioner", SOC, {"soc": "calibrated"},
        "Five years of SOC work is independent practice in security operations, but with no ML"
        " there is no depth in both domains; AI-augmented SOC work is the natural next step.",
        id="soc-analyst-no-ml",
    ),
    pytest.param(
        "ml-engineer-no-security", "practitioner", ENG, {"ml": "calibrated"},
        "Deep ML with thin security is one-domain depth; the ML half of AI security engineering"
        " is already there, the security half is the gap.",
        id="ml-engineer-no-security",
    ),
    pytest.param(
        "compliance-officer", "practitioner", GOV, {"governance": "calibrated"},
        "Eight years of AI risk, audit and vendor review with security literacy is governance"
        " practice; the governance role needs regulatory fluency, not ML engineering.",
        id="compliance-officer",
    ),
    pytest.param(
        "adversarial-phd-pentester", "specialist", ADV, {"adversarial": "calibrated"},
        "A PhD in adversarial ML plus years of penetration testing is exactly the scarce"
        " both-domains depth that Adversarial ML Specialist roles ask for.",
        id="adversarial-phd-pentester",
    ),
    pytest.param(
        "career-changer", "foundation", (SOC, GOV), {"soc": "calibrated"},
        "Nothing done yet is Foundation; only the entry-level clusters are anywhere near, and"
        " an honest 'I don't know' is calibrated, not under-confident.",
        id="career-changer",
    ),
    pytest.param(
        "overconfident-self-rater", "entry", (ENG, SOC),
        dict.fromkeys(("ml", "security", "adversarial", "governance", "soc"), "over"),
        "Claims of routine practice everywhere that the knowledge checks do not back: an expert"
        " discounts the claims, sees someone at the start of the field, and reads the uniform"
        " claims as pointing at the AI-as-tool roles without telling which.",
        id="overconfident-self-rater",
    ),
    pytest.param(
        "underconfident-analyst", "practitioner", SOC, {"ml": "under", "soc": "under"},
        "Her answers show statistics and SOC knowledge well beyond her modest self-ratings;"
        " an expert would place her on what she demonstrably knows.",
        id="underconfident-analyst",
        marks=pytest.mark.xfail(strict=True, reason=(
            "Disputed by the model engineer: eighteen months of guided work is not yet"
            " independent practice, and issue 11 rules that knowledge checks alone never lift"
            " anyone above Entry; she places at Entry with under-confidence flagged for the"
            " counsellor to probe.")),
    ),
    pytest.param(
        "ai-soc-analyst-ready", "practitioner", SOC, {"soc": "calibrated"},
        "A SOC analyst who supervises and overrides AI triage daily and has ML literacy is doing"
        " the AI-Augmented SOC Analyst job already.",
        id="ai-soc-analyst-ready",
    ),
    pytest.param(
        "security-engineer-with-ml", "senior", ENG, {"security": "calibrated"},
        "Years of security engineering plus building the ML detection pipeline is depth in both"
        " domains used on AI as a tool: a senior AI Security Engineer.",
        id="security-engineer-with-ml",
    ),
    pytest.param(
        "policy-lawyer-no-security", "foundation", GOV, {"governance": "calibrated"},
        "Regulatory depth fits the governance cluster, but governing AI security needs security"
        " literacy the lawyer does not yet have, so she is not yet on the ladder.",
        id="policy-lawyer-no-security",
    ),
    pytest.param(
        "quick-soc-analyst", "practitioner", SOC, {"soc": "calibrated"},
        "The coarse screener should still agree with the full assessment on the essentials"
        " for the same SOC analyst.",
        id="quick-soc-analyst",
    ),
    pytest.param(
        "quick-compliance-officer", "practitioner", GOV, {"governance": "calibrated"},
        "The screener, like the full assessment, puts a governance professional with no ML on"
        " the governance cluster.",
        id="quick-compliance-officer",
    ),
]


@pytest.mark.parametrize(("persona", "level", "best", "calibrated", "why"), EXPECTED)
def test_persona_lands_where_an_expert_expects(
    persona: str, level: str, best: str | tuple[str, ...], calibrated: dict[str, str], why: str
) -> None:
    assert why
    result = score(persona)
    assert result["complete"] is True, result["missing"]
    assert result["placement"]["level"] == level
    best_ids = (best,) if isinstance(best, str) else best
    assert result["clusters"][0]["id"] in best_ids, [c["id"] for c in result["clusters"]]
    for dimension, sign in calibrated.items():
        assert calibration(result, dimension) == sign, (dimension, result["scores"][dimension])


def test_every_persona_file_is_covered() -> None:
    covered = {param.values[0] for param in EXPECTED}
    assert {path.stem for path in PERSONAS.glob("*.yaml")} == covered


# ---- the domain's decision boundaries ------------------------------------------------------------


def test_governance_fit_does_not_require_ml_engineering() -> None:
    result = score("compliance-officer")
    assert result["scores"]["ml"]["percent"] < 10
    governance = cluster(result, GOV)
    assert governance["ready"] is True
    assert governance["fit"] >= 95
    assert "ml" not in governance["gaps"]


def test_ml_without_security_is_not_adversarial_ready() -> None:
    result = score("ml-engineer-no-security")
    adversarial = cluster(result, ADV)
    assert adversarial["ready"] is False
    assert "security" in adversarial["gaps"]
    assert result["scores"]["ml"]["percent"] >= 70  # the ML depth is real; security is missing
    assert LEVELS.index(result["placement"]["level"]) < LEVELS.index("senior")


def test_security_without_ml_is_not_adversarial_ready() -> None:
    result = score("soc-analyst-no-ml")
    adversarial = cluster(result, ADV)
    assert adversarial["ready"] is False
    assert "ml" in adversarial["gaps"]


def test_adversarial_phd_with_pentest_background_is_ready() -> None:
    result = score("adversarial-phd-pentester")
    adversarial = cluster(result, ADV)
    assert adversarial["ready"] is True
    assert adversarial["gaps"] == {}
    assert result["paths"][ADV]["steps"] == []


def test_governance_still_needs_security_literacy() -> None:
    result = score("policy-lawyer-no-security")
    governance = cluster(result, GOV)
    assert governance["fit"] >= 80
    assert governance["ready"] is False
    assert "security" in governance["gaps"]
    assert result["paths"][GOV]["reachable"] is True


def test_claims_alone_do_not_carry_a_placement() -> None:
    result = score("overconfident-self-rater")
    # His self-ratings alone are above the Senior bar in both ML and security ...
    assert result["scores"]["ml"]["self"] >= 55
    assert result["scores"]["security"]["self"] >= 55
    # ... but with the knowledge checks he is Entry and ready for nothing.
    assert result["placement"]["level"] == "entry"
    assert not any(c["ready"] for c in result["clusters"])


def test_soc_analyst_gap_is_ml_literacy_and_the_path_is_short() -> None:
    result = score("soc-analyst-no-ml")
    soc = cluster(result, SOC)
    assert soc["ready"] is False
    # ML literacy is the real gap (a few points of governance awareness may also be short).
    assert "ml" in soc["gaps"]
    assert set(soc["gaps"]) <= {"ml", "governance"}
    assert soc["gaps"]["ml"] >= soc["gaps"].get("governance", 0)
    path = result["paths"][SOC]
    assert path["reachable"] is True
    assert path["total_effort_hours"] <= 120


def test_career_changer_can_reach_every_cluster() -> None:
    result = score("career-changer")
    hours = {cid: p["total_effort_hours"] for cid, p in result["paths"].items()}
    assert all(p["reachable"] for p in result["paths"].values())
    assert max(hours, key=hours.__getitem__) == ADV
    assert result["clusters"][0]["fit"] < 20


def test_quick_screener_agrees_with_full_assessment() -> None:
    for full, quick in (
        ("soc-analyst-no-ml", "quick-soc-analyst"),
        ("compliance-officer", "quick-compliance-officer"),
    ):
        full_result, quick_result = score(full), score(quick)
        assert quick_result["placement"]["level"] == full_result["placement"]["level"]
        assert quick_result["clusters"][0]["id"] == full_result["clusters"][0]["id"]
