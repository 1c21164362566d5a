"""Results (SPEC 3). The package owns a result: building it and reading and writing result
files (here: canonical JSON, integrity, the shape check, verifying against a questionnaire),
the re-scoring rules (`rescoring.py`), the tolerant field reader (`data.py`), CSV export,
free-text answers, a client's history and importing result files into the store."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assessor import __version__
from assessor.core.atomic import write_atomic
from assessor.core.clock import now_iso
from assessor.core.errors import AssessorError
from assessor.core.format.answers import check_answers
from assessor.core.format.input_rules import (
    RESULT_LIMIT,
    loads_checking_numbers,
    locate_in_json,
    walk_problems,
)
from assessor.core.format.model import Item, Questionnaire, requirement_to_data
from assessor.core.format.versions import READABLE_MAJOR, format_major
from assessor.core.format.yamlsafe import MAX_FILE_BYTES, read_limited, refuse_oversized_json
from assessor.core.integrity import canonical_json, integrity_hash
from assessor.core.scoring import score
from assessor.core.scoring.career import (
    cluster_fits,
    measures_from_scores,
    milestones_done,
    placement,
    plan_path,
)

# canonical_json and integrity_hash live in integrity.py and are re-exported for callers.
__all__ = [
    "RESULT_FORMAT", "assess", "build_result", "canonical_json", "display_context",
    "integrity_hash", "now_iso", "parse_result", "read_result_file", "result_to_bytes",
    "same_career_model", "verify_against", "write_result",
]

RESULT_FORMAT = "assessor-result/1"
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
# Re-scoring on another machine may differ in the last bits of a float.
_TOLERANCE = 1e-6


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
    scores = score(questionnaire, answers)
    percents = scores.percents
    model = questionnaire.career
    derived: dict[str, Any] = {
        "complete": scores.complete,
        "missing": scores.missing,
        "scores": {dim: s.as_dict() for dim, s in scores.dimensions.items()},
        "placement": None,
        "clusters": [],
        "paths": {},
    }
    if model is not None:
        measures = measures_from_scores(derived["scores"])
        level = placement(model, percents, measures)
        derived["placement"] = {"level": level.id, "label": level.label} if level else None
        derived["clusters"] = [
            fit.as_dict() for fit in cluster_fits(model, percents, level, measures)
        ]
        done = milestones_done(questionnaire, answers)
        if questionnaire.milestone_evidence:
            # An addition to SPEC 3, present only where the questionnaire declares evidence.
            derived["milestones_done"] = done
        if with_paths:
            derived["paths"] = {
                cluster.id: plan_path(
                    model, percents, cluster.id, already_done=done, measures=measures
                ).as_dict()
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


def result_to_bytes(result: Mapping[str, Any]) -> bytes:
    return (json.dumps(result, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode()


def write_result(result: Mapping[str, Any], path: Path | str) -> None:
    write_atomic(Path(path), result_to_bytes(result))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a result")


def parse_result(data: bytes, name: str) -> dict[str, Any]:
    """Parse and check a result file's bytes: size, JSON, format version, integrity."""
    if len(data) > MAX_FILE_BYTES:
        raise AssessorError.single(name, "is larger than 5 MiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise AssessorError.single(name, "is not valid UTF-8") from None
    refuse_oversized_json(text, name)
    try:
        value, may_break_rules = loads_checking_numbers(text, RESULT_LIMIT, _refuse_constant)
    except json.JSONDecodeError as exc:
        raise AssessorError.single(
            name, f"is not valid JSON: {exc.msg}", exc.lineno, exc.colno
        ) from None
    except (ValueError, RecursionError) as exc:
        raise AssessorError.single(name, f"is not a valid result: {exc}") from None
    if not isinstance(value, dict):
        raise AssessorError.single(name, "is not a result (expected a JSON object)", 1, 1)
    problems = walk_problems(value, RESULT_LIMIT) if may_break_rules else ()
    for where, problem in problems:
        line, column = locate_in_json(text, RESULT_LIMIT) or (None, None)
        raise AssessorError.single(name, f"is not a valid result: '{where}' {problem}",
                                   line, column)
    fmt = value.get("format")
    major = format_major(fmt, "assessor-result", minor=False)
    if major is None:
        raise AssessorError.single(name, f"is not an Assessor result (format {fmt!r})")
    if major != READABLE_MAJOR:
        raise AssessorError.single(
            name,
            f"has result format {fmt}, newer than this version of Assessor reads "
            f"({RESULT_FORMAT}); update Assessor",
        )
    _check_shape(value, name)
    stored = value.get("integrity")
    expected = stored.get("sha256") if isinstance(stored, dict) else None
    if not isinstance(expected, str):
        raise AssessorError.single(name, "has no integrity hash")
    if integrity_hash(value) != expected.lower():
        raise AssessorError.single(
            name, "failed its integrity check: the file was changed or damaged after export"
        )
    return value


class _Shape:
    """Checks the inner shape of a result, so views and exports can rely on it: a file
    whose integrity hash holds may still have been written by hand (anyone can recompute
    the hash), and must then be refused with a reason, not crash whatever reads it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, expected: str) -> AssessorError:
        return AssessorError.single(
            self.name, f"is not a valid result: '{where}' must be {expected}")

    def of(self, value: Any, where: str, kinds: tuple[type, ...], expected: str) -> Any:
        if isinstance(value, bool) and bool not in kinds:
            raise self.fail(where, expected)
        if not isinstance(value, kinds):
            raise self.fail(where, expected)
        return value

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        return self.of(value, where, (dict,), "a mapping")  # type: ignore[no-any-return]

    def listing(self, value: Any, where: str) -> list[Any]:
        return self.of(value, where, (list,), "a list")  # type: ignore[no-any-return]

    def text(self, value: Any, where: str, *, optional: bool = False) -> None:
        if optional and value is None:
            return
        self.of(value, where, (str,), "text")

    def number(self, value: Any, where: str, *, optional: bool = False) -> None:
        if optional and value is None:
            return
        self.of(value, where, (int, float), "a number")

    def texts(self, value: Any, where: str) -> None:
        for index, entry in enumerate(self.listing(value, where)):
            self.text(entry, f"{where}[{index}]")

    def records(self, value: Any, where: str, fields: dict[str, str]) -> None:
        for index, entry in enumerate(self.listing(value, where)):
            self.record(entry, f"{where}[{index}]", fields)

    def record(self, value: Any, where: str, fields: dict[str, str]) -> None:
        """`fields`: key -> kind, one of text, text?, number, number?, bool, map, list."""
        entry = self.mapping(value, where)
        for key, spec in fields.items():
            item, at = entry.get(key), f"{where}.{key}"
            optional = spec.endswith("?")
            kind = spec.rstrip("?")
            if kind == "text":
                self.text(item, at, optional=optional)
            elif kind == "number":
                self.number(item, at, optional=optional)
            elif kind == "bool":
                self.of(item, at, (bool,), "true or false")
            elif kind == "map" and not (optional and item is None):
                self.mapping(item, at)
            elif kind == "list" and not (optional and item is None):
                self.listing(item, at)


def _check_sha256(shape: _Shape, value: str, where: str) -> None:
    # One spelling only: an upper-case or otherwise altered hash would match no file and so
    # quietly turn a re-scorable result into one checked by its integrity hash alone.
    if not _SHA256_RE.fullmatch(value):
        raise shape.fail(where, "64 lower-case hexadecimal digits")


def _check_shape(value: dict[str, Any], name: str) -> None:
    shape = _Shape(name)
    shape.record(value, "result", {
        "questionnaire": "map", "answers": "map", "scores": "map", "clusters": "list",
        "complete": "bool", "missing": "list", "respondent": "text?", "completed_at": "text",
        "placement": "map?", "paths": "map?", "display": "map?", "language": "text?",
        "milestones_done": "list?",
    })
    shape.record(value["questionnaire"], "questionnaire",
                 {"id": "text", "sha256": "text", "version": "text?", "title": "text?"})
    _check_sha256(shape, value["questionnaire"]["sha256"], "questionnaire.sha256")
    model = value.get("career_model")
    if model is not None:
        shape.record(model, "career_model", {"id": "text", "sha256": "text", "version": "text?"})
        _check_sha256(shape, model["sha256"], "career_model.sha256")
    shape.texts(value["missing"], "missing")
    if value.get("milestones_done") is not None:
        shape.texts(value["milestones_done"], "milestones_done")
    for dim, dimension_score in value["scores"].items():
        shape.record(dimension_score, f"scores.{dim}", {
            "raw": "number", "min": "number", "max": "number", "percent": "number?",
            "self": "number?", "knowledge": "number?", "coverage": "number?"})
    if value.get("placement") is not None:
        shape.record(value["placement"], "placement", {"level": "text", "label": "text"})
    shape.records(value["clusters"], "clusters",
                  {"id": "text", "label": "text", "fit": "number", "ready": "bool", "gaps": "map"})
    for index, cluster in enumerate(value["clusters"]):
        for dim, gap in cluster["gaps"].items():
            shape.number(gap, f"clusters[{index}].gaps.{dim}")
    for cluster_id, path in (value.get("paths") or {}).items():
        where = f"paths.{cluster_id}"
        shape.record(path, where, {"reachable": "bool", "steps": "list",
                                   "total_effort_hours": "number", "short": "list"})
        shape.texts(path["short"], f"{where}.short")
        shape.records(path["steps"], f"{where}.steps", {
            "milestone": "text", "title": "text", "effort_hours": "number",
            "projected": "map", "level": "text?"})
    _check_ranges(shape, value)
    display = value.get("display")
    if display is not None:
        shape.record(display, "display", {"dimensions": "list?", "items": "map?",
                                          "ladder": "list?", "clusters": "list?",
                                          "milestones": "map?", "plane": "list?",
                                          "provider": "map?"})
        shape.records(display.get("dimensions") or [], "display.dimensions",
                      {"id": "text", "label": "text"})
        for item_id, item in (display.get("items") or {}).items():
            shape.record(item, f"display.items.{item_id}", {"text": "text"})
        shape.records(display.get("ladder") or [], "display.ladder",
                      {"id": "text", "label": "text", "description": "text?"})
        shape.records(display.get("clusters") or [], "display.clusters",
                      {"id": "text", "label": "text", "target": "map", "weights": "map?"})
        for milestone_id, milestone in (display.get("milestones") or {}).items():
            shape.record(milestone, f"display.milestones.{milestone_id}",
                         {"title": "text", "refs": "list?", "resources": "list?"})


def _check_ranges(shape: _Shape, value: dict[str, Any]) -> None:
    """Percents, fits and gaps that scoring can only give between 0 and 100 (coverage
    between 0 and 1): a hash-only import must not show a fit of 10^99 or a percent of -5
    as if measured."""

    def within(number: Any, where: str, high: float) -> None:
        if number is not None and not -_TOLERANCE <= number <= high + _TOLERANCE:
            raise AssessorError.single(
                shape.name, f"is not a valid result: '{where}' must be between 0 and {high:g}")

    for dim, fields in value["scores"].items():
        for key in ("percent", "self", "knowledge"):
            within(fields.get(key), f"scores.{dim}.{key}", 100)
        within(fields.get("coverage"), f"scores.{dim}.coverage", 1)
    for index, cluster in enumerate(value["clusters"]):
        within(cluster["fit"], f"clusters[{index}].fit", 100)
        for dim, gap in cluster["gaps"].items():
            within(gap, f"clusters[{index}].gaps.{dim}", 100)
    for cluster_id, path in (value.get("paths") or {}).items():
        for index, step in enumerate(path["steps"]):
            projected = step["projected"]
            for dim, percent in projected.items():
                if isinstance(percent, (int, float)) and not isinstance(percent, bool):
                    within(percent, f"paths.{cluster_id}.steps[{index}].projected.{dim}", 100)


def read_result_file(path: Path | str) -> dict[str, Any]:
    path = Path(path)
    return parse_result(read_limited(path), str(path))


def _close(a: Any, b: Any) -> bool:
    if a == b:  # equal JSON values are close (the common case, without the walk below)
        return True
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b or a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=_TOLERANCE, abs_tol=_TOLERANCE)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def same_career_model(result: Mapping[str, Any], questionnaire: Questionnaire) -> bool:
    """Fits depend on the career model too; where it is a separate file, re-scoring is only
    meaningful with the very model version the result was scored with."""
    stated = result.get("career_model")
    model = questionnaire.career
    if not isinstance(stated, Mapping):
        return model is None or not model.separate_file
    return model is not None and model.source.sha256 == str(stated.get("sha256", "")).lower()


def verify_against(
    result: Mapping[str, Any],
    questionnaire: Questionnaire,
    name: str,
    *,
    check_paths: bool = True,
    with_model: bool = True,
) -> None:
    """Re-score the result's answers and refuse it if what they imply differs from what the
    file states: scores, placement and fits (SPEC 3), and also completeness and, unless
    `check_paths` is off (bulk aggregation that recomputes paths itself), the paths. Without
    `with_model` (scored with another version of the career model) only the scores.
    Importers call rescoring.check_rescored, which also checks the texts and the model."""
    problems = check_answers(questionnaire, result["answers"], name)
    if problems:
        raise AssessorError.single(
            name,
            f"re-scoring failed: its answers do not fit the questionnaire ({problems[0].message})",
        )
    fresh = assess(questionnaire, result["answers"], with_paths=check_paths)
    checks = [
        ("scores", "scores"),
        ("complete", "completeness"),
        ("missing", "list of missing answers"),
    ]
    if with_model:
        checks += [("placement", "placement"), ("clusters", "cluster fits"),
                   ("milestones_done", "milestones done")]
    if check_paths and with_model:
        checks.append(("paths", "paths"))
    for key, label in checks:
        if not _close(result.get(key), fresh.get(key)):
            raise AssessorError.single(
                name,
                f"re-scoring gives different {label} than the file states: the result "
                "was edited or produced by a different questionnaire",
            )
