"""The real Assessor window, driven page by page for the AT-SPI walker (walker.py).

Run as `python -m tests.ui.atspi.app_driver` on an X display with accessibility on. It reads
one command a line on stdin (`page NAME`, `checks`, `quit`) and answers one line on stdout:
`ready NAME` once a page shows, or `checks {json}` with what only Qt can tell (a Tab that
cannot leave a control, an accessible name that hides a control's visible text).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSocketNotifier, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)

from assessor.app.catalog import QuestionnaireCatalog
from assessor.app.person import CurrentPerson
from assessor.core.format.loading import load_questionnaire
from assessor.core.store import Store
from assessor.ui.charts_access import ChartFactory
from assessor.ui.context import ApplicationContext, ReportRenderer, UiSettings
from assessor.ui.language import install_translators
from assessor.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[2] / "data"
UI_DATA = Path(__file__).resolve().parents[1] / "data"


class _QuietPrompts:
    def confirm(self, title: str, question: str) -> bool:
        return True

    def pick_open_file(self, title: str, filters: str) -> Path | None:
        return None

    def pick_open_files(self, title: str, filters: str) -> list[Path]:
        return []

    def pick_folder(self, title: str) -> Path | None:
        return None

    def pick_save_file(self, title: str, suggested_name: str, filters: str) -> Path | None:
        return None

    def show_error(self, title: str, message: str, details: Sequence[str] = ()) -> None:
        print(f"error {title}: {message}", file=sys.stderr, flush=True)

    def show_info(self, title: str, message: str) -> None:
        pass


def visible_text(widget: QWidget) -> str:
    """What a sighted person reads on the control, without mnemonic marks and arrows."""
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
        text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"&(?=\S)", "", text.replace("&&", "\0")).replace("\0", "&")
    return " ".join(text.replace("→", " ").replace("←", " ").replace("…", " ").split())


def name_hides_text(widget: QWidget) -> bool:
    name = widget.accessibleName()
    text = visible_text(widget)
    if not name or not text:
        return False

    def fold(value: str) -> str:
        return " ".join(re.sub(r"[^\w ]", " ", value.casefold()).split())

    return fold(text) not in fold(name)


def _tab_leaves(widget: QWidget) -> bool:
    """Whether Tab, pressed with focus on `widget`, moves focus out of it."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    start = QApplication.focusWidget()
    if start is None or not (start is widget or widget.isAncestorOf(start)):
        return True  # cannot take focus here (a disabled or hidden proxy): not a trap
    def left() -> bool:
        now = QApplication.focusWidget()
        return now is not None and not (now is widget or widget.isAncestorOf(now))

    for _ in range(3):  # an item view with tab-key navigation eats several Tabs
        target = QApplication.focusWidget() or widget
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, press)
        QApplication.processEvents()
        if left():  # asked at each Tab: in a small dialog three Tabs come back round
            return True
    return False


def _escape_closes(dialog: QWidget) -> bool:
    """A dialog's standard way out (WCAG 2.1.2): Escape closes it. A dialog with one
    control keeps Tab on it, as every dialog keeps Tab inside itself."""
    focused = QApplication.focusWidget() or dialog
    QApplication.sendEvent(focused, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                              Qt.KeyboardModifier.NoModifier))
    QApplication.processEvents()
    return not dialog.isVisible()


def qt_checks(window: MainWindow, dialog: QWidget | None = None) -> dict[str, Any]:
    scope = [dialog] if dialog is not None else [window.menuBar(), window.stack.currentWidget()]
    traps: list[str] = []
    hidden: list[str] = []
    checked = 0
    names: list[str] = []
    for root in scope:
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if name_hides_text(widget):
                hidden.append(f"{type(widget).__name__} name {widget.accessibleName()!r} "
                              f"hides {visible_text(widget)!r}")
            tabbable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if tabbable and widget.isEnabled() and widget.focusProxy() is None:
                checked += 1
                if widget.accessibleName():
                    # On Linux Qt announces a combo box by its value and its buddy label.
                    value = widget.currentText() if isinstance(widget, QComboBox) else ""
                    names.append([widget.accessibleName(), value])
                if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
                    traps.append(f"{type(widget).__name__} {widget.accessibleName()!r}: "
                                 "Tab moves between cells")
                elif not _tab_leaves(widget):
                    traps.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    if dialog is not None:
        closes = _escape_closes(dialog)
        if closes and checked == 1:
            traps = []  # its one control keeps Tab, and Escape leaves
        if not closes:
            traps.append(f"dialog {dialog.windowTitle()!r}: Escape does not close it")
    return {"tab_stops": checked, "traps": traps, "names_hiding_text": hidden,
            "tab_stop_names": names}


DIALOGS = ("shortcuts", "about", "pack", "problem")


def make_dialog(window: MainWindow, name: str, folder: Path | None = None) -> QWidget:
    """One of the app's own dialogs (DIALOGS), as the app makes it (a pack's files are
    written in `folder`, else in a new temporary folder)."""
    if name == "shortcuts":
        from assessor.ui.shortcuts_dialog import ShortcutsDialog

        return ShortcutsDialog(window.menuBar(), window)
    if name == "about":
        from assessor.ui.about import AboutDialog

        return AboutDialog(window)
    if name == "pack":
        return pack_dialog(window, folder)
    if name == "problem":
        from assessor.ui.problem_dialog import ProblemDialog

        return ProblemDialog(window, "Cannot open the file", "broken.yaml: line 3: a tab",
                             ["broken.yaml: line 3: a tab", "broken.yaml: line 9: no id"])
    raise ValueError(name)


def pack_dialog(window: MainWindow, folder: Path | None = None) -> QWidget:
    """The dialog of a signed provider pack edited after signing: it then shows the
    signature status, the warnings and "install anyway" as well."""
    import zipfile

    from assessor.core.packs import build_pack, generate_key, open_pack
    from assessor.ui.pack_dialog import PackDialog
    from tests.core.packs_factory import pack_members, write_source, write_zip

    folder = folder or Path(tempfile.mkdtemp(prefix="pack-"))
    members = pack_members()
    # The example provider's logo: the factory's own is made to probe the SVG checks.
    members["logo.svg"] = (UI_DATA.parents[2] / "examples" / "provider-pack"
                           / "logo.svg").read_bytes()
    pem, _public = generate_key()
    built = folder / "acme.assessorpack"
    build_pack(write_source(folder / "src", members), built, pem, "Acme Academy")
    with zipfile.ZipFile(built) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    files["acme-check.yaml"] = files["acme-check.yaml"].replace(
        b"Acme readiness check", b"Acme readiness check (edited)")
    tampered = write_zip(folder / "tampered.assessorpack", files)
    return PackDialog(open_pack(tampered), window.context.prompts, window)


class Driver:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: QWidget | None = None
        self._added_second = False
        self.questionnaire = load_questionnaire(DATA / "all_types.yaml")
        self.answers = json.loads(json.dumps(
            __import__("yaml").safe_load((DATA / "all_types_answers.yaml").read_text())
        ))["answers"]

    def page(self, name: str) -> str:
        """Show page `name`; the title of the window it is in (a dialog's own)."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if name.startswith("dialog:"):
            self.dialog = make_dialog(self.window, name.split(":", 1)[1])
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog.windowTitle()
        self._page(name)
        return self.window.windowTitle()

    def _page(self, name: str) -> None:
        window = self.window
        if name == "start":
            window.show_start()
        elif name.startswith("section:"):
            if window.question_page is None:
                window.start_questionnaire(self.questionnaire)
            assert window.question_page is not None
            window.question_page.show_section(name.split(":", 1)[1])
            window.stack.setCurrentWidget(window.question_page)
        elif name == "review":
            assert window.session_model is not None
            for item_id, value in self.answers.items():
                window.session_model.set_answer(item_id, value)
            window.show_review()
        elif name.startswith("results:"):
            if window.stack.currentWidget() is not window.results_page:
                window.finish()
            window.results_page.tabs.setCurrentIndex(int(name.split(":", 1)[1]))
        elif name == "history":
            self._second_result()
            window.show_history()
        elif name.startswith("clients"):
            window.show_clients()
            window.clients_page.tabs.setCurrentIndex(
                int(name.split(":", 1)[1]) if ":" in name else 0)
        elif name == "cohort:items":
            # The item analysis tab, with a knowledge check chosen: its options' table shows.
            window.show_cohort()
            if not window.cohort_page._model.entries:
                self._import_cohort()
            window.cohort_page.tabs.setCurrentIndex(1)
            view = window.cohort_page.item_analysis
            row = next(i for i, (_dim, item) in enumerate(view.rows) if item.options)
            view.table.setCurrentIndex(view.proxy.index(row, 0))
        elif name.startswith("cohort"):
            window.show_cohort()
            window.cohort_page.tabs.setCurrentIndex(0)
            tab = int(name.split(":", 1)[1]) if ":" in name else 0
            dashboard = window.cohort_page.dashboard
            if tab and not window.cohort_page._model.entries:
                self._import_cohort()
            dashboard.tabs.setCurrentIndex(max(tab - 1, 0))
        else:
            raise ValueError(name)

    def _second_result(self) -> None:
        """An earlier result of the person, so history shows a trend and Compare has two."""
        if self._added_second:
            return
        self._added_second = True
        from assessor.core.results import build_result

        context = self.window.context
        context.store.add_result(context.profile_id, build_result(
            self.questionnaire, self.answers, completed_at="2024-01-10T10:00:00+00:00"))

    def _import_cohort(self) -> None:
        """Six people's results of the full test questionnaire, so every cohort chart draws
        (groups under five are hidden)."""
        from assessor.core.results import build_result, write_result
        from tests.ui.personas import ML_ENGINEER, SECURITY_ANALYST, persona_answers

        full = load_questionnaire(UI_DATA / "full.yaml")
        folder = Path(tempfile.mkdtemp(prefix="cohort-"))
        for number in range(6):
            persona = ML_ENGINEER if number % 2 else SECURITY_ANALYST
            scaled = {d: v * (0.6 + 0.08 * number) for d, v in persona.items()}
            result = build_result(full, persona_answers(full, scaled),
                                  completed_at=f"2025-0{number + 1}-10T10:00:00+00:00")
            write_result(result, folder / f"person-{number}.json")
        model = self.window.cohort_page._model  # the page keeps its model private
        model.start_import([folder], [full, *self.window.context.catalog.questionnaires])
        deadline = time.monotonic() + 60
        while model.busy and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)

    def sections(self) -> list[str]:
        return [section.id for section in self.questionnaire.sections]


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Assessor")
    app.setApplicationDisplayName("Assessor")
    # The walker's second pass is in Spanish: every name a screen reader says, translated.
    install_translators(app, os.environ.get("ASSESSOR_DRIVER_LANGUAGE", "en"))
    store = Store.open()
    context = ApplicationContext(
        store=store, catalog=QuestionnaireCatalog([("test", DATA), ("ui", UI_DATA)]),
        prompts=_QuietPrompts(),
        charts=ChartFactory(), person=CurrentPerson(store.default_profile()),
        settings=UiSettings(),
        reports=ReportRenderer())
    window = MainWindow(context)
    window.resize(1280, 900)
    window.show()
    driver = Driver(window)
    print("sections " + " ".join(driver.sections()), flush=True)

    def read_command() -> None:
        # The event loop keeps running between commands: the walker's AT-SPI calls are
        # answered by it while this process waits for the next line.
        line = sys.stdin.readline().strip()
        if not line or line == "quit":
            notifier.setEnabled(False)
            window.close()
            app.quit()
            return
        verb, _, argument = line.partition(" ")
        try:
            if verb == "page":
                title = driver.page(argument)
                # Let layouts, lazy charts and the accessibility bridge settle.
                for _ in range(5):
                    app.processEvents()
                reply = f"ready {argument}\t{title}"
            elif verb == "checks":
                reply = "checks " + json.dumps(qt_checks(window, driver.dialog))
            else:
                reply = f"unknown {verb}"
        except Exception as exc:
            reply = f"failed {type(exc).__name__}: {exc}"
        print(reply, flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(read_command)
    status = app.exec()
    store.close()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
