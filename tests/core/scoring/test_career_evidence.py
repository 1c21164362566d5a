"""The additive evidence keys (docs/authoring.md): `measure` in career-model conditions,
cluster `ready_when`, questionnaire `milestone_evidence` and the result's `milestones_done`.

The fixture below is small enough to score by hand: dimension `ml` has one practice item
(`p`, likert 0-4, weight 1) and one knowledge check (`k`, weight 4), so
self = 25 x p, knowledge = 100 or 0, percent = 100 x (p + 4k) / 8."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_document, load_questionnaire
from assessor.core.format.model import Questionnaire, requirement_from_data, requirement_to_data
from assessor.core.integrity import integrity_hash
from assessor.core.results import build_result, parse_result, result_to_bytes, verify_against
from assessor.core.scoring.career import milestones_done, placement, plan_path

DOC = """\
format: assessor/1
id: q
version: "1"
title: T
dimensions:
  - {id: ml, label: ML}
  - {id: sec, label: Security}
scales:
  practice:
    - {value: 0, label: Never}
    - {value: 4, label: Led}
sections:
  - id: s1
    title: S1
    items:
      - {id: p, type: likert, text: P, scale: practice, scores: ml}
      - {id: k, type: knowledge, text: K, options: [{id: a, label: A}, {id: b, label: B}], correct: a, scores: {ml: 4}}
      - {id: years, type: number, text: Y, min: 0, max: 50, bands: [{below: 1, points: 0}, {points: 1}], scores: sec}
ladder:
  - {id: base, label: Base, requires: {}}
  - {id: up, label: Up, requires: {all: [{dimension: ml, measure: self, gte: 50}, {dimension: ml, measure: knowledge, gte: 50}]}}
clusters:
  - id: c1
    label: C1
    summary: S
    ai_role: tool
    function: technical
    target: {ml: 50}
    min_level: base
    ready_when: {dimension: ml, measure: self, gte: 75}
milestones:
  - {id: intro, title: Intro, raises: {ml: 10}, effort_hours: 10}
  - {id: course, title: Course, raises: {ml: 30}, effort_hours: 20, requires: [intro]}
  - {id: project, title: Project, raises: {ml: 40}, effort_hours: 40, requires: [course]}
milestone_evidence:
  - milestone: course
    when: {answer: years, gte: 1}
"""  # `ladder:` is line 19, `ready_when:` line 30, `milestone_evidence:` line 35


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load(tmp_path: Path, text: str = DOC) -> Questionnaire:
    return load_questionnaire(write(tmp_path, text), search_dirs=[])


def refusal(tmp_path: Path, text: str) -> AssessorError:
    with pytest.raises(AssessorError) as caught:
        load_document(write(tmp_path, text), search_dirs=[])
    return caught.value


def assert_problem(error: AssessorError, line: int, fragment: str) -> None:
    matches = [p for p in error.problems if fragment in p.message]
    assert matches, f"no problem mentions {fragment!r}: {error.lines()}"
    assert matches[0].line == line, error.lines()
    assert str(matches[0]).startswith(f"{matches[0].file}:{line}:{matches[0].column}: ")


# ---- validation ----------------------------------------------------------------------------

CASES = [
    ("bad measure", DOC.replace("measure: self, gte: 50", "measure: vibes, gte: 50"), 21,
     "'measure' must be one of percent, self, knowledge"),
    ("measure not text", DOC.replace("measure: self, gte: 50", "measure: [self], gte: 50"), 21,
     "'measure'"),
    ("measure without a test", DOC.replace("{dimension: ml, measure: self, gte: 50}",
                                           "{dimension: ml, measure: self}"), 21,
     "needs one of gte, gt, lte, lt"),
    ("ready_when not a mapping", DOC.replace("ready_when: {dimension: ml, measure: self, gte: 75}",
                                             "ready_when: often"), 30, "'ready_when' must be a mapping"),
    ("ready_when unknown dimension", DOC.replace("ready_when: {dimension: ml,",
                                                 "ready_when: {dimension: gov,"), 30,
     "unknown dimension 'gov'"),
    ("ready_when bad measure", DOC.replace("ready_when: {dimension: ml, measure: self",
                                           "ready_when: {dimension: ml, measure: claims"), 30,
     "'measure' must be one of"),
    ("ready_when unknown key", DOC.replace("measure: self, gte: 75}", "measure: self, gte: 75, x: 1}"),
     30, "unknown key 'x'"),
    ("evidence for an unknown milestone", DOC.replace("  - milestone: course", "  - milestone: courze"),
     36, "unknown milestone 'courze'"),
    ("evidence on an unknown item", DOC.replace("{answer: years, gte: 1}", "{answer: yrs, gte: 1}"),
     37, "unknown item 'yrs'"),
    ("evidence test of the wrong type", DOC.replace("{answer: years, gte: 1}",
                                                    "{answer: k, equals: z}"), 37, "'z'"),
    ("evidence without a condition", DOC.replace("    when: {answer: years, gte: 1}\n", ""), 36,
     "'when'"),
    ("evidence entry unknown key", DOC.replace("    when: {answer: years", "    whan: 1\n    when: {answer: years"),
     37, "unknown key 'whan'"),
    ("evidence not a list", DOC.split("milestone_evidence:", maxsplit=1)[0] + "milestone_evidence: course\n",
     35, "'milestone_evidence'"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_new_keys_are_validated_with_their_line(
    tmp_path: Path, text: str, line: int, fragment: str
) -> None:
    assert_problem(refusal(tmp_path, text), line, fragment)


def test_evidence_needs_a_career_model(tmp_path: Path) -> None:
    text = DOC.split("ladder:", maxsplit=1)[0] + "milestone_evidence:\n  - {milestone: m, when: {answer: p, gte: 1}}\n"
    assert_problem(refusal(tmp_path, text), 19, "needs a career model")


def test_the_shipped_schema_knows_the_new_keys(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, DOC), search_dirs=[], schema_check=True)
    assert isinstance(document, Questionnaire)
    bad = DOC.replace("measure: self, gte: 50", "measure: vibes, gte: 50")
    with pytest.raises(AssessorError):
        load_document(write(tmp_path, bad), search_dirs=[], schema_check=True)


# ---- `measure` -------------------------------------------------------------------------------


def test_measure_tests_self_or_knowledge_not_the_percent(tmp_path: Path) -> None:
    questionnaire = load(tmp_path)
    model = questionnaire.career
    assert model is not None
    # percent 62.5 either way; only claims (self) AND knowledge together reach `up`.
    quiz_only = {"self": {"ml": 0.0}, "knowledge": {"ml": 100.0}}
    claims_only = {"self": {"ml": 100.0}, "knowledge": {"ml": 0.0}}
    both = {"self": {"ml": 50.0}, "knowledge": {"ml": 100.0}}
    assert placement(model, {"ml": 62.5}, quiz_only).id == "base"  # type: ignore[union-attr]
    assert placement(model, {"ml": 62.5}, claims_only).id == "base"  # type: ignore[union-attr]
    assert placement(model, {"ml": 75.0}, both).id == "up"  # type: ignore[union-attr]


def test_a_null_or_absent_measure_fails_the_test(tmp_path: Path) -> None:
    model = load(tmp_path).career
    assert model is not None
    assert placement(model, {"ml": 100.0}, {"self": {"ml": 100.0}, "knowledge": {"ml": None}}).id == "base"  # type: ignore[union-attr]
    assert placement(model, {"ml": 100.0}, {"self": {"ml": 100.0}}).id == "base"  # type: ignore[union-attr]
    assert placement(model, {"ml": 100.0}).id == "base"  # type: ignore[union-attr]


@pytest.mark.parametrize("data", [
    {"dimension": "ml", "measure": "self", "gte": 40.0},
    {"all": [{"dimension": "ml", "measure": "knowledge", "gte": 50.0},
             {"dimension": "ml", "gte": 30.0}]},
])
def test_measure_round_trips_through_result_data(data: dict[str, Any]) -> None:
    requirement = requirement_from_data(data)
    assert requirement is not None
    assert requirement_to_data(requirement) == data


@pytest.mark.parametrize("data", [
    {"dimension": "ml", "measure": "vibes", "gte": 1},
    {"dimension": "ml", "measure": "self"},
    {"dimension": "ml", "measure": "self", "gte": 1, "extra": 1},
])
def test_bad_measures_in_result_data_are_rejected(data: dict[str, Any]) -> None:
    assert requirement_from_data(data) is None


# ---- scoring a whole answer set ----------------------------------------------------------------


def result_for(questionnaire: Questionnaire, answers: dict[str, Any]) -> dict[str, Any]:
    return build_result(questionnaire, answers, completed_at="2026-01-01T00:00:00+00:00")


def test_quiz_alone_neither_places_nor_makes_ready(tmp_path: Path) -> None:
    result = result_for(load(tmp_path), {"p": 0, "k": "a", "years": 0})
    assert result["scores"]["ml"]["percent"] == 50.0  # target met by the percent ...
    assert result["placement"]["level"] == "base"
    fit = result["clusters"][0]
    assert fit["fit"] == 100.0 and fit["gaps"] == {}
    assert fit["ready"] is False  # ... but ready_when asks for claimed practice


def test_ready_when_joins_the_spec_readiness(tmp_path: Path) -> None:
    questionnaire = load(tmp_path)
    ready = result_for(questionnaire, {"p": 4, "k": "b", "years": 0})  # percent 50, self 100
    assert ready["clusters"][0]["ready"] is True
    not_ready = result_for(questionnaire, {"p": 2, "k": "a", "years": 0})  # self 50 < 75
    assert not_ready["placement"]["level"] == "up"
    assert not_ready["clusters"][0]["ready"] is False


def test_done_milestones_are_listed(tmp_path: Path) -> None:
    questionnaire = load(tmp_path)
    # `course` is shown done; its prerequisite `intro` is not implied.
    assert milestones_done(questionnaire, {"p": 0, "k": "b", "years": 3}) == ["course"]
    assert milestones_done(questionnaire, {"p": 0, "k": "b", "years": 0}) == []
    result = result_for(questionnaire, {"p": 0, "k": "b", "years": 3})
    assert result["milestones_done"] == ["course"]


def test_paths_never_propose_done_work_nor_add_its_raises_again(tmp_path: Path) -> None:
    questionnaire = load(tmp_path)
    result = result_for(questionnaire, {"p": 0, "k": "b", "years": 3})  # ml percent 0
    steps = result["paths"]["c1"]["steps"]
    # `course` counts as taken: it is never a step, satisfies `project`'s prerequisite and
    # adds nothing. `intro` (1 point/hour, first in the file) ties with `project` alone.
    assert [s["milestone"] for s in steps] == ["intro", "project"]
    assert [s["projected"]["ml"] for s in steps] == [10, 50]
    newcomer = result_for(questionnaire, {"p": 0, "k": "b", "years": 0})
    assert [s["milestone"] for s in newcomer["paths"]["c1"]["steps"]] == ["intro", "course", "project"]


def test_path_steps_project_self_and_knowledge_too(tmp_path: Path) -> None:
    model = load(tmp_path).career
    assert model is not None
    path = plan_path(model, {"ml": 0.0}, "c1",
                     measures={"self": {"ml": 0.0}, "knowledge": {"ml": 0.0}})
    # intro (+10), course (+30): self and knowledge 40; project (+40): 80, so `up` is reached.
    assert [s.level.id for s in path.steps if s.level] == ["base", "base", "up"]


def test_documents_without_the_keys_keep_the_spec_result(tmp_path: Path) -> None:
    plain = DOC.split("milestone_evidence:", maxsplit=1)[0]
    result = result_for(load(tmp_path, plain), {"p": 0, "k": "b", "years": 3})
    assert "milestones_done" not in result
    assert next(s["milestone"] for s in result["paths"]["c1"]["steps"]) == "intro"


def test_an_edited_milestones_done_is_refused_on_rescoring(tmp_path: Path) -> None:
    questionnaire = load(tmp_path)
    result = result_for(questionnaire, {"p": 0, "k": "b", "years": 3})
    verify_against(parse_result(result_to_bytes(result), "r.json"), questionnaire, "r.json")
    edited = dict(result, milestones_done=["intro", "course"])
    edited.pop("integrity")
    edited = build_like(edited)
    with pytest.raises(AssessorError, match="milestones done"):
        verify_against(edited, questionnaire, "r.json")


def build_like(result: dict[str, Any]) -> dict[str, Any]:
    """A hand-made result with a valid integrity hash, read back as a file would be."""
    result["integrity"] = {"sha256": integrity_hash(result)}
    return parse_result(result_to_bytes(result), "r.json")


def test_a_result_with_a_malformed_milestones_done_is_refused() -> None:
    base: dict[str, Any] = {
        "format": "assessor-result/1", "questionnaire": {"id": "q", "sha256": "0" * 64},
        "completed_at": "x", "complete": True, "missing": [], "answers": {}, "scores": {},
        "clusters": [], "milestones_done": [3],
    }
    with pytest.raises(AssessorError, match="milestones_done"):
        build_like(base)


def test_paths_aim_at_ready_when_as_well_as_the_targets(tmp_path: Path) -> None:
    questionnaire = load(tmp_path)
    # Quiz only: percent 50 meets the target, but ready_when asks for self >= 75.
    result = result_for(questionnaire, {"p": 0, "k": "a", "years": 0})
    path = result["paths"]["c1"]
    # intro (+10), course (+30), project (+40) project self to 80: the path leads to ready.
    assert [s["milestone"] for s in path["steps"]] == ["intro", "course", "project"]
    assert path["reachable"] is True and path["short"] == []
    model = questionnaire.career
    assert model is not None
    short = plan_path(model, {"ml": 50.0}, "c1", already_done=["intro", "course", "project"],
                      measures={"self": {"ml": 0.0}, "knowledge": {"ml": 100.0}})
    assert short.steps == [] and short.reachable is False and short.short == ["ml"]


def test_clusters_without_ready_when_keep_the_spec_path(tmp_path: Path) -> None:
    plain = DOC.replace("    ready_when: {dimension: ml, measure: self, gte: 75}\n", "")
    result = result_for(load(tmp_path, plain), {"p": 0, "k": "a", "years": 0})
    assert result["paths"]["c1"] == {"reachable": True, "steps": [], "total_effort_hours": 0,
                                     "short": []}
