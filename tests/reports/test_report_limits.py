"""Reports of results holding pathological-but-legal text stay bounded in time (issue 14: a
4 MiB respondent without spaces took 92 s to render as a PDF)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result, write_result
from assessor.reports.content import MAX_NAME_CHARACTERS, build_report, shorten
from tests.conftest import REPO_ROOT, TEST_DATA

LONG = "A" * (4 * 1024 * 1024)


def _long_result(tmp_path: Path) -> Path:
    questionnaire = load_questionnaire(TEST_DATA / "sample.yaml")
    path = tmp_path / "long.json"
    write_result(build_result(questionnaire, {"q1": 4, "q3": "a", "q4": "x"}, respondent=LONG),
                 path)
    return path


def test_long_text_is_cut_and_says_how_much_was_left_out() -> None:
    assert shorten("abc", 5) == "abc"
    assert shorten("abcdefgh", 5) == "abcde… (3 more characters not shown)"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_a_4_mib_respondent_renders_as_a_pdf_in_bounded_time(tmp_path: Path) -> None:
    result = _long_result(tmp_path)
    output = tmp_path / "long.pdf"
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "assessor", "report", result, "-o", output],
                          capture_output=True, text=True, cwd=REPO_ROOT, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 60
    text = subprocess.run(["pdftotext", output, "-"], capture_output=True, text=True,
                          check=True).stdout
    shown = LONG[:MAX_NAME_CHARACTERS]
    assert f"{len(LONG) - MAX_NAME_CHARACTERS:,} more characters not shown" in text
    # The name wraps onto lines of the page instead of running off it.
    assert shown[:40] in text.replace("\n", "")


def test_the_report_content_cuts_the_respondent(tmp_path: Path) -> None:
    import json

    result = json.loads(_long_result(tmp_path).read_text())
    content = build_report(result)
    assert content.respondent is not None and len(content.respondent) < MAX_NAME_CHARACTERS + 60
