"""Item views a keyboard can leave: Tab moves to the next control (arrows move between
cells), and the header views carry names a screen reader can announce (WCAG 2.1.2, 4.1.2)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

Table = TypeVar("Table", bound=QTableView)


def keyboard_table(table: Table) -> Table:
    """Qt's default lets Tab and Shift+Tab cycle through cells forever; turn that off."""
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setAccessibleName(
        QCoreApplication.translate("Tables", "Column headers"))
    table.verticalHeader().setAccessibleName(
        QCoreApplication.translate("Tables", "Row headers"))
    return table


def give_way_column(table: Table, column: int) -> Table:
    """Every column as wide as its contents but `column`, which takes what is left, elided
    (its cells should carry their full text as a tooltip): for a title that repeats on every
    row and may be long (translated ones are), so the columns beside it show in full without
    scrolling sideways."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)
    return table
