"""Hostile inputs written by hand, not generated: what a hurried or malicious user gives the
command line (wrong kinds of files, special files, encodings, YAML and JSON corner cases,
numbers out of range, outputs that are not files). `test_hand_written_hostile.py` runs each
through the real CLI in-process."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import TEST_DATA


@dataclass(frozen=True)
class Case:
    name: str
    argv: tuple[str, ...]
    must_refuse: bool = False  # exit 1 (or 2) required, not merely allowed


# (old, new) replacements in the test questionnaire; each must be refused.
QUESTIONNAIRE_REFUSED = {
    "duplicate key": ("title: Every item type", "title: Every item type\ntitle: again"),
    "merge key": ("description: Used by the tests; not shipped.", "<<: {x: 1}"),
    "python tag": ("title: Every item type",
                   "title: !!python/object/apply:os.system ['echo pwned']"),
    "5000-digit minutes": ("estimated_minutes: 3", "estimated_minutes: " + "9" * 5000),
    "infinite minutes": ("estimated_minutes: 3", "estimated_minutes: .inf"),
    "NaN minutes": ("estimated_minutes: 3", "estimated_minutes: .nan"),
    "negative minutes": ("estimated_minutes: 3", "estimated_minutes: -5"),
    "sexagesimal minutes": ("estimated_minutes: 3", "estimated_minutes: 1:30"),
    "null id": ("id: all-types", "id: ~"),
    "path as id": ("id: all-types", "id: ../../etc/passwd"),
    "Cyrillic a in id": ("id: all-types", "id: \u0430ll-types"),
    "list title": ("title: Every item type", "title: [a, b]"),
    "collection key": ("title: Every item type", "? [a, b]\n: 1\ntitle: x"),
    "infinite points": ("scores: {sec: 2}}", "scores: {sec: .inf}}"),
    "NaN points": ("scores: {sec: 2}}", "scores: {sec: .nan}}"),
    "1e308 points": ("scores: {sec: 2}}", "scores: {sec: 1e308}}"),
    "400-digit points": ("scores: {sec: 2}}", "scores: {sec: " + "9" * 400 + "}}"),
    "points as text": ("scores: {sec: 2}}", "scores: {sec: '2'}}"),
    "points as boolean": ("scores: {sec: 2}}", "scores: {sec: true}}"),
    "points as list": ("scores: {sec: 2}}", "scores: [sec]}"),
    "max_choices 0": ("max_choices: 2", "max_choices: 0"),
    "max_choices -1": ("max_choices: 2", "max_choices: -1"),
    "max_choices 1.5": ("max_choices: 2", "max_choices: 1.5"),
    "max_choices 1e23": ("max_choices: 2", "max_choices: 99999999999999999999999"),
    "duplicate option": ("- {id: splunk, label: Splunk, scores: {sec: 1}}",
                         "- {id: pytorch, label: Splunk, scores: {sec: 1}}"),
    "duplicate dimension": ("  - {id: sec, label: Security}", "  - {id: ml, label: Security}"),
    "tab indentation": ("sections:\n  - id: background", "sections:\n\t- id: background"),
    "NUL in text": ("title: Every item type", "title: Every\x00 item type"),
    "lone surrogate escape": ("title: Every item type", 'title: "\\ud800"'),
    "terminal escape": ("title: Every item type", 'title: "\\x1b[31mred\\x07"'),
    "format 2": ("format: assessor/1", "format: assessor/2"),
    "format as number": ("format: assessor/1", "format: 1"),
    "format missing": ("format: assessor/1\n", ""),
}
# Accepted as the YAML 1.2 core schema reads them, and shown as plain text.
QUESTIONNAIRE_ALLOWED = {
    "HTML title": ("title: Every item type",
                   "title: '<img src=x onerror=alert(1)><script>alert(1)</script>'"),
    "right-to-left override": ("title: Every item type", "title: \u202eepyt meti yrevE"),
    "date-like version": ('version: "2.0.1"', "version: 2001-12-14"),
    "yes as id": ("id: all-types", "id: yes"),
    "octal minutes": ("estimated_minutes: 3", "estimated_minutes: 0o17"),
    "20,000 refs": ('refs: ["NICE PD-WRL-001"]', "refs: [" + ",".join(['"x"'] * 20000) + "]"),
}
ANSWERS_REFUSED = {
    "answers as list": ("answers:\n", "answers: [1, 2]\nx:\n"),
    "years as text": ("years: 6", "years: 'six'"),
    "infinite years": ("years: 6", "years: .inf"),
    "NaN years": ("years: 6", "years: .nan"),
    "5000-digit years": ("years: 6", "years: " + "9" * 5000),
    "years -1e308": ("years: 6", "years: -1e308"),
    "years as boolean": ("years: 6", "years: true"),
    "choice as list": ("role: analyst", "role: [analyst]"),
    "unknown option": ("role: analyst", "role: ceo"),
    "repeated option": ("tools: [splunk]", "tools: [splunk, splunk]"),
    "too many options": ("tools: [splunk]", "tools: [splunk, pytorch, excel]"),
    "nested list": ("tools: [splunk]", "tools: [[splunk]]"),
    "unknown item": ("role: analyst", "role: analyst\n  zzz: 1"),
    "other questionnaire": ("questionnaire: all-types", "questionnaire: other"),
    "questionnaire as list": ("questionnaire: all-types", "questionnaire: [a]"),
    "terminal escape in name": ("respondent: Sam", 'respondent: "\\x1b]0;pwn\\x07Sam"'),
    "lone surrogate in name": ("respondent: Sam", 'respondent: "\\udc80"'),
    "answers null": ("answers:\n", "answers: ~\nxx:\n"),
}


def _result_text_cases(text: str, completed_at: str) -> dict[str, str]:
    return {
        "lone surrogate": text.replace('"Sam"', '"\\ud800"', 1),
        "duplicate key": text.replace('"respondent": "Sam"',
                                      '"respondent": "Sam", "respondent": "Eve"', 1),
        "NaN literal": text.replace('"raw": 6', '"raw": NaN', 1),
        "Infinity literal": text.replace('"raw": 6', '"raw": Infinity', 1),
        "5000-digit integer": text.replace('"raw": 6', '"raw": ' + "9" * 5000, 1),
        "1e999999": text.replace('"raw": 6', '"raw": 1e999999', 1),
        "-0.0 edited in": text.replace('"raw": 6', '"raw": -0.0', 1),
        "100,000 levels deep": '{"a":' * 100000 + "1" + "}" * 100000,
        "a list": "[1,2,3]",
        "trailing garbage": text + "garbage",
        "empty": "",
        "null": "null",
        "NUL escape": text.replace('"Sam"', '"S\\u0000a\\u001bm"', 1),
        "format 2": text.replace('"assessor-result/1"', '"assessor-result/2"', 1),
        "format as number": text.replace('"assessor-result/1"', "1", 1),
        "format 1.9": text.replace('"assessor-result/1"', '"assessor-result/1.9"', 1),
        "date edited": text.replace(completed_at, "yesterday", 1),
        "year 0": text.replace(completed_at, "0000-01-01T00:00:00+00:00", 1),
        "upper-case sha256": text.replace(
            json.loads(text)["questionnaire"]["sha256"],
            json.loads(text)["questionnaire"]["sha256"].upper(), 1),
    }


def build(folder: Path, score: Callable[[Path, Path, Path], None]) -> list[Case]:
    """Write every case's files into `folder`; `score(q, answers, out)` writes a result."""
    questionnaire = folder / "q.yaml"
    answers = folder / "a.yaml"
    result = folder / "r.json"
    q_text = (TEST_DATA / "all_types.yaml").read_text(encoding="utf-8")
    a_text = (TEST_DATA / "all_types_answers.yaml").read_text(encoding="utf-8")
    questionnaire.write_text(q_text, encoding="utf-8")
    answers.write_text(a_text, encoding="utf-8")
    score(questionnaire, answers, result)
    r_text = result.read_text(encoding="utf-8")
    cases: list[Case] = []

    def q_case(label: str, data: bytes, refuse: bool) -> None:
        path = folder / f"q-{len(cases)}.yaml"
        path.write_bytes(data)
        cases.append(Case(f"validate: {label}", ("validate", str(path)), refuse))
        cases.append(Case(f"score with: {label}", ("score", str(path), str(answers)), refuse))

    for table, refuse in ((QUESTIONNAIRE_REFUSED, True), (QUESTIONNAIRE_ALLOWED, False)):
        for label, (old, new) in table.items():
            assert old in q_text, label
            q_case(label, q_text.replace(old, new, 1).encode("utf-8", "surrogatepass"), refuse)
    for label, data, refuse in (
        ("CRLF line ends", q_text.replace("\n", "\r\n").encode(), False),
        ("CR line ends", q_text.replace("\n", "\r").encode(), False),
        ("UTF-8 byte-order mark", b"\xef\xbb\xbf" + q_text.encode(), False),
        ("UTF-16", q_text.encode("utf-16"), True),
        ("Latin-1", q_text.replace("Every", "\u00c9very").encode("latin-1"), True),
        ("empty file", b"", True),
        ("only a comment", b"# nothing\n", True),
        ("a bare word", b"hello\n", True),
        ("a list", b"- a\n- b\n", True),
        ("two documents", (q_text + "\n---\n" + q_text).encode(), True),
        ("a 4 MiB line", b"title: " + b"x" * (4 * 1024 * 1024) + b"\n", True),
        ("5,000 nested brackets", b"title: " + b"[" * 5000 + b"]" * 5000 + b"\n", True),
        ("alias bomb", b"a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                       b"c: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n", True),
        ("6 MiB", b"# " + b"x" * (6 * 1024 * 1024), True),
    ):
        q_case(label, data, refuse)

    for label, (old, new) in ANSWERS_REFUSED.items():
        assert old in a_text, label
        path = folder / f"a-{len(cases)}.yaml"
        path.write_text(a_text.replace(old, new, 1), encoding="utf-8")
        cases.append(Case(f"answers: {label}", ("score", str(questionnaire), str(path)), True))
    cases.append(Case("answers: a result file", ("score", str(questionnaire), str(result)),
                      True))
    cases.append(Case("answers and questionnaire swapped",
                      ("score", str(answers), str(questionnaire)), True))

    completed_at = json.loads(r_text)["completed_at"]
    for label, text in _result_text_cases(r_text, completed_at).items():
        path = folder / f"r-{len(cases)}.json"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        out = folder / f"out-{len(cases)}"
        cases.append(Case(f"report of: {label}", ("report", str(path), "-o", f"{out}.html"),
                          True))
        cases.append(Case(f"cohort of: {label}", ("cohort", str(path), "-o", f"{out}.csv"),
                          True))
        cases.append(Case(f"re-scored cohort of: {label}",
                          ("cohort", "--questionnaire", str(questionnaire), str(path),
                           "-o", f"{out}-q.csv"), True))

    (folder / "a-folder.yaml").mkdir()
    pipe = folder / "pipe.yaml"
    os.mkfifo(pipe)
    loop = folder / "loop.yaml"
    loop.symlink_to(loop)
    odd_name = Path(os.fsdecode(bytes(folder) + b"/bad\xff.yaml"))
    odd_name.write_text(q_text, encoding="utf-8")
    special = {"a folder": folder / "a-folder.yaml", "a named pipe": pipe,
               "/dev/zero": Path("/dev/zero"), "a symlink loop": loop,
               "a missing file": folder / "missing.yaml",
               "a 300-character name": Path("/tmp/" + "a" * 300 + ".yaml"),
               "/proc/self/mem": Path("/proc/self/mem")}
    for label, path in special.items():
        for argv in (("validate", str(path)), ("score", str(path), str(answers)),
                     ("score", str(questionnaire), str(path)),
                     ("report", str(path), "-o", str(folder / "special.html")),
                     ("cohort", str(path), "-o", str(folder / "special.csv"))):
            cases.append(Case(f"{argv[0]} of {label}", argv, True))
    cases.append(Case("a name that is not UTF-8", ("validate", str(odd_name))))
    odd_folder = Path(os.fsdecode(bytes(folder) + b"/results-\xfe"))
    odd_folder.mkdir()
    odd_result = Path(os.fsdecode(bytes(odd_folder) + b"/r\xff.json"))
    odd_result.write_text(r_text, encoding="utf-8")
    for argv in (("report", str(odd_result), "-o", str(odd_folder / "report.html")),
                 ("cohort", str(odd_folder), "-o", str(odd_folder / "summary.csv")),
                 ("cohort", str(odd_folder), "-o", str(odd_folder / "summary.html")),
                 ("score", str(questionnaire), str(answers), "-o", str(odd_folder / "o\udcff.json"))):
        cases.append(Case(f"{argv[0]} with names that are not UTF-8", argv))
    cases.append(Case("cohort of an empty name", ("cohort", "", "-o", str(folder / "e.csv")),
                      True))
    for label, out in {"a folder": folder / "a-folder.yaml", "a named pipe": pipe,
                       "a missing folder": folder / "no" / "such" / "o.html",
                       "/dev/full": Path("/dev/full")}.items():
        cases.append(Case(f"score into {label}",
                          ("score", str(questionnaire), str(answers), "-o", str(out)), True))
        cases.append(Case(f"report into {label}", ("report", str(result), "-o", str(out)),
                          True))
    cases.append(Case("a result validated as a questionnaire", ("validate", str(result)), True))
    cases.append(Case("a questionnaire given as a result",
                      ("report", str(questionnaire), "-o", str(folder / "x.html")), True))
    cases.append(Case("a questionnaire given to translate check",
                      ("translate", "check", str(questionnaire)), True))
    cases.append(Case("a result given to translate check",
                      ("translate", "check", str(result)), True))
    cases.append(Case("a result given as a pack", ("pack", "verify", str(result)), True))
    return cases
