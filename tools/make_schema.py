"""Writes assessor/core/questionnaire.schema.json (draft-07) from this one description.

Run `python tools/make_schema.py` after changing the format; a test checks the file is current.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# An id written as a plain number (`id: 7`) is the text "7" to the loader (YAML reads it as
# a number first), so the schema admits non-negative numbers too; the pattern checks text.
ID = {"type": ["string", "number"], "pattern": "^[a-z0-9][a-z0-9_-]*$", "minimum": 0}
DOC_ID = {"type": ["string", "number"], "pattern": "^[a-z0-9][a-z0-9-]*$", "minimum": 0}
TEXT = {"type": ["string", "number"]}
NUMBER = {"type": "number"}
EXT = {"^x-": {}}


def obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "patternProperties": EXT,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    return schema


def build() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    defs["refs"] = {"type": "array", "items": TEXT}
    defs["weights"] = {
        "oneOf": [
            ID,
            {
                "type": "object",
                "minProperties": 1,
                "additionalProperties": {"type": "number", "exclusiveMinimum": 0},
            },
        ]
    }
    defs["points"] = {"type": "object", "additionalProperties": NUMBER}
    defs["option"] = obj(
        {"id": ID, "label": TEXT, "scores": {"$ref": "#/definitions/points"}}, ["id", "label"]
    )
    defs["options"] = {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/option"}}
    ops = {
        "equals": {},
        "not_equals": {},
        "in": {"type": "array"},
        "gte": NUMBER,
        "gt": NUMBER,
        "lte": NUMBER,
        "lt": NUMBER,
        "includes": {},
        "answered": {"type": "boolean"},
    }
    defs["condition"] = {
        "anyOf": [
            {"type": "object", "maxProperties": 0},
            obj({"answer": ID, **ops}, ["answer"]),
            obj(
                {
                    "all": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/definitions/condition"},
                    }
                },
                ["all"],
            ),
            obj(
                {
                    "any": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/definitions/condition"},
                    }
                },
                ["any"],
            ),
            obj({"not": {"$ref": "#/definitions/condition"}}, ["not"]),
        ]
    }
    defs["requirement"] = {
        "anyOf": [
            {"type": "object", "maxProperties": 0},
            obj(
                {
                    "dimension": ID,
                    "measure": {"enum": ["percent", "self", "knowledge"]},
                    "gte": NUMBER,
                    "gt": NUMBER,
                    "lte": NUMBER,
                    "lt": NUMBER,
                },
                ["dimension"],
            ),
            obj(
                {
                    "all": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/definitions/requirement"},
                    }
                },
                ["all"],
            ),
            obj(
                {
                    "any": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/definitions/requirement"},
                    }
                },
                ["any"],
            ),
            obj({"not": {"$ref": "#/definitions/requirement"}}, ["not"]),
        ]
    }
    common = {
        "id": ID,
        "text": TEXT,
        "help": TEXT,
        "required": {"type": "boolean"},
        "when": {"$ref": "#/definitions/condition"},
        "refs": {"$ref": "#/definitions/refs"},
    }
    scores = {"$ref": "#/definitions/weights"}
    item_types = {
        "likert": ({"scale": TEXT, "reverse": {"type": "boolean"}, "scores": scores}, ["scale"]),
        "choice": ({"options": {"$ref": "#/definitions/options"}}, ["options"]),
        "multi": (
            {
                "options": {"$ref": "#/definitions/options"},
                "max_choices": {"type": "integer", "minimum": 1},
            },
            ["options"],
        ),
        "knowledge": (
            {
                "options": {"$ref": "#/definitions/options"},
                "correct": {"oneOf": [ID, {"type": "array", "minItems": 1, "items": ID}]},
                "scores": scores,
            },
            ["options", "correct"],
        ),
        "boolean": ({"scores": scores}, []),
        "number": (
            {
                "min": NUMBER,
                "max": NUMBER,
                "scores": scores,
                "bands": {
                    "type": "array",
                    "minItems": 1,
                    "items": obj({"below": NUMBER, "points": NUMBER}, ["points"]),
                },
            },
            ["min", "max", "bands"],
        ),
        "text": ({"max_length": {"type": "integer", "minimum": 1}}, []),
    }
    # if/then on `type` instead of oneOf: one branch is checked per item, not seven, and
    # editors report the errors of the type the author meant.
    defs["item"] = {
        "type": "object",
        "required": ["id", "type", "text"],
        "properties": {"type": {"enum": list(item_types)}},
        "allOf": [
            {
                "if": {"properties": {"type": {"const": kind}}, "required": ["type"]},
                "then": obj(
                    {**common, "type": {"const": kind}, **extra}, ["id", "type", "text", *required]
                ),
            }
            for kind, (extra, required) in item_types.items()
        ],
    }
    defs["section"] = obj(
        {
            "id": ID,
            "title": TEXT,
            "intro": TEXT,
            "when": {"$ref": "#/definitions/condition"},
            "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/item"}},
        },
        ["id", "title", "items"],
    )
    defs["dimension"] = obj({"id": ID, "label": TEXT, "description": TEXT}, ["id", "label"])
    defs["level"] = obj(
        {
            "id": ID,
            "label": TEXT,
            "description": TEXT,
            "requires": {"$ref": "#/definitions/requirement"},
        },
        ["id", "label", "requires"],
    )
    percent_map = {
        "type": "object",
        "additionalProperties": {"type": "number", "minimum": 0, "maximum": 100},
    }
    defs["cluster"] = obj(
        {
            "id": ID,
            "label": TEXT,
            "summary": TEXT,
            "ai_role": {"enum": ["tool", "target", "both"]},
            "function": {"enum": ["technical", "governance", "operations"]},
            "target": percent_map,
            "weights": {
                "type": "object",
                "additionalProperties": {"type": "number", "exclusiveMinimum": 0},
            },
            "min_level": ID,
            "refs": {"$ref": "#/definitions/refs"},
            "ready_when": {"$ref": "#/definitions/requirement"},
        },
        ["id", "label", "summary", "ai_role", "function", "target", "min_level"],
    )
    defs["milestone"] = obj(
        {
            "id": ID,
            "title": TEXT,
            "description": TEXT,
            "raises": {
                "type": "object",
                "additionalProperties": {"type": "number", "exclusiveMinimum": 0},
            },
            "effort_hours": {"type": "number", "exclusiveMinimum": 0},
            "requires": {"type": "array", "items": ID},
            "clusters": {"type": "array", "items": ID},
            "refs": {"$ref": "#/definitions/refs"},
            "resources": {
                "type": "array",
                "items": obj(
                    {
                        "title": TEXT,
                        "url": {"type": "string", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"},
                    },
                    ["title"],
                ),
            },
        },
        ["id", "title", "raises", "effort_hours"],
    )
    scale = {
        "type": "array",
        "minItems": 2,
        "items": obj({"value": NUMBER, "label": TEXT}, ["value", "label"]),
    }
    base = {
        "format": {"type": "string", "pattern": "^assessor/1(\\.[0-9]+)?$"},
        "id": DOC_ID,
        "version": TEXT,
        "title": TEXT,
        "description": TEXT,
        "dimensions": {"type": "array", "items": {"$ref": "#/definitions/dimension"}},
        "ladder": {"type": "array", "items": {"$ref": "#/definitions/level"}},
        "clusters": {"type": "array", "items": {"$ref": "#/definitions/cluster"}},
        "milestones": {"type": "array", "items": {"$ref": "#/definitions/milestone"}},
        "plane": obj({"x": ID, "y": ID}, ["x", "y"]),
    }
    questionnaire = obj(
        {
            **base,
            "kind": {"const": "questionnaire"},
            "scales": {"type": "object", "additionalProperties": scale},
            "sections": {
                "type": "array",
                "minItems": 1,
                "items": {"$ref": "#/definitions/section"},
            },
            "career_model": DOC_ID,
            "estimated_minutes": {"type": "number", "exclusiveMinimum": 0},
            "milestone_evidence": {
                "type": "array",
                "items": obj(
                    {"milestone": ID, "when": {"$ref": "#/definitions/condition"}},
                    ["milestone", "when"],
                ),
            },
        },
        ["format", "id", "version", "title", "dimensions", "sections"],
    )
    career_model = obj(
        {**base, "kind": {"const": "career-model"}},
        ["format", "kind", "id", "version", "title", "dimensions", "ladder", "clusters"],
    )
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "assessor-questionnaire-1.schema.json",
        "title": "Assessor questionnaire or career model (format assessor/1)",
        "definitions": defs,
        "oneOf": [
            {
                "if": {"properties": {"kind": {"const": "career-model"}}, "required": ["kind"]},
                "then": career_model,
                "else": questionnaire,
            },
        ],
    }


SCHEMA_PATH = Path(__file__).resolve().parent.parent / "assessor/core/questionnaire.schema.json"

if __name__ == "__main__":
    SCHEMA_PATH.write_text(json.dumps(build(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
