"""Starting the desktop app (and `assessor --smoke-test`)."""

from __future__ import annotations

import time

# Taken at import, before Qt is loaded, so the smoke test measures what a person waits for.
_STARTED = time.perf_counter()

import sys  # noqa: E402 - after the clock on purpose
from collections.abc import Callable  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

if TYPE_CHECKING:
    from assessor.ui.context import ApplicationContext


class _FirstPaintWatch(QObject):
    """Reports the first real paint of a window, once."""

    def __init__(self, window: QWidget, on_paint: Callable[[], None]) -> None:
        super().__init__(window)
        self._on_paint = on_paint
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            # Let this paint finish before reporting it.
            QTimer.singleShot(0, self._on_paint)
        return False


def run_gui(smoke_test: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Assessor")
    app.setOrganizationName("Assessor")
    app.setApplicationDisplayName("Assessor")
    app.setDesktopFileName("io.github.assessor.Assessor")
    from assessor.ui.main_window import MainWindow
    from assessor.ui.plurals import install_plurals

    install_plurals()  # English plural forms, under any translation installed next
    from PySide6.QtCore import QLocale

    from assessor.ui.language import choose_language, install_translators, saved_language

    install_translators(app, choose_language(saved_language(), QLocale.system().name()))
    from assessor.ui.theme import apply_theme, check_system_scheme

    theme = apply_theme(app, remembered_scheme=True)

    opened: list[ApplicationContext] = []

    def open_context() -> ApplicationContext | None:
        """After the first paint: the icon, the store and the catalog (see MainWindow)."""
        from PySide6.QtGui import QIcon

        from assessor.core.errors import AssessorError
        from assessor.core.paths import resource_path
        from assessor.ui.bootstrap import open_context as open_real_context
        from assessor.ui.prompts import QtPrompts

        app.setWindowIcon(QIcon(str(resource_path("assessor.svg"))))
        try:
            opened.append(open_real_context())
        except AssessorError as exc:
            # The data folder is unusable: say why in a window (a GUI user sees no stderr).
            print("\n".join(exc.lines()), file=sys.stderr)
            if not smoke_test:
                QtPrompts(lambda: None).show_error(
                    app.translate("App", "Assessor cannot start"), str(exc))
            app.exit(1)
            return None
        return opened[0]

    window = MainWindow(open_context=open_context)
    window.resize(1280, 800)

    def after_first_paint() -> None:
        if smoke_test:
            elapsed_ms = round((time.perf_counter() - _STARTED) * 1000)
            print(f"first paint: {elapsed_ms} ms", flush=True)
            # Then check the rest of the start as well: the store and the catalog open.
            wait_until_filled()
        # Before the window makes its start page (its timer comes after this one).
        check_system_scheme(app, theme)
        from assessor.ui.accessible_style import outline_indicators

        outline_indicators(app)

    def wait_until_filled() -> None:
        if window.start_page.is_filled or not window.isVisible():
            window.close()
            app.quit()
        else:
            QTimer.singleShot(10, wait_until_filled)

    _FirstPaintWatch(window, after_first_paint)
    if smoke_test:
        QTimer.singleShot(20_000, lambda: app.exit(1))  # never hang an install check
    window.show()
    try:
        status = app.exec()
    finally:
        for context in opened:
            context.store.close()
    return int(status)
