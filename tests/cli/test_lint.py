"""`assessor lint` and `validate --lint` as an author runs them: warnings, exit codes, no Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import run_cli
from tests.core.format.test_item_lint import CLEAN_ITEMS, HEAD, check


@pytest.fixture
def flawed(tmp_path: Path) -> Path:
    items = list(CLEAN_ITEMS)
    items[0] = check("k1", "A tool closes a real intrusion as benign. What is that?",
                     ["A false positive", "A false negative", "A true negative",
                      "A type I error"], "b", "ml")
    path = tmp_path / "flawed.yaml"
    path.write_text(HEAD + "".join(items), encoding="utf-8")
    return path


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    path = tmp_path / "clean.yaml"
    path.write_text(HEAD + "".join(CLEAN_ITEMS), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [("validate", "--lint"), ("lint",)])
def test_warnings_alone_exit_0_and_strict_exits_1(flawed: Path, command: tuple[str, ...]) -> None:
    result = run_cli(*command, flawed, no_qt=True)
    assert result.returncode == 0, result.stderr
    assert "ok (questionnaire 'lint-demo'" in result.stdout
    lines = result.stderr.strip().splitlines()
    line = next(i for i, text in enumerate(flawed.read_text().splitlines(), 1)
                if "A type I error" in text)
    assert lines[0].startswith(f"{flawed}:{line}:28: warning: options 'a' and 'd' of 'k1'")
    assert lines[-1] == "1 warning(s)"
    strict = run_cli(*command, "--strict", flawed, no_qt=True)
    assert strict.returncode == 1
    assert strict.stderr == result.stderr


def test_without_lint_validate_says_nothing_of_style(flawed: Path) -> None:
    result = run_cli("validate", flawed, no_qt=True)
    assert result.returncode == 0
    assert result.stderr == ""


def test_a_clean_file_passes_strict(clean: Path) -> None:
    result = run_cli("lint", "--strict", clean, no_qt=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_an_invalid_file_exits_1_with_its_problem_and_others_are_still_linted(
        flawed: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(flawed.read_text().replace("correct: b", "correct: zz"), encoding="utf-8")
    result = run_cli("lint", broken, flawed, no_qt=True)
    assert result.returncode == 1
    assert f"{broken}:" in result.stderr and "Traceback" not in result.stderr
    assert f"{flawed}:" in result.stderr and "warning:" in result.stderr


def test_help_documents_the_exit_status() -> None:
    validate = run_cli("validate", "--help", no_qt=True).stdout
    assert "--lint" in validate and "--strict" in validate
    assert "warnings alone exit 0" in " ".join(validate.split())
    lint = " ".join(run_cli("lint", "--help", no_qt=True).stdout.split())
    assert "warnings alone exit 0, or 1 with --strict" in lint
    assert "lint" in run_cli("--help", no_qt=True).stdout
