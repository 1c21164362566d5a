"""The shipped JSON Schema of the format, used as a second check after validation.

The hand-written validator gives the friendly, located messages; the schema is what authors'
editors use for completion. Checking every document against both keeps them in step: a
document the validator accepts but the schema refuses is reported, never silently loaded.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from assessor.core.errors import Problem
from assessor.core.format.yamlsafe import YList, YMap

SCHEMA_NAME = "questionnaire.schema.json"


def schema_text() -> str:
    return (resources.files("assessor.core") / SCHEMA_NAME).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema  # imported on first use: it costs start-up time the GUI need not pay

    return jsonschema.Draft7Validator(json.loads(schema_text()))


def _locate(root: Any, path: list[Any]) -> tuple[int, int]:
    node = root
    pos = root.pos if isinstance(root, (YMap, YList)) else (1, 1)
    for step in path:
        if (isinstance(node, YMap) and step in node) or (
            isinstance(node, YList) and isinstance(step, int) and step < len(node)
        ):
            pos = node.where(step)
            node = node[step]
        else:
            break
    return pos


def schema_problems(root: Any, name: str) -> list[Problem]:
    import jsonschema

    problems = []
    for error in _validator().iter_errors(root):
        best = jsonschema.exceptions.best_match([error])
        line, column = _locate(root, list(best.absolute_path))
        where = "/".join(str(p) for p in best.absolute_path) or "top level"
        message = best.message if len(best.message) < 160 else best.message[:157] + "..."
        problems.append(Problem(name, line, column, f"schema: at {where}: {message}"))
    return problems
