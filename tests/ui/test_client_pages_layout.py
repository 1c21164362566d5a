"""The pages a counsellor puts in front of a client besides the result itself — history,
and the Clients page's results over time, comparison, what-if plan and notes — laid out at
1024×700, 1280×800 and 1920×1080, in English and Spanish: no label, button, header or cell elided or cut, no table
scrolling sideways, every chart passing the figure check."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from assessor.ui.language import install_translators, remove_translators
from tests.layout_check import WINDOW_SIZES
from tests.ui.conftest import WindowMaker
from tests.ui.counsellor import add_progress, career_window, client_with_progress, open_whatif
from tests.ui.layout_widgets import window_problems

SIZES = [pytest.param(size, id=f"{size[0]}x{size[1]}") for size in WINDOW_SIZES]


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param) if request.param != "en" else []
    yield request.param
    remove_translators(qapp, translators)


def _settle(qtbot: QtBot, window: object) -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES)
def test_history_page_lays_out_at_every_size(qtbot: QtBot, make_window: WindowMaker,
                                             language: str, size: tuple[int, int]) -> None:
    window, questionnaire = career_window(make_window)
    add_progress(window.context.store, window.context.profile_id, questionnaire)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_history()
    page = window.history_page
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    assert page.title_label.text() == {"en": "Your results over time",
                                       "es": "Sus resultados a lo largo del tiempo"}[language]
    if language == "es":  # the results are shown translated, as the app shows them
        assert page.table.item(0, 1).text().startswith("Carreras en ciberseguridad")
    page.select_pair(0, 1)
    qtbot.waitUntil(lambda: page.trend_chart.is_rendered)
    _settle(qtbot, window)
    problems, charts = window_problems(page, f"history {language} {size}")
    assert charts >= 1
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES)
def test_clients_page_tabs_lay_out_at_every_size(qtbot: QtBot, make_window: WindowMaker,
                                                 language: str, size: tuple[int, int]) -> None:
    window, questionnaire = career_window(make_window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    _client, ids = client_with_progress(window, questionnaire, "Alex R.")
    page = window.clients_page
    problems: list[str] = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        if page.tabs.currentWidget() is page.whatif_view:
            open_whatif(window, ids[-1])
        _settle(qtbot, window)
        found, _ = window_problems(page, f"clients {language} {size} {page.tabs.tabText(tab)}")
        problems += found
    assert problems == [], "\n".join(problems)
