"""Help ▸ Keyboard shortcuts: every key a person can use instead of the mouse, read from the
window's menus (so the list cannot drift from the real shortcuts) plus the keys that work
on the question and review pages and in every list and choice."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.ui.question_page import BACK_KEYS, NEXT_KEYS
from assessor.ui.tables import keyboard_table
from assessor.ui.widgets import heading


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(what, keys) for every menu action that has a shortcut, in menu order."""
    found: list[tuple[str, str]] = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                found.append((what.rstrip("…"), action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText)))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Keyboard shortcuts"), level=2))
        rows = [
            *menu_shortcuts(menu_bar),
            (self.tr("Next section"), " or ".join(NEXT_KEYS)),
            (self.tr("Previous section"), " or ".join(BACK_KEYS)),
            (self.tr("Finish, on the review page"), "Ctrl+Return"),
            (self.tr("Move between controls"), self.tr("Tab and Shift+Tab")),
            (self.tr("Choose an answer in a scale or list"), self.tr("Arrow keys, then Space")),
            (self.tr("Tick a box, press a button"), self.tr("Space")),
            (self.tr("Switch result tabs"), self.tr("Ctrl+Tab and Ctrl+Shift+Tab")),
            (self.tr("A control with an underlined letter"), self.tr("Alt+that letter")),
            (self.tr("Open a menu"), self.tr("Alt, or F10")),
        ]
        self.table = keyboard_table(QTableWidget(len(rows), 2))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 460)
