"""Regression tests for defects the fuzzing found; each xfail names the defect until fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_document, parse_document
from assessor.core.format.model import Questionnaire

QUESTIONNAIRE = b"""\
format: assessor/1
id: q
version: "1"
title: T
dimensions: [{id: d, label: D}]
sections:
  - id: s
    title: S
    items:
      - {id: t, type: text, text: Anything to add?}
"""


def _questionnaire() -> Questionnaire:
    loaded = parse_document(QUESTIONNAIRE, None, name="q.yaml", search_dirs=[])
    assert isinstance(loaded, Questionnaire)
    return loaded


def test_json_answer_file_with_an_escaped_emoji_loads(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text('{"questionnaire": "q", "answers": {"t": "smile \\ud83d\\ude00"}}')
    assert load_answers(path, _questionnaire()).answers == {"t": "smile \U0001f600"}


def test_json_answer_file_with_a_raw_delete_character_loads(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_bytes(b'{"questionnaire": "q", "answers": {"t": "a\x7fb"}}')
    assert load_answers(path, _questionnaire()).answers == {"t": "a\x7fb"}


def test_a_control_character_in_yaml_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_bytes(QUESTIONNAIRE.replace(b"Anything", b"Any\x01thing"))
    with pytest.raises(AssessorError) as caught:
        load_document(path)
    assert [p.line for p in caught.value.problems] == [10]


def test_an_option_id_that_looks_like_a_float_can_be_referenced() -> None:
    document = QUESTIONNAIRE.replace(
        b"      - {id: t, type: text, text: Anything to add?}\n",
        b"      - {id: k, type: knowledge, text: K, scores: d, correct: 1e3,\n"
        b"         options: [{id: 1e3, label: A}, {id: b, label: B}]}\n",
    )
    loaded = parse_document(document, None, name="q.yaml", search_dirs=[])
    assert isinstance(loaded, Questionnaire)
    assert loaded.items[0].option_ids == ("1e3", "b")


def test_loader_and_json_schema_agree_on_a_plain_number_id() -> None:
    document = QUESTIONNAIRE.replace(b"{id: t,", b"{id: 7,")
    parse_document(document, None, name="q.yaml", search_dirs=[])  # accepted
    parse_document(document, None, name="q.yaml", search_dirs=[], schema_check=True)


@pytest.mark.parametrize("value", ["2.5", "7", "true"])
def test_section_items_of_a_scalar_type_are_refused_not_a_crash(value: str) -> None:
    # Found by the fuzzer: `items: 2.5` raised TypeError from ItemParser.parse_sections.
    document = QUESTIONNAIRE.replace(b"    items:\n", f"    items: {value}\n".encode()).replace(
        b"      - {id: t, type: text, text: Anything to add?}\n", b""
    )
    with pytest.raises(AssessorError) as caught:
        parse_document(document, None, name="q.yaml", search_dirs=[])
    assert [p.line for p in caught.value.problems] == [9]
    assert "items" in caught.value.problems[0].message


@pytest.mark.parametrize("value", ["[[a]]", "[{a: 1}]", "[a, [b]]"])
def test_a_nested_value_in_correct_is_refused_not_a_crash(value: str) -> None:
    # Found by the fuzzer: `correct: [[a]]` raised "unhashable type: 'YList'" in _correct.
    document = QUESTIONNAIRE.replace(
        b"      - {id: t, type: text, text: Anything to add?}\n",
        f"      - {{id: k, type: knowledge, text: K, scores: d, correct: {value},\n"
        f"         options: [{{id: a, label: A}}, {{id: b, label: B}}]}}\n".encode(),
    )
    with pytest.raises(AssessorError) as caught:
        parse_document(document, None, name="q.yaml", search_dirs=[])
    assert [p.line for p in caught.value.problems] == [10]
    assert "'correct'" in caught.value.problems[0].message


@pytest.mark.parametrize("kind", ["choice", "multi", "knowledge"])
@pytest.mark.parametrize("value", ["-1", "2.5", "true"])
def test_options_of_a_scalar_type_are_refused_not_a_crash(kind: str, value: str) -> None:
    # Found by the fuzzer: `options: -1` raised "object of type 'int' has no len()".
    document = QUESTIONNAIRE.replace(
        b"      - {id: t, type: text, text: Anything to add?}\n",
        f"      - {{id: k, type: {kind}, text: K, scores: d, correct: a, options: {value}}}\n".encode(),
    )
    with pytest.raises(AssessorError) as caught:
        parse_document(document, None, name="q.yaml", search_dirs=[])
    assert 10 in [p.line for p in caught.value.problems]
    assert any("options" in p.message for p in caught.value.problems)


SHAPES = {
    "display.items is a number": ("display", {"items": 5}),
    "display is text": ("display", "x"),
    "a score is a number": ("scores", {"d": 5}),
    "missing is a number": ("missing", 7),
    "display.dimensions holds a number": ("display", {"dimensions": [1]}),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_result_of_odd_shape_is_refused_or_summarised(shape: str) -> None:
    from assessor.core.integrity import integrity_hash
    from assessor.core.results import parse_result, result_to_bytes
    from assessor.core.results.csv_export import result_to_csv_bytes
    from assessor.core.results.view import ResultView
    from tests.robustness.fault_child import synthetic_result

    key, value = SHAPES[shape]
    result = synthetic_result(1)
    result["answers"] = {"a": "x"}
    result[key] = value
    result["integrity"] = {"sha256": integrity_hash(result)}
    try:
        parsed = parse_result(result_to_bytes(result), "result.json")
    except AssessorError:
        return  # refused with the project's error: fine
    result_to_csv_bytes(parsed)
    view = ResultView.from_data(parsed)
    view.dimension_labels()
    view.percents()
