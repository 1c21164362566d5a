"""Building a result (SPEC 3) from a questionnaire and answers: the scores, placement,
fits and paths (`assess`), and the display context that lets a result be shown without its
questionnaire at hand."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assessor import __version__
from assessor.core.clock import now_iso
from assessor.core.errors import AssessorError
from assessor.core.format.input_rules import RESULT_LIMIT, walk_problems
from assessor.core.format.model import Item, Questionnaire, requirement_to_data
from assessor.core.integrity import integrity_hash
from assessor.core.results.files import RESULT_FORMAT
from assessor.core.scoring import score_entries
from assessor.core.scoring.career import (
    PROJECTED_MEASURES,
    fit_entries,
    milestones_done,
    path_data,
    placement,
)
from assessor.core.scoring.conditions import visibility


def build_result(
    questionnaire: Questionnaire,
    answers: Mapping[str, Any],
    *,
    respondent: str | None = None,
    completed_at: str | None = None,
) -> dict[str, Any]:
    """Score `answers` and return the SPEC 3 result, integrity included. A translated
    questionnaire's result keeps the texts as written (re-scoring compares labels) and
    records the language it was taken in (`language`, an addition to SPEC 3)."""
    language = questionnaire.language
    questionnaire = questionnaire.untranslated or questionnaire
    model = questionnaire.career
    assessment = assess(questionnaire, answers)
    result: dict[str, Any] = {
        "format": RESULT_FORMAT,
        "questionnaire": {
            "id": questionnaire.id,
            "version": questionnaire.version,
            "title": questionnaire.title,
            "sha256": questionnaire.source.sha256,
        },
        "career_model": (
            {"id": model.id, "version": model.version, "sha256": model.source.sha256}
            if model is not None and model.separate_file
            else None
        ),
        "respondent": respondent,
        "completed_at": completed_at or now_iso(),
        "complete": assessment["complete"],
        "missing": assessment["missing"],
        "answers": dict(answers),
        "scores": assessment["scores"],
        "placement": assessment["placement"],
        "clusters": assessment["clusters"],
        "paths": assessment["paths"],
        **({"milestones_done": assessment["milestones_done"]}
           if "milestones_done" in assessment else {}),
        "generator": f"assessor {__version__}",
        "display": display_context(questionnaire),
    }
    if language is not None:
        result["language"] = language
    for where, problem in walk_problems(result, RESULT_LIMIT):
        # The questionnaire's numbers are in range, so only a respondent name typed with a
        # control character (or a non-UTF-8 command line) can get here; say so, not crash.
        raise AssessorError.single(str(questionnaire.source.path or questionnaire.id),
                                   f"cannot be scored: '{where}' "
                                   f"{problem}")
    result["integrity"] = {"sha256": integrity_hash(result)}
    return result


def assess(
    questionnaire: Questionnaire, answers: Mapping[str, Any], *, with_paths: bool = True
) -> dict[str, Any]:
    """Everything a result derives from its answers: completeness, scores, placement, fits
    and (optionally, the costly part) the paths to every cluster."""
    shown = visibility(questionnaire, answers)
    scores, missing = score_entries(questionnaire, answers, shown)
    percents = {dim: entry["percent"] for dim, entry in scores.items()}
    model = questionnaire.career
    derived: dict[str, Any] = {
        "complete": not missing,
        "missing": missing,
        "scores": scores,
        "placement": None,
        "clusters": [],
        "paths": {},
    }
    if model is not None:
        # `measures_from_scores(scores)`: each entry's self and knowledge are floats or None.
        measures = {measure: {dim: entry[measure] for dim, entry in scores.items()}
                    for measure in PROJECTED_MEASURES}
        level = placement(model, percents, measures)
        derived["placement"] = {"level": level.id, "label": level.label} if level else None
        derived["clusters"] = fit_entries(model, percents, level, measures)
        done = milestones_done(questionnaire, answers, shown)
        if questionnaire.milestone_evidence:
            # An addition to SPEC 3, present only where the questionnaire declares evidence.
            derived["milestones_done"] = done
        if with_paths:
            derived["paths"] = {
                cluster.id: path_data(
                    model, percents, cluster.id, already_done=done, measures=measures
                )
                for cluster in model.clusters
            }
    return derived


def _display_item(item: Item) -> dict[str, Any]:
    shown: dict[str, Any] = {"text": item.text, "section": item.section, "type": item.type}
    # What each answer value reads as, so an answers appendix can say "Done it routinely"
    # rather than "3" when the questionnaire is not at hand.
    if item.options:
        shown["choices"] = {option.id: option.label for option in item.options}
    elif item.scale:
        shown["choices"] = {f"{point.value:g}": point.label for point in item.scale}
    return shown


def display_context(questionnaire: Questionnaire) -> dict[str, Any]:
    """An addition to SPEC 3: the labels, ladder, cluster targets and milestone details a
    report or chart needs, so a result can be shown without its questionnaire at hand."""
    model = questionnaire.career
    context: dict[str, Any] = {
        "dimensions": [{"id": d.id, "label": d.label} for d in questionnaire.dimensions],
        **_provider_context(questionnaire),
        "items": {item.id: _display_item(item) for item in questionnaire.items},
        "ladder": [],
        "clusters": [],
        "milestones": {},
        "plane": None,
    }
    if model is None:
        return context
    context["ladder"] = [
        {
            "id": level.id,
            "label": level.label,
            "description": level.description,
            "requires": requirement_to_data(level.requires),
        }
        for level in model.ladder
    ]
    context["clusters"] = [
        {
            "id": c.id,
            "label": c.label,
            "summary": c.summary,
            "ai_role": c.ai_role,
            "function": c.function,
            "target": dict(c.target),
            "weights": {d: c.weight(d) for d in c.target},
            "min_level": c.min_level,
            "refs": list(c.refs),
        }
        for c in model.clusters
    ]
    context["milestones"] = {
        m.id: {
            "title": m.title,
            "description": m.description,
            "refs": list(m.refs),
            "resources": [{"title": r.title, "url": r.url} for r in m.resources],
        }
        for m in model.milestones
    }
    context["plane"] = list(model.plane) if model.plane else None
    return context


def _provider_context(questionnaire: Questionnaire) -> dict[str, Any]:
    """`{"provider": {name, contact, website}}` for a questionnaire from an installed provider
    pack whose signature holds (or that asks for none), so reports can say who prepared the
    assessment; empty otherwise. The logo stays out: results should stay small."""
    path = questionnaire.source.path
    if path is None:
        return {}
    from assessor.core.packs import pack_for_questionnaire  # only questionnaires need it

    pack = pack_for_questionnaire(path)
    if pack is None or not pack.trusted:
        return {}
    provider = pack.provider
    return {"provider": {"name": provider.name, "contact": provider.contact,
                         "website": provider.website}}
