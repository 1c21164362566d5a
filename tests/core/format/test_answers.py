"""SPEC 2 answer files, YAML and JSON: what is accepted, what is refused and where.

The questionnaire is tests/data/spec/scoring.yaml (id spec-scoring, version "3.1").
Problems must read `FILE:LINE:COL: item ID: message`; line numbers are counted by hand
from the answer texts below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.scoring import score

SPEC_DATA = Path(__file__).resolve().parents[2] / "data" / "spec"
TEST_DATA_ALL_TYPES = SPEC_DATA.parent / "all_types.yaml"

GOOD_ANSWERS = """\
questionnaire: spec-scoring
version: "3.1"
respondent: learner-17
answers:
  w2: 4
  sh: 3
  zr: 1
  ch1: y
  ch2: q
  mc: [o1, o5]
  mu: []
  k1: c
  k2: a
  b1: true
  b2: false
  n1: 7.5
  tx: "free text"
  sr: 4
  kq: f
  hid: 5
"""


@pytest.fixture(scope="module")
def scoring_q() -> Questionnaire:
    return load_questionnaire(SPEC_DATA / "scoring.yaml", search_dirs=[])


def write(tmp_path: Path, text: str, name: str = "answers.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refusal(path: Path, questionnaire: Questionnaire) -> AssessorError:
    with pytest.raises(AssessorError) as caught:
        load_answers(path, questionnaire)
    return caught.value


def test_valid_file_keeps_every_answer(tmp_path: Path, scoring_q: Questionnaire) -> None:
    loaded = load_answers(write(tmp_path, GOOD_ANSWERS), scoring_q)
    assert loaded.questionnaire_id == "spec-scoring"
    assert loaded.respondent == "learner-17"
    assert loaded.version == "3.1"
    assert loaded.warnings == []
    assert loaded.answers == {
        "w2": 4,
        "sh": 3,
        "zr": 1,
        "ch1": "y",
        "ch2": "q",
        "mc": ["o1", "o5"],
        "mu": [],
        "k1": "c",
        "k2": "a",
        "b1": True,
        "b2": False,
        "n1": 7.5,
        "tx": "free text",
        "sr": 4,
        "kq": "f",
        "hid": 5,  # its section is hidden (b2 false): kept, not scored
    }


def test_empty_multi_list_is_an_answer(tmp_path: Path, scoring_q: Questionnaire) -> None:
    loaded = load_answers(write(tmp_path, GOOD_ANSWERS), scoring_q)
    scores = score(scoring_q, loaded.answers)
    assert scores.complete is True  # mu answered with "none of these"
    assert scores.dimensions["mu"].coverage == pytest.approx(1.0)
    assert scores.dimensions["mu"].raw == 0
    # hid is kept in the answers but its section is hidden: lk = 8 + 3 + 3 = 14
    assert scores.dimensions["lk"].raw == 14


def test_other_questionnaire_is_refused(tmp_path: Path, scoring_q: Questionnaire) -> None:
    path = write(tmp_path, GOOD_ANSWERS.replace("spec-scoring", "spec-likert10"))
    error = refusal(path, scoring_q)
    (line,) = error.lines()
    assert line.startswith(f"{path}:1:")
    assert "spec-likert10" in line
    assert "spec-scoring" in line


def test_version_mismatch_is_only_a_warning(tmp_path: Path, scoring_q: Questionnaire) -> None:
    path = write(tmp_path, GOOD_ANSWERS.replace('version: "3.1"', 'version: "3.0"'))
    loaded = load_answers(path, scoring_q)
    assert loaded.answers["w2"] == 4  # loaded all the same
    assert loaded.version == "3.0"
    (warning,) = loaded.warnings
    assert warning.startswith(f"{path}:2:")
    assert "3.0" in warning
    assert "3.1" in warning


def test_no_version_no_warning(tmp_path: Path, scoring_q: Questionnaire) -> None:
    path = write(tmp_path, GOOD_ANSWERS.replace('version: "3.1"\n', ""))
    loaded = load_answers(path, scoring_q)
    assert loaded.version is None
    assert loaded.warnings == []


def test_missing_questionnaire_key_is_refused(tmp_path: Path, scoring_q: Questionnaire) -> None:
    path = write(tmp_path, GOOD_ANSWERS.replace("questionnaire: spec-scoring\n", ""))
    error = refusal(path, scoring_q)
    assert any("questionnaire" in line for line in error.lines())
    assert all(line.startswith(str(path)) for line in error.lines())


HEADER = 'questionnaire: spec-scoring\nversion: "3.1"\nanswers:\n'  # answers start on line 4


@pytest.mark.parametrize(
    ("item", "value"),
    [
        ("w2", "6"),  # likert: not on the 1..5 scale
        ("w2", "2.5"),  # likert: between scale points
        ("sh", "four"),  # likert: text
        ("sh", "null"),  # likert: null is not a scale value
        ("w2", "true"),  # likert: a boolean is not the scale value 1
        ("ch1", "w"),  # choice: not an option
        ("ch1", "[x]"),  # choice: a list
        ("mc", "[o1, o2, o3]"),  # multi: 3 choices, max_choices 2
        ("mc", "[o1, o9]"),  # multi: unknown option
        ("mu", "o1"),  # multi: not a list
        ("k1", "d"),  # knowledge: not an option
        ("b1", "yes"),  # boolean: `yes` is text under YAML 1.2
        ("b1", "1"),  # boolean: a number
        ("n1", "41"),  # number: above max 40
        ("n1", "-1"),  # number: below min 0
        ("n1", '"7"'),  # number: quoted, so text
        ("n1", "true"),  # number: a boolean
        ("n1", ".nan"),  # number: not a number
        ("tx", '"this text is longer than twenty"'),  # text: 31 characters, max_length 20
        ("tx", "5"),  # text: a number
        ("nope", "1"),  # unknown item id
    ],
)
def test_bad_answer_is_reported_at_its_line(
    tmp_path: Path, scoring_q: Questionnaire, item: str, value: str
) -> None:
    path = write(tmp_path, HEADER + f"  {item}: {value}\n")
    error = refusal(path, scoring_q)
    (problem,) = error.problems
    assert problem.file == str(path)
    assert problem.line == 4
    # the offending node: the key (column 3) or its value (after "  ID: ")
    assert problem.column in (3, len(f"  {item}: ") + 1)
    text = str(problem)
    prefix = f"{path}:4:{problem.column}: item {item}: "
    assert text.startswith(prefix)
    assert len(text) > len(prefix)  # and says why


def test_every_bad_answer_is_reported_not_just_the_first(
    tmp_path: Path, scoring_q: Questionnaire
) -> None:
    text = (
        HEADER  # lines 1-3
        + "  w2: 6\n"  # 4
        + "  sh: 3\n"  # 5 (fine)
        + "  mc: [o1, o2, o3]\n"  # 6
        + "  b1: yes\n"  # 7
        + "  ghost: true\n"  # 8
        + "  n1: 100\n"  # 9
        + "  tx: abcdefghijklmnopqrstuvwxyz\n"  # 10 (26 characters)
    )
    path = write(tmp_path, text)
    error = refusal(path, scoring_q)
    located = sorted((p.line, p.message.split(":")[0]) for p in error.problems)
    assert located == [
        (4, "item w2"),
        (6, "item mc"),
        (7, "item b1"),
        (8, "item ghost"),
        (9, "item n1"),
        (10, "item tx"),
    ]


def test_text_at_max_length_is_accepted(tmp_path: Path, scoring_q: Questionnaire) -> None:
    path = write(tmp_path, HEADER + "  tx: abcdefghijklmnopqrst\n")  # exactly 20
    assert load_answers(path, scoring_q).answers == {"tx": "abcdefghijklmnopqrst"}


def test_range_ends_and_max_choices_are_accepted(tmp_path: Path, scoring_q: Questionnaire) -> None:
    path = write(tmp_path, HEADER + "  n1: 40\n  mc: [o4, o5]\n  w2: 1\n")
    assert load_answers(path, scoring_q).answers == {"n1": 40, "mc": ["o4", "o5"], "w2": 1}


def test_json_answer_file(tmp_path: Path, scoring_q: Questionnaire) -> None:
    document = {
        "questionnaire": "spec-scoring",
        "version": "3.1",
        "respondent": "json-learner",
        "answers": {"w2": 4, "mc": ["o1", "o5"], "mu": [], "b1": True, "tx": "x"},
    }
    path = write(tmp_path, json.dumps(document, indent=2), "answers.json")
    loaded = load_answers(path, scoring_q)
    assert loaded.answers == document["answers"]
    assert loaded.respondent == "json-learner"
    assert loaded.warnings == []


def test_json_errors_name_their_lines(tmp_path: Path, scoring_q: Questionnaire) -> None:
    text = (
        "{\n"  # 1
        '  "questionnaire": "spec-scoring",\n'  # 2
        '  "answers": {\n'  # 3
        '    "w2": 4,\n'  # 4
        '    "b1": "true",\n'  # 5: a string, not a boolean
        '    "mc": ["o1", "o2", "o3"]\n'  # 6: too many choices
        "  }\n"
        "}\n"
    )
    path = write(tmp_path, text, "answers.json")
    error = refusal(path, scoring_q)
    assert sorted((p.line, p.message.split(":")[0]) for p in error.problems) == [
        (5, "item b1"),
        (6, "item mc"),
    ]
    assert all(line.startswith(f"{path}:") for line in error.lines())


def test_json_for_another_questionnaire_is_refused(
    tmp_path: Path, scoring_q: Questionnaire
) -> None:
    path = write(tmp_path, json.dumps({"questionnaire": "other", "answers": {}}), "answers.json")
    assert "other" in refusal(path, scoring_q).lines()[0]


def test_plain_digits_answer_a_choice_with_digit_option_ids(tmp_path: Path) -> None:
    questionnaire = load_questionnaire(SPEC_DATA / "numeric_ids.yaml", search_dirs=[])
    path = write(tmp_path, "questionnaire: spec-numeric-ids\nanswers:\n  c: 2\n  m: []\n")
    loaded = load_answers(path, questionnaire)
    assert loaded.answers == {"c": "2", "m": []}
    # option "2" scores 2 of range 1..2 -> percent 100; m empty adds 0 of range 0..3
    d = score(questionnaire, loaded.answers).dimensions["d"]
    assert (d.raw, d.min, d.max) == (2, 1, 5)  # 2 + 0; 1 + 0; 2 + (1 + 2)


def test_plain_digits_answer_a_multi_with_digit_option_ids(tmp_path: Path) -> None:
    questionnaire = load_questionnaire(SPEC_DATA / "numeric_ids.yaml", search_dirs=[])
    path = write(tmp_path, "questionnaire: spec-numeric-ids\nanswers:\n  c: 1\n  m: [1, 2]\n")
    loaded = load_answers(path, questionnaire)
    assert loaded.answers == {"c": "1", "m": ["1", "2"]}


def test_nan_answer_names_the_real_problem(tmp_path: Path) -> None:
    questionnaire = load_questionnaire(TEST_DATA_ALL_TYPES, search_dirs=[])
    path = write(tmp_path, "questionnaire: all-types\nanswers:\n  years: .nan\n")
    with pytest.raises(AssessorError, match=r"nan is not a number \(NaN\)"):
        load_answers(path, questionnaire)


def test_null_respondent_means_none(tmp_path: Path) -> None:
    questionnaire = load_questionnaire(TEST_DATA_ALL_TYPES, search_dirs=[])
    path = tmp_path / "a.json"
    path.write_text('{"questionnaire": "all-types", "respondent": null, "answers": {}}')
    assert load_answers(path, questionnaire).respondent is None
