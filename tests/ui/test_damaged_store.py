"""A data file with a damaged row opens to a working start page and a notice naming the
quarantine file (issue 14: it used to be a traceback and an empty start page)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from assessor.core.format.loading import load_questionnaire
from assessor.core.results import build_result
from assessor.core.store import DATABASE_NAME, Store
from assessor.ui.bootstrap import build_main_window, open_context
from tests.conftest import TEST_DATA


def test_the_app_starts_with_the_intact_results_and_says_what_was_set_aside(
        qtbot: QtBot, isolated_user_dirs: Path) -> None:
    questionnaire = load_questionnaire(TEST_DATA / "sample.yaml")
    with Store.open() as store:
        profile = store.default_profile()
        for name in ("Intact", "Damaged"):
            store.add_result(profile, build_result(questionnaire, {"q1": 4}, respondent=name))
    with sqlite3.connect(isolated_user_dirs / DATABASE_NAME) as raw:
        raw.execute("UPDATE results SET result_json = substr(result_json, 1, 40) "
                    "WHERE result_json LIKE '%Damaged%'")
    context = open_context()
    window = build_main_window(context)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.start_page.is_filled)
        [quarantine] = isolated_user_dirs.glob("assessor-quarantine-*.json")
        assert str(quarantine) in window.statusBar().currentMessage()
        assert window.start_page.result_list.count() == 1
    finally:
        context.store.close()
