"""A blank answer file (SPEC 2) for one questionnaire: every item as a comment that says
what it takes, for people who answer in an editor or generate answers from another system.
Scored as it is, it is an empty answer set."""

from __future__ import annotations

import json
import re

from assessor.core.format.model import Item, Questionnaire, Section

_PLAIN = re.compile(r"^[a-z_][a-z0-9_-]*$")
# Words YAML 1.1 reads as booleans or null; an id spelled so must be quoted.
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _scalar(text: str) -> str:
    """Text as a YAML scalar that reads back as that same text."""
    if _PLAIN.match(text) and text not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _comment(text: str, indent: str) -> list[str]:
    return [f"{indent}{line}".rstrip() for line in text.splitlines() or [""]]


def _what(item: Item, questionnaire: Questionnaire) -> tuple[list[str], str]:
    """Lines describing what the item takes, and an example value in the right form."""
    lines: list[str] = []
    options = [f"{_scalar(o.id)} = {o.label}" for o in item.options]
    if item.type == "likert":
        points = [f"{_number(p.value)} = {p.label}" for p in item.scale]
        lines.append(f"one value of scale '{item.scale_name}': " + "; ".join(points))
        example = _number(item.scale[0].value) if item.scale else "0"
    elif item.type in ("choice", "knowledge"):
        lines.append("one option id: " + "; ".join(options))
        example = _scalar(item.options[0].id)
    elif item.type == "multi":
        most = f" (at most {item.max_choices})" if item.max_choices is not None else ""
        lines.append(f"a list of option ids{most}, [] for none of these: " + "; ".join(options))
        example = f"[{_scalar(item.options[0].id)}]"
    elif item.type == "boolean":
        lines.append("true or false")
        example = "true"
    elif item.type == "number":
        low = _number(item.minimum) if item.minimum is not None else "any"
        high = _number(item.maximum) if item.maximum is not None else "any"
        lines.append(f"a number from {low} to {high}")
        example = low if item.minimum is not None else "0"
    else:
        limit = f", at most {item.max_length} characters" if item.max_length else ""
        lines.append(f"free text{limit} (not scored)")
        example = '""'
    return lines, example


def _item_lines(item: Item, section: Section, questionnaire: Questionnaire) -> list[str]:
    needed = "required" if item.required else "optional"
    shown = ", asked only when its condition holds" if item.when is not None else ""
    lines = [f"  # {item.id} ({item.type}, {needed}{shown}; section '{section.id}')"]
    lines += _comment(item.text, "  #   ")
    described, example = _what(item, questionnaire)
    lines += _comment("\n".join(described), "  #   ")
    lines.append(f"  # {_scalar(item.id)}: {example}")
    return lines


def answer_template(questionnaire: Questionnaire, source: str) -> str:
    """The template's text; `source` is how the questionnaire was named, for the score hint."""
    lines = [
        f"# Answers to '{_one_line(questionnaire.title)}' "
        f"({questionnaire.id} {questionnaire.version}).",
        "# Answer an item by removing the '# ' before its last line and writing your answer;",
        "# leave an item commented out to skip it. Score this file with:",
        f"#   assessor score {source} THIS_FILE.yaml -o result.json",
        f"questionnaire: {_scalar(questionnaire.id)}",
        f"version: {json.dumps(questionnaire.version, ensure_ascii=False)}",
        "# respondent: a pseudonym",
        "answers:",
    ]
    for section in questionnaire.sections:
        condition = "; asked only when its condition holds" if section.when is not None else ""
        lines.append("")
        lines.append(f"  # ---- section '{section.id}': {_one_line(section.title)}{condition} ----")
        for item in section.items:
            lines += _item_lines(item, section, questionnaire)
    return "\n".join(lines) + "\n"
