"""Reports other than the result report follow the language in use too (the GUI sets it)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.i18n import catalogue, use_language
from assessor.core.results import build_result
from assessor.core.results.history import client_history
from assessor.core.store.types import StoredResult
from assessor.core.translation_results import translate_result
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


def _chart_phrases() -> list[str]:
    """The English of every message the charts draw that Spanish says differently, in
    pieces of two words or more between placeholders (single words could be a resource's
    English title, which a translation keeps as written)."""
    sys.path.insert(0, str(REPO_ROOT / "tools"))
    import update_messages

    spanish = catalogue("es")
    phrases = set()
    for msgid in update_messages.extract(REPO_ROOT / "assessor" / "charts"):
        forms = spanish[msgid] if isinstance(spanish[msgid], list) else [spanish[msgid]]
        for part in re.split(r"\{[a-z_]+\}", msgid):
            piece = part.strip(" .,;:()—→+%")
            if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2 and not any(piece in f for f in forms):
                phrases.add(piece)
    return sorted(phrases)


@needs_poppler
def test_spanish_pdf_report_has_its_charts_in_spanish(tmp_path: Path) -> None:
    from assessor.reports import render_report

    questionnaire = load_questionnaire(REPO_ROOT / "questionnaires" / "ai-cyber-career.yaml")
    answers = load_answers(REPO_ROOT / "tests" / "personas" / "career-changer.yaml",
                           questionnaire).answers
    result, warnings = translate_result(build_result(questionnaire, answers), "es")
    assert warnings == []
    out = tmp_path / "informe.pdf"
    render_report(result, out, language="es")
    text = pdf_text(out)
    phrases = _chart_phrases()
    assert "Career ladder" in phrases and "Role targets" in phrases
    assert [phrase for phrase in phrases if phrase in text] == []
    for spanish in ("Escala profesional", "Mapa de perfiles", "Objetivos de los perfiles",
                    "Autoevaluación frente a prueba de conocimientos", "Su puntuación",
                    "Dedicación acumulada (horas)", "Usted está aquí"):
        assert spanish in text, spanish
    # The same report in English does have them: the check can see a chart's words.
    english = tmp_path / "report.pdf"
    render_report(build_result(questionnaire, answers), english)
    assert "Career ladder" in pdf_text(english) and "Role targets" in pdf_text(english)


def test_spanish_html_report_names_its_data_tables_in_spanish() -> None:
    from assessor.reports import render_html

    questionnaire = load_questionnaire(REPO_ROOT / "questionnaires" / "ai-cyber-career.yaml")
    answers = load_answers(REPO_ROOT / "tests" / "personas" / "career-changer.yaml",
                           questionnaire).answers
    result, _warnings = translate_result(build_result(questionnaire, answers), "es")
    with use_language("es"):
        page = render_html(result)
    summaries = re.findall(r"<summary>([^<]*)</summary>", page)
    assert len(summaries) >= 4  # one per chart
    # A screen reader reads the page in Spanish (lang="es"): an English line is misread.
    assert [s for s in summaries if not s.endswith("los datos en una tabla")] == []
