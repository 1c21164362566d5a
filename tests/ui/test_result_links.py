"""A result's own milestone resources are shown as plain text, never as links the app
could open (issue 14, security 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.ui.path_view import PathView
from tests.conftest import TEST_DATA

HOSTILE_URL = "javascript:alert(document.domain)"


def test_hostile_resource_address_in_a_result_is_plain_text_in_the_path_view(qtbot: QtBot) -> None:
    questionnaire = load_questionnaire(TEST_DATA / "all_types.yaml")
    answers = {"role": "analyst", "tools": ["splunk"], "years": 6, "trained": 2, "avoided": 0,
               "poison": "t0020", "rmf": "detect", "gt-test": False}
    result = build_result(questionnaire, answers)
    result["display"]["milestones"]["rmf-course"]["resources"] = [
        {"title": "<a href='javascript:x'>Click</a>", "url": HOSTILE_URL}]
    view = PathView()
    qtbot.addWidget(view)
    label = next(c["label"] for c in result["display"]["clusters"] if c["id"] == "auditor")
    view.set_path(result["paths"]["auditor"], label, result, {})
    view.show()  # the steps are laid out when the view is first shown

    def hostile_labels() -> list[QLabel]:
        return [w for w in view.widget().findChildren(QLabel) if HOSTILE_URL in w.text()]

    qtbot.waitUntil(lambda: len(hostile_labels()) == 1)
    shown = hostile_labels()
    assert shown[0].textFormat() == Qt.TextFormat.PlainText
    assert not shown[0].openExternalLinks()
    assert "<a href='javascript:x'>Click</a>" in shown[0].text()  # literally, not as markup
