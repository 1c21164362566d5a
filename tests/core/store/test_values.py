"""How the store encodes a result: with its display block's JSON kept (`result_json`), the
very text `to_json_acyclic` gives, wherever the block stands among the members."""

from __future__ import annotations

import json
from typing import Any

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.integrity import display_fingerprint
from assessor.core.results import build_result
from assessor.core.store.values import result_json, to_json_acyclic
from tests.conftest import TEST_DATA


def _result(respondent: str) -> dict[str, Any]:
    questionnaire = load_questionnaire(TEST_DATA / "sample.yaml")
    answers = {"q1": 4, "q2": 2, "q3": "a", "q4": "x"}
    # As read back from a file: plain JSON values.
    return json.loads(json.dumps(build_result(questionnaire, answers, respondent=respondent)))


def _moved(result: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    return {key: result[key] for key in keys}


@pytest.mark.parametrize("order", ["as written", "display first", "display last",
                                   "display alone"])
def test_a_result_is_encoded_as_a_whole_encoding_encodes_it(order: str) -> None:
    first, second = _result("Ann"), _result("Bo")
    keys = list(first)
    rest = [key for key in keys if key != "display"]
    chosen = {"as written": keys, "display first": ["display", *rest],
              "display last": [*rest, "display"], "display alone": ["display"]}[order]
    for result in (_moved(first, chosen), _moved(second, chosen)):  # the second from the keep
        fingerprint = display_fingerprint(result)
        assert fingerprint is not None
        assert result_json(result, "result", fingerprint) == to_json_acyclic(result, "result")


def test_a_changed_block_is_encoded_afresh() -> None:
    result = _result("Ann")
    result_json(result, "result", display_fingerprint(result))
    result["display"]["dimensions"][0]["label"] = "Changed"
    assert "Changed" in result_json(result, "result", display_fingerprint(result))


def test_without_a_block_or_a_fingerprint_the_whole_is_encoded() -> None:
    result = _result("Ann")
    assert result_json(result, "result", None) == to_json_acyclic(result, "result")
    del result["display"]
    assert result_json(result, "result", b"any") == to_json_acyclic(result, "result")
