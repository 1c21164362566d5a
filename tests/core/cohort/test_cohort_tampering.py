"""Every edit a learner can make to their own result is still refused by a cohort import
that re-scores (SPEC 3), whatever shortcut reading and re-scoring take (issue 16): the
editor recomputes the integrity hash, so only re-scoring can tell. Each edit is checked on
its own file, amid untouched results of the same questionnaire (so every keep and plan
the cohort builds has been filled by valid results first), with the reason it must give."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assessor.core.cohort import import_results
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.results import build_result, integrity_hash, write_result
from tests.cohort_factory import random_answers
from tests.conftest import TEST_DATA

Edit = Callable[[dict[str, Any]], None]
# Placed at "entry", not ready for either cluster, a step on each path, "certified" unanswered.
ANSWERS = {"role": "analyst", "tools": ["splunk", "excel"], "years": 31, "trained": 3,
           "avoided": 0, "poison": "t0051", "rmf": "detect", "gt-test": False,
           "lt-test": False, "lte-test": True, "in-test": True, "ne-test": False,
           "inc-test": True, "answered-test": False, "combo": "QJMUayY VGZiHXJnB"}


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_questionnaire(TEST_DATA / "all_types.yaml")


def _stepped(questionnaire: Questionnaire) -> dict[str, Any]:
    """A result whose every path has steps (so edits to steps have something to change)."""
    result = build_result(questionnaire, ANSWERS, respondent="Ann")
    assert all(path["steps"] for path in result["paths"].values())
    assert result["placement"] == {"level": "entry", "label": "Entry"}
    assert result["complete"] and not any(fit["ready"] for fit in result["clusters"])
    return json.loads(json.dumps(result))  # type: ignore[no-any-return]


def _set(path: str, value: Any) -> Edit:
    def change(result: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        holder: Any = result
        for key in parents:
            holder = holder[int(key)] if isinstance(holder, list) else holder[key]
        holder[int(last) if isinstance(holder, list) else last] = value
    return change


def _bump(path: str, by: float) -> Edit:
    def change(result: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        holder: Any = result
        for key in parents:
            holder = holder[int(key)] if isinstance(holder, list) else holder[key]
        holder[int(last) if isinstance(holder, list) else last] += by
    return change


def _flip(path: str) -> Edit:
    def change(result: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        holder: Any = result
        for key in parents:
            holder = holder[int(key)] if isinstance(holder, list) else holder[key]
        holder[last] = not holder[last]
    return change


def _swap_clusters(result: dict[str, Any]) -> None:
    result["clusters"].reverse()


def _extra_gap(result: dict[str, Any]) -> None:
    result["clusters"][0]["gaps"]["gov"] = 5.0


def _drop_step(result: dict[str, Any]) -> None:
    result["paths"]["builder"]["steps"].pop()


def _flip_ready(result: dict[str, Any]) -> None:
    result["clusters"][0]["ready"] = not result["clusters"][0]["ready"]


def _answer_changed(result: dict[str, Any]) -> None:
    result["answers"]["trained"] = 1


def _answer_added(result: dict[str, Any]) -> None:
    result["answers"]["certified"] = True


def _answer_out_of_scale(result: dict[str, Any]) -> None:
    result["answers"]["trained"] = 7


def _answer_as_bool(result: dict[str, Any]) -> None:
    result["answers"]["trained"] = True  # true is not 1 to a likert item


def _display_item_text(result: dict[str, Any]) -> None:
    result["display"]["items"]["role"]["text"] = "Your role (edited)"


def _display_resource(result: dict[str, Any]) -> None:
    result["display"]["milestones"]["rmf-course"]["resources"][0]["url"] = "https://evil.test"


def _display_target(result: dict[str, Any]) -> None:
    result["display"]["clusters"][0]["target"]["ml"] = 10


def _display_provider(result: dict[str, Any]) -> None:
    result["display"]["provider"] = {"name": "Someone", "contact": None, "website": None}


EDITS: dict[str, tuple[Edit, str]] = {
    "a raised percent": (_bump("scores/ml/percent", 1.0), "different scores"),
    "a raised raw score": (_bump("scores/sec/raw", 1), "different scores"),
    "a changed coverage": (_set("scores/gov/coverage", 0.5), "different scores"),
    "a percent made null": (_set("scores/ml/percent", None), "different scores"),
    "an answer changed under its scores": (_answer_changed, "different scores"),
    "an answer added": (_answer_added, "different scores"),
    "an answer off the scale": (_answer_out_of_scale, "do not fit the questionnaire"),
    "an answer true for 1": (_answer_as_bool, "do not fit the questionnaire"),
    "completeness flipped": (_set("complete", False), "different completeness"),
    "a missing answer made up": (_set("missing", ["rmf"]), "list of missing answers"),
    "another level": (_set("placement/level", "senior"), "different placement"),
    "another level label": (_set("placement/label", "Senior"), "different placement"),
    "no placement": (_set("placement", None), "different placement"),
    "a raised fit": (_bump("clusters/0/fit", 0.1), "different cluster fits"),
    "clusters reordered": (_swap_clusters, "different cluster fits"),
    "a gap made up": (_extra_gap, "different cluster fits"),
    "readiness flipped": (_flip_ready, "different cluster fits"),
    "a cluster relabelled": (_set("clusters/1/label", "Chief"), "different cluster fits"),
    "a projected percent": (_bump("paths/builder/steps/0/projected/ml", 5.0), "different paths"),
    "a step dropped": (_drop_step, "different paths"),
    "a path's reach flipped": (_flip("paths/auditor/reachable"), "different paths"),
    "an effort changed": (_set("paths/builder/total_effort_hours", 1), "different paths"),
    "a step's level": (_set("paths/builder/steps/0/level", "starter"), "different paths"),
    "an item's text": (_display_item_text, "different display block ('items'"),
    "a resource link": (_display_resource, "different display block ('milestones'"),
    "a cluster target shown": (_display_target, "different display block ('clusters'"),
    "a provider made up": (_display_provider, "names a provider"),
    "the questionnaire's title": (_set("questionnaire/title", "Other"),
                                  "states questionnaire title"),
    "the questionnaire's version": (_set("questionnaire/version", "9"), "questionnaire"),
}


def _cohort(questionnaire: Questionnaire, folder: Path, tampered: dict[str, Any],
            count: int = 12) -> list[Path]:
    """Valid results first (filling every keep), then the tampered one, then more."""
    rng = random.Random(3)
    paths = []
    for index in range(count):
        result = build_result(questionnaire, random_answers(questionnaire, rng),
                              respondent=f"R{index}")
        paths.append(folder / f"valid-{index:02d}.json")
        write_result(result, paths[-1])
    paths.insert(count // 2, folder / "tampered.json")
    write_result(tampered, paths[count // 2])
    return paths


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edit_with_its_hash_recomputed_is_refused_with_its_reason(
        tmp_path: Path, questionnaire: Questionnaire, edit: str) -> None:
    change, reason = EDITS[edit]
    result = _stepped(questionnaire)
    original = copy.deepcopy(result)
    change(result)
    assert result != original or json.dumps(result) != json.dumps(original)  # it edits
    result["integrity"] = {"sha256": integrity_hash(result)}
    outcome = import_results(_cohort(questionnaire, tmp_path, result), [questionnaire])
    assert [refusal.source for refusal in outcome.refused] == [str(tmp_path / "tampered.json")]
    line = outcome.refused[0].reason
    assert reason in line and "\n" not in line, line
    assert len(outcome.entries) == 12 and all(entry.rescored for entry in outcome.entries)


@pytest.mark.parametrize("edit", ["a raised percent", "an item's text", "clusters reordered"])
def test_an_edit_without_its_hash_recomputed_fails_the_integrity_check(
        tmp_path: Path, questionnaire: Questionnaire, edit: str) -> None:
    result = _stepped(questionnaire)
    result["integrity"] = {"sha256": integrity_hash(result)}
    EDITS[edit][0](result)
    outcome = import_results(_cohort(questionnaire, tmp_path, result), [questionnaire])
    assert len(outcome.refused) == 1
    assert "failed its integrity check" in outcome.refused[0].reason


def _reordered(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _reordered(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [_reordered(item) for item in value]
    return value


def test_keys_in_another_order_are_the_same_result(tmp_path: Path,
                                                  questionnaire: Questionnaire) -> None:
    """The hash is over canonical JSON (sorted keys): a file whose every mapping lists its
    keys in reverse is the very same result, re-scored and accepted."""
    result = _stepped(questionnaire)
    result["integrity"] = {"sha256": integrity_hash(result)}
    outcome = import_results(_cohort(questionnaire, tmp_path, _reordered(result)),
                             [questionnaire])
    assert outcome.refused == [] and len(outcome.entries) == 13
    assert all(entry.rescored for entry in outcome.entries)


def test_a_number_within_the_tolerance_still_passes(tmp_path: Path,
                                                    questionnaire: Questionnaire) -> None:
    """Re-scoring on another machine may differ in a float's last bits (1e-6 is allowed):
    no shortcut may be stricter than that rule either."""
    result = _stepped(questionnaire)
    result["scores"]["sec"]["percent"] += 1e-9
    result["clusters"][0]["fit"] += 1e-9
    result["integrity"] = {"sha256": integrity_hash(result)}
    outcome = import_results(_cohort(questionnaire, tmp_path, result), [questionnaire])
    assert outcome.refused == [] and len(outcome.entries) == 13


HOSTILE = {
    "not JSON": b"{\"format\": ",
    "a byte-order mark then nothing": b"\xef\xbb\xbf",
    "UTF-16": "{}".encode("utf-16"),
    "NaN": b'{"format": "assessor-result/1", "x": NaN}',
    "a huge exponent": b'{"format": "assessor-result/1", "x": 1e400}',
    "a huge integer": b'{"format": "assessor-result/1", "x": ' + b"9" * 5000 + b"}",
    "a NUL escape": b'{"format": "assessor-result/1", "respondent": "a\\u0000b"}',
    "a lone surrogate": b'{"format": "assessor-result/1", "respondent": "\\ud800"}',
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "a list": b"[]",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_amid_a_cohort_are_refused_in_one_line(
        tmp_path: Path, questionnaire: Questionnaire, case: str) -> None:
    paths = _cohort(questionnaire, tmp_path, _stepped(questionnaire))
    paths[len(paths) // 2].write_bytes(HOSTILE[case])
    outcome = import_results(paths, [questionnaire])
    assert len(outcome.refused) == 1 and len(outcome.entries) == 12
    line = outcome.refused[0].reason
    assert line.startswith(str(tmp_path / "tampered.json")) and "\n" not in line, line
    assert "internal error" not in line, line


def test_a_tampered_copy_of_a_block_seen_before_is_not_taken_for_it(
        tmp_path: Path, questionnaire: Questionnaire) -> None:
    """The display block's keeps hold what passed; an edited copy met after the original
    is compared afresh (its exact serialization differs), and refused."""
    valid = _stepped(questionnaire)
    valid["respondent"] = "Bo"
    valid["integrity"] = {"sha256": integrity_hash(valid)}
    tampered = copy.deepcopy(valid)
    tampered["display"]["dimensions"][0]["label"] = "Machine learning (edited)"
    tampered["integrity"] = {"sha256": integrity_hash(tampered)}
    paths = _cohort(questionnaire, tmp_path, tampered)
    write_result(valid, tmp_path / "valid-first.json")
    outcome = import_results([tmp_path / "valid-first.json", *paths], [questionnaire])
    assert [refusal.source for refusal in outcome.refused] == [str(tmp_path / "tampered.json")]
    assert "'dimensions'" in outcome.refused[0].reason
