"""Writes assessor/core/translation.schema.json (draft-07): the shape of a translation
document (docs/translations.md), for authors' editors. Which ids are allowed depends on the
document translated, so that check is `assessor translate check`'s, not the schema's.

Run `python tools/make_translation_schema.py` after changing the shape; a test checks it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TEXT = {"type": ["string", "number"]}
ID = "^[a-z0-9][a-z0-9_-]*$"
EXT = {"^x-": {}}


def texts(*keys: str, **nested: Any) -> dict[str, Any]:
    return {"type": ["object", "null"], "properties": {**{k: TEXT for k in keys}, **nested},
            "patternProperties": EXT, "additionalProperties": False}


def by_id(entry: dict[str, Any], pattern: str = ID) -> dict[str, Any]:
    return {"type": ["object", "null"], "patternProperties": {pattern: entry},
            "additionalProperties": False}


def build() -> dict[str, Any]:
    options = {"type": ["object", "null"], "patternProperties": {ID: TEXT},
               "additionalProperties": False}
    points = {"type": ["object", "null"], "patternProperties": {r"^-?[0-9.eE+-]+$": TEXT},
              "additionalProperties": False}
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "assessor-translation-1.schema.json",
        "title": "Assessor translation of a questionnaire or career model (format assessor/1)",
        "type": "object",
        "required": ["format", "kind", "translates", "language"],
        "additionalProperties": False,
        "patternProperties": EXT,
        "properties": {
            "format": {"const": "assessor/1"},
            "kind": {"const": "translation"},
            "translates": {"type": "object", "required": ["id", "version"],
                           "additionalProperties": False,
                           "properties": {"id": {"type": "string",
                                                 "pattern": "^[a-z0-9][a-z0-9-]*$"},
                                          "version": TEXT}},
            "language": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},
            "title": TEXT,
            "description": TEXT,
            "dimensions": by_id(texts("label", "description")),
            "scales": by_id(points),
            "sections": by_id(texts("title", "intro")),
            "items": by_id(texts("text", "help", options=options)),
            "ladder": by_id(texts("label", "description")),
            "clusters": by_id(texts("label", "summary")),
            "milestones": by_id(texts("title", "description",
                                      resources={"type": ["array", "null"], "items": TEXT})),
            "source_hashes": {"type": ["object", "null"],
                              "additionalProperties": {"type": "string",
                                                       "pattern": "^[0-9a-f]{8}$"}},
        },
    }


SCHEMA_PATH = Path(__file__).resolve().parent.parent / "assessor/core/translation.schema.json"

if __name__ == "__main__":
    SCHEMA_PATH.write_text(json.dumps(build(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
