"""The item-analysis view's distractor table, as an author reads it: select a knowledge check,
see how its options were chosen and which are flagged, small counts hidden, plain text."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from assessor.core.results import build_result, write_result
from assessor.ui.item_analysis_view import ItemAnalysisView
from tests.core.cohort.test_distractors import N, respondent, write
from tests.ui.test_cohort import import_folder, make_page


def analysed_view(qtbot: QtBot, tmp_path: Path) -> ItemAnalysisView:
    """The item-analysis tab of a cohort page holding the synthetic cohort of
    tests/core/cohort/test_distractors.py (its page is kept in _KEEP until the test ends)."""
    questionnaire = write(tmp_path)
    folder = tmp_path / "results"
    folder.mkdir()
    for rank in range(N):
        write_result(build_result(questionnaire, respondent(rank), respondent=f"P{rank}"),
                     folder / f"r{rank:03d}.json")
    provider = make_page(qtbot, [questionnaire])
    try:
        import_folder(qtbot, provider, folder)
    finally:
        provider.model.shutdown()
    view = provider.page.item_analysis
    provider.page.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table_model.rowCount() == 7)
    _KEEP.append(provider)
    return view


_KEEP: list[object] = []  # the pages under test, until the test ends (qtbot closes them)


@pytest.fixture(autouse=True)
def _release_pages() -> Iterator[None]:
    yield
    _KEEP.clear()


def select(view: ItemAnalysisView, item_id: str) -> None:
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 2).data() == item_id)
    view.table.selectionModel().setCurrentIndex(
        view.proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def option_rows(view: ItemAnalysisView) -> dict[str, list[str]]:
    model = view.distractors.table_model
    return {model.index(r, 1).data(): [model.index(r, c).data() for c in range(7)]
            for r in range(model.rowCount())}


def test_selecting_a_knowledge_check_shows_its_options(qtbot: QtBot, tmp_path: Path) -> None:
    view = analysed_view(qtbot, tmp_path)
    assert "Select a knowledge check" in view.distractors.heading.text()
    assert view.distractors.table_model.rowCount() == 0
    view.flagged_check.setChecked(True)
    flagged = {view.proxy.index(r, 2).data(): view.proxy.index(r, 7).data()
               for r in range(view.proxy.rowCount())}
    assert set(flagged) == {"dead", "lure", "miskey"}  # "clean" is clean
    assert "strong respondents prefer a distractor: d" in flagged["lure"]
    select(view, "lure")
    if os.environ.get("ASSESSOR_SCREENSHOT_DIR"):  # to look at it, as in docs/reliability.md
        page = view.window()
        page.resize(1280, 800)
        qtbot.waitUntil(lambda: page.width() == 1280)
        page.grab().save(str(Path(os.environ["ASSESSOR_SCREENSHOT_DIR"]) / "distractors.png"))
    assert "Options of lure (Lure)" in view.distractors.heading.text()
    rows = option_rows(view)
    assert rows["a"][:6] == ["Alpha", "a", "key", "40", "40%", "-0.02"]
    assert rows["d"][3:5] == ["30", "30%"]
    assert rows["d"][6] == "strong respondents prefer it to the key"
    assert rows["d"][2] == "distractor"
    assert rows["dk"][2] == "I don't know" and rows["dk"][3:5] == ["<5", "–"]
    select(view, "dead")
    rows = option_rows(view)
    assert rows["c"][3:7] == ["<5", "–", "–", "almost nobody chooses it"]
    assert rows["b"][6] == ""
    # A likert item has no options to show.
    view.flagged_check.setChecked(False)
    select(view, "p1")
    assert view.distractors.table_model.rowCount() == 0


def test_option_labels_stay_plain_text(qtbot: QtBot, tmp_path: Path) -> None:
    view = analysed_view(qtbot, tmp_path)
    select(view, "clean")
    model = view.distractors.table_model
    # The default delegate draws QStandardItem text as plain text; the cells hold the raw
    # label and no rich-text role is set.
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Alpha"
    assert view.distractors.heading.textFormat() == Qt.TextFormat.PlainText
