"""GUI fixtures: the real main window over a real store in a temporary folder, with a
fake `Prompts` that records what the person would have been asked."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assessor.core.paths import shipped_questionnaire_dir
from assessor.core.store import Store
from assessor.ui.catalog import QuestionnaireCatalog
from assessor.ui.charts_access import ChartFactory
from assessor.ui.context import ApplicationContext, ReportRenderer, UiSettings
from assessor.ui.main_window import MainWindow
from assessor.ui.plurals import install_plurals

UI_DATA = Path(__file__).resolve().parent / "data"


class FakePrompts:
    def __init__(self) -> None:
        self.errors: list[tuple[str, str, list[str]]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.confirm_answers: list[bool] = []  # answered in turn before confirm_answer
        self.confirmations: list[tuple[str, str]] = []
        self.open_paths: list[Path] = []
        self.open_path_lists: list[list[Path]] = []
        self.folder_paths: list[Path] = []
        self.save_paths: list[Path] = []

    def confirm(self, title: str, question: str) -> bool:
        self.confirmations.append((title, question))
        return self.confirm_answers.pop(0) if self.confirm_answers else self.confirm_answer

    def pick_open_file(self, title: str, filters: str) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def pick_open_files(self, title: str, filters: str) -> list[Path]:
        return self.open_path_lists.pop(0) if self.open_path_lists else []

    def pick_folder(self, title: str) -> Path | None:
        return self.folder_paths.pop(0) if self.folder_paths else None

    def pick_save_file(self, title: str, suggested_name: str, filters: str) -> Path | None:
        return self.save_paths.pop(0) if self.save_paths else None

    def show_error(self, title: str, message: str, details: Sequence[str] = ()) -> None:
        self.errors.append((title, message, list(details)))

    def show_info(self, title: str, message: str) -> None:
        self.infos.append((title, message))


@pytest.fixture(autouse=True)
def collect_qt_garbage(qapp: object) -> Iterator[None]:
    """Collect each test's Python wrappers of Qt objects while Qt is still alive: left to
    interpreter shutdown, PySide6 can crash while collecting them."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def english_plurals(qapp: object) -> None:
    """The app's plural forms, as run_gui and the main window install them."""
    install_plurals()


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def store(isolated_user_dirs: Path) -> Iterator[Store]:
    opened = Store.open()
    yield opened
    opened.close()


WindowMaker = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, store: Store, prompts: FakePrompts) -> WindowMaker:
    def make(folders: Sequence[tuple[str, Path]] = (("test", UI_DATA),)) -> MainWindow:
        context = ApplicationContext(
            store=store, catalog=QuestionnaireCatalog(list(folders)), prompts=prompts,
            charts=ChartFactory(), profile_id=store.default_profile(),
            settings=UiSettings(), reports=ReportRenderer())
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.start_page.is_filled)
        return window

    return make


def shipped_or_test_folder() -> tuple[str, Path]:
    """The shipped questionnaires when the full assessment is there and valid."""
    shipped = shipped_questionnaire_dir()
    catalog = QuestionnaireCatalog([("shipped", shipped)])
    if any(q.id == "ai-cyber-career" for q in catalog.questionnaires):
        return ("shipped", shipped)
    return ("test", UI_DATA)
