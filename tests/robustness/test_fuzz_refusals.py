"""Broken inputs: the loader, the answer reader and the result reader refuse them with the
project's error (`AssessorError`), located by file and line, and never crash or half-load."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessor.core.errors import AssessorError
from assessor.core.format.answers import parse_answers
from assessor.core.format.loading import load_document, parse_document
from assessor.core.format.yamlsafe import MAX_FILE_BYTES, parse_yaml
from assessor.core.results import (
    build_result,
    integrity_hash,
    parse_result,
    result_to_bytes,
    verify_against,
)
from tests.robustness.mutations import MUST_REFUSE, MUTATIONS, WRONG_VALUES, text_mutation
from tests.robustness.profiles import fuzz_settings, record
from tests.robustness.strategies import answer_sets, load, questionnaire_documents, to_yaml

NAME = "fuzz.yaml"
_YAML_LINE_BREAK = re.compile("[\n\r\x85\u2028\u2029]")
# PyYAML's ReaderError carries no mark; pinned in test_defects.py until it has a line.
KNOWN_UNLOCATED = "unacceptable character"


def outcome(data: bytes, *, must_refuse: bool = False) -> str:
    """Load `data`; only AssessorError may escape, and each problem must be located."""
    try:
        parse_document(data, None, name=NAME, search_dirs=[])
    except AssessorError as error:
        # Lines as YAML counts them (\r, NEL, LS and PS break lines too), plus end of file.
        text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
        line_count = len(_YAML_LINE_BREAK.split(text)) + 1
        for problem in error.problems:
            assert problem.file == NAME
            assert problem.message and "Traceback" not in problem.message
            if problem.line is None:
                assert KNOWN_UNLOCATED in problem.message, problem
                return "refused, no line (known defect)"
            assert 1 <= problem.line <= line_count, (problem, line_count)
        return "refused"
    assert not must_refuse, "a broken document was loaded"
    return "loaded"


@fuzz_settings(share=2.0)
@given(questionnaire_documents(), st.sampled_from(sorted(MUTATIONS)), st.data())
def test_mutated_questionnaires_are_refused_with_a_location(
    document: Any, mutation: str, data: st.DataObject
) -> None:
    changed = MUTATIONS[mutation](data.draw, document)
    result = outcome(to_yaml(changed).encode("utf-8"), must_refuse=mutation in MUST_REFUSE)
    record(f"questionnaire mutation: {mutation}", result)


@fuzz_settings(share=2.0)
@given(questionnaire_documents(), st.data())
def test_damaged_yaml_text_is_refused_with_a_location(document: Any, data: st.DataObject) -> None:
    kind, damaged = text_mutation(data.draw, to_yaml(document))
    record(f"damaged YAML text: {kind}", outcome(damaged))


@fuzz_settings()
@given(st.binary(max_size=2048))
def test_random_bytes_are_refused_or_loaded_never_crash(data: bytes) -> None:
    record("random bytes as a questionnaire", outcome(data))


@pytest.mark.parametrize("depth", [64, 65, 10_000, 100_000])
@pytest.mark.parametrize("opener", ["[", "{a: "])
def test_deep_nesting_in_text_is_refused_with_a_location(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    data = ("x: " + opener * depth + "1" + closer * depth + "\n").encode()
    result = outcome(data, must_refuse=True)
    record("deep nesting in YAML text (64 .. 100,000 levels)", result)


def test_a_file_over_the_size_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"title: " + b"x" * (MAX_FILE_BYTES + 10) + b"\n")
    with pytest.raises(AssessorError) as caught:
        load_document(path)
    assert caught.value.lines() == [f"{path}: is larger than 5 MiB"]
    record("questionnaire file over 5 MiB", "refused")


@fuzz_settings()
@given(questionnaire_documents(), st.data())
def test_wrong_answers_are_refused_per_item_with_a_line(document: Any, data: st.DataObject) -> None:
    questionnaire = load(document)
    answers = answer_sets(data.draw, questionnaire)
    item = data.draw(st.sampled_from(questionnaire.items))
    wrong = data.draw(st.sampled_from([*WRONG_VALUES, "zz-unknown", 10**9, [None], ["a", "a"]]))
    answers[item.id] = wrong
    if data.draw(st.booleans()):
        answers["zz-no-such-item"] = 1
    text = to_yaml({"questionnaire": questionnaire.id, "answers": answers})
    try:
        parsed = parse_answers(parse_yaml(text, "answers.yaml"), "answers.yaml", questionnaire)
    except AssessorError as error:
        for problem in error.problems:
            assert problem.file == "answers.yaml" and problem.line is not None
            assert problem.message.startswith("item "), problem
        record("wrong answer values", "refused")
        return
    # A "wrong" value that happens to be valid for that item (e.g. text for a text item).
    assert "zz-no-such-item" not in parsed.answers
    record("wrong answer values", "accepted (value was valid for the item)")


def _resign(result: dict[str, Any]) -> dict[str, Any]:
    result["integrity"] = {"sha256": integrity_hash(result)}
    return result


@fuzz_settings()
@given(questionnaire_documents(career=True), st.data())
def test_tampered_results_are_refused(document: Any, data: st.DataObject) -> None:
    questionnaire = load(document)
    result = build_result(questionnaire, answer_sets(data.draw, questionnaire))
    raw = result_to_bytes(result)
    how = data.draw(
        st.sampled_from(
            [
                "flip a byte",
                "truncate",
                "edit a score and re-sign",
                "edit a fit and re-sign",
                "drop a key",
                "wrong format",
            ]
        )
    )
    tampered = copy.deepcopy(result)
    if how == "flip a byte":
        at = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
        damaged = raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1 :]
    elif how == "truncate":
        damaged = raw[: data.draw(st.integers(min_value=0, max_value=len(raw) - 1))]
    elif how == "drop a key":
        del tampered[data.draw(st.sampled_from(sorted(k for k in result if k != "format")))]
        damaged = result_to_bytes(tampered)
    elif how == "wrong format":
        tampered["format"] = data.draw(st.sampled_from(["assessor-result/2", "x", 1, None]))
        damaged = result_to_bytes(_resign(tampered))
    else:
        dims = sorted(tampered["scores"])
        if how == "edit a score and re-sign" or not tampered["clusters"]:
            dim = data.draw(st.sampled_from(dims))
            old = tampered["scores"][dim]["raw"]
            tampered["scores"][dim]["raw"] = old + data.draw(st.sampled_from([1, -1, 0.5, 50]))
        else:
            tampered["clusters"][0]["fit"] = min(100, tampered["clusters"][0]["fit"] + 10) - 20
        damaged = result_to_bytes(_resign(tampered))
    try:
        parsed = parse_result(damaged, "result.json")
        verify_against(parsed, questionnaire, "result.json")
    except AssessorError as error:
        assert all(p.file == "result.json" for p in error.problems)
        record(f"tampered result: {how}", "refused")
        return
    # A flipped byte inside a text can leave valid JSON that still hashes the same only if
    # nothing changed; anything accepted must be exactly the original result.
    assert parsed == result, how
    record(f"tampered result: {how}", "accepted (content unchanged)")


@fuzz_settings()
@given(st.binary(max_size=4096) | st.text().map(lambda t: json.dumps(t).encode()))
def test_random_bytes_as_a_result_are_refused(data: bytes) -> None:
    with pytest.raises(AssessorError):
        parse_result(data, "result.json")
    record("random bytes as a result file", "refused")
