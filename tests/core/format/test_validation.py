"""Every refusal of SPEC 1.4, each asserting the line where the problem is reported."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.loading import load_document, load_questionnaire
from assessor.core.format.model import CareerModel, Questionnaire

HEAD = """\
format: assessor/1
id: q
version: "1"
title: T
dimensions:
  - {id: ml, label: ML}
  - {id: sec, label: Security}
scales:
  five:
    - {value: 1, label: Low}
    - {value: 5, label: High}
sections:
  - id: s1
    title: S1
    items:
      - {id: a, type: likert, text: A, scale: five, scores: ml}
"""  # 16 lines; the next line added is line 17


def load_text(tmp_path: Path, text: str, name: str = "doc.yaml") -> Questionnaire | CareerModel:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_document(path, search_dirs=[])


def refusal(tmp_path: Path, text: str) -> AssessorError:
    with pytest.raises(AssessorError) as caught:
        load_text(tmp_path, text)
    return caught.value


def assert_problem(error: AssessorError, line: int, fragment: str) -> None:
    matches = [p for p in error.problems if fragment in p.message]
    assert matches, f"no problem mentions {fragment!r}: {error.lines()}"
    assert matches[0].line == line, error.lines()
    assert str(matches[0]).startswith(f"{matches[0].file}:{line}:")


def test_head_is_valid(tmp_path: Path) -> None:
    document = load_text(tmp_path, HEAD)
    assert isinstance(document, Questionnaire)
    assert [i.id for i in document.items] == ["a"]


CASES = [
    ("yaml syntax", HEAD + "      - {id: b, type: likert]\n", 17, "YAML syntax error"),
    ("yaml unclosed", HEAD + "      - {id: b, type: likert\n", 17, "started at line 17"),
    ("duplicate key", HEAD.replace('title: T\n', 'title: T\ntitle: U\n'), 5, "duplicate key 'title'"),
    ("unknown top-level key", HEAD + "colour: blue\n", 17, "unknown key 'colour'"),
    ("unknown item key", HEAD + "      - {id: b, type: boolean, text: B, requried: false}\n", 17,
     "unknown key 'requried'"),
    ("missing title", HEAD.replace("title: T\n", ""), 1, "missing required key 'title'"),
    ("missing item text", HEAD + "      - {id: b, type: boolean}\n", 17, "missing required key 'text'"),
    ("wrong type title", HEAD.replace("title: T", "title: [T]"), 4, "'title' must be text"),
    ("wrong type required", HEAD + "      - {id: b, type: boolean, text: B, required: yes}\n", 17,
     "'required' must be true or false"),
    ("bad id", HEAD + "      - {id: B!, type: boolean, text: B}\n", 17, "not a valid id"),
    ("duplicate item id", HEAD + "      - {id: a, type: boolean, text: B}\n", 17,
     "duplicate item id 'a'"),
    ("unknown scale", HEAD + "      - {id: b, type: likert, text: B, scale: seven}\n", 17,
     "unknown scale 'seven'"),
    ("unknown dimension", HEAD + "      - {id: b, type: boolean, text: B, scores: gov}\n", 17,
     "unknown dimension 'gov'"),
    ("unknown item type", HEAD + "      - {id: b, type: slider, text: B}\n", 17,
     "unknown item type 'slider'"),
    ("forward condition",
     HEAD + "      - {id: b, type: boolean, text: B, when: {answer: c, equals: true}}\n"
            "      - {id: c, type: boolean, text: C}\n", 17, "refers forward to item 'c'"),
    ("self condition", HEAD + "      - {id: b, type: boolean, text: B, when: {answer: b, equals: true}}\n",
     17, "refers forward to item 'b'"),
    ("unknown item in condition",
     HEAD + "      - {id: b, type: boolean, text: B, when: {answer: zz, equals: true}}\n", 17,
     "unknown item 'zz'"),
    ("unknown option in condition",
     HEAD + "      - {id: c, type: choice, text: C, options: [{id: x, label: X}]}\n"
            "      - {id: b, type: boolean, text: B, when: {answer: c, equals: y}}\n", 18,
     "has no option 'y'"),
    ("condition as string", HEAD + "      - {id: b, type: boolean, text: B, when: \"a > 2\"}\n", 17,
     "'when' must be a condition mapping"),
    ("unknown operator", HEAD + "      - {id: b, type: boolean, text: B, when: {answer: a, matches: x}}\n",
     17, "unknown key 'matches'"),
    ("likert one point", HEAD.replace("    - {value: 5, label: High}\n", ""), 9,
     "needs at least two points"),
    ("scale out of order", HEAD.replace("{value: 5, label: High}", "{value: 0, label: High}"), 11,
     "must increase"),
    ("number bands out of order",
     HEAD + "      - id: n\n        type: number\n        text: N\n        min: 0\n        max: 9\n"
            "        bands: [{below: 5, points: 1}, {below: 2, points: 0}, {points: 2}]\n", 22,
     "bands are out of order"),
    ("number last band with below",
     HEAD + "      - {id: n, type: number, text: N, min: 0, max: 9, bands: [{below: 5, points: 1}]}\n",
     17, "the last band must not have 'below'"),
    ("knowledge correct unknown",
     HEAD + "      - {id: k, type: knowledge, text: K, options: [{id: x, label: X}], correct: y}\n",
     17, "unknown option 'y'"),
    ("duplicate option", HEAD + "      - {id: c, type: choice, text: C, options: [{id: x, label: X}, "
                                "{id: x, label: Y}]}\n", 17, "duplicate option id 'x'"),
    ("negative weight", HEAD + "      - {id: b, type: boolean, text: B, scores: {ml: -1}}\n", 17,
     "must be greater than 0"),
    ("yes is not a boolean", HEAD + "      - {id: b, type: boolean, text: B, required: no}\n", 17,
     "'required' must be true or false"),
    ("unknown format major", HEAD.replace("assessor/1", "assessor/2"), 1, "major version"),
    ("unknown format", HEAD.replace("assessor/1", "surveyjs"), 1, "unknown format"),
    ("sections missing", HEAD.split("sections:", maxsplit=1)[0], 1, "missing required key 'sections'"),
    ("inline model and reference", HEAD + "career_model: other\nladder: []\n", 18,
     "cannot be given inline"),
    ("missing career model", HEAD + "career_model: nowhere\n", 17, "career model 'nowhere' not found"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_refusals_name_the_line(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    assert_problem(refusal(tmp_path, text), line, fragment)


MODEL_HEAD = HEAD + """\
ladder:
  - {id: base, label: Base, requires: {}}
  - {id: up, label: Up, requires: {dimension: ml, gte: 50}}
clusters:
  - {id: c1, label: C1, summary: S, ai_role: tool, function: technical, target: {ml: 80}, min_level: up}
milestones:
  - {id: m1, title: M1, raises: {ml: 10}, effort_hours: 5}
"""  # lines 17-23

MODEL_CASES = [
    ("unknown level", MODEL_HEAD.replace("min_level: up", "min_level: top"), 21, "unknown level 'top'"),
    ("unknown dimension in requires", MODEL_HEAD.replace("dimension: ml, gte", "dimension: gov, gte"),
     19, "unknown dimension 'gov'"),
    ("unknown cluster in milestone",
     MODEL_HEAD + "  - {id: m2, title: M2, raises: {ml: 5}, effort_hours: 5, clusters: [zz]}\n", 24,
     "unknown cluster 'zz'"),
    ("unknown prerequisite",
     MODEL_HEAD + "  - {id: m2, title: M2, raises: {ml: 5}, effort_hours: 5, requires: [zz]}\n", 24,
     "unknown milestone 'zz'"),
    ("prerequisite cycle",
     MODEL_HEAD.replace("effort_hours: 5}", "effort_hours: 5, requires: [m3]}")
     + "  - {id: m2, title: M2, raises: {ml: 5}, effort_hours: 5, requires: [m1]}\n"
       "  - {id: m3, title: M3, raises: {ml: 5}, effort_hours: 5, requires: [m2]}\n", 23,
     "prerequisite cycle"),
    ("zero effort", MODEL_HEAD.replace("effort_hours: 5", "effort_hours: 0"), 23, "greater than 0"),
    ("target over 100", MODEL_HEAD.replace("target: {ml: 80}", "target: {ml: 180}"), 21,
     "between 0 and 100"),
    ("bad ai_role", MODEL_HEAD.replace("ai_role: tool", "ai_role: weapon"), 21, "'ai_role' must be"),
    ("resource url scheme",
     MODEL_HEAD.replace("effort_hours: 5}", "effort_hours: 5, resources: [{title: R, url: "
                                            "'file:///etc/passwd'}]}"), 23, "must be a web address starting with https://"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), [c[1:] for c in MODEL_CASES],
                         ids=[c[0] for c in MODEL_CASES])
def test_career_model_refusals_name_the_line(
    tmp_path: Path, text: str, line: int, fragment: str
) -> None:
    assert_problem(refusal(tmp_path, text), line, fragment)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = HEAD + (
        "      - {id: b, type: likert, text: B, scale: nine}\n"
        "      - {id: c, type: boolean, text: C, scores: gov}\n"
        "      - {id: a, type: boolean, text: D}\n"
    )
    error = refusal(tmp_path, text)
    assert [p.line for p in error.problems] == [17, 18, 19]


def test_problem_lines_have_file_line_column(tmp_path: Path) -> None:
    error = refusal(tmp_path, HEAD + "      - {id: b, type: boolean, text: B, scores: gov}\n")
    line = error.lines()[0]
    assert line.startswith(str(tmp_path / "doc.yaml") + ":17:")
    assert error.problems[0].column is not None and error.problems[0].column > 1


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("a: &x 1\nb: *x\n", "anchors"),
        ("a: [1]\nb: !!python/object:os.system echo\n", "tag"),
        ("a: !custom 1\n", "tag"),
        ("a: 1\n---\nb: 2\n", "several YAML documents"),
        ("[" * 65 + "]" * 65 + "\n", "nesting deeper than 64"),
        ("", "is empty"),
        ("- a\n- b\n", "top level must be a mapping"),
        ("true: 1\n", "must be text"),
        ("{[a, b]: 1}\n", "must be text"),
    ],
)
def test_hostile_yaml_is_refused(tmp_path: Path, text: str, fragment: str) -> None:
    error = refusal(tmp_path, text)
    assert any(fragment in p.message for p in error.problems), error.lines()


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(HEAD.encode() + b"# caf\xe9\n")
    with pytest.raises(AssessorError) as caught:
        load_questionnaire(path, search_dirs=[])
    assert caught.value.problems[0].line == 17
    assert "UTF-8" in caught.value.problems[0].message


def test_file_over_5_mib_is_refused_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(HEAD.encode() + b"#" * (5 * 1024 * 1024))
    with pytest.raises(AssessorError, match="larger than 5 MiB"):
        load_questionnaire(path, search_dirs=[])


def test_yaml11_words_stay_text(tmp_path: Path) -> None:
    # `yes`, `NO`, `on`, 1:30 and dates are text in YAML 1.2: fine as labels, refused as booleans.
    text = HEAD.replace("label: Low", "label: yes").replace("label: High", "label: 1:30")
    text = text.replace("title: T", "title: 2024-01-01")
    document = load_text(tmp_path, text)
    assert isinstance(document, Questionnaire)
    assert [p.label for p in document.scales["five"]] == ["yes", "1:30"]
    assert document.title == "2024-01-01"


def test_numbers_written_as_text_keep_their_spelling(tmp_path: Path) -> None:
    document = load_text(tmp_path, HEAD.replace('version: "1"', "version: 1.10"))
    assert document.version == "1.10"


def test_extension_keys_are_ignored(tmp_path: Path) -> None:
    document = load_text(tmp_path, HEAD + "x-reviewed-by: Ann\n")
    assert document.id == "q"


def test_separate_career_model_found_in_same_folder(tmp_path: Path) -> None:
    model = textwrap.dedent("""\
        format: assessor/1
        kind: career-model
        id: shared-model
        version: "3"
        title: Shared
        dimensions: [{id: ml, label: ML}]
        ladder: [{id: base, label: Base, requires: {}}]
        clusters:
          - {id: c, label: C, summary: S, ai_role: target, function: technical, target: {ml: 50}, min_level: base}
        """)
    (tmp_path / "model-file.yaml").write_text(model, encoding="utf-8")
    path = tmp_path / "q.yaml"
    path.write_text(HEAD + "career_model: shared-model\n", encoding="utf-8")
    questionnaire = load_questionnaire(path, search_dirs=[tmp_path])
    assert questionnaire.career is not None and questionnaire.career.id == "shared-model"


def test_career_model_with_undeclared_dimension_is_refused(tmp_path: Path) -> None:
    model = textwrap.dedent("""\
        format: assessor/1
        kind: career-model
        id: wide-model
        version: "3"
        title: Wide
        dimensions: [{id: ml, label: ML}, {id: gov, label: Gov}]
        ladder: [{id: base, label: Base, requires: {}}]
        clusters:
          - {id: c, label: C, summary: S, ai_role: target, function: governance, target: {gov: 50}, min_level: base}
        """)
    (tmp_path / "wide-model.yaml").write_text(model, encoding="utf-8")
    path = tmp_path / "q.yaml"
    path.write_text(HEAD + "career_model: wide-model\n", encoding="utf-8")
    with pytest.raises(AssessorError) as caught:
        load_questionnaire(path, search_dirs=[tmp_path])
    assert_problem(caught.value, 17, "does not declare: gov")


def test_digit_option_ids_work_unquoted_in_correct_and_conditions(tmp_path: Path) -> None:
    text = HEAD + (
        "      - {id: k, type: knowledge, text: K, options: [{id: '1', label: One}, {id: '2', label: Two}], correct: 2, scores: ml}\n"
        "      - {id: m, type: multi, text: M, options: [{id: '1', label: One}, {id: '2', label: Two}]}\n"
        "      - {id: b, type: boolean, text: B, when: {any: [{answer: k, equals: 2}, {answer: m, includes: [1, 2]}, {answer: k, in: [1]}]}}\n"
    )
    document = load_text(tmp_path, text)
    assert isinstance(document, Questionnaire)
    assert document.item_index["k"].correct == frozenset({"2"})


def test_one_problem_per_missing_key(tmp_path: Path) -> None:
    error = refusal(tmp_path, "format: assessor/1\nid: x\n")
    messages = [p.message for p in error.problems]
    assert len(messages) == len(set(messages)) == 4  # version, title, dimensions, sections


def test_answer_file_given_as_questionnaire_is_named(tmp_path: Path) -> None:
    error = refusal(tmp_path, "questionnaire: q\nanswers: {a: 1}\n")
    assert "answer file, not a questionnaire" in error.problems[0].message
