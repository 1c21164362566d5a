"""The results and presentation pages a client sees, laid out at 1024×700, 1280×800 and
1920×1080 and (in a subprocess with QT_SCALE_FACTOR=2) at 2×: no label, button or table
cell elided or cut, no table scrolling sideways, and every chart on screen passing the
figure layout check at the size and pixel ratio it is drawn at."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from assessor.ui.charts_access import ChartFactory
from assessor.ui.context import ReportRenderer, UiSettings
from assessor.ui.presentation import PresentationView
from assessor.ui.results_page import ResultsPage
from tests import layout_subjects as subjects
from tests.conftest import REPO_ROOT
from tests.layout_check import WINDOW_SIZES
from tests.ui.conftest import FakePrompts
from tests.ui.layout_widgets import window_problems

PERSONAS = ("ml-engineer-no-security", "policy-lawyer-no-security", "long-names")
SIZES = [pytest.param(size, id=f"{size[0]}x{size[1]}") for size in WINDOW_SIZES]
# Known limit (as in tests/charts/test_layout.py): four 90-character role names cannot all
# be placed clear of each other on the role map beside the ladder at 1024 pixels (since the
# legend takes smaller type when it must, 1280 pixels are enough: strict, so a change shows).
ROLE_MAP_LIMIT = pytest.mark.xfail(reason="known limit: long role names on a small role map",
                                   strict=True)


def _results_cases() -> list[Any]:
    return [pytest.param(persona, size, id=f"{persona}-{size[0]}x{size[1]}",
                         marks=[ROLE_MAP_LIMIT] if persona == "long-names" and size[0] < 1280
                         else [])
            for persona in PERSONAS for size in WINDOW_SIZES]
SCALED = os.environ.get("QT_SCALE_FACTOR") == "2"


def _show(qtbot: QtBot, widget: Any, size: tuple[int, int]) -> None:
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.width() == size[0])


def _settled(qtbot: QtBot, widget: Any) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize(("persona", "size"), _results_cases())
def test_results_page_lays_out_at_every_size(qtbot: QtBot, persona: str,
                                             size: tuple[int, int]) -> None:
    result = subjects.persona_result(persona)
    questionnaire = subjects.questionnaire(result["questionnaire"]["id"])
    page = ResultsPage(ChartFactory(), FakePrompts(), ReportRenderer(), UiSettings())
    # As the main window does: an explicit minimum, so growing charts never push size hints
    # to the platform window (offscreen cannot take them, and warns).
    page.setMinimumSize(800, 560)
    qtbot.addWidget(page)
    page.show_result(result, questionnaire if persona != "long-names" else None)
    # The page inside the main window: the menu bar takes about 30 px of the height.
    _show(qtbot, page, (size[0], size[1] - 30))
    problems: list[str] = []
    canvases = 0
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        _settled(qtbot, page)
        found, drawn = window_problems(page, f"{persona} {size} tab {page.tabs.tabText(tab)}")
        problems += found
        canvases += drawn
    assert canvases >= 4, "every tab shows its charts"
    assert problems == [], "\n".join(problems)


PRESENTATION_CASES = [pytest.param(persona, size, id=f"{persona}-{size[0]}x{size[1]}")
                      for persona in PERSONAS for size in WINDOW_SIZES]


@pytest.mark.parametrize(("persona", "size"), PRESENTATION_CASES)
def test_presentation_lays_out_at_every_size(qtbot: QtBot, persona: str,
                                             size: tuple[int, int]) -> None:
    result = subjects.persona_result(persona)
    view = PresentationView(result, "Alexandra Montgomery-Kowalczyk", ChartFactory())
    qtbot.addWidget(view)
    _show(qtbot, view, size)
    problems: list[str] = []
    for cluster in [c["id"] for c in result["clusters"]]:
        view.choose_cluster(cluster)
        _settled(qtbot, view)
        found, canvases = window_problems(view, f"presentation {persona} {size} {cluster}")
        problems += found
        assert canvases == 2
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES)
def test_presentation_lays_out_in_spanish_at_every_size(qtbot: QtBot, qapp: Any,
                                                        size: tuple[int, int]) -> None:
    """Spanish names and headers are longer ("Carencias por cubrir" was clipped, the
    profile's legend ran off its figure): the type is less enlarged in a narrower window
    and the roles' headers fold, so every role still shows whole."""
    from assessor.app.result_language import shown_in_language
    from assessor.ui.language import install_translators, remove_translators

    translators = install_translators(qapp, "es")
    try:
        for persona in ("policy-lawyer-no-security", "ml-engineer-no-security"):
            result = shown_in_language(subjects.persona_result(persona))
            view = PresentationView(result, "Alejandra Montgomery-Kowalczyk", ChartFactory())
            qtbot.addWidget(view)
            _show(qtbot, view, size)
            problems: list[str] = []
            for cluster in [c["id"] for c in result["clusters"]]:
                view.choose_cluster(cluster)
                _settled(qtbot, view)
                problems += window_problems(view, f"es {persona} {size} {cluster}")[0]
            assert problems == [], "\n".join(problems)
            assert view.cluster_list.headerItem().text(1) == "Encaje"  # really Spanish
    finally:
        remove_translators(qapp, translators)


@pytest.mark.skipif(SCALED, reason="this is the run at 2×")
def test_pages_lay_out_at_twice_the_pixel_ratio() -> None:
    """The same checks on a 2× screen: Qt scales only in a fresh process, so run there."""
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__,
         "-k", "1280x800"], cwd=REPO_ROOT, env=env, capture_output=True, text=True,
        check=False, timeout=900)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout


def test_scaled_run_really_is_at_twice_the_pixel_ratio(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.devicePixelRatioF() == (2.0 if SCALED else 1.0)


@pytest.mark.parametrize("size", SIZES)
def test_calibration_rows_are_as_tall_as_their_text_at_the_width_shown(
        qtbot: QtBot, size: tuple[int, int]) -> None:
    """The readings are filled in before the tab is shown: their rows are measured again
    at the width the table gets, not left at the height of a narrower table (a tall empty
    band under each reading was seen at 1024)."""
    result = subjects.persona_result("ml-engineer-no-security")
    page = ResultsPage(ChartFactory(), FakePrompts(), ReportRenderer(), UiSettings())
    page.setMinimumSize(800, 560)
    qtbot.addWidget(page)
    page.show_result(result, subjects.questionnaire(result["questionnaire"]["id"]))
    _show(qtbot, page, (size[0], size[1] - 30))
    page.tabs.setCurrentWidget(page.calibration)
    table = page.calibration.table
    least = table.verticalHeader().minimumSectionSize()  # Qt's floor for a row
    qtbot.waitUntil(lambda: all(table.rowHeight(row) == max(table.sizeHintForRow(row), least)
                                for row in range(table.rowCount())), timeout=3000)
    assert table.rowCount() == 5


@pytest.mark.parametrize("size", SIZES)
def test_roles_tab_shows_every_role_without_scrolling(qtbot: QtBot,
                                                      size: tuple[int, int]) -> None:
    """The four roles of the shipped model show whole above the profile chart (at 1024
    the last was cut in half at the table's foot, behind a scroll bar)."""
    result = subjects.persona_result("ml-engineer-no-security")
    page = ResultsPage(ChartFactory(), FakePrompts(), ReportRenderer(), UiSettings())
    page.setMinimumSize(800, 560)
    qtbot.addWidget(page)
    page.show_result(result, subjects.questionnaire(result["questionnaire"]["id"]))
    _show(qtbot, page, (size[0], size[1] - 30))
    page.tabs.setCurrentIndex(1)
    _settled(qtbot, page)
    roles = page.cluster_list
    assert roles.topLevelItemCount() == 4
    last = roles.topLevelItem(roles.topLevelItemCount() - 1)
    qtbot.waitUntil(lambda: roles.visualItemRect(last).bottom() <= roles.viewport().height())
    assert not roles.verticalScrollBar().isVisible()
