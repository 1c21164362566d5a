"""The app in Spanish: the catalogue is complete and current, the .qm shipped is the one the
.ts compiles to, Qt's own dialogs follow, plurals go through %n, and the language setting."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from assessor.app.catalog import QuestionnaireCatalog
from assessor.core import i18n
from assessor.core.paths import resource_path
from assessor.ui.language import (
    LanguageMenu,
    choose_language,
    install_translators,
    remove_translators,
    save_language,
    saved_language,
)
from assessor.ui.main_window import MainWindow
from tests.conftest import REPO_ROOT, TEST_DATA
from tests.ui.conftest import FakePrompts
from tests.ui.counsellor import career_window, client_with_progress, open_whatif

TS = REPO_ROOT / "resources" / "assessor_es.ts"
QM = REPO_ROOT / "resources" / "assessor_es.qm"
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): m
            for ctx in root.iter("context") for m in ctx.iter("message")}


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    return not all((f.text or "").strip() for f in forms) if forms else \
        not (translation.text or "").strip()


def test_spanish_ui_catalogue_has_no_unfinished_message() -> None:
    unfinished = [f"{ctx}: {source!r}" for (ctx, source), m in _messages(TS).items()
                  if _unfinished(m)]
    assert unfinished == [], ("translate these in resources/assessor_es.ts (Qt Linguist), "
                              "then `make translations`:\n" + "\n".join(unfinished))


def test_catalogue_holds_every_ui_string_of_the_code(tmp_path: Path) -> None:
    # lupdate over today's code: a string added or changed since the .ts was made shows
    # up here by name (the lead re-runs `make translations` and translates the rest).
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (REPO_ROOT / "assessor").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-extensions", "py", "-no-obsolete",
                    "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    committed, current = _messages(TS), _messages(fresh)
    new = sorted(f"{c}: {s!r}" for c, s in set(current) - set(committed))
    gone = sorted(f"{c}: {s!r}" for c, s in set(committed) - set(current))
    assert (new, gone) == ([], []), "run `make translations`, then translate the new ones"


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)],
                   check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_every_placeholder_survives_in_the_ui_catalogue() -> None:
    pattern = re.compile(r"\{[^}]*\}|%n|%v|%m")
    for (ctx, source), message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or \
            [translation.text or ""]
        for form in forms:
            assert sorted(pattern.findall(form)) == sorted(pattern.findall(source)), (ctx, source)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "es")
    assert len(translators) == 2  # Assessor's own and Qt's qtbase_es.qm
    yield
    remove_translators(qapp, translators)


def test_qt_ships_its_own_spanish() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_es.qm").is_file()


@pytest.mark.usefixtures("spanish")
def test_qt_standard_dialog_buttons_and_plurals_are_spanish(qtbot: QtBot) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    texts = sorted(b.text().replace("&", "") for b in buttons.buttons())
    assert texts == ["Cancelar", "Guardar"]
    translate = QCoreApplication.translate
    assert translate("StartPage", "%n question(s)", None, 1) == "1 pregunta"
    assert translate("StartPage", "%n question(s)", None, 12) == "12 preguntas"
    assert QLocale().toString(1234.5, "f", 1) == "1234,5"
    assert i18n.current_language() == "es"


@pytest.mark.usefixtures("spanish")
def test_main_window_in_spanish(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Archivo", "&Ir", "A&yuda"]
    file_menu = [action.text() for action in window.file_menu.actions() if action.text()]
    assert file_menu == ["&Abrir cuestionario…", "Abrir &paquete del proveedor…", "&Idioma",
                         "&Salir"]
    assert window.start_page.start_button.text() == "&Empezar"


@pytest.mark.usefixtures("spanish")
def test_no_two_controls_share_an_access_key_in_spanish(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    # The same walk over every page, tab and menu as the English check, in Spanish: the
    # translated labels carry access keys of their own, which must not clash either.
    import tests.ui.test_accessibility as accessibility

    accessibility.test_no_two_controls_share_an_access_key_on_any_page(
        qtbot, make_window, tmp_path)


@pytest.mark.usefixtures("spanish")
def test_no_two_controls_share_an_access_key_in_any_dialog_in_spanish(
        qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path) -> None:
    import tests.ui.test_accessibility as accessibility

    for name in accessibility.DIALOGS:
        accessibility.test_no_two_controls_share_an_access_key_in_any_dialog(
            qtbot, make_window, tmp_path / name, name)


@pytest.mark.usefixtures("spanish")
def test_questionnaires_are_offered_in_the_apps_language(tmp_path: Path) -> None:
    shutil.copy(TEST_DATA / "all_types.yaml", tmp_path / "all_types.yaml")
    shutil.copy(TEST_DATA / "all_types.es.yaml", tmp_path / "all_types.es.yaml")
    catalog = QuestionnaireCatalog([("test", tmp_path)], include_packs=False)
    [questionnaire] = catalog.questionnaires
    assert questionnaire.title == "Todos los tipos de pregunta"
    assert questionnaire.language == "es"
    assert catalog.find("all-types", questionnaire.source.sha256) is questionnaire
    assert catalog.refused == []


def test_language_follows_the_setting_then_the_system() -> None:
    assert choose_language(None, "es_MX") == "es"
    assert choose_language(None, "de_DE") == "en"
    assert choose_language("en", "es_ES") == "en"
    assert choose_language("xx", "es_ES") == "es"


def test_language_menu_saves_the_choice_for_the_next_start(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    qtbot.addWidget(menu)
    prompts = FakePrompts()
    LanguageMenu(menu, prompts)
    labels = [action.text() for action in menu.actions()]
    assert labels == ["System default", "English", "Español"]
    assert menu.actions()[0].isChecked()  # nothing saved yet: the system's language
    menu.actions()[2].trigger()
    assert saved_language() == "es"
    assert prompts.infos == [("Language",
                              "The language changes the next time you start Assessor.")]
    save_language(None)
    assert saved_language() is None


def test_a_damaged_language_setting_falls_back_to_the_system(isolated_user_dirs: Path) -> None:
    (isolated_user_dirs / "ui-language.json").write_text("{not json", encoding="utf-8")
    assert saved_language() is None
    assert resource_path("assessor_es.qm").is_file()


def test_dates_follow_the_apps_language(qapp: QApplication) -> None:
    from assessor.ui.locale_format import date_text, date_time_text

    stamp = "2026-03-05T14:30:00+01:00"
    assert date_time_text(stamp) == "2026-03-05 14:30"  # English: as the app always showed
    translators = install_translators(qapp, "es")
    try:
        assert (date_time_text(stamp), date_text(stamp)) == ("5/3/26 14:30", "5/3/26")
        assert date_time_text("not a date") == "not a date"
    finally:
        remove_translators(qapp, translators)


@pytest.mark.usefixtures("spanish")
def test_a_result_is_shown_in_the_apps_language_and_exported_as_taken(
        make_window: Callable[..., MainWindow], prompts: FakePrompts, tmp_path: Path) -> None:
    from assessor.core.format.answers import load_answers
    from assessor.core.format.loading import load_questionnaire
    from assessor.core.results import build_result, read_result_file

    questionnaire = load_questionnaire(REPO_ROOT / "questionnaires" / "ai-cyber-career.yaml")
    answers = load_answers(REPO_ROOT / "tests" / "personas" / "career-changer.yaml",
                           questionnaire).answers
    result = build_result(questionnaire, answers)
    window = make_window()
    window.show_result(result, None)
    page = window.results_page
    assert page.title.text() == "Carreras en ciberseguridad de la IA: evaluación completa"
    best = page.cluster_list.topLevelItem(0)
    assert best is not None
    english_label = result["clusters"][0]["label"]
    assert best.text(0) != english_label and best.text(0) in page.cluster_combo.currentText()
    assert best.text(1) == i18n.format_percent(result["clusters"][0]["fit"])
    assert best.text(1).endswith("\u00a0%")  # the Spanish way: a space before the sign
    # What is stored and exported keeps the texts the result was taken with.
    assert page.result == result
    target = tmp_path / "mine.json"
    prompts.save_paths.append(target)
    page.export_button.click()
    exported = read_result_file(target)
    assert exported["questionnaire"]["title"] == result["questionnaire"]["title"]
    assert exported["clusters"][0]["label"] == english_label


@pytest.mark.usefixtures("spanish")
def test_what_if_numbers_are_written_the_spanish_way(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    """Percents with a space before the sign, decimals with a comma: the what-if page is
    shown to a client in a session, in the app's language."""
    window, questionnaire = career_window(make_window)
    store = window.context.store
    _client, ids = client_with_progress(window, questionnaire, "Cliente 2")
    whatif = open_whatif(window, ids[0])
    fit_text = whatif.outcome.fit_label.text()
    # "1/3/25 10:00 — Carreras en ciberseguridad…": the date and the title as the app writes them
    chosen = whatif.result_combo.currentText()
    assert "Carreras en ciberseguridad" in chosen and not re.match(r"\d{4}-", chosen), chosen
    assert fit_text.startswith("Encaje con ") and "\u00a0%" in fit_text, fit_text
    assert not re.search(r"\d%", fit_text), fit_text
    # The result's texts too, as on the results page (the stored result keeps its own).
    english = {fit["label"] for fit in store.get_result(ids[0]).result["clusters"]}
    assert whatif.cluster_combo.currentText() not in english
    assert not any(label in fit_text for label in english), fit_text
    # Both levels in the learner's language: "Nivel proyectado: Sénior (ahora Sénior)",
    # not the projection translated and the current level as the result stored it.
    stored_level = store.get_result(ids[0]).result["placement"]["label"]
    level_text = whatif.outcome.level_label.text()
    assert level_text.startswith("Nivel proyectado: ") and stored_level not in level_text, (
        level_text)
    cells = [whatif.outcome.score_table.item(row, 1).text()
             for row in range(whatif.outcome.score_table.rowCount())]
    assert cells and all(c == "—" or c.endswith("\u00a0%") for c in cells), cells
    hours = [whatif.outcome.remaining_list.item(i).text()
             for i in range(whatif.outcome.remaining_list.count())]
    assert hours and not any(re.search(r"\d\.\d", text) for text in hours), hours
    page = window.clients_page
    page.tabs.setCurrentWidget(page.compare_view)
    page.compare_view.choose(ids[0], ids[-1])
    summary = page.compare_view.summary.text()
    assert summary.startswith("De ") and not re.search(r"\d{4}-\d\d", summary), summary


@pytest.mark.usefixtures("spanish")
def test_a_client_is_presented_their_result_in_the_apps_language(
        qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    from tests.ui.counsellor import screen_texts

    window, questionnaire = career_window(make_window)
    store = window.context.store
    _client, ids = client_with_progress(window, questionnaire, "Cliente 4")
    view = window.clients_page.results_view
    view.select_result(ids[-1])
    presentation = view.present_selected()
    assert presentation is not None
    qtbot.waitExposed(presentation)
    qtbot.waitUntil(lambda: presentation.path_chart.is_rendered)
    texts = "\n".join(screen_texts(presentation))
    result = store.get_result(ids[-1]).result
    assert result["placement"]["label"] not in texts  # "Practitioner" and the like
    assert result["clusters"][0]["label"] not in texts
    assert "Nivel de Cliente 4" in texts or "Cliente 4" in texts
    presentation.close()


@pytest.mark.usefixtures("spanish")
def test_the_cohort_import_log_speaks_spanish(qtbot: QtBot) -> None:
    from assessor.ui.import_log_view import ImportLogView

    log = ImportLogView()
    qtbot.addWidget(log)
    log.set_rows([("a.json", "refused", "x"), ("b.json", "accepted", "re-scored")])
    shown = [log.model.item(row, 1).text() for row in range(2)]
    assert shown == ["rechazado", "aceptado"]


@pytest.mark.usefixtures("spanish")
def test_the_cohort_import_headline_agrees_with_each_count_in_spanish(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Every count of the import's headline takes its own plural ("1 rechazado", not
    "1 rechazados"), in English too ("1 duplicate")."""
    from assessor.core.cohort import import_results
    from assessor.core.format.loading import load_questionnaire
    from assessor.ui.charts_access import ChartFactory
    from assessor.ui.cohort_model import CohortModel, ImportRun
    from assessor.ui.cohort_page import CohortPage
    from tests.cohort_factory import write_cohort
    from tests.conftest import TEST_DATA
    from tests.ui.conftest import FakePrompts

    questionnaire = load_questionnaire(TEST_DATA / "all_types.yaml")
    folder = tmp_path / "results"
    good = write_cohort(questionnaire, folder, 1)
    (folder / "copy.json").write_bytes(good[0].read_bytes())
    (folder / "broken.json").write_text("{")
    files = sorted(folder.glob("*.json"))
    outcome = import_results(files, [questionnaire])
    assert (len(outcome.entries), len(outcome.refused), len(outcome.duplicates)) == (1, 1, 1)
    model = CohortModel()
    page = CohortPage(model, FakePrompts(), ChartFactory("assessor.charts.cohort"),
                      lambda: [questionnaire])
    qtbot.addWidget(page)
    try:
        page._import_finished(ImportRun([str(f) for f in files], outcome))
        assert page.import_headline.text() == (
            "1 aceptado (1 recalculado, 0 comprobados solo por el hash de integridad), "
            "1 rechazado, 1 duplicado contado una vez.")
    finally:
        model.shutdown()
