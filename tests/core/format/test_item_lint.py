"""The item lint: each warning on a small questionnaire, at the line of the flawed node; a
well-written questionnaire gets none; hostile labels never crash it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.item_lint import lint_document
from assessor.core.format.loading import load_document, load_questionnaire
from assessor.core.format.option_text import canonical, comparable, is_abstain

HEAD = """\
format: assessor/1
id: lint-demo
version: "1"
title: Lint demo
dimensions:
  - {id: ml, label: Machine learning}
  - {id: sec, label: Security}
scales:
  done: [{value: 0, label: Never}, {value: 1, label: Once}, {value: 2, label: Often}]
sections:
  - id: s
    title: Checks
    items:
"""


def _option_lines(options: list[str]) -> str:
    ids = [chr(97 + i) if i < 26 else f"o{i}" for i in range(len(options))]
    return "".join(f'          - {{id: {option_id}, label: "{label}"}}\n'
                   for option_id, label in zip(ids, options, strict=True))


def check(item_id: str, text: str, options: list[str], correct: str, dimension: str) -> str:
    return (f"      - id: {item_id}\n        type: knowledge\n        text: \"{text}\"\n"
            f"        options:\n{_option_lines(options)}          - {{id: dk, label: \"I don't know\"}}\n"
            f"        correct: {correct}\n        scores: {dimension}\n        refs: [\"NICE K0001\"]\n")


# Four checks per dimension; the key in every place; the key the longest option in only two
# (k4, k6), and never by much.
CLEAN_ITEMS = [
    check("k1", "Which attack changes an input at inference time to get a wrong output?",
          ["Evasion", "Poisoning", "Model inversion", "Membership inference"], "a", "ml"),
    check("k2", "Which metric suits a rare positive class best?",
          ["Accuracy", "Precision and recall", "Mean squared error",
           "Coefficient of determination"], "b", "ml"),
    check("k3", "What does a held-out test set estimate?",
          ["Training speed", "Label noise", "Performance on unseen data",
           "Model size on disk in megabytes"], "c", "ml"),
    check("k4", "Which split keeps time order for fraud data?",
          ["A random shuffle", "A stratified shuffle by label", "Duplicated rows",
           "Past for training, later for test"], "d", "ml"),
    check("k5", "Which control limits the damage of a stolen service token?",
          ["Short lifetime, narrow scope", "A longer and more complex password",
           "Verbose logging", "A WAF rule"], "a", "sec"),
    check("k6", "Which request forgery reaches cloud metadata endpoints?",
          ["Clickjacking", "Server-side request forgery", "Cross-site scripting",
           "Open redirect"], "b", "sec"),
    check("k7", "Where should signing keys for model artefacts live?",
          ["In the repository", "In the build log", "In an HSM or KMS", "In the model card"],
          "c", "sec"),
    check("k8", "Which log shows a new process starting on Windows?",
          ["Event 4624", "Event 4720", "Event 4769", "Event 4688"], "d", "sec"),
]
SELF = """\
      - {id: ml_self, type: likert, text: I have trained a model, scale: done, scores: ml,
         refs: ["NICE K0001"]}
"""


def write(tmp_path: Path, items: list[str], head: str = HEAD) -> Path:
    path = tmp_path / "q.yaml"
    path.write_text(head + "".join(items), encoding="utf-8")
    return path


def lint(path: Path) -> list[str]:
    document = load_document(path, search_dirs=[], schema_check=True)
    return [str(w) for w in lint_document(document, str(path))]


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    lines = [i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line]
    return lines[nth - 1]


def only(warnings: list[str], fragment: str) -> str:
    found = [w for w in warnings if fragment in w]
    assert len(found) == 1, warnings
    return found[0]


def test_a_well_written_questionnaire_gets_no_warning(tmp_path: Path) -> None:
    assert lint(write(tmp_path, [*CLEAN_ITEMS, SELF])) == []


def test_length_cue_points_at_the_key(tmp_path: Path) -> None:
    items = list(CLEAN_ITEMS)
    items[1] = check("k2", "Which metric suits a rare positive class best?",
                     ["Accuracy", "Precision and recall, because accuracy hides the rare class",
                      "Mean squared error", "R squared"], "b", "ml")
    path = write(tmp_path, items)
    warning = only(lint(path), "much the longest")
    line = line_of(path, "Precision and recall, because")
    assert warning.startswith(f"{path}:{line}:28: warning: the correct option of 'k2'")
    assert "(59 characters, the longest distractor 18)" in warning


def test_length_cue_needs_both_the_ratio_and_the_margin(tmp_path: Path) -> None:
    items = list(CLEAN_ITEMS)
    # 1.6× the next but only 12 characters more: not a clear cue.
    items[2] = check("k3", "What does a held-out test set estimate?",
                     ["Training speed", "Label noise", "Performance on new data", "Model size"],
                     "c", "ml")
    assert not [w for w in lint(write(tmp_path, items)) if "much the longest" in w]


def test_key_longest_in_more_than_a_third_of_checks(tmp_path: Path) -> None:
    # In k4 and k6 the key is already the longest (2 of 8); one more passes a third.
    items = list(CLEAN_ITEMS)
    items[6] = check("k7", "Where should signing keys for model artefacts live?",
                     ["In the repo", "In the log", "In an HSM or KMS", "In the card"], "c", "sec")
    path = write(tmp_path, items)
    warning = only(lint(path), "longest in 3 of 8")
    assert warning.startswith(f"{path}:{line_of(path, 'sections:')}:1: warning:")
    assert not [w for w in lint(write(tmp_path, CLEAN_ITEMS)) if "longest in" in w]


@pytest.mark.parametrize(("labels", "message"), [
    (["A false positive", "A false negative", "A true negative", "A type I error"],
     "name the same thing"),
    (["A false negative", "A FALSE positive!", "A true negative", "the false positive"],
     "read the same"),
    (["Poisoning", "Evasion", "Evasion at inference time", "Inversion"], "overlap"),
])
def test_duplicate_synonym_and_overlapping_options(tmp_path: Path, labels: list[str],
                                                   message: str) -> None:
    items = list(CLEAN_ITEMS)
    items[0] = check("k1", "A tool closes a real intrusion as benign. What is that?", labels,
                     "b", "ml")
    path = write(tmp_path, items)
    warning = only(lint(path), message)
    line = line_of(path, f'label: "{labels[3]}"' if message != "overlap"
                   else 'label: "Evasion at inference time"')
    assert warning.startswith(f"{path}:{line}:28: warning: options ")


def test_look_alike_letters_read_the_same() -> None:
    assert comparable("Еvasion") == comparable("Evasion")  # Cyrillic Е
    assert comparable("Eva\u200bsion") == comparable("evasion")
    assert comparable("Ｅｖａｓｉｏｎ") == "evasion"
    assert canonical("A Type-I error") == canonical("false positive")
    assert is_abstain("x", "I don’t know") and is_abstain("dk", "Skip this")
    assert not is_abstain("a", "I know")


def test_key_always_in_the_same_place(tmp_path: Path) -> None:
    items = [item.replace("correct: a", "correct: b").replace("correct: c", "correct: b")
             .replace("correct: d", "correct: b") for item in CLEAN_ITEMS]
    path = write(tmp_path, items)
    warning = only(lint(path), "vary its position")
    assert warning == (f"{path}:{line_of(path, 'sections:')}:1: warning: the correct option "
                       "is option 2 in 8 of 8 knowledge checks: vary its position")


def test_key_always_last_is_seen_whatever_the_option_count(tmp_path: Path) -> None:
    items = []
    for index, original in enumerate(CLEAN_ITEMS):
        item = original.replace(f"correct: {'abcd'[index % 4]}", "correct: d")
        if index % 2:  # drop option c, so that "d" is third and still last
            item = "\n".join(line for line in item.splitlines() if "{id: c," not in line) + "\n"
        items.append(item)
    assert "the last option in 8 of 8" in " ".join(lint(write(tmp_path, items)))


def test_dimension_without_knowledge_checks(tmp_path: Path) -> None:
    head = HEAD.replace("  - {id: sec, label: Security}\n",
                        "  - {id: sec, label: Security}\n  - {id: gov, label: Governance}\n")
    path = write(tmp_path, [*CLEAN_ITEMS, SELF], head)
    warning = only(lint(path), "no knowledge checks")
    assert warning == (f"{path}:{line_of(path, 'id: gov')}:10: warning: dimension 'gov' has no "
                       "knowledge checks: its percent rests on self-report alone")


def test_scored_item_without_refs(tmp_path: Path) -> None:
    unscored = '      - {id: notes, type: text, text: "Anything else?", required: false}\n'
    path = write(tmp_path, [*CLEAN_ITEMS, SELF.replace(',\n         refs: ["NICE K0001"]', ""),
                            unscored])
    warning = only(lint(path), "no 'refs'")
    assert warning.startswith(f"{path}:{line_of(path, 'id: ml_self')}:14: warning: scored item "
                              "'ml_self' has no 'refs'")


@pytest.mark.parametrize(("stem", "expected"), [
    ("Policy keeps a human review step. Which option keeps a human review step?",
     "contains its correct option"),
    ("Policy: signed logs are retained one year. What does the team do?", "repeats"),
])
def test_stem_that_answers_itself(tmp_path: Path, stem: str, expected: str) -> None:
    items = list(CLEAN_ITEMS)
    items[4] = check("k5", stem, ["Keeps a human review step", "Disables the model",
                                  "The team signs logs and retains them for a year", "Nothing"],
                     "a" if "human" in stem else "c", "sec")
    path = write(tmp_path, items)
    warning = only(lint(path), expected)
    assert warning.startswith(f"{path}:{line_of(path, stem[:20])}:15: warning: the stem of 'k5'")


def test_a_stem_naming_key_and_distractors_is_fair(tmp_path: Path) -> None:
    items = list(CLEAN_ITEMS)
    items[0] = check("k1", "Is this evasion, poisoning or model inversion?",
                     ["Evasion", "Poisoning", "Model inversion", "Membership inference"], "a", "ml")
    assert lint(write(tmp_path, items)) == []


def test_empty_and_invisible_labels_are_warned_not_crashed_on(tmp_path: Path) -> None:
    items = list(CLEAN_ITEMS)
    items[0] = check("k1", "Pick one", ["", "\u200b\u200b", "...", "Evasion"], "d", "ml")
    warnings = lint(write(tmp_path, items))
    assert sum("no readable label" in w for w in warnings) == 3


def test_thousands_of_options_are_linted_quickly(tmp_path: Path) -> None:
    labels = [f"Option number {n}" for n in range(3000)] + ["Option number 7"]
    items = list(CLEAN_ITEMS)
    items[0] = check("k1", "Pick the right one", labels, "b", "ml")
    path = write(tmp_path, items)
    started = time.perf_counter()
    warnings = lint(path)
    assert time.perf_counter() - started < 20
    line = line_of(path, 'number 7"', 2)
    assert only(warnings, "read the same").startswith(f"{path}:{line}:")


@pytest.mark.parametrize("label", [
    "\u202eevil", "𝔈𝔳𝔞𝔰𝔦𝔬𝔫", "e\u0301\u0301\u0301" * 200, "한국어 라벨", "\U0001f600" * 50,
    "Ｉ ｄｏｎ’ｔ ｋｎｏｗ", "ℌ" * 1000, "\u00ad", "ﬁ", "İstanbul",
])
def test_hostile_unicode_labels_never_crash(tmp_path: Path, label: str) -> None:
    items = list(CLEAN_ITEMS)
    items[0] = check("k1", label.replace('"', "") or "x", [label, label.upper(), "Evasion",
                                                             label[::-1]], "c", "ml")
    try:
        warnings = lint(write(tmp_path, items))
    except AssessorError as exc:  # refused by validation: a located message, not a crash
        assert all(p.line is not None for p in exc.problems)
        return
    assert all(w.startswith(f"{tmp_path / 'q.yaml'}:") and ": warning: " in w for w in warnings)


def test_a_changed_file_is_refused_not_mislocated(tmp_path: Path) -> None:
    path = write(tmp_path, CLEAN_ITEMS)
    document = load_questionnaire(path, search_dirs=[])
    path.write_text(path.read_text() + "\n# edited\n")
    with pytest.raises(AssessorError, match="changed while it was being checked"):
        lint_document(document, str(path))


def test_a_career_model_has_nothing_to_lint() -> None:
    model = load_document(Path("questionnaires/ai-cyber-career-model.yaml"), search_dirs=[])
    assert lint_document(model, "model.yaml") == []
