"""Tab through every page as a keyboard user does: each Tab stop shows the focus ring around
itself (no invisible Tab stop: a scroll area, a control scrolled out of view, a zero-size
widget), and Tab comes back round to where it started (no trap, no dead end)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from assessor.core.results import build_result
from assessor.ui.focus_style import FocusRing
from assessor.ui.main_window import MainWindow
from tests.ui.conftest import WindowMaker
from tests.ui.personas import ML_ENGINEER, persona_answers, write_cohort_of_six

LIMIT = 80  # more Tab stops than any page has


def _tab_round(qtbot: QtBot, window: MainWindow, where: str) -> list[str]:
    """Tab from the focused control until focus is back on it; the problems met."""
    QApplication.processEvents()
    start = QApplication.focusWidget()
    assert start is not None, f"{where}: nothing has focus"
    problems: list[str] = []
    current = start
    for _ in range(LIMIT):
        ring = window.findChild(FocusRing, "focus-ring")
        if ring is None or not ring.isVisible() or ring.target is not current \
                or ring.width() <= current.width() or ring.height() <= current.height():
            problems.append(f"{where}: no ring around {type(current).__name__} "
                            f"{current.accessibleName()!r}")
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        following = QApplication.focusWidget()
        assert following is not None, f"{where}: Tab left nothing focused"
        if following is start:
            return problems
        current = following
    return [*problems, f"{where}: Tab never came back to {type(start).__name__}"]


def _focus_first(page: QWidget) -> None:
    first = next(w for w in page.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    first.setFocus(Qt.FocusReason.TabFocusReason)


def _each_tab(qtbot: QtBot, window: MainWindow, tabs: QTabWidget, where: str) -> list[str]:
    problems: list[str] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
        problems += _tab_round(qtbot, window, f"{where} / {tabs.tabText(index)}")
    return problems


def test_every_tab_stop_on_every_page_shows_the_ring_and_tab_comes_round(
        qtbot: QtBot, make_window: WindowMaker, tmp_path: Path) -> None:
    window = make_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    questionnaire = window.context.catalog.questionnaires[0]
    answers = persona_answers(questionnaire, ML_ENGINEER)
    window.context.store.add_result(window.context.profile_id, build_result(
        questionnaire, answers, completed_at="2025-06-01T10:00:00+00:00"))
    window.show_start()
    _focus_first(window.start_page)
    problems = _tab_round(qtbot, window, "start")
    window.start_questionnaire(questionnaire)
    page = window.question_page
    assert page is not None
    for section_id in page._visible_ids():
        page.show_section(section_id)
        qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
        problems += _tab_round(qtbot, window, f"section {section_id}")
    for item_id, value in answers.items():
        window.session_model.set_answer(item_id, value)
    window.show_review()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    problems += _tab_round(qtbot, window, "review")
    window.finish()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results_page)
    problems += _each_tab(qtbot, window, window.results_page.tabs, "results")
    window.show_history()
    _focus_first(window.history_page)
    problems += _tab_round(qtbot, window, "history")
    window.show_clients()
    problems += _each_tab(qtbot, window, window.clients_page.tabs, "clients")
    window.show_cohort()
    folder = write_cohort_of_six(questionnaire, tmp_path / "cohort")
    model = window.cohort_page._model  # the page keeps its model private
    model.start_import([folder], window.context.catalog.questionnaires)
    qtbot.waitUntil(lambda: not model.busy and len(model.entries) == 6, timeout=30_000)
    problems += _each_tab(qtbot, window, window.cohort_page.dashboard.tabs, "cohort")
    problems += _each_tab(qtbot, window, window.cohort_page.tabs, "cohort pages")
    assert problems == []
