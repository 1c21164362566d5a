"""Result files (SPEC 3): writing a result as JSON, and reading one back safely: size,
UTF-8, JSON, hostile values, the format version, the inner shape and value ranges, and the
integrity hash. What a file says is checked here once; readers then take it as valid."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assessor.core.atomic import write_atomic
from assessor.core.errors import AssessorError
from assessor.core.format.input_rules import (
    RESULT_LIMIT,
    loads_checking_numbers,
    locate_in_json,
    walk_problems,
)
from assessor.core.format.versions import READABLE_MAJOR, format_major
from assessor.core.format.yamlsafe import (
    MAX_FILE_BYTES,
    MAX_NODES,
    read_limited,
    refuse_oversized_json,
    utf16_hint,
)
from assessor.core.integrity import display_fingerprint, integrity_hash
from assessor.core.results.display_text import read_known_display, remember_display

RESULT_FORMAT = "assessor-result/1"
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
# Re-scoring on another machine may differ in the last bits of a float; a range check
# allows the same slack.
TOLERANCE = 1e-6


def result_to_bytes(result: Mapping[str, Any]) -> bytes:
    return (json.dumps(result, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode()


def write_result(result: Mapping[str, Any], path: Path | str) -> None:
    write_atomic(Path(path), result_to_bytes(result))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a result")


def parse_result(data: bytes, name: str) -> dict[str, Any]:
    """Parse and check a result file's bytes: size, JSON, format version, integrity."""
    return parse_result_fingerprinted(data, name)[0]


def parse_result_fingerprinted(data: bytes, name: str, *, share_display: bool = False,
                               ) -> tuple[dict[str, Any], bytes | None]:
    """`parse_result`, with its display block's fingerprint (`integrity.display_fingerprint`)
    for a caller that compares the block next (re-scoring, `rescoring.check_rescored`).
    `share_display`: a display block read before may be given as the very value read then
    (`display_text`), for a caller that keeps it unchanged; else each result has its own."""
    if len(data) > MAX_FILE_BYTES:
        raise AssessorError.single(name, "is larger than 5 MiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise AssessorError.single(name, "is not valid UTF-8" + utf16_hint(data)) from None
    # A byte-order mark (Windows Notepad adds one) is not part of the JSON; the integrity
    # hash covers the canonical JSON, so the result is the same with or without it.
    text = text.removeprefix("\ufeff")
    if len(text) >= MAX_NODES:  # a shorter text cannot hold that many values
        refuse_oversized_json(text, name)
    known = read_known_display(text, _loads, share=share_display)
    if known is not None:
        return _checked(known[0], name, known[1])
    try:
        value, may_break_rules = _loads(text)
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
    fingerprint = display_fingerprint(value)
    _checked(value, name, fingerprint)
    if not may_break_rules:
        remember_display(text, value, fingerprint)
    return value, fingerprint


def _loads(text: str) -> tuple[Any, bool]:
    return loads_checking_numbers(text, RESULT_LIMIT, _refuse_constant)


def _checked(value: dict[str, Any], name: str, fingerprint: bytes | None,
             ) -> tuple[dict[str, Any], bytes | None]:
    """The format version, the shape and the integrity hash of a parsed result."""
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
    _check_shape(value, name, fingerprint)
    stored = value.get("integrity")
    expected = stored.get("sha256") if isinstance(stored, dict) else None
    if not isinstance(expected, str):
        raise AssessorError.single(name, "has no integrity hash")
    if integrity_hash(value, display_fingerprint=fingerprint,
                      parsed=True) != expected.lower():
        raise AssessorError.single(
            name, "failed its integrity check: the file was changed or damaged after export"
        )
    return value, fingerprint


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
            item = entry.get(key)
            # The common case first, without building the key's place: a value of exactly
            # the type parsed JSON gives for this kind (bool is not int here), or null where
            # allowed. Anything else takes the checks below, which name the place.
            exact, optional = _EXACT_TYPES[spec]
            if type(item) in exact or (optional and item is None):
                continue
            at = f"{where}.{key}"
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


# spec -> (the exact types that certainly pass it, whether null passes it)
_EXACT_TYPES: dict[str, tuple[frozenset[type], bool]] = {
    "text": (frozenset({str}), False), "text?": (frozenset({str}), True),
    "number": (frozenset({int, float}), False), "number?": (frozenset({int, float}), True),
    "bool": (frozenset({bool}), False),
    "map": (frozenset({dict}), False), "map?": (frozenset({dict}), True),
    "list": (frozenset({list}), False), "list?": (frozenset({list}), True),
}


def _check_sha256(shape: _Shape, value: str, where: str) -> None:
    # One spelling only: an upper-case or otherwise altered hash would match no file and so
    # quietly turn a re-scorable result into one checked by its integrity hash alone.
    if not _SHA256_RE.fullmatch(value):
        raise shape.fail(where, "64 lower-case hexadecimal digits")


# Display blocks that passed the shape check, by their exact serialization (see
# core.integrity): the block is the same in every result of a questionnaire, so a cohort
# checks it once. Only what passed is kept, so nothing is refused on the keep's word.
_KEPT_DISPLAYS = 16
_checked_displays: dict[bytes, None] = {}


def _check_shape(value: dict[str, Any], name: str, display_print: bytes | None = None) -> None:
    """`display_print`: the display block's fingerprint (`integrity.display_fingerprint`);
    a block that passed before is not checked again."""
    if _plainly_valid(value):
        _check_display(_Shape(name), value.get("display"), display_print)
        return
    _check_all(value, name, display_print)


def _text_or_none(value: Any) -> bool:
    return value is None or type(value) is str


def _plainly_valid(value: dict[str, Any]) -> bool:
    """The common case of `_check_all` (display aside) at a fraction of its cost: True only
    when every field it checks has exactly the type parsed JSON gives for its kind and lies
    in range, so `_check_all` would pass; False sends the result through `_check_all`, which
    then names what is wrong. Keep the two in step."""
    get = value.get
    questionnaire, model = get("questionnaire"), get("career_model")
    scores, clusters, paths = get("scores"), get("clusters"), get("paths")
    missing, done, placed = get("missing"), get("milestones_done"), get("placement")
    if not (type(questionnaire) is dict and type(get("answers")) is dict
            and type(scores) is dict and type(clusters) is list
            and type(get("complete")) is bool and type(missing) is list
            and _text_or_none(get("respondent")) and type(get("completed_at")) is str
            and (placed is None or type(placed) is dict)
            and (paths is None or type(paths) is dict)
            and (get("display") is None or type(get("display")) is dict)
            and _text_or_none(get("language")) and (done is None or type(done) is list)):
        return False
    sha = questionnaire.get("sha256")
    if not (type(questionnaire.get("id")) is str and type(sha) is str
            and _text_or_none(questionnaire.get("version"))
            and _text_or_none(questionnaire.get("title")) and _SHA256_RE.fullmatch(sha)):
        return False
    if model is not None:
        sha = model.get("sha256") if type(model) is dict else None
        if not (type(sha) is str and type(model.get("id")) is str
                and _text_or_none(model.get("version")) and _SHA256_RE.fullmatch(sha)):
            return False
    for texts in (missing, done or ()):
        for text in texts:
            if type(text) is not str:
                return False
    numbers, low, high = _NUMBER_TYPES, -TOLERANCE, 100 + TOLERANCE
    for entry in scores.values():
        if type(entry) is not dict:
            return False
        field = entry.get
        if not (type(field("raw")) in numbers and type(field("min")) in numbers
                and type(field("max")) in numbers):
            return False
        for key, top in _SCORE_RANGES:
            number = field(key)
            if number is not None and not (type(number) in numbers and low <= number <= top):
                return False
    if placed is not None and not (type(placed.get("level")) is str
                                   and type(placed.get("label")) is str):
        return False
    for cluster in clusters:
        if not (type(cluster) is dict and type(cluster.get("id")) is str
                and type(cluster.get("label")) is str
                and type(cluster.get("fit")) in numbers and low <= cluster["fit"] <= high
                and type(cluster.get("ready")) is bool
                and type(gaps := cluster.get("gaps")) is dict):
            return False
        for gap in gaps.values():
            if not (type(gap) in numbers and low <= gap <= high):
                return False
    for path in (paths or {}).values():
        if not (type(path) is dict and type(path.get("reachable")) is bool
                and type(steps := path.get("steps")) is list
                and type(path.get("total_effort_hours")) in _NUMBER_TYPES
                and type(short := path.get("short")) is list
                and all(type(text) is str for text in short)):
            return False
        for step in steps:
            if not (type(step) is dict and type(step.get("milestone")) is str
                    and type(step.get("title")) is str
                    and type(step.get("effort_hours")) in _NUMBER_TYPES
                    and type(projected := step.get("projected")) is dict
                    and _text_or_none(step.get("level"))):
                return False
            for percent in projected.values():
                if type(percent) in numbers and not low <= percent <= high:
                    return False
    return True


_NUMBER_TYPES = frozenset({int, float})
# The score fields `_check_ranges` bounds, with their top (and TOLERANCE).
_SCORE_RANGES = (("percent", 100 + TOLERANCE), ("self", 100 + TOLERANCE),
                 ("knowledge", 100 + TOLERANCE), ("coverage", 1 + TOLERANCE))


def _check_all(value: dict[str, Any], name: str, display_print: bytes | None) -> None:
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
    _check_display(shape, value.get("display"), display_print)


def _check_display(shape: _Shape, display: Any, display_print: bytes | None) -> None:
    if display_print is not None and display_print in _checked_displays:
        return
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
        if display_print is not None:
            if len(_checked_displays) >= _KEPT_DISPLAYS:
                _checked_displays.pop(next(iter(_checked_displays)), None)
            _checked_displays[display_print] = None


def _check_ranges(shape: _Shape, value: dict[str, Any]) -> None:
    """Percents, fits and gaps that scoring can only give between 0 and 100 (coverage
    between 0 and 1): a hash-only import must not show a fit of 10^99 or a percent of -5
    as if measured."""

    def within(number: Any, where: str, high: float) -> None:
        if number is not None and not -TOLERANCE <= number <= high + TOLERANCE:
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
