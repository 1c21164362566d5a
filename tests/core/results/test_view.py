"""The typed view of a result: read once from the dict, it says what the dict says, and a
damaged field reads as absent instead of raising."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.core.results.view import ResultView

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    questionnaire = load_questionnaire(REPO / "questionnaires" / "ai-cyber-career.yaml")
    answers = load_answers(REPO / "tests" / "personas" / "career-changer.yaml",
                           questionnaire).answers
    return build_result(questionnaire, answers, respondent="Alex",
                        completed_at="2026-01-02T03:04:05+00:00")


def test_the_view_says_what_the_result_says(result: dict[str, Any]) -> None:
    view = ResultView.from_data(result)
    assert view.questionnaire.id == result["questionnaire"]["id"]
    assert view.questionnaire.sha256 == result["questionnaire"]["sha256"]
    assert view.respondent == "Alex"
    assert view.completed_at == "2026-01-02T03:04:05+00:00"
    assert view.sha256 == result["integrity"]["sha256"]
    assert [dim for dim, _ in view.dimensions] == [
        d["id"] for d in result["display"]["dimensions"]]
    assert view.dimension_labels() == {d["id"]: d["label"]
                                       for d in result["display"]["dimensions"]}
    for dim, stored in result["scores"].items():
        assert view.score_value(dim) == stored["percent"]
        assert view.score_value(dim, "self") == stored["self"]
        assert view.score_value(dim, "knowledge") == stored["knowledge"]
    assert view.placement_id == result["placement"]["level"]
    assert view.placement_label == result["placement"]["label"]
    assert [(f.id, f.fit, f.ready) for f in view.fits] == [
        (c["id"], c["fit"], c["ready"]) for c in result["clusters"]]
    assert view.best_cluster_id == result["clusters"][0]["id"]
    assert [c.id for c in view.clusters] == [c["id"] for c in result["display"]["clusters"]]
    assert [r.id for r in view.ladder] == [r["id"] for r in result["display"]["ladder"]]
    assert view.ladder_requirements is not None
    assert len(view.ladder_requirements) == len(result["display"]["ladder"])
    for cluster_id, stored_path in result["paths"].items():
        path = view.path(cluster_id)
        assert path is not None
        assert [s.milestone for s in path.steps] == [s["milestone"] for s in stored_path["steps"]]
        assert path.reachable == stored_path["reachable"]
        assert path.short == tuple(stored_path["short"])
    some_milestone = next(iter(result["display"]["milestones"]))
    shown = view.milestone(some_milestone)
    assert shown is not None
    assert shown.title == result["display"]["milestones"][some_milestone]["title"]


def test_the_view_is_frozen_and_of_returns_a_view_as_is(result: dict[str, Any]) -> None:
    view = ResultView.from_data(result)
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.respondent = "someone else"  # type: ignore[misc]
    with pytest.raises(TypeError):
        view.scores["x"] = view.score("ml")  # type: ignore[index]
    assert ResultView.of(view) is view


def test_an_unknown_cluster_is_refused_with_the_known_ones(result: dict[str, Any]) -> None:
    view = ResultView.from_data(result)
    with pytest.raises(ValueError, match=r"has no cluster 'nope'.*its clusters: "):
        view.cluster("nope")


def test_a_cluster_only_fitted_is_named_by_its_fit() -> None:
    view = ResultView.from_data({"clusters": [{"id": "c", "label": "Role C", "fit": 40}]})
    assert view.cluster("c").label == "Role C"
    assert view.cluster("c").target == {}
    assert view.best_cluster_id == "c"


@pytest.mark.parametrize("damage", [
    {"scores": {"d": 5}},
    {"scores": {"d": {"percent": True}}},
    {"display": "x"},
    {"display": {"dimensions": [1], "ladder": [{"id": "a"}], "clusters": ["x"],
                 "milestones": {"m": 3}, "plane": ["d"]}},
    {"placement": 7, "clusters": [3, {"id": "c", "gaps": "x"}]},
    {"paths": {"c": {"steps": [1, {"effort_hours": -4}]}}},
])
def test_damaged_fields_read_as_absent(damage: dict[str, Any]) -> None:
    view = ResultView.from_data(damage)
    assert all(value is None for value in view.percents().values())
    assert view.placement_label is None or isinstance(view.placement_label, str)
    path = view.path("c")
    if path is not None:
        assert [step.effort_hours for step in path.steps] == [0.0]


def test_the_ladder_requirements_are_none_unless_every_rung_has_one(
        result: dict[str, Any]) -> None:
    display = dict(result["display"])
    display["ladder"] = [*display["ladder"][:-1],
                         {k: v for k, v in display["ladder"][-1].items() if k != "requires"}]
    assert ResultView.from_data({**result, "display": display}).ladder_requirements is None
    assert ResultView.from_data({}).ladder_requirements is None


def test_display_items_are_typed_and_a_fit_without_a_number_is_left_out() -> None:
    view = ResultView.from_data({
        "display": {"items": {"q1": {"text": "Years?", "choices": {"1": "One"}},
                              "q2": {"text": None}, "q3": "not an item"}},
        "clusters": [{"id": "a", "label": "A", "fit": "high"}, {"id": "b", "fit": 12}],
    })
    assert view.items["q1"].text == "Years?"
    assert view.items["q1"].choices == {"1": "One"}
    assert view.items["q2"].text is None and view.items["q2"].choices is None
    assert "q3" not in view.items
    assert [(fit.id, fit.label, fit.fit) for fit in view.fits] == [("b", "b", 12.0)]
    assert view.best_cluster_id == "b"
