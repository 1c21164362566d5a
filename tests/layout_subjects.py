"""What the layout check draws: results of the shipped questionnaires for several personas
in `tests/personas/`, one of them with every name made long, histories over different spans
and a cohort of the full assessment. Built by the core, never written by hand."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.paths import shipped_questionnaire_dir

PERSONAS = Path(__file__).resolve().parent / "personas"
FULL = ("ml-engineer-no-security", "policy-lawyer-no-security", "career-changer")
QUICK = ("quick-soc-analyst",)
LONG = " and the related specialist practice in regulated organisations"


@functools.cache
def questionnaire(qid: str) -> Questionnaire:
    return load_questionnaire(shipped_questionnaire_dir() / f"{qid}.yaml")


@functools.cache
def _persona_result(name: str) -> dict[str, Any]:
    from assessor.core.results import build_result

    path = PERSONAS / f"{name}.yaml"
    qid = "ai-cyber-quick" if name.startswith("quick-") else "ai-cyber-career"
    answers = load_answers(path, questionnaire(qid))
    return build_result(questionnaire(qid), answers.answers, respondent=answers.respondent,
                        completed_at="2026-11-26T10:58:00+00:00")


def persona_result(name: str) -> dict[str, Any]:
    if name == "long-names":
        return long_names(_persona_result("soc-analyst-no-ml"))
    return copy.deepcopy(_persona_result(name))


def persona_names() -> list[str]:
    return [*FULL, *QUICK, "long-names"]


def long_names(result: dict[str, Any]) -> dict[str, Any]:
    """Every name a chart shows — dimensions, rungs, roles, milestones — made much longer,
    as a provider's own questionnaire may have them."""
    result = copy.deepcopy(result)
    display = result["display"]
    for entry in (*display["dimensions"], *display["ladder"], *display["clusters"]):
        entry["label"] = entry["label"] + LONG
    for milestone in display.get("milestones", {}).values():
        milestone["title"] = milestone.get("title", "") + LONG
    labels = {c["id"]: c["label"] for c in display["clusters"]}
    for fit in result["clusters"]:
        fit["label"] = labels.get(fit["id"], fit["label"])
    for path in result.get("paths", {}).values():
        for step in path.get("steps", []):
            step["title"] = step["title"] + LONG
    if result.get("placement"):
        levels = {lvl["id"]: lvl["label"] for lvl in display["ladder"]}
        result["placement"]["label"] = levels[result["placement"]["level"]]
    return result


def history(span: str) -> list[dict[str, Any]]:
    """Results of one person over a span: one result, one day, weeks or years."""
    base = _persona_result("career-changer")
    later = _persona_result("ml-engineer-no-security")
    stamps = {
        "single": ["2026-12-02T09:00:00+00:00"],
        "one-day": ["2026-12-02T09:00:00+00:00", "2026-12-02T16:30:00+00:00"],
        "weeks": ["2026-10-01T09:00:00+00:00", "2026-10-15T09:00:00+00:00",
                  "2026-11-20T09:00:00+00:00"],
        "years": ["2023-03-01T09:00:00+00:00", "2024-09-01T09:00:00+00:00",
                  "2026-11-26T09:00:00+00:00"],
    }[span]
    results = []
    for index, stamp in enumerate(stamps):
        result = copy.deepcopy(later if index == len(stamps) - 1 and index else base)
        result["completed_at"] = stamp
        results.append(result)
    return results


HISTORY_SPANS = ("single", "one-day", "weeks", "years")


@functools.cache
def cohort_dashboard(folder: Path) -> Any:
    """A cohort of 40 generated results of the full assessment, nothing hidden."""
    from assessor.core.cohort import import_results
    from assessor.core.cohort.dashboard import build_dashboard
    from tests.cohort_factory import write_cohort

    full = questionnaire("ai-cyber-career")
    entries = import_results(write_cohort(full, folder, 40, seed=12), [full]).entries
    return build_dashboard(entries, min_group=1)
