"""A result shown in the app's language: a translated copy, the stored result untouched."""

from __future__ import annotations

import copy

from assessor.app.result_language import shown_in_language
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.i18n import use_language
from assessor.core.results import build_result
from tests.conftest import REPO_ROOT


def _result() -> dict[str, object]:
    questionnaire = load_questionnaire(REPO_ROOT / "questionnaires" / "ai-cyber-career.yaml")
    answers = load_answers(REPO_ROOT / "tests" / "personas" / "soc-analyst-no-ml.yaml",
                           questionnaire).answers
    return build_result(questionnaire, answers)


def test_the_apps_language_translates_a_copy() -> None:
    result = _result()
    before = copy.deepcopy(result)
    with use_language("es"):
        shown = shown_in_language(result)
        again = shown_in_language(result)  # read from what was kept: the same texts
    assert shown["questionnaire"]["title"] == \
        "Carreras en ciberseguridad de la IA: evaluación completa"
    assert shown["placement"]["label"] != before["placement"]["label"]
    assert shown["scores"] == before["scores"] and shown["integrity"] == before["integrity"]
    assert again == shown and again is not shown
    assert result == before  # the stored result keeps the texts it was taken with


def test_english_and_a_language_without_translation_keep_the_texts() -> None:
    result = _result()
    assert shown_in_language(result) is result  # the source language: nothing to do
    assert shown_in_language(result, "fr")["questionnaire"]["title"] == \
        result["questionnaire"]["title"]
