"""History: past results of this profile, a trend, and two results compared."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from assessor.core.integrity import integrity_hash
from assessor.core.results import build_result
from tests.ui.conftest import WindowMaker
from tests.ui.layout_widgets import view_problems
from tests.ui.personas import ML_ENGINEER, persona_answers


def test_history_lists_results_and_compares_two_with_deltas(
        qtbot: QtBot, make_window: WindowMaker, store: Any) -> None:
    window = make_window()
    questionnaire = window.context.catalog.questionnaires[0]
    profile = window.context.profile_id
    weaker = {d: v * 0.5 for d, v in ML_ENGINEER.items()}
    older = build_result(questionnaire, persona_answers(questionnaire, weaker),
                         completed_at="2025-01-10T09:00:00+00:00")
    newer = build_result(questionnaire, persona_answers(questionnaire, ML_ENGINEER),
                         completed_at="2025-06-10T09:00:00+00:00")
    other = store.create_profile("Someone else")
    someone_else = build_result(questionnaire, persona_answers(questionnaire, ML_ENGINEER),
                                completed_at="2025-03-01T09:00:00+00:00")
    store.add_result(other, someone_else)  # another profile's result is not in this history
    store.add_result(profile, older)
    store.add_result(profile, newer)
    window.show_start()
    assert window.start_page.result_list.count() == 2
    window.start_page.history_button.click()
    page = window.history_page
    assert window.stack.currentWidget() is page
    assert page.table.rowCount() == 2
    assert page.table.item(0, 0).text().startswith("2025-06-10")  # newest first
    qtbot.waitUntil(lambda: page.trend_chart.is_rendered)
    rows = {row.label: row for row in page.comparison_rows}
    ml_label = next(d.label for d in questionnaire.dimensions if d.id == "ml")
    before = older["scores"]["ml"]["percent"]
    after = newer["scores"]["ml"]["percent"]
    # The change is the difference of the numbers the table shows, with its direction.
    change = int(f"{after:.0f}") - int(f"{before:.0f}")
    assert rows[ml_label].before == f"{before:.0f}%" and rows[ml_label].after == f"{after:.0f}%"
    assert rows[ml_label].delta == (f"▲ +{change}" if change > 0 else
                                    f"▼ −{-change}" if change < 0 else "0")
    assert rows["Level"].before == (older["placement"] or {}).get("label", "—")
    assert newer["clusters"][0]["label"] in rows["Best-fitting role"].after
    # Opening one result shows it in full.
    page.select_pair(0, 0)
    page.table.selectRow(1)
    page.open_button.click()
    assert window.stack.currentWidget() is window.results_page
    assert window.results_page.result["completed_at"] == older["completed_at"]


def test_history_table_shows_level_and_role_in_full_without_scrolling_sideways(
        qtbot: QtBot, make_window: WindowMaker, store: Any) -> None:
    """A long questionnaire title (translated titles are longer still) gives way, wrapped
    onto more lines (its full text also a tooltip); the level and the best-fitting role stay
    whole, the role wrapped too when the title can give no more."""
    window = make_window()
    window.resize(1280, 800)
    questionnaire = window.context.catalog.questionnaires[0]
    result = build_result(questionnaire, persona_answers(questionnaire, ML_ENGINEER),
                          completed_at="2025-06-10T09:00:00+00:00")
    long_title = "Carreras en ciberseguridad de la IA: evaluación completa " * 3
    result["questionnaire"]["title"] = long_title
    long_role = "Analista de gobernanza y cumplimiento de IA"  # the longest shipped label
    result["clusters"][0]["label"] = long_role
    result["integrity"] = {"sha256": integrity_hash(result)}
    store.add_result(window.context.profile_id, result)
    window.show()
    window.show_history()
    page = window.history_page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    table = page.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    assert not table.horizontalScrollBar().isVisible()
    role_cell = table.item(0, 3)
    assert role_cell.text().startswith(long_role)
    metrics = table.fontMetrics()
    assert table.columnWidth(2) >= metrics.horizontalAdvance(table.item(0, 2).text())
    assert table.columnWidth(1) < metrics.horizontalAdvance(long_title)
    assert table.item(0, 1).toolTip() == long_title
    qtbot.waitUntil(lambda: view_problems(table) == [])  # every cell whole, none elided
