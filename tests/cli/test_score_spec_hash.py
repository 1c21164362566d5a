"""`assessor score` writes results whose integrity hash other tools can check as SPEC 3
says: over the canonical re-encoding of the parsed file, whatever its layout."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from assessor.cli import main
from assessor.core.results import parse_result
from tests.conftest import TEST_DATA


def spec_hash(result: dict[str, Any]) -> str:
    body = {key: value for key, value in result.items() if key != "integrity"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"),
                                     ensure_ascii=False, allow_nan=False).encode()).hexdigest()


def test_assessor_score_writes_what_other_tools_hash_canonically(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    questionnaire, answers = TEST_DATA / "all_types.yaml", TEST_DATA / "all_types_answers.yaml"
    written = tmp_path / "result.json"
    assert main(["score", str(questionnaire), str(answers), "-o", str(written)]) == 0
    capsys.readouterr()
    assert main(["score", str(questionnaire), str(answers)]) == 0
    for data in (written.read_bytes(), capsys.readouterr().out.encode()):
        value = json.loads(data)
        assert value["integrity"]["sha256"] == spec_hash(value)
        assert parse_result(data, "result.json") == value
