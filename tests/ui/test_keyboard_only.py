"""The whole full assessment taken with the keyboard alone, from the start page to a saved
report: key events only (QTest), and a watch that fails the test on any mouse event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import FakePrompts, WindowMaker, shipped_or_test_folder
from tests.ui.keyboard import answer, focus_is_in, focused, press, tab_until
from tests.ui.personas import ML_ENGINEER, persona_answers

_MOUSE = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
          QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel}


class _MouseWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOUSE:
            self.seen.append(f"{event.type().name} on {type(watched).__name__}")
        return False


def test_full_assessment_to_a_saved_report_by_keyboard_alone(
        qtbot: QtBot, make_window: WindowMaker, prompts: FakePrompts, store: Any,
        tmp_path: Path) -> None:
    watch = _MouseWatch()
    QApplication.instance().installEventFilter(watch)
    try:
        window = make_window([shipped_or_test_folder()])
        questionnaire = next(q for q in window.context.catalog.questionnaires
                             if q.id in ("ai-cyber-career", "ui-full"))
        wanted = persona_answers(questionnaire, ML_ENGINEER)
        start = window.start_page
        # Start page: Tab to the questionnaire list, arrow to the full assessment, Enter.
        tab_until(qtbot, lambda: focus_is_in(start.questionnaire_list))
        ids = [start.questionnaire_list.item(row).data(Qt.ItemDataRole.UserRole).id
               for row in range(start.questionnaire_list.count())]
        press(qtbot, Qt.Key.Key_Home)
        for _ in range(ids.index(questionnaire.id)):
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.question_page)
        page = window.question_page
        session = window.session_model.session
        sections = 0
        while window.stack.currentWidget() is page:
            sections += 1
            section = page.section_pages[page.current_section_id].section
            # Each page opens with focus on its first question.
            first = next(i for i in section.items if session.is_visible(i.id))
            assert focus_is_in(page.item_widgets[first.id]), section.id
            for item in section.items:
                if session.is_visible(item.id) and item.id in wanted:
                    answer(qtbot, page.item_widgets[item.id], wanted[item.id])
            press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert sections == len(session.visible_sections) >= 5
        assert window.stack.currentWidget() is window.review_page
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # finish
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results_page)
        results = window.results_page
        qtbot.waitUntil(lambda: focused() is results.title)  # focus on the results heading
        # Save the report with its access key (Alt+O: "Save rep&ort…").
        target = tmp_path / "report.pdf"
        prompts.save_paths.append(target)
        press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: bool(prompts.infos))
        assert prompts.infos[-1][0] == "Report saved"
        assert target.read_bytes().startswith(b"%PDF")
        [stored] = store.list_results(window.context.profile_id)
        assert stored.result["answers"] == wanted
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.seen == [], watch.seen[:5]
