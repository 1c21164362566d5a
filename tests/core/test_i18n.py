"""The Qt-free message catalogue and locale formats (reports, readings, CLI)."""

from __future__ import annotations

import json
import sys
from datetime import datetime

import pytest

from assessor.app.deltas import gap_list, rung_words
from assessor.app.readings import calibration_reading, compare_results
from assessor.core.i18n import (
    _,
    base_language,
    current_language,
    format_datetime,
    format_number,
    format_percent,
    installed_languages,
    ngettext,
    use_language,
)
from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "tools"))
import update_messages


def test_the_spanish_catalogue_is_current_with_the_code() -> None:
    # Fails when code gains or loses a sentence: run `make translations`.
    assert update_messages.main(["--check"]) == 0


def test_every_spanish_message_is_translated() -> None:
    catalogue = json.loads((REPO_ROOT / "resources" / "messages_es.json").read_text("utf-8"))
    untranslated = [msgid for msgid, text in catalogue["messages"].items()
                    if not text or (isinstance(text, list) and not all(text))]
    assert untranslated == [], "translate these in resources/messages_es.json"


def test_every_placeholder_survives_translation() -> None:
    import re

    catalogue = json.loads((REPO_ROOT / "resources" / "messages_es.json").read_text("utf-8"))
    for msgid, text in catalogue["messages"].items():
        wanted = sorted(re.findall(r"\{\w+\}", msgid))
        for form in text if isinstance(text, list) else [text]:
            assert sorted(re.findall(r"\{\w+\}", form)) == wanted, msgid


def test_sentences_follow_the_language_in_use() -> None:
    assert current_language() == "en" and installed_languages() == ["en", "es"]
    assert _("Your profile") == "Your profile"
    with use_language("es_ES.UTF-8") as language:
        assert language == "es"
        assert _("Your profile") == "Su perfil"
        assert _("a sentence nobody translated") == "a sentence nobody translated"
        assert calibration_reading("Seguridad", 80, 80) == (
            "Su autoevaluación en Seguridad coincide con lo que muestran las pruebas de "
            "conocimientos (autoevaluación 80\u00a0%, pruebas de conocimientos 80\u00a0%: "
            "dentro de 20 puntos por encima y 15 puntos por debajo).")
        assert calibration_reading("Seguridad", 5, 60).startswith(
            "Declara poca o ninguna práctica en Seguridad (autoevaluación 5\u00a0%, pruebas "
            "de conocimientos 60\u00a0%; menos de 10\u00a0% cuenta como ninguna)")
    assert _("Your profile") == "Your profile"


@pytest.mark.parametrize(("count", "english", "spanish"), [
    (1, "1 step, about", "1 paso, unas"), (3, "3 steps, about", "3 pasos, unas")])
def test_plural_forms(count: int, english: str, spanish: str) -> None:
    singular = ("{n} step, about {hours} hours of effort in all. Each step is the cheapest "
                "next move for the gap it closes.")
    plural = singular.replace("{n} step,", "{n} steps,")
    assert ngettext(singular, plural, count).startswith(english)
    with use_language("es"):
        assert ngettext(singular, plural, count).startswith(spanish)


def test_numbers_and_dates_by_language() -> None:
    moment = datetime(2026, 12, 1, 9, 5)
    assert (format_number(12345.5, 1), format_percent(72), format_datetime(moment)) == (
        "12,345.5", "72%", "1 December 2026, 09:05")
    with use_language("es-MX"):
        assert format_number(12345.5, 1) == "12.345,5"
        assert format_number(1234) == "1234"  # Spanish groups from five digits
        assert format_percent(72.4) == "72\u00a0%"
        assert format_datetime(moment) == "1 de diciembre de 2026, 09:05"
    assert base_language(None) == "en" and base_language("pt-BR") == "pt"


def test_comparison_rows_in_spanish() -> None:
    # Changes are worked out from the whole numbers shown (52 % - 40 %, 61 % - 50 %).
    older = {"scores": {"ml": {"percent": 40.0}}, "placement": {"level": "a", "label": "A"},
             "clusters": [{"id": "x", "label": "X", "fit": 50.0}]}
    newer = {"scores": {"ml": {"percent": 52.5}}, "placement": {"level": "a", "label": "A"},
             "clusters": [{"id": "x", "label": "X", "fit": 61.25}]}
    with use_language("es"):
        rows = compare_results(older, newer)
    assert [(r.label, r.before, r.after, r.delta) for r in rows] == [
        ("ml", "40\u00a0%", "52\u00a0%", "▲ +12"), ("Nivel", "A", "A", "igual"),
        ("Perfil que mejor encaja", "X (50\u00a0%)", "X (61\u00a0%)", "▲ +11")]


def test_rungs_and_gaps_in_spanish() -> None:
    labels = {"ml": "Aprendizaje automático", "gov": "Gobernanza"}
    with use_language("es"):
        assert [rung_words(n) for n in (1, 2, 0, -1, -3)] == [
            "sube un peldaño", "sube 2 peldaños", "mismo peldaño", "baja un peldaño",
            "baja 3 peldaños"]
        assert gap_list({"ml": 9.4, "gov": 0.3}, labels) == (
            "Aprendizaje automático +9; Gobernanza: menos de 1 punto")
