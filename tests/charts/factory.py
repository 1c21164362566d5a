"""Real results to chart and report: built by the core from questionnaire files, never
written by hand, so the charts and reports are tested against what users will have."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result

DATA = Path(__file__).resolve().parent.parent / "data"
CAREER = DATA / "report-career.yaml"
ANSWERS = DATA / "report-answers.yaml"

# Texts a questionnaire author (or an attacker) might write; drawn and printed literally.
MATH = "$x^2$ and $\\undefined{"
TAG = "<img src=x onerror=alert(1)>"
FORMULA = '=HYPERLINK("http://evil.example/x","click")'
SHORT_HOSTILE = "Course $x^2$ <b>x</b>"  # short enough to stay whole in tick labels


def _document() -> dict[str, Any]:
    loaded = yaml.safe_load(CAREER.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _answers() -> dict[str, Any]:
    loaded = yaml.safe_load(ANSWERS.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return dict(loaded["answers"])


def result_from(document: dict[str, Any], answers: dict[str, Any], folder: Path,
                completed_at: str | None = None) -> dict[str, Any]:
    path = folder / f"{document['id']}.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    questionnaire = load_questionnaire(path)
    return build_result(questionnaire, answers, respondent="Pat Example",
                        completed_at=completed_at)


def career_result(folder: Path) -> dict[str, Any]:
    """Five dimensions, a four-rung ladder, four clusters, one unreachable path."""
    questionnaire = load_questionnaire(CAREER)
    answer_set = load_answers(ANSWERS, questionnaire)
    return build_result(questionnaire, answer_set.answers, respondent=answer_set.respondent,
                        completed_at="2025-06-01T10:00:00+02:00")


def hostile_result(folder: Path) -> dict[str, Any]:
    """The same questionnaire with mathtext, markup and formulas in every kind of label."""
    document = copy.deepcopy(_document())
    document["title"] = f"{TAG} Skills {MATH}"
    document["dimensions"][0]["label"] = f"ML {MATH}"
    document["dimensions"][1]["label"] = f"Security {TAG}"
    document["ladder"][1]["label"] = f"Entry {MATH}"
    document["ladder"][2]["label"] = f"Practitioner {MATH}"
    document["ladder"][3]["description"] = f"Needs {TAG} and {MATH}"
    document["clusters"][0]["label"] = f"Engineer {MATH}"
    document["clusters"][1]["label"] = FORMULA
    document["milestones"][4]["title"] = SHORT_HOSTILE
    document["milestones"][0]["resources"] = [
        {"title": f"Notes {TAG}"},
        {"title": "Real notes", "url": "https://example.org/\"onmouseover=alert(1)"},
    ]
    document["sections"][0]["items"][0]["text"] = f"I train {TAG} models {MATH}"
    answers = _answers()
    answers["notes"] = f"{FORMULA} {TAG}"
    answers["role"] = "secops"  # ml and security 50%+: placed on a hostile rung
    answers["sec_threat"] = 5
    return result_from(document, answers, folder)


def no_model_result(folder: Path) -> dict[str, Any]:
    document = _document()
    for key in ("ladder", "clusters", "milestones", "plane"):
        document.pop(key, None)
    return result_from(document, _answers(), folder)


def one_dimension_result(folder: Path) -> dict[str, Any]:
    document = {
        "format": "assessor/1", "id": "one-dim", "version": "1", "title": "One dimension",
        "dimensions": [{"id": "ml", "label": "Machine learning"}],
        "scales": {"s": [{"value": 1, "label": "Low"}, {"value": 5, "label": "High"}]},
        "sections": [{"id": "a", "title": "A", "items": [
            {"id": "q", "type": "likert", "scale": "s", "scores": "ml", "text": "Q"}]}],
        "ladder": [{"id": "start", "label": "Start", "requires": {}},
                   {"id": "done", "label": "Done", "requires": {"dimension": "ml", "gte": 90}}],
        "clusters": [{"id": "c", "label": "Only role", "summary": "s", "ai_role": "both",
                      "function": "operations", "target": {"ml": 80}, "min_level": "done"}],
        "milestones": [{"id": "m", "title": "Practice", "raises": {"ml": 50},
                        "effort_hours": 5}],
    }
    return result_from(document, {"q": 2}, folder)


def unscored_result(folder: Path) -> dict[str, Any]:
    """Optional items left blank: security has no percent, knowledge percents are None,
    the ladder placement fails on the missing score, paths start from zero."""
    document = _document()
    for section in document["sections"]:
        for item in section["items"]:
            item["required"] = False
    answers = {"ml_train": 5, "ml_python": 4, "adv_poison": 2}
    return result_from(document, answers, folder)
