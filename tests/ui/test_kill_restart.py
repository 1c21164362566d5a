"""Never lose an answer: kill the app mid-questionnaire, start again, and every answer it
acknowledged is offered back in the draft."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import REPO_ROOT
from tests.ui.conftest import WindowMaker, shipped_or_test_folder
from tests.ui.keyboard import focus_is_in, press, tab_until


def _questionnaire_path() -> Path:
    _origin, folder = shipped_or_test_folder()
    shipped = folder / "ai-cyber-career.yaml"
    return shipped if shipped.is_file() else folder / "full.yaml"


def test_answers_survive_a_kill_and_are_offered_on_restart(
        qtbot: QtBot, make_window: WindowMaker, isolated_user_dirs: Path) -> None:
    path = _questionnaire_path()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "ASSESSOR_HOME": str(isolated_user_dirs)}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.kill_helper", str(path), "9"],
                             cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    acknowledged: dict[str, Any] = {}
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "WAITING":
                break
            item_id, value = json.loads(line)
            acknowledged[item_id] = value
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert len(acknowledged) == 9

    window = make_window([("shipped", path.parent)])
    start = window.start_page
    assert start.draft_list.count() == 1
    assert "9 answers so far" in start.draft_list.item(0).text()
    tab_until(qtbot, lambda: focus_is_in(start.draft_list))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.question_page)
    session = window.session_model.session
    assert session.answers == acknowledged
    # The widgets show the restored answers, not just the session.
    page = window.question_page
    for item_id, value in acknowledged.items():
        widget = page.item_widgets[item_id]
        if hasattr(widget, "buttons"):
            checked = [v for v, b in widget.buttons if b.isChecked()]
            assert checked == [value], item_id
        elif hasattr(widget, "field"):
            assert float(widget.field.text()) == value, item_id
