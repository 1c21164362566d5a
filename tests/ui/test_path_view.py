"""The path view builds its steps when it is shown (a results page opens on its first tab),
and shows the latest path it was given."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from assessor.ui.path_view import PathView


def path(*titles: str) -> dict[str, Any]:
    steps = [{"milestone": f"m{i}", "title": title, "effort_hours": 10, "projected": {},
              "level": None} for i, title in enumerate(titles)]
    return {"reachable": True, "steps": steps, "total_effort_hours": 10 * len(steps),
            "short": []}


def shown_texts(view: PathView) -> list[str]:
    return [label.text() for label in view.widget().findChildren(QLabel)]


def test_steps_are_built_when_shown_with_the_latest_path(qtbot: QtBot) -> None:
    view = PathView()
    qtbot.addWidget(view)
    view.set_path(path("First course"), "Analyst", {}, {})
    view.set_path(path("Lab work", "Certification"), "Engineer", {}, {})
    assert shown_texts(view) == []  # hidden: nothing built yet
    view.show()
    qtbot.waitExposed(view)
    texts = shown_texts(view)
    assert "Your path to Engineer" in texts
    assert "Lab work" in texts and "Certification" in texts
    assert "First course" not in texts
    assert len(view.step_frames) == 2


def test_a_visible_view_shows_a_new_path_at_once(qtbot: QtBot) -> None:
    view = PathView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_path(path("Lab work"), "Engineer", {}, {})
    assert "Lab work" in shown_texts(view)
    assert view.summary_text == "1 step, about 10 hours of effort in total."
