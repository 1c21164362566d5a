"""The client history PDF: every result with its level, the latest fits, the caveat, and
session notes only when asked for."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from assessor.core.errors import AssessorError
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.core.results.history import client_history
from assessor.core.store.types import Note, StoredResult
from assessor.reports.history_pdf import write_history_pdf

REPO = Path(__file__).resolve().parent.parent.parent
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils not installed")


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                         text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())  # ligatures: letters


@pytest.fixture(scope="module")
def stored() -> list[StoredResult]:
    questionnaire = load_questionnaire(REPO / "questionnaires" / "ai-cyber-career.yaml")
    results: list[dict[str, Any]] = []
    for name, when in (("career-changer", "2024-02-01T10:00:00+00:00"),
                       ("underconfident-analyst", "2024-09-01T10:00:00+00:00"),
                       ("soc-analyst-no-ml", "2025-03-01T10:00:00+00:00")):
        answers = load_answers(REPO / "tests" / "personas" / f"{name}.yaml",
                               questionnaire).answers
        results.append(build_result(questionnaire, answers, completed_at=when))
    return [StoredResult(i, 1, r, "x", None) for i, r in enumerate(results, start=1)]


NOTES = [Note(1, 1, 3, "Worried about $ cost of the cert <b>course</b>",
              "2025-03-02T09:00:00+00:00")]


@needs_poppler
def test_history_pdf_lists_every_result_and_keeps_notes_private(
        tmp_path: Path, stored: list[StoredResult]) -> None:
    out = tmp_path / "history.pdf"
    history = client_history("Client A-17", stored, NOTES)
    write_history_pdf(history, [s.result for s in stored], out)
    text = pdf_text(out)
    assert "Client A-17" in text
    assert "not for screening" in text
    for entry in stored:
        result = entry.result
        assert result["completed_at"][:10] in text
        assert result["placement"]["label"] in text
    latest = stored[-1].result["clusters"]
    for cluster in latest:
        assert cluster["label"] in text
    assert "Worried" not in text and "Session notes" not in text


@needs_poppler
def test_history_pdf_includes_notes_literally_when_asked(
        tmp_path: Path, stored: list[StoredResult]) -> None:
    out = tmp_path / "history.pdf"
    history = client_history("Client A-17", stored, NOTES, include_notes=True)
    write_history_pdf(history, [s.result for s in stored], out)
    text = pdf_text(out)
    assert "Session notes" in text
    assert "Worried about $ cost of the cert <b>course</b>" in text


def test_failed_render_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "history.pdf"
    with pytest.raises((OSError, AssessorError)):
        write_history_pdf(client_history("X", []), [], out)
    assert not out.exists()
