"""Building the real context and window (separate from app.py so tests and tools can build
the same window without starting an event loop)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from assessor.ui.catalog import QuestionnaireCatalog
from assessor.ui.charts_access import ChartFactory
from assessor.ui.context import ApplicationContext, ReportRenderer, UiSettings
from assessor.ui.main_window import MainWindow
from assessor.ui.prompts import QtPrompts


def open_context() -> ApplicationContext:
    from assessor.core.store import Store

    store = Store.open()
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
    window = MainWindow(context)
    window.resize(1280, 800)
    for notice in getattr(context.store, "notices", []):
        window.statusBar().showMessage(notice, 10_000)
    return window
