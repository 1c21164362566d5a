"""Item views a keyboard can leave: Tab moves to the next control (arrows move between
cells), and the header views carry names a screen reader can announce (WCAG 2.1.2, 4.1.2)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

Table = TypeVar("Table", bound=QTableView)


def keyboard_table(table: Table) -> Table:
    """Qt's default lets Tab and Shift+Tab cycle through cells forever; turn that off."""
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setAccessibleName(
        QCoreApplication.translate("Tables", "Column headers"))
    table.verticalHeader().setAccessibleName(
        QCoreApplication.translate("Tables", "Row headers"))
    return table
