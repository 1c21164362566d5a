"""Persona answer sets (tests/personas/*.yaml) scored through `assessor score`.

Each persona was written from a described person, with a domain expert's expectations in a
`# expect:` block of its header comment, before it was ever scored. The block is YAML inside
the comment, so the file stays a plain SPEC 2 answer file. Every expectation becomes one test
whose failure message quotes the expert's rationale; see tests/personas/README.md for the keys.

Expectations the current model does not meet yet are listed in PENDING and run as strict
xfails: when the model starts meeting one, its test fails until the entry is removed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from assessor.core.scoring.calibration import calibration as calibration_reading

REPO = Path(__file__).resolve().parents[2]
PERSONAS = REPO / "tests" / "personas"
QUESTIONNAIRES = {
    "ai-cyber-career": REPO / "questionnaires" / "ai-cyber-career.yaml",
    "ai-cyber-quick": REPO / "questionnaires" / "ai-cyber-quick.yaml",
}
CAREER_MODEL = REPO / "questionnaires" / "ai-cyber-career-model.yaml"
LEVELS = ["foundation", "entry", "practitioner", "senior", "specialist"]
EXPECT_KEYS = {
    "level", "level_at_most", "best_fit", "ready", "not_ready", "gaps", "calibration",
    "path_empty", "path_excludes", "path_includes", "path_includes_any", "path_max_hours",
    "reachable", "longest_path", "same_as", "why",
}
READINGS = {"over", "under", "matched"}
DEPLOYMENT_SCENARIOS = {"native_soc", "retrofit_soc", "protected_asset"}

# "persona::expectation" ids of expectations the model does not meet, each with the model
# engineer's argument; they run as strict xfails, so one that starts passing turns red until
# its entry is removed. Everything else an expert expected is met.
PENDING: dict[str, str] = {
    "ai-security-bootcamp-overclaimer::calibration:security": (
        "disputed: his security claims are modest (no years, no credential, two activities"
        " 'on my own once or twice', the rest 'with guidance' or never: self 18%) and his"
        " checks are 14%; 4 points apart is not over-confidence by any threshold. His"
        " over-claiming is in adversarial ML, which does read 'over'."),
    "quick-cloud-security-architect::best_fit": (
        "screener limit: it has no ML-study question, so his ML reads 20% (25% in the full"
        " assessment), and with two checks per area three roles fit him within a point"
        " (AI Governance 71, AI-Augmented SOC 70, AI Security Engineer 70): governance edges"
        " first. None is 'ready'. The full assessment meets this."),
    "quick-cloud-security-architect::agrees_with_full": (
        "screener limit: same level (Practitioner) but best fit AI Governance by one point,"
        " for the reason above; docs/content.md states how often the screener disagrees."),
}


# ---- reading the personas ------------------------------------------------------------------


def read_expectations(path: Path) -> dict[str, Any]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "# expect:" in lines, f"{path.name}: no '# expect:' block in the header comment"
    block = []
    for line in lines[lines.index("# expect:"):]:
        if not line.startswith("#"):
            break
        block.append(line[2:] if line.startswith("# ") else line[1:])
    expect = yaml.safe_load("\n".join(block))["expect"]
    assert isinstance(expect, dict), f"{path.name}: the expect block is not a mapping"
    return expect


def persona_names() -> list[str]:
    return sorted(path.stem for path in PERSONAS.glob("*.yaml"))


@cache
def expectations(persona: str) -> dict[str, Any]:
    return read_expectations(PERSONAS / f"{persona}.yaml")


@cache
def answer_file(persona: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((PERSONAS / f"{persona}.yaml").read_text("utf-8"))
    return data


@cache
def score(persona: str) -> dict[str, Any]:
    path = PERSONAS / f"{persona}.yaml"
    questionnaire = QUESTIONNAIRES[answer_file(persona)["questionnaire"]]
    completed = subprocess.run(
        [sys.executable, "-m", "assessor", "score", str(questionnaire), str(path)],
        capture_output=True, text=True, cwd=REPO, timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def cluster(result: dict[str, Any], cluster_id: str) -> dict[str, Any]:
    return next(c for c in result["clusters"] if c["id"] == cluster_id)


def path_milestones(result: dict[str, Any], cluster_id: str) -> list[str]:
    return [step["milestone"] for step in result["paths"][cluster_id]["steps"]]


def reading(result: dict[str, Any], dimension: str) -> str | None:
    entry = result["scores"][dimension]
    return calibration_reading(entry["self"], entry["knowledge"])


# ---- one check per expectation ---------------------------------------------------------------

Check = Callable[[str, dict[str, Any]], None]


def because(persona: str, what: str) -> str:
    return f"{persona}: {what}\n  expert's rationale: {expectations(persona)['why']}"


def check_level(expected: str) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        level = result["placement"]["level"]
        assert level == expected, because(persona, f"placed at {level}, expected {expected}")
    return run


def check_level_at_most(highest: str) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        level = result["placement"]["level"]
        assert LEVELS.index(level) <= LEVELS.index(highest), because(
            persona, f"placed at {level}, expected {highest} at most")
    return run


def check_best_fit(expected: list[str]) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        order = [(c["id"], c["fit"]) for c in result["clusters"]]
        assert order[0][0] in expected, because(
            persona, f"best fit {order[0][0]}, expected {' or '.join(expected)}; fits {order}")
    return run


def check_ready(cluster_id: str, ready: bool) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        entry = cluster(result, cluster_id)
        assert entry["ready"] is ready, because(
            persona, f"{cluster_id} ready={entry['ready']}, expected {ready}; "
            f"fit {entry['fit']}, gaps {entry['gaps']}")
    return run


def check_gaps(cluster_id: str, dimensions: list[str]) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        gaps = cluster(result, cluster_id)["gaps"]
        absent = [d for d in dimensions if d not in gaps]
        assert not absent, because(
            persona, f"{cluster_id} gaps {gaps} do not name {absent}")
    return run


def check_calibration(dimension: str, expected: str) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        got = reading(result, dimension)
        entry = result["scores"][dimension]
        assert got == expected, because(
            persona, f"{dimension} reads {got}, expected {expected} "
            f"(self {entry['self']}, knowledge {entry['knowledge']})")
    return run


def check_path_empty(cluster_id: str) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        steps = path_milestones(result, cluster_id)
        assert steps == [], because(persona, f"path to {cluster_id} proposes {steps}")
    return run


def path_clusters(result: dict[str, Any], key: str) -> list[str]:
    return sorted(result["paths"]) if key == "all" else [key]


def check_path_excludes(key: str, milestones: list[str]) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        proposed = {
            cid: sorted(set(path_milestones(result, cid)) & set(milestones))
            for cid in path_clusters(result, key)
        }
        proposed = {cid: found for cid, found in proposed.items() if found}
        assert not proposed, because(
            persona, f"paths propose milestones the answers show are done: {proposed}")
    return run


def check_path_includes(cluster_id: str, milestones: list[str], every: bool) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        steps = path_milestones(result, cluster_id)
        found = [m for m in milestones if m in steps]
        ok = len(found) == len(milestones) if every else bool(found)
        need = "all of" if every else "one of"
        assert ok, because(persona, f"path to {cluster_id} lacks {need} {milestones}: {steps}")
    return run


def check_path_max_hours(cluster_id: str, hours: float) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        total = result["paths"][cluster_id]["total_effort_hours"]
        assert total <= hours, because(
            persona, f"path to {cluster_id} takes {total} h, expected at most {hours} h")
    return run


def check_reachable(cluster_id: str) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        assert result["paths"][cluster_id]["reachable"] is True, because(
            persona, f"no path reaches {cluster_id}: {result['paths'][cluster_id]}")
    return run


def check_longest_path(cluster_id: str) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        hours = {cid: p["total_effort_hours"] for cid, p in result["paths"].items()}
        longest = max(hours, key=hours.__getitem__)
        assert longest == cluster_id, because(
            persona, f"longest path is {longest}, expected {cluster_id}: {hours}")
    return run


def check_agrees_with_full(full: str) -> Check:
    def run(persona: str, result: dict[str, Any]) -> None:
        full_result = score(full)
        quick_level = result["placement"]["level"]
        full_level = full_result["placement"]["level"]
        off = abs(LEVELS.index(quick_level) - LEVELS.index(full_level))
        quick_best = result["clusters"][0]["id"]
        full_best = full_result["clusters"][0]["id"]
        assert off <= 1 and quick_best == full_best, because(
            persona, f"screener says {quick_level}/{quick_best}, the full assessment of the "
            f"same person ({full}) says {full_level}/{full_best}; at most one level apart "
            "and the same best fit expected")
    return run


def checks_for(expect: dict[str, Any]) -> Iterator[tuple[str, Check]]:
    if "level" in expect:
        yield "level", check_level(expect["level"])
    if "level_at_most" in expect:
        yield "level_at_most", check_level_at_most(expect["level_at_most"])
    if "best_fit" in expect:
        yield "best_fit", check_best_fit(as_list(expect["best_fit"]))
    for cid in expect.get("ready", []):
        yield f"ready:{cid}", check_ready(cid, True)
    for cid in expect.get("not_ready", []):
        yield f"not_ready:{cid}", check_ready(cid, False)
    for cid, dims in expect.get("gaps", {}).items():
        yield f"gaps:{cid}", check_gaps(cid, dims)
    for dim, sign in expect.get("calibration", {}).items():
        yield f"calibration:{dim}", check_calibration(dim, sign)
    for cid in expect.get("path_empty", []):
        yield f"path_empty:{cid}", check_path_empty(cid)
    for key, milestones in expect.get("path_excludes", {}).items():
        yield f"path_excludes:{key}", check_path_excludes(key, milestones)
    for cid, milestones in expect.get("path_includes", {}).items():
        yield f"path_includes:{cid}", check_path_includes(cid, milestones, every=True)
    for cid, milestones in expect.get("path_includes_any", {}).items():
        yield f"path_includes_any:{cid}", check_path_includes(cid, milestones, every=False)
    for cid, hours in expect.get("path_max_hours", {}).items():
        yield f"path_max_hours:{cid}", check_path_max_hours(cid, hours)
    for cid in expect.get("reachable", []):
        yield f"reachable:{cid}", check_reachable(cid)
    if "longest_path" in expect:
        yield "longest_path", check_longest_path(expect["longest_path"])
    if "same_as" in expect:
        yield "agrees_with_full", check_agrees_with_full(expect["same_as"])


def expectation_params() -> list[Any]:
    params = []
    for persona in persona_names():
        for name, check in checks_for(expectations(persona)):
            test_id = f"{persona}::{name}"
            marks = (
                [pytest.mark.xfail(strict=True, reason=PENDING[test_id])]
                if test_id in PENDING else []
            )
            params.append(pytest.param(persona, check, id=test_id, marks=marks))
    return params


@pytest.mark.parametrize(("persona", "check"), expectation_params())
def test_persona_meets_expectation(persona: str, check: Check) -> None:
    check(persona, score(persona))


def test_pending_lists_only_existing_expectations() -> None:
    known = {param.id for param in expectation_params()}
    assert known >= set(PENDING), sorted(set(PENDING) - known)


# ---- the persona files themselves ----------------------------------------------------------


@cache
def career_model() -> dict[str, Any]:
    model: dict[str, Any] = yaml.safe_load(CAREER_MODEL.read_text(encoding="utf-8"))
    return model


@pytest.mark.parametrize("persona", persona_names())
def test_expect_block_names_only_known_things(persona: str) -> None:
    expect = expectations(persona)
    model = career_model()
    clusters = {c["id"] for c in model["clusters"]}
    milestones = {m["id"] for m in model["milestones"]}
    dimensions = {d["id"] for d in model["dimensions"]}
    assert set(expect) <= EXPECT_KEYS, sorted(set(expect) - EXPECT_KEYS)
    assert isinstance(expect.get("why"), str) and len(expect["why"]) > 40
    assert "level" in expect or "level_at_most" in expect
    for level in (expect.get("level"), expect.get("level_at_most")):
        assert level is None or level in LEVELS
    named_clusters = set(as_list(expect.get("best_fit", [])))
    for key in ("ready", "not_ready", "path_empty", "reachable"):
        named_clusters |= set(expect.get(key, []))
    for key in ("gaps", "path_includes", "path_includes_any", "path_max_hours"):
        named_clusters |= set(expect.get(key, {}))
    named_clusters |= set(expect.get("path_excludes", {})) - {"all"}
    named_clusters |= set(as_list(expect.get("longest_path", [])))
    assert named_clusters <= clusters, sorted(named_clusters - clusters)
    assert not set(expect.get("ready", [])) & set(expect.get("not_ready", []))
    named_milestones = set()
    for key in ("path_excludes", "path_includes", "path_includes_any"):
        for listed in expect.get(key, {}).values():
            named_milestones |= set(listed)
    assert named_milestones <= milestones, sorted(named_milestones - milestones)
    assert set(expect.get("calibration", {})) <= dimensions
    assert set(expect.get("calibration", {}).values()) <= READINGS
    for dims in expect.get("gaps", {}).values():
        assert set(dims) <= dimensions


def answered_anywhere(questionnaire: str) -> set[str]:
    return {
        item_id
        for persona in persona_names()
        if answer_file(persona)["questionnaire"] == questionnaire
        for item_id in answer_file(persona)["answers"]
    }


@pytest.mark.parametrize("persona", persona_names())
def test_persona_answers_every_item_it_is_shown(persona: str) -> None:
    """Valid for the shipped questionnaire, and nothing shown left unanswered - except items
    that no persona answers yet (new items added after the personas were written)."""
    questionnaire = answer_file(persona)["questionnaire"]
    result = score(persona)
    skipped = set(result["missing"]) & answered_anywhere(questionnaire)
    assert not skipped, f"{persona} leaves shown items unanswered: {sorted(skipped)}"


def quick_pairs() -> list[tuple[str, str]]:
    return [
        (persona, expectations(persona)["same_as"])
        for persona in persona_names()
        if "same_as" in expectations(persona)
    ]


def test_screener_personas_are_the_same_people_as_full_personas() -> None:
    pairs = quick_pairs()
    assert len(pairs) >= 4
    for quick, full in pairs:
        assert answer_file(quick)["questionnaire"] == "ai-cyber-quick", quick
        assert answer_file(full)["questionnaire"] == "ai-cyber-career", full
        assert answer_file(quick)["respondent"] == answer_file(full)["respondent"], quick
        quick_expect, full_expect = expectations(quick), expectations(full)
        assert quick_expect.get("level") == full_expect.get("level"), quick
        assert quick_expect.get("best_fit") == full_expect.get("best_fit"), quick


def test_personas_cover_the_field() -> None:
    names = persona_names()
    full = [p for p in names if answer_file(p)["questionnaire"] == "ai-cyber-career"]
    assert len(names) >= 24
    best = {cid for p in full for cid in as_list(expectations(p).get("best_fit", []))}
    assert best == {c["id"] for c in career_model()["clusters"]}
    assert {expectations(p).get("level") for p in full} >= set(LEVELS)
    scenarios = {answer_file(p)["answers"].get("ctx_scenario") for p in full}
    assert scenarios >= DEPLOYMENT_SCENARIOS
    readings = {r for p in full for r in expectations(p).get("calibration", {}).values()}
    assert {"over", "under"} <= readings
