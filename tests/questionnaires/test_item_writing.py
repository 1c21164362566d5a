"""The shipped knowledge checks are written as an item writer would: no length cue, no fixed
key position, no item that gives another away, honest advice about guessing, and knowledge
checks (not only self-ratings) for every area the field now expects."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
FULL = REPO / "questionnaires" / "ai-cyber-career.yaml"
QUICK = REPO / "questionnaires" / "ai-cyber-quick.yaml"
CUE_RATIO = 1.5


def load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def all_items(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for section in document["sections"] for item in section["items"]]


def checks(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for item in all_items(document) if item["type"] == "knowledge"]


def answer_options(item: dict[str, Any]) -> list[dict[str, Any]]:
    return [option for option in item["options"] if option["id"] != "dk"]


def key_ratio(item: dict[str, Any]) -> float:
    options = answer_options(item)
    key = next(len(o["label"]) for o in options if o["id"] == item["correct"])
    return key / max(len(o["label"]) for o in options if o["id"] != item["correct"])


@pytest.mark.parametrize("path", [FULL, QUICK], ids=lambda p: p.name)
def test_the_longest_option_is_no_cue(path: Path) -> None:
    knowledge = checks(load(path))
    ratios = {item["id"]: key_ratio(item) for item in knowledge}
    longest = [item_id for item_id, ratio in ratios.items() if ratio >= 1.0]
    far_longer = [item_id for item_id, ratio in ratios.items() if ratio >= CUE_RATIO]
    assert len(longest) * 3 <= len(knowledge), longest
    assert len(far_longer) <= 2, far_longer


def test_picking_the_longest_option_scores_no_better_than_chance_per_dimension() -> None:
    # Ties split the pick evenly, as a test-wise respondent would guess among them.
    expected: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for item in checks(load(FULL)):
        (dimension,) = item["scores"]
        options = answer_options(item)
        top = max(len(o["label"]) for o in options)
        picks = [o for o in options if len(o["label"]) == top]
        expected[dimension] += sum(o["id"] == item["correct"] for o in picks) / len(picks)
        count[dimension] += 1
    for dimension, n in count.items():
        assert expected[dimension] / n <= 0.25 + 1e-9, (dimension, expected[dimension], n)


def test_the_key_is_not_always_in_the_same_place() -> None:
    knowledge = checks(load(FULL))
    positions = Counter(
        [o["id"] for o in item["options"]].index(item["correct"]) for item in knowledge
    )
    assert set(positions) == {0, 1, 2, 3}
    assert max(positions.values()) <= 0.3 * len(knowledge), positions


def test_no_other_item_lists_the_ai_rmf_functions_that_k_gov_functions_asks_for() -> None:
    functions = ("govern", "map", "measure", "manage")
    for item in all_items(load(FULL)):
        if item["id"] == "k_gov_functions":
            continue
        shown = " ".join(
            [item["text"], item.get("help", "")]
            + [o["label"] for o in item.get("options", [])]
        ).lower()
        named = [f for f in functions if re.search(rf"\b{f}\b", shown)]
        assert len(named) < 3, (item["id"], named)


def test_synonym_distractors_are_gone_from_k_soc_false_negative() -> None:
    item = next(i for i in all_items(load(FULL)) if i["id"] == "k_soc_false_negative")
    labels = " ".join(o["label"].lower() for o in item["options"])
    assert "type i" not in labels and "type ii" not in labels


def test_stem_of_k_soc_human_in_loop_does_not_state_the_policy_that_answers_it() -> None:
    item = next(i for i in all_items(load(FULL)) if i["id"] == "k_soc_human_in_loop")
    assert "human in the loop" not in item["text"].lower()


@pytest.mark.parametrize("path", [FULL, QUICK], ids=lambda p: p.name)
def test_guessing_advice_is_honest(path: Path) -> None:
    document = load(path)
    texts = [document["description"]] + [s.get("intro", "") for s in document["sections"]]
    joined = " ".join(texts).lower()
    assert "better than a guess" not in joined
    assert "guess" in joined and "luck" in joined


@pytest.mark.parametrize("path", [FULL, QUICK], ids=lambda p: p.name)
def test_credential_labels_name_oscp_plus(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"OSCP(?!\+)", text)


# Area -> (what a knowledge check cites or is, what a practice item cites or is).
Cue = set[str] | str
COVERAGE: dict[str, tuple[Cue, Cue]] = {
    "integration (registry, rollback, logging)": ({"k_ml_rollback"}, {"ml_registry"}),
    "audit evidence packages": ({"k_gov_evidence_package"}, {"gov_evidence"}),
    "AI incident response": ({"k_soc_ai_incident"}, {"soc_ai_ir"}),
    "OWASP Top 10 for LLM Applications 2025": ("OWASP LLM", "OWASP LLM"),
    "EU AI Act": ("EU AI Act", "EU AI Act"),
    "ISO/IEC 42001": ("ISO/IEC 42001", "ISO/IEC 42001"),
    "AI RMF Core": ("NIST AI RMF Core", "NIST AI RMF"),
    "NIST AI 100-2 E2025": ("NIST AI 100-2 E2025", "NIST AI 100-2 E2025"),
    "CISA Roadmap for AI": ("CISA Roadmap for AI", "CISA Roadmap for AI"),
    "FDA AI-enabled device functions and PCCPs": ("FDA PCCP", "FDA PCCP"),
    "SR 11-7 model risk": ("SR 11-7", "SR 11-7"),
    "US federal AI policy 2025": ("OMB M-25-21", "OMB M-25-21"),
    "EO 14110 revoked by EO 14148": ("EO 14148", "EO 14179"),
}


def covers(item: dict[str, Any], what: Cue) -> bool:
    if isinstance(what, set):
        return item["id"] in what
    return any(what in ref for ref in item.get("refs", []))


@pytest.mark.parametrize("area", list(COVERAGE))
def test_each_expected_area_has_a_knowledge_check_and_a_practice_item(area: str) -> None:
    knowledge_cue, practice_cue = COVERAGE[area]
    items = all_items(load(FULL))
    assert any(i["type"] == "knowledge" and covers(i, knowledge_cue) for i in items), area
    assert any(
        i["type"] == "likert" and i.get("scale") == "practice" and covers(i, practice_cue)
        for i in items
    ), area
