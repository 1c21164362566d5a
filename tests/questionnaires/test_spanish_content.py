"""The shipped Spanish translations (questionnaires/*.es.yaml): complete, faithful to the
item-writing rules of the English, and neutral for scoring. A person answering in Spanish
must get exactly the scores, level, role fits and paths they would get in English, and a
Spanish report must render with the translated texts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from assessor.core.format.answers import load_answers
from assessor.core.format.item_lint import lint_questionnaire
from assessor.core.format.loading import load_document, load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.format.yamlsafe import YMap, parse_yaml
from assessor.core.results import build_result, verify_against
from assessor.core.translation import load_translation, translate
from assessor.core.translation_results import translate_result
from assessor.core.translation_texts import source_texts

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "questionnaires"
PERSONAS = REPO / "tests" / "personas"
DOCUMENTS = ["ai-cyber-career", "ai-cyber-quick", "ai-cyber-career-model"]
QUESTIONNAIRES = ["ai-cyber-career", "ai-cyber-quick"]
COMPLETED_AT = "2026-01-01T10:00:00+00:00"
# Every part of a result that scoring decides; none may depend on the language. (Its
# integrity hash covers the recorded "language" too, so it differs by design.)
SCORED_KEYS = ("answers", "complete", "missing", "scores", "placement", "clusters", "paths",
               "questionnaire", "career_model", "display")


@cache
def _questionnaire(doc_id: str) -> Questionnaire:
    return load_questionnaire(SHIPPED / f"{doc_id}.yaml")


@cache
def _spanish(doc_id: str) -> Questionnaire:
    spanish, warnings = translate(_questionnaire(doc_id), "es", [SHIPPED])
    assert warnings == [], warnings
    return spanish


def _persona_questionnaire(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("questionnaire:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"{path.name} names no questionnaire")


PERSONA_FILES = sorted(PERSONAS.glob("*.yaml"))


@pytest.mark.parametrize("doc_id", DOCUMENTS)
def test_every_text_is_translated_and_current(doc_id: str) -> None:
    source = load_document(SHIPPED / f"{doc_id}.yaml")
    translation = load_translation(SHIPPED / f"{doc_id}.es.yaml", source)
    assert translation.missing == (), translation.missing
    assert translation.stale == (), translation.stale
    assert translation.total == len(source_texts(source))
    assert translation.warnings() == []


@pytest.mark.parametrize("doc_id", DOCUMENTS)
def test_translate_check_strict_reports_nothing_missing(doc_id: str) -> None:
    done = subprocess.run([sys.executable, "-m", "assessor", "translate", "check",
                           str(SHIPPED / f"{doc_id}.es.yaml"), "--strict"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    total = len(source_texts(load_document(SHIPPED / f"{doc_id}.yaml")))
    assert f"{total} of {total} texts (100%)" in done.stdout


@pytest.mark.parametrize("doc_id", QUESTIONNAIRES)
def test_the_spanish_is_shown_and_the_scoring_is_untouched(doc_id: str) -> None:
    english, spanish = _questionnaire(doc_id), _spanish(doc_id)
    assert spanish.language == "es"
    assert spanish.title != english.title and "IA" in spanish.title
    for item_en, item_es in zip(english.items, spanish.items, strict=True):
        assert item_es.id == item_en.id and item_es.weights == item_en.weights
        assert item_es.text != item_en.text, item_en.id
        assert [o.id for o in item_es.options] == [o.id for o in item_en.options]
        dont_know = [o.label for o in item_es.options if o.id == "dk"]
        assert dont_know in ([], ["No lo sé"]), item_en.id
    assert spanish.career is not None and english.career is not None
    assert [c.label for c in spanish.career.clusters] != [c.label for c in english.career.clusters]
    assert spanish.career.ladder[0].label == "Básico"


@pytest.mark.parametrize("doc_id", QUESTIONNAIRES)
def test_knowledge_options_keep_the_english_item_writing(doc_id: str) -> None:
    """The linter's checks (the key given away by its length, options repeating the stem,
    duplicate options) hold for the Spanish options as for the English ones."""
    path = SHIPPED / f"{doc_id}.yaml"
    root = parse_yaml(path.read_text(encoding="utf-8"), str(path))
    assert isinstance(root, YMap)
    assert lint_questionnaire(_questionnaire(doc_id), root, str(path)) == []
    assert lint_questionnaire(_spanish(doc_id), root, f"{path} [es]") == []


def _both_results(path: Path) -> tuple[dict[str, Any], dict[str, Any], Questionnaire]:
    doc_id = _persona_questionnaire(path)
    english = _questionnaire(doc_id)
    answers = load_answers(path, english).answers
    in_english = build_result(english, answers, completed_at=COMPLETED_AT)
    in_spanish = build_result(_spanish(doc_id), load_answers(path, _spanish(doc_id)).answers,
                              completed_at=COMPLETED_AT)
    return in_english, in_spanish, english


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_a_persona_scores_the_same_in_spanish(path: Path) -> None:
    in_english, in_spanish, english = _both_results(path)
    assert in_spanish["language"] == "es" and "language" not in in_english
    for key in SCORED_KEYS:
        assert in_spanish.get(key) == in_english.get(key), key
    verify_against(in_spanish, english, path.name)


@pytest.mark.parametrize("path", PERSONA_FILES[:6], ids=lambda p: p.stem)
def test_a_spanish_reading_of_a_result_keeps_its_numbers(path: Path) -> None:
    in_english, _, _ = _both_results(path)
    shown, warnings = translate_result(in_english, "es", [SHIPPED])
    assert warnings == []
    assert shown["scores"] == in_english["scores"]
    assert shown["placement"]["level"] == in_english["placement"]["level"]
    assert [(c["id"], c["fit"], c["ready"]) for c in shown["clusters"]] == \
        [(c["id"], c["fit"], c["ready"]) for c in in_english["clusters"]]
    labels = {d["id"]: d["label"] for d in shown["display"]["dimensions"]}
    assert labels["ml"] == "Dominio del aprendizaje automático"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_spanish_pdf_report_renders_the_translated_texts(tmp_path: Path) -> None:
    result = tmp_path / "result.json"
    report = tmp_path / "informe.pdf"
    commands = [
        ["score", SHIPPED / "ai-cyber-career.yaml", PERSONAS / "ml-engineer-no-security.yaml",
         "-o", result],
        ["report", result, "-o", report, "--language", "es"],
    ]
    for command in commands:
        done = subprocess.run([sys.executable, "-m", "assessor", *map(str, command)],
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True,
                          timeout=120, check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # undo the "ﬁ" ligature
    assert "Informe de competencias en ciberseguridad de la IA" in text  # the app's heading
    assert "CARRERAS EN CIBERSEGURIDAD DE LA IA: EVALUACIÓN COMPLETA" in text  # its title
    assert "Su itinerario hacia Ingeniero/a de seguridad de la IA" in text
    assert "Dominio del aprendizaje automático" in text
    assert "Fundamentos de seguridad: ISC2 Certified in Cybersecurity" in text
    assert "Anexo: sus respuestas" in text and "No lo sé" in text
    assert "Machine-learning depth" not in text and "I don't know" not in text
