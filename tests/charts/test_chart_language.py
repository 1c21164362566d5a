"""Charts are drawn in the language in use: their titles, axis labels, legends and notes are
the catalogue's Spanish, their numbers and months written the Spanish way, and no English
sentence of the catalogue is left in a Spanish figure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from assessor import charts
from assessor.charts import cohort as cohort_charts
from assessor.charts.tables import chart_table
from assessor.core.cohort import import_results
from assessor.core.cohort.dashboard import CohortDashboard, build_dashboard
from assessor.core.format.answers import load_answers
from assessor.core.format.loading import load_questionnaire
from assessor.core.i18n import catalogue, use_language
from assessor.core.integrity import integrity_hash
from assessor.core.results import build_result, write_result
from assessor.core.results.view import ResultView
from assessor.core.translation_results import translate_result
from tests.conftest import REPO_ROOT

PERSONAS = ("career-changer", "underconfident-analyst", "soc-analyst-no-ml",
            "security-engineer-with-ml", "ai-red-team-lead", "compliance-officer")
DATES = ("2024-02-01T10:00:00+00:00", "2024-09-01T10:00:00+00:00", "2025-03-01T10:00:00+00:00")
ENGLISH_MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def english_fragments() -> list[str]:
    """The English words of every catalogue message that Spanish says differently: each
    message split at its placeholders, the pieces with a word of three letters or more."""
    found: set[str] = set()
    for msgid, translation in catalogue("es").items():
        forms = translation if isinstance(translation, list) else [translation]
        for part in PLACEHOLDER.split(msgid):
            piece = part.strip(" .,;:()—→+%")
            if not re.search(r"[A-Za-z]{3}", piece) or any(piece in form for form in forms):
                continue
            found.add(piece)
    return sorted(found, key=len, reverse=True)


def english_left(texts: Iterable[str], fragments: list[str]) -> list[tuple[str, str]]:
    """(text, English fragment) for every text that still holds English of the catalogue."""
    left = []
    for text in texts:
        for fragment in fragments:
            if re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", text):
                left.append((text, fragment))
                break
    return left


def drawn_texts(figure: Figure) -> list[str]:
    """Every visible text of the figure as drawn (fitters wrapped it), lines joined again."""
    FigureCanvasAgg(figure).draw()  # type: ignore[no-untyped-call]  # untyped in matplotlib
    return [re.sub(r" *\n *", " ", t.get_text()).strip() for t in figure.findobj(Text)
            if t.get_visible() and t.get_text().strip()]


def _result(name: str, when: str) -> dict[str, Any]:
    questionnaire = load_questionnaire(REPO_ROOT / "questionnaires" / "ai-cyber-career.yaml")
    answers = load_answers(REPO_ROOT / "tests" / "personas" / f"{name}.yaml",
                           questionnaire).answers
    return build_result(questionnaire, answers, completed_at=when)


@pytest.fixture(scope="module")
def results() -> list[dict[str, Any]]:
    """Three results of the full assessment, their questionnaire texts in Spanish (as a
    report in Spanish has them), so only the charts' own words can be English."""
    made = []
    for name, when in zip(PERSONAS, DATES, strict=False):
        translated, warnings = translate_result(_result(name, when), "es")
        assert warnings == []
        made.append(translated)
    return made


def _result_figures(results: list[dict[str, Any]]) -> dict[str, Callable[[], Figure]]:
    latest = results[-1]
    cluster = ResultView.of(latest).best_cluster_id
    assert cluster is not None
    return {
        "ladder": lambda: charts.ladder_figure(latest),
        "plane": lambda: charts.plane_figure(latest),
        "dimensions": lambda: charts.dimensions_figure(latest),
        "calibration": lambda: charts.calibration_figure(latest),
        "path": lambda: charts.path_figure(latest, cluster),
        "trend": lambda: charts.trend_figure(results),
    }


def test_result_charts_in_spanish_hold_no_english_of_the_catalogue(
        results: list[dict[str, Any]]) -> None:
    fragments = english_fragments()
    assert "Career ladder" in fragments and "Role targets" in fragments
    figures = _result_figures(results)
    with use_language("es"):
        spanish = {name: drawn_texts(build()) for name, build in figures.items()}
    english = {name: drawn_texts(build()) for name, build in figures.items()}
    for name, texts in spanish.items():
        assert english_left(texts, fragments) == [], name
        assert not any(ENGLISH_MONTHS.search(text) for text in texts), name
        # The check finds what it looks for: the same figure in English is full of it.
        assert english_left(english[name], fragments), name
    words = {name: " | ".join(texts) for name, texts in spanish.items()}
    assert "Escala profesional" in words["ladder"] and "Usted está aquí" in words["ladder"]
    assert "Mapa de perfiles" in words["plane"] and "Objetivos de los perfiles" in words["plane"]
    assert "Su perfil frente a " in words["dimensions"]
    assert "Carencia hasta el objetivo" in words["dimensions"]
    assert "Autoevaluación frente a prueba de conocimientos" in words["calibration"]
    assert "Itinerario hacia " in words["path"]
    assert "Dedicación acumulada (horas)" in words["path"]
    assert "Progreso a lo largo del tiempo" in words["trend"]
    # Percents as the Spanish report writes them: a space before the sign.
    assert "100\u00a0%" in spanish["dimensions"] and "100%" in english["dimensions"]


def test_the_trend_names_its_months_in_the_chart_language(
        results: list[dict[str, Any]]) -> None:
    with use_language("es"):
        spanish = drawn_texts(charts.trend_figure(results))
    english = drawn_texts(charts.trend_figure(results))
    assert any(ENGLISH_MONTHS.search(text) for text in english)
    assert any(re.search(r"\b(ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic)\b", text)
               for text in spanish), spanish


def test_a_chart_table_in_spanish(results: list[dict[str, Any]]) -> None:
    latest = results[-1]
    with use_language("es"):
        table = chart_table("dimensions_figure", latest)
    assert table is not None
    assert table.headers == ("Dimensión", "Usted", "Objetivo", "Carencia")
    assert table.caption.startswith("Sus dimensiones frente a ")
    cells = [cell for row in table.rows for cell in row]
    assert english_left([table.caption, *table.headers, *cells], english_fragments()) == []


@pytest.fixture(scope="module")
def dashboard(results: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
              ) -> CohortDashboard:
    """A cohort of six people whose results are in Spanish (resealed after translating)."""
    folder = tmp_path_factory.mktemp("cohort")
    for number, name in enumerate(PERSONAS):
        result, _warnings = translate_result(_result(name, DATES[number % len(DATES)]), "es")
        result["integrity"]["sha256"] = integrity_hash(result)
        write_result(result, folder / f"{name}.json")
    entries = import_results(sorted(folder.glob("*.json")), []).entries
    assert len(entries) == len(PERSONAS)
    with use_language("es"):
        made = build_dashboard(entries, min_group=1)
    assert made is not None
    return made


def test_cohort_charts_in_spanish_hold_no_english_of_the_catalogue(
        dashboard: CohortDashboard) -> None:
    fragments = english_fragments()
    builders = (cohort_charts.levels_figure, cohort_charts.clusters_figure,
                cohort_charts.milestones_figure, cohort_charts.heatmap_figure)
    with use_language("es"):
        spanish = [drawn_texts(build(dashboard)) for build in builders]
    for texts in spanish:
        assert english_left(texts, fragments) == [], texts
    words = " | ".join(text for texts in spanish for text in texts)
    for title in ("Niveles", "Grupos de perfiles que mejor encajan",
                  "Hitos que harían avanzar a más personas", "Carencias hasta el objetivo",
                  "personas frente a su grupo de mejor encaje"):
        assert title in words, title

