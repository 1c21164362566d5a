"""CSV export: formula-looking text is neutralised, numbers stay numbers, content is complete."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.core.results.csv_export import neutralise_cell, result_to_csv_bytes, write_result_csv

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample.yaml"


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1", "=HYPERLINK(\"x\")", "-", "- 3",
     "-3abc", "--3", "+5"],
)
def test_formula_like_cells_are_prefixed(text: str) -> None:
    assert neutralise_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["-3", "-2.5", "-0.75", "-.5", "-1e5", "-1.5E-3"])
def test_plain_negative_numbers_are_left_as_numbers(text: str) -> None:
    assert neutralise_cell(text) == text


@pytest.mark.parametrize("text", ["hello", "3", "a=b", "", "'quoted", " =1 spaced"])
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert neutralise_cell(text) == text


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "spreadsheets need the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _sample_result(respondent: str = "=cmd|' /C calc'!A0") -> dict[str, Any]:
    questionnaire = load_questionnaire(SAMPLE)
    return build_result(questionnaire, {"q1": 4, "q2": 2, "q3": "a", "q4": "x"},
                        respondent=respondent)


def test_result_csv_has_every_answer_and_score() -> None:
    result = _sample_result()
    rows = _rows(result_to_csv_bytes(result))
    answers = {r["id"]: r for r in rows if r["part"] == "answer"}
    assert {k: v["value"] for k, v in answers.items()} == {
        "q1": "4", "q2": "2", "q3": "a", "q4": "x"}
    assert answers["q1"]["label"] == "I train models"
    scores = {r["id"]: r for r in rows if r["part"] == "score"}
    assert set(scores) == {"ml", "sec"}
    for dim, fields in result["scores"].items():
        assert float(scores[dim]["percent"]) == pytest.approx(fields["percent"], abs=0.01)
        assert float(scores[dim]["raw"]) == fields["raw"]
    assert scores["ml"]["label"] == "ML"
    clusters = [r for r in rows if r["part"] == "cluster"]
    assert [c["id"] for c in clusters] == [c["id"] for c in result["clusters"]]
    assert float(clusters[0]["value"]) == pytest.approx(result["clusters"][0]["fit"], abs=0.01)


def test_hostile_respondent_name_is_neutralised_in_the_file() -> None:
    rows = _rows(result_to_csv_bytes(_sample_result()))
    respondent = next(r for r in rows if r["id"] == "respondent")
    assert respondent["value"] == "'=cmd|' /C calc'!A0"
    info = {r["id"]: r["value"] for r in rows if r["part"] == "info"}
    assert (info["questionnaire"], info["questionnaire_id"], info["placement"]) == (
        "Sample", "sample", "Up")


def test_hostile_free_text_answer_and_negative_score_cells() -> None:
    result = _sample_result("ok")
    result["answers"]["note"] = "@SUM(1+1)*cmd"
    result["scores"]["ml"]["raw"] = -4
    rows = _rows(result_to_csv_bytes(result))
    note = next(r for r in rows if r["id"] == "note")
    assert note["value"] == "'@SUM(1+1)*cmd"
    ml = next(r for r in rows if r["part"] == "score" and r["id"] == "ml")
    assert ml["raw"] == "-4"
    # No cell anywhere starts a formula (other than plain negative numbers).
    for row in rows:
        for cell in row.values():
            assert neutralise_cell(cell) == cell


def test_written_csv_file_matches_bytes(tmp_path: Path) -> None:
    result = _sample_result("Ann")
    target = tmp_path / "out.csv"
    write_result_csv(result, target)
    assert target.read_bytes() == result_to_csv_bytes(result)
