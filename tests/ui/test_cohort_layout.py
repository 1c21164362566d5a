"""The cohort dashboard a provider shows, laid out at 1024×700, 1280×800 and 1920×1080, in
English and Spanish: on every tab no cluster or milestone name is elided or cut, no header
is clipped, no table scrolls sideways and every chart passes the figure check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from assessor.core.cohort import import_results
from assessor.core.format.model import Questionnaire
from assessor.core.paths import shipped_questionnaire_dir
from assessor.core.translation import translate
from assessor.ui.charts_access import ChartFactory
from assessor.ui.cohort_model import CohortModel, ImportRun
from assessor.ui.cohort_page import CohortPage
from assessor.ui.language import install_translators, remove_translators
from tests import layout_subjects as subjects
from tests.cohort_factory import write_cohort
from tests.layout_check import WINDOW_SIZES
from tests.ui.conftest import FakePrompts
from tests.ui.layout_widgets import window_problems


@pytest.fixture(scope="module")
def result_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_cohort(subjects.questionnaire("ai-cyber-career"),
                        tmp_path_factory.mktemp("cohort") / "results", 40, seed=12)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param) if request.param != "en" else []
    yield request.param
    remove_translators(qapp, translators)


@pytest.mark.parametrize("size", [pytest.param(s, id=f"{s[0]}x{s[1]}") for s in WINDOW_SIZES])
def test_cohort_dashboard_lays_out_at_every_size(qtbot: QtBot, result_files: list[Path],
                                                 language: str,
                                                 size: tuple[int, int]) -> None:
    full = subjects.questionnaire("ai-cyber-career")
    shown: Questionnaire = (full if language == "en" else
                            translate(full, language, [shipped_questionnaire_dir()])[0])
    model = CohortModel()
    page = CohortPage(model, FakePrompts(), ChartFactory("assessor.charts.cohort"),
                      lambda: [shown])
    qtbot.addWidget(page)
    try:
        outcome = import_results(result_files, [shown])
        assert len(outcome.entries) == 40
        model._finished(ImportRun([str(f) for f in result_files], outcome))
        page.setMinimumSize(760, 520)
        page.resize(size[0], size[1] - 30)  # the menu bar takes the rest
        page.show()
        qtbot.waitExposed(page)
        dashboard = page.dashboard
        problems: list[str] = []
        for tab in range(dashboard.tabs.count()):
            dashboard.tabs.setCurrentIndex(tab)
            for _ in range(3):
                QApplication.processEvents()
            found, _ = window_problems(page, f"{language} {size} {dashboard.tabs.tabText(tab)}")
            problems += found
        assert problems == [], "\n".join(problems)
    finally:
        model.shutdown()
