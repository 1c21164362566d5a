"""Building the real context and window (separate from app.py so tests and tools can build
the same window without starting an event loop)."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QApplication

from assessor.core.paths import user_questionnaire_dir
from assessor.ui.catalog import QuestionnaireCatalog
from assessor.ui.charts_access import ChartFactory
from assessor.ui.context import ApplicationContext, ReportRenderer, UiSettings
from assessor.ui.main_window import MainWindow
from assessor.ui.prompts import QtPrompts


def open_context() -> ApplicationContext:
    from assessor.core.store import Store

    store = Store.open()
    # First start: make the folder where people drop their own questionnaires and packs, so
    # the place the docs point to exists. A read-only home just means there is none yet.
    with contextlib.suppress(OSError):
        user_questionnaire_dir().mkdir(parents=True, exist_ok=True)
    return ApplicationContext(
        store=store,
        catalog=QuestionnaireCatalog(),
        prompts=QtPrompts(QApplication.activeWindow),
        charts=ChartFactory(),
        profile_id=store.default_profile(),
        settings=UiSettings(),
        reports=ReportRenderer(),
    )


def build_main_window(context: ApplicationContext) -> MainWindow:
    window = MainWindow(context)  # shows the store's notices in its status bar
    window.resize(1280, 800)
    return window
