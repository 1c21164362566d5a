"""Usable by everyone: contrast of every theme, a focus ring you can see, focus where a
keyboard user needs it, unique access keys, charts with text equivalents, and answers given
through the accessibility interface. (The AT-SPI walk is tests/ui/test_atspi.py.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QStyleFactory,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from assessor.charts.theme import DARK, LIGHT
from assessor.core.results import build_result
from assessor.ui.accessible_style import AccessibleStyle
from assessor.ui.focus_style import FocusRing
from assessor.ui.item_widgets import NumberWidget
from assessor.ui.mnemonics import clashes, menu_clashes, mnemonic
from assessor.ui.theme import (
    border_colour,
    contrast_ratio,
    dark_palette,
    focus_colour,
    high_contrast_palette,
    light_palette,
    palette_for,
)
from tests.ui.atspi.app_driver import DIALOGS, make_dialog
from tests.ui.conftest import WindowMaker
from tests.ui.personas import ML_ENGINEER, persona_answers, write_cohort_of_six

Role = QPalette.ColorRole
PALETTES = {"light": light_palette, "dark": dark_palette, "high-contrast": high_contrast_palette}
TEXT_PAIRS = ((Role.WindowText, Role.Window), (Role.Text, Role.Base),
              (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
              (Role.PlaceholderText, Role.Base), (Role.ToolTipText, Role.ToolTipBase),
              (Role.Link, Role.Base))


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_every_theme_keeps_text_at_4_5_and_borders_and_focus_at_3(name: str) -> None:
    palette = PALETTES[name]()
    for foreground, background in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(foreground), palette.color(background))
        assert ratio >= 4.5, (name, foreground, background, round(ratio, 2))
    for colour in (border_colour(palette), focus_colour(palette)):
        for background in (Role.Window, Role.Base, Role.Button):
            ratio = contrast_ratio(colour, palette.color(background))
            assert ratio >= 3.0, (name, colour.name(), background, round(ratio, 2))


@pytest.mark.parametrize("chart_theme", [LIGHT, DARK], ids=["light", "dark"])
def test_chart_colours_keep_3_to_1_and_chart_text_4_5(chart_theme: Any) -> None:
    background = QColor(chart_theme.background)
    for mark in ("you", "self_rating", "knowledge", "target"):
        ratio = contrast_ratio(QColor(getattr(chart_theme, mark)), background)
        assert ratio >= 3.0, (mark, round(ratio, 2))
    for text in ("text", "muted"):
        assert contrast_ratio(QColor(getattr(chart_theme, text)), background) >= 4.5, text


def test_the_contrast_formula_matches_wcag() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def _pixels(image: QImage) -> list[QColor]:
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_radio_indicators_and_field_borders_are_drawn_visibly(qtbot: QtBot, name: str) -> None:
    palette = PALETTES[name]()
    outlined_style = AccessibleStyle(QStyleFactory.create("Fusion"))
    plain_style = QStyleFactory.create("Fusion")
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setPalette(palette)
    holder.setAutoFillBackground(True)
    holder.setMinimumSize(300, 200)  # fixed before showing: no size hints to pass on later
    layout = QVBoxLayout(holder)
    pairs = []
    for make in (lambda: QRadioButton(""), QLineEdit):
        pair = []
        for style in (outlined_style, plain_style):
            widget = make()
            widget.setStyle(style)
            layout.addWidget(widget)
            pair.append(widget)
        pairs.append(pair)
    holder.show()
    qtbot.waitExposed(holder)
    window = palette.color(Role.Window)

    def strong_pixels(widget: QWidget) -> int:
        drawn = _pixels(widget.grab().toImage())
        return len([p for p in drawn if contrast_ratio(p, window) >= 3.0])

    for outlined_widget, plain_widget in pairs:
        outlined, fusion = strong_pixels(outlined_widget), strong_pixels(plain_widget)
        # A closed outline, not a speck: at least the perimeter of a 10 px circle, and more
        # than Fusion alone draws in this palette.
        assert outlined >= 30 and outlined > fusion, (name, type(outlined_widget).__name__,
                                                      outlined, fusion)


def test_focus_ring_surrounds_the_focused_control_3px_and_3_to_1(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    target = next(w for w in window.start_page.findChildren(QWidget)
                  if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                  and w.width() > 40)
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    ring = window.findChild(FocusRing, "focus-ring")
    assert ring is not None and ring.isVisible() and ring.target is target
    box = ring.geometry()
    where = target.mapTo(window, target.rect().topLeft())
    assert box.left() < where.x() and box.top() < where.y(), "the ring sits outside the control"
    image = window.grab().toImage()
    colour = focus_colour(target.palette())
    assert contrast_ratio(colour, target.palette().color(Role.Window)) >= 3.0
    # Along the ring's left edge, halfway down: a run of ≥2 pixels in the ring's colour.
    y = box.top() + box.height() // 2
    ratio = image.width() / window.width()
    run = [image.pixelColor(int((box.left() + dx) * ratio), int(y * ratio))
           for dx in range(0, 6)]
    close = [p for p in run if contrast_ratio(p, colour) < 1.3]
    assert len(close) >= 2, [p.name() for p in run]


def test_focus_moves_to_the_first_question_and_to_the_results_heading(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    questionnaire = window.context.catalog.questionnaires[0]
    window.start_questionnaire(questionnaire)
    page = window.question_page
    first_item = next(i for i in questionnaire.sections[0].items
                      if window.session_model.session.is_visible(i.id))
    qtbot.waitUntil(lambda: page.item_widgets[first_item.id].isAncestorOf(
        QApplication.focusWidget()))
    # No invisible Tab stop: the scroll area never takes focus.
    for section_page in page.section_pages.values():
        assert section_page.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert section_page.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus
    answers = persona_answers(questionnaire, ML_ENGINEER)
    result = build_result(questionnaire, answers)
    window.show_result(result, questionnaire)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.results_page.title)


def test_a_number_set_through_the_accessibility_interface_is_saved(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    questionnaire = window.context.catalog.questionnaires[0]
    window.start_questionnaire(questionnaire)
    page = window.question_page
    item_id, widget = next((i, w) for i, w in page.item_widgets.items()
                           if isinstance(w, NumberWidget))
    page.jump_to_item(item_id)
    item = questionnaire.item_index[item_id]
    value = item.minimum if item.minimum is not None else 1
    interface = QAccessible.queryAccessibleInterface(widget.field)
    interface.setText(QAccessible.Text.Value, f"{value:g}")
    assert widget.field.text() == f"{value:g}"
    assert window.session_model.session.answer(item_id) == value
    draft = window.context.store.load_draft(window.session_model.session.draft_id)
    assert draft.answers[item_id] == value


def test_level_and_last_button_are_announced_as_shown(qtbot: QtBot,
                                                      make_window: WindowMaker) -> None:
    window = make_window()
    questionnaire = window.context.catalog.questionnaires[0]
    window.start_questionnaire(questionnaire)
    page = window.question_page
    page.show_section(page._visible_ids()[-1])
    button = QAccessible.queryAccessibleInterface(page.next_button)
    assert "Review and finish" in button.text(QAccessible.Text.Name)
    result = build_result(questionnaire, persona_answers(questionnaire, ML_ENGINEER))
    window.show_result(result, questionnaire)
    label = QAccessible.queryAccessibleInterface(window.results_page.level_label)
    shown = window.results_page.level_label.text()
    assert shown and shown in label.text(QAccessible.Text.Name)


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("Save re&port…") == "p"
    assert mnemonic("Tom && Jerry") is None
    assert mnemonic("&&Co &Next") == "n"


def _walk_tabs(window: Any, found: dict[str, Any], where: str) -> None:
    found[where] = clashes(window)
    page = window.stack.currentWidget()
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found[f"{where} / {tabs.tabText(index)}"] = clashes(window)
        tabs.setCurrentIndex(0)  # so tab widgets nested in the first tab are walked too


def test_no_two_controls_share_an_access_key_on_any_page(
        qtbot: QtBot, make_window: WindowMaker, tmp_path: Path) -> None:
    window = make_window()
    store = window.context.store
    questionnaire = window.context.catalog.questionnaires[0]
    answers = persona_answers(questionnaire, ML_ENGINEER)
    store.add_result(window.context.profile_id, build_result(questionnaire, answers,
                                                             completed_at="2025-06-01T10:00:00+00:00"))
    store.create_profile("Client A")
    window.show_start()
    found: dict[str, Any] = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        found[f"menu {menu_action.text()}"] = menu_clashes(menu)
    found["start"] = clashes(window)
    window.start_questionnaire(questionnaire)
    page = window.question_page
    for section_id in page._visible_ids():
        page.show_section(section_id)
        found[f"section {section_id}"] = clashes(window)
    for item_id, value in answers.items():
        window.session_model.set_answer(item_id, value)
    window.show_review()
    found["review"] = clashes(window)
    window.finish()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results_page)
    _walk_tabs(window, found, "results")
    window.show_history()
    found["history"] = clashes(window)
    window.show_clients()
    _walk_tabs(window, found, "clients")
    window.show_cohort()
    # Six people's results, so the dashboard's own tabs and filters show too.
    folder = write_cohort_of_six(questionnaire, tmp_path / "cohort")
    model = window.cohort_page._model  # the page keeps its model private
    model.start_import([folder], window.context.catalog.questionnaires)
    qtbot.waitUntil(lambda: not model.busy and len(model.entries) == 6, timeout=30_000)
    _walk_tabs(window, found, "cohort")
    assert len(found) >= 15
    # Every table's header views, on every page made above, carry a name.
    headers = window.findChildren(QHeaderView)
    assert len(headers) >= 12  # the results, history, clients and cohort tables
    assert [type(h.parentWidget()).__name__ for h in headers if not h.accessibleName()] == []
    clashing = {where: clash for where, clash in found.items() if clash}
    assert not clashing, "\n".join(f"{where}: {clash}" for where, clash in clashing.items())


@pytest.mark.parametrize("name", DIALOGS)
def test_no_two_controls_share_an_access_key_in_any_dialog(
        qtbot: QtBot, make_window: WindowMaker, tmp_path: Path, name: str) -> None:
    window = make_window()
    dialog = make_dialog(window, name, tmp_path)
    qtbot.addWidget(dialog)
    # Not shown: clashes() asks what would show in the dialog (and offscreen Qt warns when
    # a dialog is shown).
    assert clashes(dialog) == {}, name


def test_help_lists_the_shortcuts_of_the_main_actions(qtbot: QtBot,
                                                      make_window: WindowMaker) -> None:
    from assessor.ui.shortcuts_dialog import ShortcutsDialog

    window = make_window()
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text()
            for row in range(dialog.table.rowCount())}
    assert rows["History"] == "Ctrl+H"
    assert rows["Open questionnaire"] == "Ctrl+O"
    assert "Alt+Right" in rows["Next section"]
    assert not dialog.table.tabKeyNavigation()
    help_menu = window.menuBar().actions()[-1].menu()
    assert any("Keyboard shortcuts" in a.text().replace("&", "") for a in help_menu.actions())


def test_every_results_chart_describes_its_data_and_shows_as_a_table(
        qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    questionnaire = window.context.catalog.questionnaires[0]
    result = build_result(questionnaire, persona_answers(questionnaire, ML_ENGINEER))
    window.show_result(result, questionnaire)
    page = window.results_page
    charts = [page.ladder_chart, page.plane_chart, page.dimensions_chart, page.path_chart,
              page.calibration.chart]
    level = result["placement"]["label"]
    assert level in page.ladder_chart.accessibleDescription()
    assert "your level" in page.ladder_chart.accessibleDescription()
    for chart in charts:
        assert chart.accessibleDescription(), chart.accessibleName()
        assert chart.data_table is not None and chart.data_table.rows, chart.accessibleName()
    ladder = page.ladder_chart
    qtbot.waitUntil(lambda: ladder.canvas is not None and ladder.canvas.isVisible())
    assert ladder.canvas.accessibleDescription() == ladder.accessibleDescription()
    ladder.table_button.setFocus()
    qtbot.keyClick(ladder.table_button, Qt.Key.Key_Space)
    assert ladder.table.isVisible() and not ladder.canvas.isVisible()
    cells = [ladder.table.item(row, 1).text() for row in range(ladder.table.rowCount())]
    assert cells.count("your level") == 1
    assert ladder.table.horizontalHeader().accessibleName() == "Column headers"
    assert ladder.table_button.text() == "Show as chart"


def test_the_system_dark_choice_is_followed(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen = palette_for("system", app, Qt.ColorScheme.Dark)
    if app.palette().color(Role.Window).lightness() < 128:
        assert chosen is None  # the platform's own dark palette is kept
    else:
        assert chosen is not None and chosen.color(Role.Window).lightness() < 128
    assert palette_for("system", app, Qt.ColorScheme.Light) is None
    assert palette_for("high-contrast", app).color(Role.Window) == QColor("#000000")
