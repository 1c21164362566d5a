"""Checks on the shipped AI-cybersecurity content: it validates, it is well-formed in the ways
a counsellor relies on (refs, knowledge checks per dimension, sizes), it encodes the domain's
decision boundaries, and every cluster can be reached from a Foundation-level answer set."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
QDIR = REPO / "questionnaires"
MODEL = QDIR / "ai-cyber-career-model.yaml"
FULL = QDIR / "ai-cyber-career.yaml"
QUICK = QDIR / "ai-cyber-quick.yaml"
QUESTIONNAIRES = [FULL, QUICK]
DIMENSIONS = {"ml", "security", "adversarial", "governance", "soc"}
CLUSTERS = {
    "ai-security-engineer",
    "adversarial-ml-specialist",
    "ai-governance-analyst",
    "ai-augmented-soc-analyst",
}

# The reference vocabulary, with the identifiers that shared/domain/frameworks.md lists.
# ATLAS ids come from the pinned copy of the ATLAS data (test_framework_refs.py checks the rest).
ATLAS_TECHNIQUES = {
    line.split("\t")[0]
    for line in (REPO / "tests/data/frameworks/mitre-atlas-techniques.txt")
    .read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
}
DCWF_ROLES = {"423", "424", "623", "624", "653", "672", "733", "753", "902", "903"}
NICE_ROLES = {
    line.split("\t")[0]
    for line in (REPO / "tests/data/frameworks/nice-framework-work-roles.txt")
    .read_text(encoding="utf-8").splitlines()
    if "-WRL-" in line and not line.startswith("#")
}
REF_PATTERNS = [
    re.compile(r"^MITRE ATLAS( (?P<atlas>AML\.T\d{4}(\.\d{3})?))?$"),
    re.compile(r"^MITRE ATT&CK$"),
    re.compile(r"^NIST AI RMF (GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+$"),
    re.compile(r"^NIST AI RMF Core$"),
    re.compile(r"^NIST AI (600-1|100-1|100-2 E2025)$"),
    re.compile(r"^OWASP (?P<owasp>LLM\d{2}:2025) [A-Z][A-Za-z ]+$"),
    re.compile(r"^NIST SP 800-61$"),
    re.compile(r"^NIST CSF 2\.0$"),
    re.compile(r"^NICE (?P<nice>[A-Z]{2}-WRL-\d{3}) [A-Z][A-Za-z() ]+$"),
    re.compile(r"^NICE Competency Area: [A-Z][A-Za-z() ]+$"),
    re.compile(r"^NICE (Oversight and Governance \(OG\)|Design and Development \(DD\)) category$"),
    re.compile(r"^DCWF (?P<dcwf>\d{3}) [A-Z][A-Za-z/& ]+$"),
    re.compile(r"^SFIA 9 (MLNG|DATS|VUAS|THIN|SCAD)$"),
    re.compile(r"^FDA AI/ML-based Software as a Medical Device guidance$"),
    re.compile(r"^FDA PCCP guidance for AI-enabled device software functions \(December 2024\)$"),
    re.compile(r"^FDA AI-enabled device software functions draft guidance \(January 2025\)$"),
    re.compile(r"^EO 14110 \(rescinded January 2025\)$"),
    re.compile(r"^EO 14(148|179)$"),
    re.compile(r"^OMB M-25-2[12]$"),
    re.compile(r"^America's AI Action Plan \(July 2025\)$"),
    re.compile(r"^EU AI Act (Art\. \d+|Annex [IVX]+)$"),
    re.compile(r"^ISO/IEC (42001|23894):2023$"),
    re.compile(r"^CISA Roadmap for AI \(November 2023\)$"),
    re.compile(r"^Federal Reserve SR 11-7$"),
]


def load(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    assert isinstance(document, dict)
    return document


def items(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for section in document["sections"] for item in section["items"]]


def item_dimensions(item: dict[str, Any]) -> set[str]:
    scores = item.get("scores")
    dims: set[str] = set()
    if isinstance(scores, str):
        dims.add(scores)
    elif isinstance(scores, dict):
        dims.update(scores)
    for option in item.get("options", []):
        dims.update(option.get("scores") or {})
    return dims


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assessor", *map(str, args)],
        capture_output=True, text=True, cwd=REPO, timeout=120, check=False,
    )


def check_ref(ref: str) -> str | None:
    """None when `ref` is in the vocabulary with a known identifier, else the reason."""
    for pattern in REF_PATTERNS:
        match = pattern.match(ref)
        if not match:
            continue
        found = match.groupdict()
        if found.get("atlas") and found["atlas"] not in ATLAS_TECHNIQUES:
            return f"unknown ATLAS technique {found['atlas']}"
        if found.get("dcwf") and found["dcwf"] not in DCWF_ROLES:
            return f"unknown DCWF role {found['dcwf']}"
        if found.get("nice") and found["nice"] not in NICE_ROLES:
            return f"NICE role {found['nice']} is not one the frameworks note lists"
        return None
    return "not in the reference vocabulary"


# ---- loading and validation --------------------------------------------------------------


def test_engine_validates_every_shipped_file() -> None:
    result = run_cli("validate", MODEL, FULL, QUICK)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("path", [MODEL, FULL, QUICK], ids=lambda p: p.name)
def test_each_file_validates_on_its_own(path: Path) -> None:
    # A questionnaire finds its career model in its own folder (SPEC 1.6).
    result = run_cli("validate", path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("path", [MODEL, FULL, QUICK], ids=lambda p: p.name)
def test_files_avoid_yaml_features_the_loader_refuses(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count("\n---") == 0 and not text.startswith("---")
    assert not re.search(r"(^|\s)[&*][A-Za-z]", text), "anchors or aliases"
    assert "!!" not in text, "tags"
    document = load(path)
    assert document["format"] == "assessor/1"
    assert isinstance(document["version"], str)


# ---- the questionnaires -----------------------------------------------------------------------


@pytest.mark.parametrize("path", QUESTIONNAIRES, ids=lambda p: p.name)
def test_questionnaires_use_the_shared_model_and_all_five_dimensions(path: Path) -> None:
    document = load(path)
    assert document["career_model"] == "ai-cyber-career-model"
    assert {d["id"] for d in document["dimensions"]} == DIMENSIONS
    for key in ("ladder", "clusters", "milestones"):
        assert key not in document


@pytest.mark.parametrize("path", QUESTIONNAIRES, ids=lambda p: p.name)
def test_every_scored_item_has_refs(path: Path) -> None:
    missing = [
        item["id"] for item in items(load(path)) if item_dimensions(item) and not item.get("refs")
    ]
    assert missing == []


@pytest.mark.parametrize("path", QUESTIONNAIRES, ids=lambda p: p.name)
def test_refs_name_real_framework_entries(path: Path) -> None:
    problems = []
    for item in items(load(path)):
        for ref in item.get("refs", []):
            reason = check_ref(ref)
            if reason:
                problems.append(f"{item['id']}: {ref!r}: {reason}")
    assert problems == []


def test_full_assessment_size_and_knowledge_checks() -> None:
    document = load(FULL)
    all_items = items(document)
    knowledge = [item for item in all_items if item["type"] == "knowledge"]
    assert 60 <= len(all_items) <= 120
    assert len(knowledge) >= 30
    per_dimension = {dim: 0 for dim in DIMENSIONS}
    for item in knowledge:
        for dim in item_dimensions(item):
            per_dimension[dim] += 1
    # Enough per dimension that calibration (self minus knowledge) means something.
    assert min(per_dimension.values()) >= 5, per_dimension


def test_quick_screener_size_and_two_checks_per_dimension() -> None:
    # Two checks where a level is decided (one guess confirmed a claimed area one time in
    # four, and random clicking reached Practitioner 40% of the time), one for adversarial
    # ML, which only the Specialist level asks for.
    document = load(QUICK)
    all_items = items(document)
    assert 12 <= len(all_items) <= 22
    knowledge_dims = [
        dim for item in all_items if item["type"] == "knowledge" for dim in item_dimensions(item)
    ]
    assert Counter(knowledge_dims) == {dim: 1 if dim == "adversarial" else 2
                                       for dim in DIMENSIONS}
    assert "coarse" in document["description"]
    assert "screening" in document["description"]


@pytest.mark.parametrize("path", QUESTIONNAIRES, ids=lambda p: p.name)
def test_knowledge_checks_have_one_answer_and_plausible_distractors(path: Path) -> None:
    for item in items(load(path)):
        if item["type"] != "knowledge":
            continue
        option_ids = [option["id"] for option in item["options"]]
        labels = [option["label"] for option in item["options"]]
        assert isinstance(item["correct"], str), f"{item['id']}: one defensible answer"
        assert item["correct"] in option_ids and item["correct"] != "dk"
        # Three distractors besides the answer, plus an honest "I don't know".
        assert len(option_ids) == 5 and option_ids[-1] == "dk", item["id"]
        assert len(set(labels)) == len(labels), item["id"]
        assert len(item_dimensions(item)) == 1, item["id"]


@pytest.mark.parametrize("path", QUESTIONNAIRES, ids=lambda p: p.name)
def test_self_ratings_are_behaviourally_anchored(path: Path) -> None:
    document = load(path)
    anchors = [point["label"] for point in document["scales"]["practice"]]
    assert anchors[0] == "Never done this"
    assert all(not re.search(r"\b(confident|feel|comfortable)\b", a, re.I) for a in anchors)
    for item in items(document):
        if item["type"] == "likert":
            assert item["scale"] == "practice", item["id"]
            assert not re.search(r"\b(confident|feel|comfortable)\b", item["text"], re.I)


def test_deep_adversarial_items_are_gated_on_ml_experience() -> None:
    document = load(FULL)
    deep = next(s for s in document["sections"] if s["id"] == "adversarial_ml")
    referenced = {cond["answer"] for cond in deep["when"]["any"]}
    assert referenced == {"ml_train_eval", "ml_years"}
    assert {item_dimensions(item) == {"adversarial"} for item in deep["items"]} == {True}


def test_context_section_is_optional_and_unscored() -> None:
    document = load(FULL)
    context = next(s for s in document["sections"] if s["id"] == "context")
    scenario = next(item for item in context["items"] if item["id"] == "ctx_scenario")
    assert {"native_soc", "retrofit_soc", "protected_asset"} <= {
        option["id"] for option in scenario["options"]
    }
    for item in context["items"]:
        assert item.get("required") is False
        assert not item_dimensions(item)


# ---- the career model -------------------------------------------------------------------------


def test_model_dimensions_plane_and_ladder() -> None:
    model = load(MODEL)
    assert model["kind"] == "career-model"
    assert {d["id"] for d in model["dimensions"]} == DIMENSIONS
    assert model["plane"] == {"x": "ml", "y": "security"}
    ladder = model["ladder"]
    assert [level["id"] for level in ladder] == [
        "foundation", "entry", "practitioner", "senior", "specialist",
    ]
    assert ladder[0]["requires"] == {}
    # Entry: one foundation is enough - ML fundamentals OR security operations.
    entry_any = ladder[1]["requires"]["any"]
    single = {(c["dimension"], c["gte"]) for c in entry_any if "dimension" in c}
    assert {"ml", "security", "soc"} <= {dim for dim, _ in single}
    # Above Entry, every route asks for claimed practice AND confirming knowledge in the same
    # domain, so neither the knowledge checks nor self-ratings alone buy a rung.
    def bars(condition: dict[str, Any]) -> dict[tuple[str, str], float]:
        parts = condition["all"]
        return {(c["dimension"], c.get("measure", "percent")): c["gte"] for c in parts}

    routes = [bars(route) for route in ladder[2]["requires"]["any"]]
    for route in routes:
        domains = {dim for dim, measure in route if measure == "self"}
        assert domains and all((dim, "knowledge") in route for dim in domains), route
    practitioner = {key: bound for route in routes for key, bound in route.items()}
    # Senior and Specialist need depth in BOTH machine learning and security: at least the
    # Practitioner bar, met in both domains at once.
    for level in ladder[3:]:
        both = bars(level["requires"])
        for key in (("ml", "self"), ("ml", "knowledge"), ("security", "self"),
                    ("security", "knowledge")):
            assert both[key] >= practitioner[key], (level["id"], key)
    specialist = bars(ladder[4]["requires"])
    assert specialist[("adversarial", "self")] >= 50
    assert specialist[("adversarial", "knowledge")] >= 60


def test_clusters_encode_the_domain_decision_boundaries() -> None:
    model = load(MODEL)
    clusters = {c["id"]: c for c in model["clusters"]}
    assert set(clusters) == CLUSTERS
    # First boundary: AI as a tool versus AI as the target.
    assert clusters["ai-security-engineer"]["ai_role"] == "tool"
    assert clusters["ai-augmented-soc-analyst"]["ai_role"] == "tool"
    assert clusters["adversarial-ml-specialist"]["ai_role"] == "target"
    # Second boundary: technical execution versus governance.
    assert clusters["ai-governance-analyst"]["function"] == "governance"
    assert clusters["ai-security-engineer"]["function"] == "technical"
    assert clusters["adversarial-ml-specialist"]["function"] == "technical"
    assert clusters["ai-augmented-soc-analyst"]["function"] == "operations"
    # Governance fit does not require ML engineering.
    assert "ml" not in clusters["ai-governance-analyst"]["target"]
    # Adversarial ML Specialist readiness requires depth in both ML and security.
    adversarial = clusters["adversarial-ml-specialist"]
    assert adversarial["min_level"] == "specialist"
    assert adversarial["target"]["ml"] >= 65 and adversarial["target"]["security"] >= 65
    for cluster in clusters.values():
        assert cluster["summary"] and cluster["refs"]
        assert any(ref.startswith(("NICE", "DCWF")) for ref in cluster["refs"])
        assert set(cluster["target"]) <= DIMENSIONS
        assert set(cluster.get("weights", {})) <= set(cluster["target"])


def test_milestones_are_concrete_and_referenced() -> None:
    model = load(MODEL)
    milestones = model["milestones"]
    assert len(milestones) >= 30
    ids = {m["id"] for m in milestones}
    for milestone in milestones:
        assert milestone["effort_hours"] > 0, milestone["id"]
        assert milestone["raises"] and set(milestone["raises"]) <= DIMENSIONS
        assert milestone.get("refs"), milestone["id"]
        assert set(milestone.get("requires", [])) <= ids
        assert set(milestone.get("clusters", [])) <= CLUSTERS
        for resource in milestone.get("resources", []):
            assert resource["title"]
            assert resource.get("url", "https://").startswith("https://")
    kinds = " ".join(m["title"].lower() for m in milestones)
    for kind in ("certification", "project", "rotation", "course"):
        assert kind in kinds
    assert any("clusters" in m for m in milestones)


# ---- reachability from a Foundation-level answer set --------------------------------------------


def foundation_answers(document: dict[str, Any]) -> dict[str, Any]:
    """The lowest answer to every required item: nothing done, nothing known."""
    answers: dict[str, Any] = {}
    for item in items(document):
        if item.get("required", True) is False:
            continue
        kind = item["type"]
        if kind == "likert":
            answers[item["id"]] = 0
        elif kind == "number":
            answers[item["id"]] = item["min"]
        elif kind == "knowledge":
            answers[item["id"]] = "dk"
        elif kind in ("choice", "multi"):
            answers[item["id"]] = "none" if kind == "choice" else ["none"]
    return answers


@pytest.mark.parametrize("path", QUESTIONNAIRES, ids=lambda p: p.name)
def test_every_cluster_is_reachable_from_foundation(path: Path, tmp_path: Path) -> None:
    document = load(path)
    answer_file = tmp_path / "foundation.json"
    answer_file.write_text(
        json.dumps({"questionnaire": document["id"], "answers": foundation_answers(document)}),
        encoding="utf-8",
    )
    scored = run_cli("score", path, answer_file)
    assert scored.returncode == 0, scored.stderr
    result = json.loads(scored.stdout)
    assert result["complete"] is True
    assert result["placement"]["level"] == "foundation"
    model = load(MODEL)
    order = [level["id"] for level in model["ladder"]]
    hours = {}
    for cluster in model["clusters"]:
        path_result = result["paths"][cluster["id"]]
        # Every target is reachable: no dimension is left short by design.
        assert path_result["reachable"] is True, (cluster["id"], path_result["short"])
        assert path_result["short"] == []
        # Following the path also reaches the cluster's minimum level, i.e. readiness.
        final_level = path_result["steps"][-1]["level"]
        assert order.index(final_level) >= order.index(cluster["min_level"]), cluster["id"]
        hours[cluster["id"]] = path_result["total_effort_hours"]
    # The scarce both-domains role is the longest road; the entry-level roles the shortest.
    assert max(hours, key=hours.__getitem__) == "adversarial-ml-specialist"
    assert min(hours, key=hours.__getitem__) in {
        "ai-governance-analyst", "ai-augmented-soc-analyst",
    }
