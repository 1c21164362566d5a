"""Starting the desktop app (and `assessor --smoke-test`)."""

from __future__ import annotations

import time

# Taken at import, before Qt is loaded, so the smoke test measures what a person waits for.
_STARTED = time.perf_counter()

import sys  # noqa: E402 - after the clock on purpose
from collections.abc import Callable  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


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
    from assessor.core.errors import AssessorError
    from assessor.ui.bootstrap import build_main_window, open_context
    from assessor.ui.prompts import QtPrompts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Assessor")
    app.setOrganizationName("Assessor")
    app.setApplicationDisplayName("Assessor")
    from PySide6.QtGui import QIcon

    from assessor.core.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("assessor.svg"))))
    app.setDesktopFileName("io.github.assessor.Assessor")
    from assessor.ui.theme import apply_theme

    apply_theme(app)
    try:
        context = open_context()
    except AssessorError as exc:
        # The data folder is unusable: say why in a window (a GUI user sees no stderr).
        print("\n".join(exc.lines()), file=sys.stderr)
        if not smoke_test:
            QtPrompts(lambda: None).show_error(
                app.translate("App", "Assessor cannot start"), str(exc))
        return 1
    try:
        window = build_main_window(context)
        if smoke_test:
            def report() -> None:
                elapsed_ms = round((time.perf_counter() - _STARTED) * 1000)
                print(f"first paint: {elapsed_ms} ms", flush=True)
                window.close()
                app.quit()

            _FirstPaintWatch(window, report)
            QTimer.singleShot(20_000, lambda: app.exit(1))  # never hang an install check
        window.show()
        status = app.exec()
    finally:
        context.store.close()
    return int(status)
