"""The command line as a user runs it: exit codes, one-line errors, no Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, TEST_DATA

ALL_TYPES = TEST_DATA / "all_types.yaml"

# Runs the CLI with PySide6 (and matplotlib's Qt backends) made unimportable.
NO_QT_RUNNER = textwrap.dedent("""\
    import sys
    class Block:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6") \\
                    or name.startswith("matplotlib.backends.backend_qt"):
                raise ImportError(f"{name} is blocked in this test")
            return None
    sys.meta_path.insert(0, Block())
    from assessor.cli import main
    code = main(sys.argv[1:])
    leaked = [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
    if leaked:
        print("Qt was imported:", leaked, file=sys.stderr)
        code = 99
    sys.exit(code)
""")


def run_cli(*args: str | Path, no_qt: bool = False, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-c", NO_QT_RUNNER] if no_qt else [sys.executable, "-m", "assessor"]
    return subprocess.run([*argv, *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          timeout=60, check=False)


def write_answers(tmp_path: Path, body: str, name: str = "answers.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


GOOD_ANSWERS = """\
    questionnaire: all-types
    respondent: Sam
    answers:
      role: analyst
      tools: [splunk]
      years: 6
      trained: 2
      avoided: 0
      poison: t0020
      rmf: govern
      gt-test: true
"""


def test_validate_ok_and_problems(tmp_path: Path) -> None:
    ok = run_cli("validate", ALL_TYPES, no_qt=True)
    assert ok.returncode == 0, ok.stderr
    assert "ok" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(ALL_TYPES.read_text().replace("scale: done4, reverse", "scale: done5, reverse"))
    result = run_cli("validate", ALL_TYPES, bad, no_qt=True)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{bad}:")
    assert "unknown scale 'done5'" in lines[0]
    assert "Traceback" not in result.stderr


def test_validate_refuses_duplicate_ids_across_files(tmp_path: Path) -> None:
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(ALL_TYPES.read_bytes())
    result = run_cli("validate", ALL_TYPES, copy, no_qt=True)
    assert result.returncode == 1
    assert "already used" in result.stderr


def test_usage_errors_exit_2() -> None:
    assert run_cli("validate", no_qt=True).returncode == 2
    assert run_cli("score", ALL_TYPES, no_qt=True).returncode == 2
    assert run_cli("frobnicate", no_qt=True).returncode == 2


def test_score_prints_a_result_without_qt(tmp_path: Path) -> None:
    answers = write_answers(tmp_path, GOOD_ANSWERS)
    result = run_cli("score", ALL_TYPES, answers, no_qt=True)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "assessor-result/1"
    assert data["respondent"] == "Sam"
    assert data["questionnaire"]["id"] == "all-types"
    # sec: role analyst 2 (range 0..2) + splunk 1 (0..1) + 6 years → band 2 (0..2) = 5 of 0..5.
    assert data["scores"]["sec"]["raw"] == 5
    assert data["scores"]["sec"]["percent"] == 100
    # ml: role 0 (0..2) + tools 0 (-1..1) + trained 2 (0..3) + avoided 0 reversed 3 (0..3)
    #     + poison correct 1 (0..1) = 6 of -1..10 → 100 × 7 / 11.
    assert data["scores"]["ml"]["percent"] == pytest.approx(700 / 11)
    # both >= 60, so the senior rung holds along with the entry rung below it.
    assert data["placement"]["level"] == "senior"


def test_score_to_file_and_respondent_override(tmp_path: Path) -> None:
    answers = write_answers(tmp_path, GOOD_ANSWERS)
    out = tmp_path / "out" / "result.json"
    out.parent.mkdir()
    result = run_cli("score", ALL_TYPES, answers, "--respondent", "P-17", "-o", out, no_qt=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text())["respondent"] == "P-17"
    assert not [p for p in out.parent.iterdir() if p.name != "result.json"], "temp file left"


def test_score_reports_each_bad_answer_with_its_line(tmp_path: Path) -> None:
    answers = write_answers(tmp_path, """\
        questionnaire: all-types
        answers:
          role: astronaut
          tools: [pytorch, splunk, excel]
          years: 99
          trained: "2"
          combo: 12
          nope: 1
        """)
    result = run_cli("score", ALL_TYPES, answers, no_qt=True)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert [line.split(":")[1] for line in lines] == ["3", "4", "5", "6", "7", "8"]
    assert "item role:" in lines[0]
    assert "at most 2" in lines[1]
    assert "outside the allowed range" in lines[2]
    assert "no such item" in lines[5]


def test_score_refuses_answers_for_another_questionnaire(tmp_path: Path) -> None:
    answers = write_answers(tmp_path, "questionnaire: other\nanswers: {}\n")
    result = run_cli("score", ALL_TYPES, answers, no_qt=True)
    assert result.returncode == 1
    assert "not 'all-types'" in result.stderr


def test_version_mismatch_is_a_warning(tmp_path: Path) -> None:
    answers = write_answers(tmp_path, GOOD_ANSWERS.replace("respondent: Sam", 'version: "1.0"'))
    result = run_cli("score", ALL_TYPES, answers, no_qt=True)
    assert result.returncode == 0
    assert "warning" in result.stderr


def test_json_answer_file(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"questionnaire": "all-types", "answers": {"role": "none",
                                                                             "tools": []}}))
    result = run_cli("score", ALL_TYPES, answers, no_qt=True)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["complete"] is False
    assert "years" in data["missing"]


@pytest.mark.parametrize("content", [b"\xff\xfe garbage", b"answers: [unclosed", b"- a list\n"])
def test_garbage_answer_files_give_one_line(tmp_path: Path, content: bytes) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_bytes(content)
    result = run_cli("score", ALL_TYPES, answers, no_qt=True)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(answers) in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_files_give_one_line(tmp_path: Path) -> None:
    result = run_cli("score", tmp_path / "nope.yaml", tmp_path / "a.yaml", no_qt=True)
    assert result.returncode == 1
    assert "no such file" in result.stderr


def test_python_dash_m_and_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("assessor ")
