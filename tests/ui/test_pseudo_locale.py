"""The main pages in the pseudo-locale (every UI string accented, about 40 % longer and
wrapped in ⟦ ⟧, generated from the .ts by tools/pseudo_locale.py) show nothing clipped
and no UI string left untranslated; and mirrored right to left they stay usable."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assessor.core import i18n
from assessor.core.translation_texts import source_texts
from assessor.ui.main_window import MainWindow
from tests.conftest import REPO_ROOT
from tests.ui.personas import ML_ENGINEER, persona_answers

sys.path.insert(0, str(REPO_ROOT / "tools"))
import update_messages
from pseudo_locale import CLOSE, OPEN, build_pseudo_qm, pseudo


@pytest.fixture
def pseudo_locale(qapp: QApplication, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    qm = build_pseudo_qm(REPO_ROOT / "resources" / "assessor_es.ts", tmp_path)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    # The Qt-free sentences (readings) get the same treatment from their own catalogue.
    messages = {msgid: [pseudo(msgid)] * 2 if plural else pseudo(msgid)
                for msgid, plural in update_messages.extract().items()}
    monkeypatch.setattr(i18n, "catalogue", lambda language: messages)
    yield
    QCoreApplication.removeTranslator(translator)


def _shown(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]


def _clipped(widget: QWidget) -> str | None:
    """Why `widget` cuts its text off, or None when all of it fits."""
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        room = widget.contentsRect()
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return f"needs {needed}px of height, has {widget.height()}" \
                if needed > widget.height() + 1 else None
        shown = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&") \
            if widget.buddy() is not None else widget.text()  # the & marks a shortcut
        lines = shown.splitlines() or [""]
        needed = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
        return f"needs {needed}px, has {room.width()}" if needed > room.width() + 1 else None
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
        needed = widget.sizeHint().width()
        return f"needs {needed}px, has {widget.width()}" if needed > widget.width() + 1 else None
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                return f"tab {widget.tabText(index)!r} is cut"
    if isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(widget.title())
        return f"title needs {needed}px" if needed > widget.width() else None
    return None


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    return []


def _untranslated(text: str, content: set[str]) -> bool:
    """UI text (not the questionnaire's, not data) that never went through a translator."""
    if OPEN in text or sum(ch.isascii() and ch.isalpha() for ch in text) < 2:
        return False
    for line in text.splitlines():
        # A resource line is "• title — address": both parts are the questionnaire's.
        parts = line.strip().removeprefix("• ").split(" — ")
        if any(part and part not in content and not part.startswith("https://")
               for part in parts):
            return True
    return False


def _check(window: MainWindow, page: str, content: set[str], problems: list[str]) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    for widget in _shown(window):
        why = _clipped(widget)
        if why:
            problems.append(f"{page}: {type(widget).__name__} {_texts(widget)[:1]!r} clipped: "
                            f"{why}")
        for text in _texts(widget):
            if _untranslated(text, content):
                problems.append(f"{page}: {type(widget).__name__} shows untranslated {text!r}")


def _walk_main_pages(window: MainWindow, check: Callable[[str], None]) -> None:
    check("start page")
    questionnaire = window.context.catalog.questionnaires[0]
    window.start_questionnaire(questionnaire)
    check("question page")
    model = window.session_model
    assert model is not None
    for item_id, value in persona_answers(questionnaire, ML_ENGINEER).items():
        model.set_answer(item_id, value)
    window.show_review()
    check("review page")
    window.finish()
    tabs = window.results_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        check(f"results tab {index + 1}")
    window.show_history()
    check("history page")


def _content(window: MainWindow) -> set[str]:
    """The questionnaire's own texts and the person's name: shown as written."""
    found = {"Me", "Assessor"}
    for questionnaire in window.context.catalog.questionnaires:
        for text in source_texts(questionnaire).values():
            found.update(line.strip() for line in text.splitlines())
        if questionnaire.career is not None:
            for text in source_texts(questionnaire.career).values():
                found.update(line.strip() for line in text.splitlines())
    return found


def test_pseudo_text_is_longer_and_keeps_placeholders() -> None:
    assert pseudo("Your path to {0}") == f"{OPEN}Ýöür pàth tö {{0}}~~~~{CLOSE}"
    assert pseudo("%n question(s)").count("%n") == 1
    assert len(pseudo("Save and close")) >= len("Save and close") * 1.3


@pytest.mark.usefixtures("pseudo_locale")
def test_main_pages_in_the_pseudo_locale(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    content = _content(window)
    problems: list[str] = []
    _walk_main_pages(window, lambda page: _check(window, page, content, problems))
    assert problems == [], "\n".join(problems)


def test_right_to_left_stays_usable(qapp: QApplication, qtbot: QtBot,
                                    make_window: Callable[..., MainWindow]) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make_window()
        assert window.isRightToLeft()
        questionnaire = window.context.catalog.questionnaires[0]
        window.start_questionnaire(questionnaire)
        page = window.question_page
        assert page is not None
        qtbot.waitUntil(page.next_button.isVisible)
        # Mirrored: "Next" sits left of "Back", and the section list is on the right.
        origin = QPoint(0, 0)
        assert page.next_button.mapTo(window, origin).x() < page.back_button.mapTo(
            window, origin).x()
        first = page._visible_ids()[0]
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.current_section_id != first)
        outside = [w for w in _shown(window)
                   if not window.rect().contains(w.mapTo(window, origin))]
        assert outside == []
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
