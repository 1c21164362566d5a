"""Helpers for the counsellor workflow tests: a window over the shipped career assessment,
results built from the persona answer files, and every text a widget tree puts on screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from assessor.core.format.answers import load_answers
from assessor.core.format.model import Questionnaire
from assessor.core.results import build_result
from assessor.ui.main_window import MainWindow
from tests.ui.conftest import WindowMaker

REPO = Path(__file__).resolve().parent.parent.parent
SHIPPED = ("shipped", REPO / "questionnaires")
PERSONAS = REPO / "tests" / "personas"
# A client's progress: the same person assessed three times, months apart.
PROGRESS = (("career-changer", "2024-02-01T10:00:00+00:00"),
            ("underconfident-analyst", "2024-09-01T10:00:00+00:00"),
            ("soc-analyst-no-ml", "2025-03-01T10:00:00+00:00"))


def career_window(make_window: WindowMaker) -> tuple[MainWindow, Questionnaire]:
    window = make_window([SHIPPED])
    questionnaire = next(q for q in window.context.catalog.questionnaires
                         if q.id == "ai-cyber-career")
    return window, questionnaire


def persona_result(questionnaire: Questionnaire, persona: str, when: str) -> dict[str, Any]:
    answers = load_answers(PERSONAS / f"{persona}.yaml", questionnaire).answers
    return build_result(questionnaire, answers, completed_at=when)


def add_progress(store: Any, profile_id: int, questionnaire: Questionnaire) -> list[int]:
    return [store.add_result(profile_id, persona_result(questionnaire, name, when))[0]
            for name, when in PROGRESS]


def client_with_progress(window: MainWindow, questionnaire: Questionnaire,
                         name: str) -> tuple[int, list[int]]:
    """A new client assessed three times (PROGRESS), selected on the Clients page."""
    store = window.context.store
    client = store.create_profile(name)
    ids = add_progress(store, client, questionnaire)
    window.show_clients()
    window.clients.select(client)
    return client, ids


def open_whatif(window: MainWindow, result_id: int) -> Any:
    """The Clients page's what-if tab, planning from `result_id`."""
    page = window.clients_page
    page.tabs.setCurrentWidget(page.whatif_view)
    page.whatif_view.select_result(result_id)
    return page.whatif_view


def screen_texts(root: QWidget) -> list[str]:
    """Every text the widget tree shows or offers: labels, edits, buttons, list, tree,
    table and combo entries, tooltips and window titles."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            for row in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(row)
                texts += [item.text(c) for c in range(widget.columnCount())]
        elif isinstance(widget, QTableWidget):
            texts += [widget.item(r, c).text() for r in range(widget.rowCount())
                      for c in range(widget.columnCount()) if widget.item(r, c) is not None]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [text for text in texts if text]
