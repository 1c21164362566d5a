"""Session notes can be changed and deleted; plans keep slider changes; the compare tab
shows a hint, not an empty table, before two results are chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import FakePrompts, WindowMaker
from tests.ui.counsellor import add_progress, career_window, client_with_progress, open_whatif


def test_a_note_is_changed_in_place_and_deleted_after_asking(
        qtbot: QtBot, make_window: WindowMaker, store: Any, prompts: FakePrompts) -> None:
    window, questionnaire = career_window(make_window)
    client = store.create_profile("Client 4")
    add_progress(store, client, questionnaire)
    keep = store.add_note(client, "first session")
    typo = store.add_note(client, "wnats the SOC route")
    window.show_clients()
    window.clients.select(client)
    notes = window.clients_page.notes_view
    assert not notes.edit_button.isEnabled()  # nothing selected yet
    notes.select_note(typo)
    qtbot.mouseClick(notes.edit_button, Qt.MouseButton.LeftButton)
    assert notes.editor.toPlainText() == "wnats the SOC route"
    assert notes.add_button.text().replace("&", "") == "Save changes"
    notes.editor.selectAll()
    qtbot.keyClicks(notes.editor, "wants the SOC route")
    qtbot.mouseClick(notes.add_button, Qt.MouseButton.LeftButton)
    assert [(n.id, n.text) for n in store.list_notes(client)] == [
        (keep, "first session"), (typo, "wants the SOC route")]
    assert notes.add_button.text().replace("&", "") == "Add note"
    assert notes.editor.toPlainText() == ""
    # Deleting asks; "no" keeps the note.
    notes.select_note(typo)
    prompts.confirm_answers = [False, True]
    assert not notes.delete_selected()
    assert len(store.list_notes(client)) == 2
    notes.select_note(typo)
    qtbot.mouseClick(notes.delete_button, Qt.MouseButton.LeftButton)
    assert [n.id for n in store.list_notes(client)] == [keep]
    assert "wants the SOC route" in prompts.confirmations[-1][1]
    assert notes.notes_shown()[0].endswith("first session")


def test_about_combo_is_not_clipped(qtbot: QtBot, make_window: WindowMaker,
                                    store: Any) -> None:
    window, questionnaire = career_window(make_window)
    client = store.create_profile("Client 5")
    add_progress(store, client, questionnaire)
    window.resize(1024, 700)
    window.show_clients()
    window.clients.select(client)
    page = window.clients_page
    page.tabs.setCurrentWidget(page.notes_view)
    combo = page.notes_view.about_combo
    qtbot.waitUntil(combo.isVisible)
    text = combo.currentText()
    needed = combo.fontMetrics().horizontalAdvance(text) + 40  # arrow and frame
    assert combo.width() >= needed, (combo.width(), needed, text)


def test_a_plan_keeps_the_scores_set_with_sliders(
        qtbot: QtBot, make_window: WindowMaker, store: Any) -> None:
    window, questionnaire = career_window(make_window)
    client, ids = client_with_progress(window, questionnaire, "Client 6")
    whatif = open_whatif(window, ids[-1])
    dim = next(iter(whatif.sliders))
    whatif.sliders[dim].setValue(77)
    projected = whatif.projection.percents[dim]
    whatif.save_button.click()
    [plan] = store.list_plans(client)
    assert plan.score_overrides == {dim: 77.0}
    assert "Scores set:" in whatif.plan_list.item(0).text()
    whatif.reset_sliders()
    assert whatif.overrides == {}
    whatif.plan_list.setCurrentRow(0)
    whatif.load_button.click()
    assert whatif.overrides == {dim: 77.0}
    assert whatif.sliders[dim].value() == 77
    assert whatif.projection.percents[dim] == projected


def test_compare_shows_a_hint_not_an_empty_table_before_a_pair_is_chosen(
        qtbot: QtBot, make_window: WindowMaker, store: Any) -> None:
    window, questionnaire = career_window(make_window)
    client = store.create_profile("Client 8")
    for extra in add_progress(store, client, questionnaire)[1:]:
        store.delete_result(extra)  # one result left: nothing to compare yet
    window.show_clients()
    window.clients.select(client)
    page = window.clients_page
    page.tabs.setCurrentWidget(page.compare_view)
    view = page.compare_view
    qtbot.waitUntil(view.isVisible)
    assert not view.table.isVisible() and not view.steps_table.isVisible()
    assert view.hint.isVisible() and "two results" in view.hint.text()
    window.show_history()
    history = window.history_page
    assert not history.compare_table.isVisibleTo(history)
    assert "two results" in history.compare_title.text()
