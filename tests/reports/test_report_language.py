"""Reports other than the result report follow the language in use too (the GUI sets it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.i18n import use_language
from assessor.core.results import build_result
from assessor.core.results.history import client_history
from assessor.core.store.types import StoredResult
from assessor.reports.cohort_report import Heading, Paragraph
from assessor.reports.content import Table
from assessor.reports.history_pdf import history_blocks
from tests.conftest import REPO_ROOT
from tests.reports.test_history_pdf import NOTES, needs_poppler, pdf_text


@pytest.fixture(scope="module")
def stored() -> list[StoredResult]:
    questionnaire = load_questionnaire(REPO_ROOT / "questionnaires" / "ai-cyber-career.yaml")
    results = []
    for name, when in (("career-changer", "2024-02-01T10:00:00+00:00"),
                       ("underconfident-analyst", "2024-09-01T10:00:00+00:00"),
                       ("soc-analyst-no-ml", "2025-03-01T10:00:00+00:00")):
        answers = load_answers(REPO_ROOT / "tests" / "personas" / f"{name}.yaml",
                               questionnaire).answers
        results.append(build_result(questionnaire, answers, completed_at=when))
    return [StoredResult(i, 1, r, "x", None) for i, r in enumerate(results, start=1)]


def _words(blocks: list[object]) -> str:
    found: list[str] = []
    for block in blocks:
        if isinstance(block, (Heading, Paragraph)):
            found.append(block.text)
        elif isinstance(block, Table):
            found.extend(block.columns)
    return " | ".join(found)


def test_history_report_in_spanish(stored: list[StoredResult]) -> None:
    history = client_history("Cliente A-17", stored, NOTES, include_notes=True)
    results = [s.result for s in stored]
    with use_language("es"):
        spanish = _words(history_blocks(history, results))
    english = _words(history_blocks(history, results))
    assert "Resultados a lo largo del tiempo" in spanish and "3 resultados, del " in spanish
    assert "Notas de sesión" in spanish and "Sobre el resultado del" in spanish
    assert "Results over time" in english and "3 results, from " in english


@needs_poppler
def test_history_pdf_in_spanish(tmp_path: Path, stored: list[StoredResult]) -> None:
    from assessor.reports.history_pdf import write_history_pdf

    out = tmp_path / "historial.pdf"
    with use_language("es"):
        write_history_pdf(client_history("Cliente A-17", stored, []),
                          [s.result for s in stored], out)
    text = pdf_text(out)
    assert "Progreso a lo largo del tiempo: Cliente A-17" in text
    assert "Página 1 de" in text and "Generado el" in text
