"""A training provider imports a messy folder of results, reads what was refused and why,
looks at the dashboard (small groups hidden) and the item analysis, and saves a summary."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from assessor.core.format.loading import load_questionnaire
from assessor.core.format.model import Questionnaire
from assessor.core.results import build_result, write_result
from assessor.ui.charts_access import ChartFactory
from assessor.ui.cohort_model import CohortModel
from assessor.ui.cohort_page import CohortPage
from tests.cohort_factory import edit_scores, load_json, write_cohort
from tests.conftest import TEST_DATA
from tests.ui.conftest import FakePrompts

ALL_TYPES = TEST_DATA / "all_types.yaml"
COHORT_SIZE = 40


@dataclass(frozen=True)
class MessyFolder:
    folder: Path
    good: list[Path]
    resealed: Path  # a score edited and the integrity hash recomputed: re-scoring catches it
    edited: Path  # a score edited, hash left alone: the integrity check catches it
    duplicate: Path
    truncated: Path


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> MessyFolder:
    folder = tmp_path_factory.mktemp("cohort") / "results"
    questionnaire = load_questionnaire(ALL_TYPES)
    good = write_cohort(questionnaire, folder, COHORT_SIZE)
    original = load_json(good[3])
    resealed, edited = folder / "zz-resealed.json", folder / "zz-edited.json"
    write_result(edit_scores(original, "ml", reseal=True), resealed)
    write_result(edit_scores(original, "sec", reseal=False), edited)
    duplicate = folder / "zz-copy-of-3.json"
    duplicate.write_bytes(good[3].read_bytes())
    truncated = folder / "zz-truncated.json"
    truncated.write_bytes(good[4].read_bytes()[:300])
    (folder / "notes.txt").write_text("not a result")
    return MessyFolder(folder, good, resealed, edited, duplicate, truncated)


@dataclass
class Provider:
    model: CohortModel
    page: CohortPage
    prompts: FakePrompts


def make_page(qtbot: QtBot, questionnaires: list[Questionnaire]) -> Provider:
    prompts = FakePrompts()
    model = CohortModel()
    page = CohortPage(model, prompts, ChartFactory("assessor.charts.cohort"),
                      lambda: questionnaires)
    qtbot.addWidget(page)
    page.setMinimumSize(760, 520)
    page.resize(1280, 860)
    page.show()
    qtbot.waitExposed(page)
    return Provider(model, page, prompts)


@pytest.fixture
def provider(qtbot: QtBot) -> Iterator[Provider]:
    made = make_page(qtbot, [load_questionnaire(ALL_TYPES)])
    yield made
    made.model.shutdown()


def import_folder(qtbot: QtBot, provider: Provider, *paths: Path) -> None:
    provider.prompts.folder_paths.extend(paths)
    with qtbot.waitSignal(provider.model.importFinished, timeout=60_000):
        provider.page.import_folder_button.click()


def table_texts(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def summary_lines(page: CohortPage) -> dict[str, str]:
    """File name -> its status and reason, as the import log table shows them."""
    return {file: f"{status} {reason}" for file, status, reason in page.import_log.rows_shown()}


def test_import_log_is_a_table_with_refused_files_first_and_a_filter(
        qtbot: QtBot, provider: Provider, messy: MessyFolder) -> None:
    import_folder(qtbot, provider, messy.folder)
    log = provider.page.import_log
    assert log.table.isVisibleTo(provider.page) and not log.placeholder.isVisibleTo(log)
    headers = [log.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["File", "Status", "Reason"]
    rows = log.rows_shown()
    assert [status for _, status, _ in rows[:3]] == ["refused"] * 3
    assert not any("----" in cell for row in rows for cell in row)
    qtbot.keyClicks(log.filter_edit, "REFUSED")
    assert len(log.rows_shown()) == 3
    assert log.count_label.text() == f"3 of {COHORT_SIZE + 4} files"
    log.filter_edit.clear()
    qtbot.keyClicks(log.filter_edit, "integrity check")
    assert [file for file, _, _ in log.rows_shown()] == [str(messy.edited)]
    log.filter_edit.clear()
    assert len(log.rows_shown()) == COHORT_SIZE + 4


def test_folder_import_lists_accepted_refused_and_duplicates(qtbot: QtBot, provider: Provider,
                                                             messy: MessyFolder) -> None:
    progress: list[tuple[int, int]] = []
    provider.model.importProgress.connect(lambda done, total: progress.append((done, total)))
    import_folder(qtbot, provider, messy.folder)
    # Progress was reported in steps, up to every .json file of the folder.
    assert progress[0] == (0, COHORT_SIZE + 4)
    assert progress[-1] == (COHORT_SIZE + 4, COHORT_SIZE + 4)
    page = provider.page
    assert len(provider.model.entries) == COHORT_SIZE
    assert page.import_headline.text().startswith(f"{COHORT_SIZE} accepted ({COHORT_SIZE} "
                                                  "re-scored")
    assert "3 refused, 1 duplicate counted once" in page.import_headline.text()
    lines = summary_lines(page)
    assert str(messy.folder / "notes.txt") not in lines  # only .json files are results
    assert len(lines) == COHORT_SIZE + 4
    assert "accepted" in lines[str(messy.good[0])] and "re-scored" in lines[str(messy.good[0])]
    resealed = lines[str(messy.resealed)]
    assert "refused" in resealed and "re-scoring gives different scores" in resealed
    assert "failed its integrity check" in lines[str(messy.edited)]
    assert "not valid JSON" in lines[str(messy.truncated)]
    duplicate = lines[str(messy.duplicate)]
    assert "duplicate" in duplicate and str(messy.good[3]) in duplicate
    # The progress bar went away and the dashboard shows the whole cohort.
    assert page.progress.isHidden()
    assert page.dashboard.dashboard is not None
    assert page.dashboard.dashboard.respondents.value == COHORT_SIZE


def test_importing_the_same_folder_again_counts_each_result_once(
        qtbot: QtBot, provider: Provider, messy: MessyFolder) -> None:
    import_folder(qtbot, provider, messy.folder)
    import_folder(qtbot, provider, messy.folder)
    assert len(provider.model.entries) == COHORT_SIZE
    assert "0 accepted" in provider.page.import_headline.text()
    assert f"{COHORT_SIZE + 1} duplicates counted once" in provider.page.import_headline.text()


def test_without_the_questionnaire_results_are_checked_by_hash_only(
        qtbot: QtBot, messy: MessyFolder) -> None:
    provider = make_page(qtbot, [])
    try:
        import_folder(qtbot, provider, messy.folder)
    finally:
        provider.model.shutdown()
    lines = summary_lines(provider.page)
    # The resealed file passes its integrity check; only re-scoring would have caught it.
    assert "hash only" in lines[str(messy.resealed)]
    assert len(provider.model.entries) == COHORT_SIZE + 1
    assert provider.page.item_analysis.available() == []


def test_dropping_a_folder_imports_it(qtbot: QtBot, provider: Provider,
                                      messy: MessyFolder) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(messy.folder)),
                  QUrl.fromLocalFile(str(messy.folder / "notes.txt"))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(provider.model.importFinished, timeout=60_000):
        provider.page.dropEvent(drop)
    assert drop.isAccepted()
    assert len(provider.model.entries) == COHORT_SIZE


def test_dropping_something_else_is_ignored(qtbot: QtBot, provider: Provider,
                                            messy: MessyFolder) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(messy.folder / "notes.txt"))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    provider.page.dropEvent(drop)
    assert not drop.isAccepted()
    assert not provider.model.busy


def test_dashboard_hides_groups_below_the_minimum_and_follows_the_spin_box(
        qtbot: QtBot, provider: Provider, messy: MessyFolder) -> None:
    import_folder(qtbot, provider, messy.folder)
    view = provider.page.dashboard
    levels = Counter(entry.level_label for entry in provider.model.entries)
    shown = {label: count for label, count in table_texts(view.levels_table)}
    # Default minimum 5: each level either shows its true count or is hidden.
    for label, count in levels.items():
        assert shown[label] == (str(count) if count >= 5 else "<5") or shown[label] == "≥5"
    # Raise the minimum above the smallest level: that level becomes hidden.
    smallest = min(levels.values())
    view.min_group_spin.setValue(smallest + 1)
    shown = {label: count for label, count in table_texts(view.levels_table)}
    hidden = [label for label, count in levels.items() if count == smallest]
    for label in hidden:
        assert shown[label] == f"<{smallest + 1}"
    row = next(r for r in range(view.levels_table.rowCount())
               if view.levels_table.item(r, 0).text() == hidden[0])
    assert "single someone out" in view.levels_table.item(row, 1).toolTip()
    # Above the whole cohort: even the head count and the heatmap are hidden.
    view.min_group_spin.setValue(COHORT_SIZE + 1)
    assert view.dashboard is not None and view.dashboard.respondents.hidden
    assert view.summary.text().startswith(f"<{COHORT_SIZE + 1} people")
    assert "heatmap is hidden" in view.summary.text()
    assert provider.model.min_group == COHORT_SIZE + 1
    # No respondent's name appears anywhere on the dashboard.
    names = {entry.respondent for entry in provider.model.entries if entry.respondent}
    texts = [view.summary.text()] + [cell for table in (
        view.levels_table, view.clusters_table, view.milestones_table)
        for row in table_texts(table) for cell in row]
    assert not any(name in text for name in names for text in texts)


def test_dashboard_filters_by_date(qtbot: QtBot, provider: Provider,
                                   messy: MessyFolder) -> None:
    import_folder(qtbot, provider, messy.folder)
    view = provider.page.dashboard
    view.min_group_spin.setValue(2)
    first_half = [e for e in provider.model.entries
                  if e.completed is not None and e.completed.month <= 6]
    view.until_edit.setDate(view.until_edit.date().fromString("2025-06-30", "yyyy-MM-dd"))
    view.until_check.setChecked(True)
    assert view.dashboard is not None
    assert view.dashboard.respondents.value == len(first_half)
    clusters = table_texts(view.clusters_table)
    assert [row[0] for row in clusters] == ["Builder", "Auditor"]


def test_save_summary_as_csv_and_html(qtbot: QtBot, provider: Provider, messy: MessyFolder,
                                      tmp_path: Path) -> None:
    import_folder(qtbot, provider, messy.folder)
    csv_path, html_path = tmp_path / "cohort.csv", tmp_path / "cohort.html"
    provider.prompts.save_paths.extend([csv_path, html_path])
    provider.page.save_button.click()
    provider.page.save_button.click()
    assert provider.prompts.errors == []
    assert len(csv_path.read_text(encoding="utf-8-sig").splitlines()) == COHORT_SIZE + 1
    html = html_path.read_text(encoding="utf-8")
    assert "Cohort summary" in html and "Item analysis" in html
    assert "zz-resealed.json" in html  # the refusals are in the summary too


def six_items(tmp_path: Path) -> Questionnaire:
    from tests.core.cohort.test_item_analysis import SIX_ITEMS

    path = tmp_path / "six.yaml"
    path.write_text(SIX_ITEMS.replace("\n    ", "\n").strip() + "\n", encoding="utf-8")
    return load_questionnaire(path)


def test_item_analysis_flags_a_mis_keyed_item(qtbot: QtBot, tmp_path: Path) -> None:
    questionnaire = six_items(tmp_path)
    rng = random.Random(11)

    def rate(trait: float) -> int:
        return max(1, min(5, round(trait + rng.gauss(0, 0.7))))

    folder = tmp_path / "six-results"
    folder.mkdir()
    for index in range(60):
        trait = rng.uniform(1, 5)
        answers = {"q1": rate(trait), "q2": rate(trait), "q3": rate(trait), "q4": rate(trait),
                   "q5": rate(6 - trait), "easy": "right"}
        write_result(build_result(questionnaire, answers, respondent=f"P{index}"),
                     folder / f"r{index}.json")
    provider = make_page(qtbot, [questionnaire])
    try:
        import_folder(qtbot, provider, folder)
    finally:
        provider.model.shutdown()
    view = provider.page.item_analysis
    provider.page.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table_model.rowCount() == 6)
    assert "Security: alpha" in view.alphas.text()
    view.flagged_check.setChecked(True)
    flagged = {view.proxy.index(r, 2).data(): view.proxy.index(r, 7).data()
               for r in range(view.proxy.rowCount())}
    assert set(flagged) == {"q5", "easy"}
    assert "mis-keyed" in flagged["q5"]
    assert "everyone scores high" in flagged["easy"]
    # Sorting by item-rest r puts the mis-keyed item first.
    view.flagged_check.setChecked(False)
    view.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    firsts = [view.proxy.index(r, 2).data() for r in range(view.proxy.rowCount())]
    # "easy" has no correlation at all (it does not vary): missing values sort lowest.
    assert firsts[:2] == ["easy", "q5"]


def test_a_hostile_file_does_not_stop_the_import_or_the_next_one(
        qtbot: QtBot, provider: Provider, tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    good = write_cohort(load_questionnaire(ALL_TYPES), folder, 3)
    text = good[0].read_text(encoding="utf-8")
    (folder / "zz-inf.json").write_text(text.replace('"coverage": 1', '"coverage": 1e309', 1))
    import_folder(qtbot, provider, folder)
    lines = summary_lines(provider.page)
    assert "refused" in lines[str(folder / "zz-inf.json")]
    assert len(provider.model.entries) == 3
    # The model is free again: a second import starts and finishes.
    assert not provider.model.busy
    import_folder(qtbot, provider, folder)


def test_the_import_finishes_even_when_checking_fails_unexpectedly(
        qtbot: QtBot, provider: Provider, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assessor.ui import cohort_model

    good = write_cohort(load_questionnaire(ALL_TYPES), tmp_path / "r", 2)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a defect in the checks")

    monkeypatch.setattr(cohort_model, "import_files", broken)
    import_folder(qtbot, provider, tmp_path / "r")
    run = provider.model.last_run
    assert run is not None and not provider.model.busy
    assert sorted(refusal.source for refusal in run.outcome.refused) == sorted(map(str, good))
    assert all("internal error: RuntimeError" in r.reason for r in run.outcome.refused)


def test_in_spanish_the_cohort_is_re_scored_and_labelled_in_spanish(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The Spanish app offers the translated questionnaire (same sha256): results taken in
    English are re-scored with it, and the dashboard names roles and levels in Spanish."""
    from assessor.core import i18n
    from assessor.core.translation import translate

    english = load_questionnaire(ALL_TYPES)
    spanish, _ = translate(english, "es", [TEST_DATA])
    write_cohort(english, tmp_path / "results", 12)
    assert english.career is not None and spanish.career is not None
    english_labels = {c.label for c in english.career.clusters}
    spanish_labels = {c.label for c in spanish.career.clusters}
    assert spanish_labels - english_labels  # the test means something
    i18n.set_language("es")
    made = make_page(qtbot, [spanish])
    try:
        import_folder(qtbot, made, tmp_path / "results")
        run = made.model.last_run
        assert run is not None and not run.outcome.refused and len(run.outcome.entries) == 12
        shown = {row[0] for row in table_texts(made.page.dashboard.clusters_table)}
        assert shown == spanish_labels, shown
        assert spanish.title in made.page.dashboard.questionnaire_combo.currentText()
    finally:
        made.model.shutdown()
        i18n.set_language(i18n.SOURCE_LANGUAGE)
