"""Every framework identifier the shipped content cites exists in that framework's own data.

The pinned copies in tests/data/frameworks/ name their version and source in their first
lines: MITRE ATLAS techniques and sub-techniques, NIST AI RMF 1.0 Core subcategories, NICE
Framework work roles and competency areas, OWASP Top 10 for LLM Applications 2025. A ref that
cites an id the framework does not have (a typo, a retired id, a made-up subcategory) fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
FRAMEWORKS = REPO / "tests" / "data" / "frameworks"
CONTENT = [
    REPO / "questionnaires" / "ai-cyber-career.yaml",
    REPO / "questionnaires" / "ai-cyber-quick.yaml",
    REPO / "questionnaires" / "ai-cyber-career-model.yaml",
]
PINNED = {
    "atlas": FRAMEWORKS / "mitre-atlas-techniques.txt",
    "ai_rmf": FRAMEWORKS / "nist-ai-rmf-subcategories.txt",
    "nice": FRAMEWORKS / "nice-framework-work-roles.txt",
    "owasp_llm": FRAMEWORKS / "owasp-llm-top10-2025.txt",
}

ATLAS_ID = re.compile(r"\bAML\.T\d{4}(?:\.\d{3})?\b")
AI_RMF_ID = re.compile(r"\bNIST AI RMF ((?:GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+)\b")
AI_RMF_LOOSE = re.compile(r"\b(GOVERN|MAP|MEASURE|MANAGE) \d")
NICE_ROLE = re.compile(r"\b((?:OG|DD|IO|PD|IN|CI|CE)-WRL-\d{3})\b(?: (.+))?")
NICE_AREA = re.compile(r"^NICE Competency Area: (.+)$")
OWASP_ID = re.compile(r"\b(LLM\d{2}:2025)\b(?: (.+))?")


def pinned(path: Path) -> dict[str, str]:
    """Identifier -> name (empty when the file lists bare ids)."""
    entries: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ident, _, name = line.partition("\t")
        assert ident not in entries, f"{path.name}: {ident} listed twice"
        entries[ident] = name
    return entries


def refs_in(node: Any, where: str) -> Iterator[tuple[str, str]]:
    """(location, ref) for every string under a `refs` key anywhere in a YAML document."""
    if isinstance(node, dict):
        label = str(node.get("id", where))
        for key, value in node.items():
            if key == "refs" and isinstance(value, list):
                for ref in value:
                    yield label, str(ref)
            else:
                yield from refs_in(value, label)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value, where)


def unknown_ids(ref: str, lists: dict[str, dict[str, str]]) -> list[str]:
    """Reasons `ref` cites an identifier its framework does not define (empty when fine)."""
    problems = []
    for ident in ATLAS_ID.findall(ref):
        if ident not in lists["atlas"]:
            problems.append(f"unknown ATLAS technique {ident}")
    cited_subcategories = AI_RMF_ID.findall(ref)
    for ident in cited_subcategories:
        if ident not in lists["ai_rmf"]:
            problems.append(f"unknown AI RMF subcategory {ident}")
    if ref.startswith("NIST AI RMF") and AI_RMF_LOOSE.search(ref) and not cited_subcategories:
        problems.append("AI RMF function cited without a FUNCTION N.N subcategory")
    for ident, name in NICE_ROLE.findall(ref):
        if ident not in lists["nice"]:
            problems.append(f"unknown NICE work role {ident}")
        elif name and name != lists["nice"][ident]:
            problems.append(f"NICE {ident} is {lists['nice'][ident]!r}, not {name!r}")
    area = NICE_AREA.match(ref)
    if area and area.group(1) not in lists["nice"].values():
        problems.append(f"unknown NICE competency area {area.group(1)!r}")
    for ident, name in OWASP_ID.findall(ref):
        if ident not in lists["owasp_llm"]:
            problems.append(f"unknown OWASP LLM Top 10 2025 id {ident}")
        elif name and name != lists["owasp_llm"][ident]:
            problems.append(f"OWASP {ident} is {lists['owasp_llm'][ident]!r}, not {name!r}")
    return problems


@pytest.fixture(scope="module")
def lists() -> dict[str, dict[str, str]]:
    return {name: pinned(path) for name, path in PINNED.items()}


@pytest.mark.parametrize("path", list(PINNED.values()), ids=lambda p: p.name)
def test_pinned_lists_name_their_version_and_source(path: Path) -> None:
    header = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    text = " ".join(header)
    assert header, f"{path.name} must start with a comment"
    assert re.search(r"\b(v?\d+\.\d+(\.\d+)?|20\d\d)\b", text), "no version named"
    assert "Source" in text, "no source named"


def test_pinned_lists_have_the_frameworks_shape(lists: dict[str, dict[str, str]]) -> None:
    # Sizes the frameworks themselves state: 72 AI RMF subcategories, 52 NICE v1.0.0 work
    # roles, ten OWASP entries; ATLAS holds the techniques the content is built around.
    assert len(lists["ai_rmf"]) == 72
    assert sum("-WRL-" in ident for ident in lists["nice"]) == 52
    assert list(lists["owasp_llm"]) == [f"LLM{n:02d}:2025" for n in range(1, 11)]
    assert lists["atlas"]["AML.T0051.001"] == "Indirect"
    assert lists["atlas"]["AML.T0011.000"] == "Unsafe AI Artifacts"
    assert lists["atlas"]["AML.T0019"] == "Publish Poisoned Datasets"


def test_the_check_rejects_made_up_identifiers(lists: dict[str, dict[str, str]]) -> None:
    assert unknown_ids("MITRE ATLAS AML.T0020", lists) == []
    assert unknown_ids("MITRE ATLAS AML.T9999", lists) == ["unknown ATLAS technique AML.T9999"]
    assert unknown_ids("NIST AI RMF MANAGE 4.4", lists)
    assert unknown_ids("NIST AI RMF GOVERN 7", lists)
    assert unknown_ids("NICE PD-WRL-009 Threat Hunting", lists)
    assert unknown_ids("NICE PD-WRL-001 Incident Response", lists)
    assert unknown_ids("NICE Competency Area: Quantum Security", lists)
    assert unknown_ids("OWASP LLM11:2025 Agent Hijacking", lists)
    assert unknown_ids("OWASP LLM06:2025 Prompt Injection", lists)


@pytest.mark.parametrize("path", CONTENT, ids=lambda p: p.name)
def test_every_cited_identifier_exists_in_its_framework(
    path: Path, lists: dict[str, dict[str, str]]
) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = [
        f"{where}: {ref!r}: {reason}"
        for where, ref in refs_in(document, path.name)
        for reason in unknown_ids(ref, lists)
    ]
    assert problems == []
