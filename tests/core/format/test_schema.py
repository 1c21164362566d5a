"""The shipped JSON Schema: current, valid draft-07, and in step with the validator."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_document
from assessor.core.format.schema import schema_text
from assessor.core.paths import is_translation_file, shipped_questionnaire_dir
from tests.conftest import REPO_ROOT, TEST_DATA

sys.path.insert(0, str(REPO_ROOT / "tools"))
import make_schema

SCHEMA = json.loads(schema_text())
DOCUMENTS = [
    path
    for path in sorted(TEST_DATA.glob("*.yaml")) + sorted(shipped_questionnaire_dir().glob("*.yaml"))
    if "format: assessor/1" in path.read_text(encoding="utf-8") and not is_translation_file(path)
]


def test_schema_file_is_generated_from_the_tool() -> None:
    assert make_schema.build() == SCHEMA, "run `python tools/make_schema.py`"


def test_schema_is_valid_draft_07() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_documents_the_validator_accepts_pass_the_schema(path: Path) -> None:
    load_document(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = [e.message for e in jsonschema.Draft7Validator(SCHEMA).iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("type: likert", "type: slider"),
        ("max_length: 50", "max_length: 0"),
        ("ai_role: tool", "ai_role: weapon"),
        ("effort_hours: 40", "effort_hours: -1"),
        ("title: Every item type", "titel: Every item type"),
    ],
)
def test_schema_and_validator_both_refuse(tmp_path: Path, old: str, new: str) -> None:
    text = (TEST_DATA / "all_types.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "bad.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(AssessorError):
        load_document(path, search_dirs=[])
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft7Validator(SCHEMA).iter_errors(data))


def test_validate_reports_schema_only_problems_with_a_location(tmp_path: Path) -> None:
    # The hand validator and schema agree today; this proves the schema path still locates
    # problems, by checking a document that only the schema judges (an empty option label list).
    from assessor.core.format.schema import schema_problems
    from assessor.core.format.yamlsafe import parse_yaml

    root = parse_yaml("format: assessor/1\nid: x\nversion: '1'\ntitle: T\ndimensions: []\n"
                      "sections: []\n", "s.yaml")
    problems = schema_problems(root, "s.yaml")
    assert problems and problems[0].line == 6
