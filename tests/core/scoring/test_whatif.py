"""What-if planning: ticked milestones add their raises, sliders replace a score, and the
projection's path is plan_path from there with the ticked milestones counted as done."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import CareerModel
from assessor.core.scoring import score
from assessor.core.scoring.career import cluster_fits, placement, plan_path
from assessor.core.scoring.whatif import project, projected_percents

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def setup() -> tuple[CareerModel, dict[str, float | None]]:
    questionnaire = load_questionnaire(REPO / "questionnaires" / "ai-cyber-career.yaml")
    answers = load_answers(REPO / "tests" / "personas" / "career-changer.yaml",
                           questionnaire).answers
    assert questionnaire.career is not None
    return questionnaire.career, score(questionnaire, answers).percents


def test_ticking_the_first_two_steps_matches_plan_path_from_raised_scores(
        setup: tuple[CareerModel, dict[str, float | None]]) -> None:
    model, percents = setup
    cluster = model.clusters[0].id
    base = plan_path(model, percents, cluster)
    ticked = [step.milestone.id for step in base.steps[:2]]
    raised = {d: p for d, p in percents.items()}
    for milestone_id in ticked:
        for dim, points in model.milestone(milestone_id).raises.items():
            raised[dim] = min(100.0, (raised.get(dim) or 0.0) + points)
    projection = project(model, percents, cluster, ticked)
    assert projection.percents == raised
    expected = plan_path(model, raised, cluster, already_done=ticked)
    assert projection.path.as_dict() == expected.as_dict()
    assert not {s.milestone.id for s in projection.path.steps} & set(ticked)
    assert projection.level == placement(model, raised)
    assert [(f.id, f.fit) for f in projection.fits] == \
        [(f.id, f.fit) for f in cluster_fits(model, raised)]


def test_slider_replaces_a_score_before_raises_and_is_clamped(
        setup: tuple[CareerModel, dict[str, float | None]]) -> None:
    model, percents = setup
    milestone = next(m for m in model.milestones if "ml" in m.raises)
    out = projected_percents(model, percents, [milestone.id], {"ml": 95.0, "security": 140})
    assert out["ml"] == min(100.0, 95.0 + milestone.raises["ml"])
    assert out["security"] == min(100.0, 100.0 + milestone.raises.get("security", 0))
    assert projected_percents(model, percents, ["no-such-milestone"]) == percents
