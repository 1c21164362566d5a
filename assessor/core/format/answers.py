"""Answer files (SPEC 2) and the per-item answer check shared with the GUI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assessor.core.errors import AssessorError, Problem, did_you_mean
from assessor.core.format.input_rules import number_problem, text_problem
from assessor.core.format.items_schema import as_option_ids
from assessor.core.format.model import Item, Questionnaire
from assessor.core.format.reader import Reader, is_number, type_name
from assessor.core.format.yamlsafe import YList, YMap, parse_json_or_yaml, read_limited


@dataclass(frozen=True)
class AnswerSet:
    """An answer file, read and checked against its questionnaire."""

    questionnaire_id: str
    answers: dict[str, Any]
    respondent: str | None = None
    version: str | None = None
    warnings: list[str] = field(default_factory=list)


def answer_problem(item: Item, value: Any) -> str | None:
    """Why `value` is not a valid answer to `item`, or None when it is."""
    kind = item.type
    if kind == "likert":
        if not is_number(value):
            return f"expects one of the scale's values, not {type_name(value)}"
        if not any(value == point.value for point in item.scale):
            allowed = ", ".join(f"{p.value:g}" for p in item.scale)
            return f"{value!r} is not on the scale (choose one of {allowed})"
        return None
    if kind in ("choice", "knowledge"):
        if not isinstance(value, str):
            return f"expects an option id, not {type_name(value)}"
        if value not in item.option_ids:
            return f"'{value}' is not an option (choose one of {', '.join(item.option_ids)})"
        return None
    if kind == "multi":
        if not isinstance(value, list):
            return f"expects a list of option ids, not {type_name(value)}"
        for chosen in value:
            if not isinstance(chosen, str) or chosen not in item.option_ids:
                return f"{chosen!r} is not an option (choose from {', '.join(item.option_ids)})"
        if len(set(value)) != len(value):
            return "lists an option more than once"
        if item.max_choices is not None and len(value) > item.max_choices:
            return f"chooses {len(value)} options; at most {item.max_choices} are allowed"
        return None
    if kind == "boolean":
        return None if isinstance(value, bool) else f"expects true or false, not {type_name(value)}"
    if kind == "number":
        if not is_number(value):
            return f"expects a number, not {type_name(value)}"
        problem = number_problem(value)
        if problem is not None:
            return f"{value:g} {problem}"
        if (item.minimum is not None and value < item.minimum) or (
            item.maximum is not None and value > item.maximum
        ):
            return f"{value:g} is outside the allowed range {item.minimum:g} to {item.maximum:g}"
        return None
    if not isinstance(value, str):
        return f"expects text, not {type_name(value)}"
    problem = text_problem(value)
    if problem is not None:
        return f"text {problem}"
    if item.max_length is not None and len(value) > item.max_length:
        return f"text is {len(value)} characters long; at most {item.max_length} are allowed"
    return None


def _plain(value: Any) -> Any:
    """Drop the position-keeping containers: answers are stored as plain JSON values."""
    if isinstance(value, YList):
        return [_plain(v) for v in value]
    if isinstance(value, YMap):
        return {k: _plain(v) for k, v in value.items()}
    return value


def check_answers(
    questionnaire: Questionnaire,
    answers: Mapping[str, Any],
    name: str = "<answers>",
    node: YMap | None = None,
) -> list[Problem]:
    problems: list[Problem] = []
    for item_id, value in answers.items():
        line, column = node.where(item_id) if node is not None else (None, None)
        item = questionnaire.item_index.get(item_id)
        if item is None:
            problems.append(
                Problem(
                    name,
                    line,
                    column,
                    f"item {item_id}: no such item in questionnaire '{questionnaire.id}'"
                    f"{did_you_mean(str(item_id), questionnaire.item_index)}",
                )
            )
            continue
        message = answer_problem(item, value)
        if message is not None:
            problems.append(Problem(name, line, column, f"item {item_id}: {message}"))
    return problems


def load_answers(path: Path | str, questionnaire: Questionnaire) -> AnswerSet:
    path = Path(path)
    name = str(path)
    root = parse_json_or_yaml(read_limited(path), name)
    return parse_answers(root, name, questionnaire)


def parse_answers(root: Any, name: str, questionnaire: Questionnaire) -> AnswerSet:
    if not isinstance(root, YMap):
        raise AssessorError.single(name, "an answer file must be a mapping of keys", 1, 1)
    if str(root.get("format", "")).startswith("assessor-result/"):
        raise AssessorError.single(name, "this is a result file, not an answer file (open it "
                                         "with `report` or `cohort`)", 1, 1)
    reader = Reader(name)
    reader.check_keys(
        root,
        ("questionnaire", "version", "respondent", "answers"),
        ("questionnaire",),
        "an answer file",
    )
    target = reader.text(root, "questionnaire", "an answer file")
    if target is not None and target != questionnaire.id:
        line, column = root.where("questionnaire")
        raise AssessorError.single(
            name,
            f"answers are for questionnaire '{target}', not '{questionnaire.id}'",
            line,
            column,
        )
    version = reader.text(root, "version", "an answer file")
    # `respondent: null` (as JSON writers put it) means no pseudonym, like leaving it out.
    respondent = (
        None
        if root.get("respondent") is None
        else reader.text(root, "respondent", "an answer file")
    )
    # `answers:` with every item below it commented out (a fresh template) is no answers.
    answers_node = (
        None if "answers" in root and root["answers"] is None
        else reader.mapping(root, "answers", "an answer file")
    )
    answers = _plain(answers_node) if answers_node is not None else {}
    problems = list(reader.problems)
    if answers_node is not None:
        # Plain integers written where option ids are expected are those ids' text.
        for item_id in list(answers):
            item = questionnaire.item_index.get(item_id)
            if item is not None and item.type in ("choice", "knowledge", "multi"):
                answers[item_id] = _plain(
                    as_option_ids(answers_node, item_id, answers_node[item_id])
                )

        problems += check_answers(questionnaire, answers, name, answers_node)
    if problems:
        raise AssessorError(problems)
    warnings = []
    if version is not None and version != questionnaire.version:
        line, column = root.where("version")
        warnings.append(
            str(
                Problem(
                    name,
                    line,
                    column,
                    f"warning: answers were given to version {version}; scoring with version "
                    f"{questionnaire.version}",
                )
            )
        )
    assert target is not None
    return AnswerSet(target, answers, respondent, version, warnings)
