"""Arguments a hurried or hostile user gives: the wrong kind of file, an empty name, an
output that is not a file. Each gets one plain line, nothing is replaced that must not be."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assessor.cli import main
from tests.conftest import TEST_DATA

QUESTIONNAIRE = str(TEST_DATA / "all_types.yaml")
ANSWERS = str(TEST_DATA / "all_types_answers.yaml")


@pytest.fixture
def result(tmp_path: Path) -> Path:
    path = tmp_path / "result.json"
    assert main(["score", QUESTIONNAIRE, ANSWERS, "-o", str(path)]) == 0
    return path


def test_a_result_given_as_answers_is_named_for_what_it_is(
        result: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["score", QUESTIONNAIRE, str(result)]) == 1
    assert capsys.readouterr().err == (f"{result}:1:1: this is a result file, not an answer "
                                       "file (open it with `report` or `cohort`)\n")


def test_translate_check_on_a_questionnaire_or_result_says_what_it_is(
        result: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["translate", "check", QUESTIONNAIRE]) == 1
    assert capsys.readouterr().err.endswith(
        ": this is a questionnaire or career model, not a translation (which has "
        "`kind: translation`)\n")
    assert main(["translate", "check", str(result)]) == 1
    assert "this is a result file, not a translation" in capsys.readouterr().err


def test_cohort_refuses_an_empty_name_instead_of_reading_the_current_folder(
        result: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(result.parent)
    out = tmp_path / "summary.csv"
    assert main(["cohort", "", "-o", str(out)]) == 2
    assert "an empty name is not a result file or folder" in capsys.readouterr().err
    assert not out.exists()


def test_score_into_a_named_pipe_is_refused_and_the_pipe_kept(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipe = tmp_path / "out.json"
    os.mkfifo(pipe)
    assert main(["score", QUESTIONNAIRE, ANSWERS, "-o", str(pipe)]) == 1
    assert capsys.readouterr().err == (f"{pipe}: cannot be written: it is a pipe, socket or "
                                       "disk device, not a file\n")
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


def test_score_into_dev_null_writes_to_the_device(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", QUESTIONNAIRE, ANSWERS, "-o", os.devnull]) == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_result_saved_with_a_byte_order_mark_is_read(
        result: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notepad = tmp_path / "notepad.json"
    notepad.write_bytes(b"\xef\xbb\xbf" + result.read_bytes())
    assert main(["report", str(notepad), "-o", str(tmp_path / "report.html")]) == 0


def test_utf16_files_are_named_as_such(result: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    wide = tmp_path / "wide.json"
    wide.write_bytes(result.read_text(encoding="utf-8").encode("utf-16"))
    assert main(["report", str(wide), "-o", str(tmp_path / "report.html")]) == 1
    assert capsys.readouterr().err == (f"{wide}: is not valid UTF-8 (it is UTF-16 text: save "
                                       "it as UTF-8)\n")
    questionnaire = tmp_path / "wide.yaml"
    questionnaire.write_bytes(Path(QUESTIONNAIRE).read_text(encoding="utf-8").encode("utf-16"))
    assert main(["validate", str(questionnaire)]) == 1
    assert capsys.readouterr().err == (f"{questionnaire}:1:1: is not valid UTF-8 (it is UTF-16 "
                                       "text: save it as UTF-8)\n")


def test_file_names_that_are_not_utf8_are_printed_and_summarised(
        result: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/results-\xfe"))
    folder.mkdir()
    (folder / os.fsdecode(b"r\xff.json")).write_bytes(result.read_bytes())
    summary = tmp_path / "summary.csv"
    capsys.readouterr()
    assert main(["cohort", str(folder), "-o", str(summary)]) == 0
    assert "/results-\ufffd/r\ufffd.json" in summary.read_text(encoding="utf-8-sig")
    assert main(["validate", os.fsdecode(bytes(tmp_path) + b"/missing-\xff.yaml")]) == 1
    assert "missing-\\udcff.yaml" in capsys.readouterr().err


def test_a_name_too_long_for_the_file_system_is_a_plain_refusal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_name = str(tmp_path / ("a" * 300 + ".yaml"))
    assert main(["validate", long_name]) == 1
    assert capsys.readouterr().err == f"{long_name}: cannot be read: File name too long\n"
    assert main(["cohort", long_name, "-o", str(tmp_path / "s.csv")]) == 1
    assert "File name too long" in capsys.readouterr().err


def test_a_report_into_a_missing_folder_is_refused_before_it_is_drawn(
        result: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no" / "such" / "report.pdf"
    assert main(["report", str(result), "-o", str(out)]) == 1
    assert capsys.readouterr().err == (f"{out}: cannot be written: the folder "
                                       f"{out.parent} does not exist\n")
