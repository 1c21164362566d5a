"""Item views a keyboard can leave: Tab moves to the next control (arrows move between
cells), and the header views carry names a screen reader can announce (WCAG 2.1.2, 4.1.2)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QTableWidget

Table = TypeVar("Table", bound=QTableView)


def keyboard_table(table: Table) -> Table:
    """Qt's default lets Tab and Shift+Tab cycle through cells forever; turn that off."""
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setAccessibleName(
        QCoreApplication.translate("Tables", "Column headers"))
    table.verticalHeader().setAccessibleName(
        QCoreApplication.translate("Tables", "Row headers"))
    return table


def rows_follow_width(table: Table) -> Table:
    """Rows of wrapped text as tall as their text at the width their columns get now: Qt
    measures row heights only when asked, so rows sized while the table was hidden or
    narrower stay too tall (or cut) after it is laid out."""
    table.horizontalHeader().sectionResized.connect(
        lambda *_: QTimer.singleShot(0, table, table.resizeRowsToContents))
    return table


def give_way_column(table: QTableWidget, column: int, *, then: Sequence[int] = ()
                    ) -> QTableWidget:
    """Every column as wide as its contents but `column` (a title that repeats on every row
    and may be long; translated ones are): it takes what is left, wrapping onto more lines
    when that is less than its text, never narrower than its header or longest word. When
    even that is too wide, the `then` columns wrap too, in turn, so the table does not
    scroll sideways. Cells keep their full text; rows grow to it."""
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setStretchLastSection(False)
    _ColumnSharer(table, (column, *then))
    return table


class _ColumnSharer(QObject):
    """Shares a table's width out as give_way_column says, at every resize and refit."""

    def __init__(self, table: QTableWidget, giving: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._giving = tuple(giving)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.rowsInserted, model.dataChanged, model.modelReset):
            signal.connect(lambda *_: QTimer.singleShot(0, self, self.fit))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        table = self._table
        cells, heads = table.fontMetrics(), table.horizontalHeader().fontMetrics()
        margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 10

        def texts(column: int) -> list[str]:
            return [item.text() for row in range(table.rowCount())
                    if (item := table.item(row, column)) is not None]

        def title(column: int) -> str:
            item = table.horizontalHeaderItem(column)
            return item.text() if item is not None else ""

        columns = range(table.columnCount())
        natural = [max([heads.horizontalAdvance(title(c))]
                       + [cells.horizontalAdvance(t) for t in texts(c)]) + margin
                   for c in columns]
        least = list(natural)
        for c in self._giving:
            words = [w for t in texts(c) for w in t.split()]
            least[c] = max([heads.horizontalAdvance(title(c))]
                           + [cells.horizontalAdvance(w) for w in words]) + margin
        widths = list(natural)
        room = table.viewport().width()
        first = self._giving[0]
        if sum(widths) <= room:
            widths[first] += room - sum(widths)  # the title takes what is left
        else:
            for c in self._giving:  # each gives way in turn, down to its longest word
                widths[c] = max(least[c], widths[c] - (sum(widths) - room))
        header = table.horizontalHeader()
        if [header.sectionSize(c) for c in columns] != widths:
            for c in columns:
                header.resizeSection(c, widths[c])
            table.resizeRowsToContents()


def two_lines(text: str, metrics: QFontMetrics) -> str:
    """`text` broken at the space that makes its wider line narrowest."""
    words = text.split(" ")
    if len(words) < 2:
        return text
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(metrics.horizontalAdvance(pair[0]),
                                                      metrics.horizontalAdvance(pair[1])))
    return f"{first}\n{second}"


class _HeaderFolder(QObject):
    """Folds the headers of a table's narrow columns onto two lines when, on one line, they
    would leave the first column too little room for its names (long translated headers
    such as "Mejor encaje para" otherwise squeeze the names into "Analista d…")."""

    def __init__(self, table: QTableWidget, columns: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._columns = tuple(columns)
        self._labels = {c: item.text() if (item := table.horizontalHeaderItem(c)) else ""
                        for c in self._columns}
        self._folded = False
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Resize,
                                                        QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        table = self._table
        metrics = table.horizontalHeader().fontMetrics()
        cells = table.fontMetrics()
        margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8

        def texts(column: int) -> list[str]:
            return [item.text() for row in range(table.rowCount())
                    if (item := table.item(row, column)) is not None]

        # What the narrow columns take with one-line headers, against the widest name.
        one_line = sum(max([metrics.horizontalAdvance(self._labels[column])]
                           + [cells.horizontalAdvance(text) for text in texts(column)]) + margin
                       for column in self._columns)
        widest_name = max([cells.horizontalAdvance(name) for name in texts(0)] + [0]) + margin
        folded = table.viewport().width() - one_line < widest_name
        if folded != self._folded:
            self._folded = folded
            for column, label in self._labels.items():
                header = table.horizontalHeaderItem(column)
                if header is not None:
                    header.setText(two_lines(label, metrics) if folded else label)
                    # A screen reader reads the words, not the line break.
                    header.setData(Qt.ItemDataRole.AccessibleTextRole, label)


def fold_narrow_headers(table: QTableWidget, columns: Sequence[int]) -> QTableWidget:
    """See _HeaderFolder; call after the header labels are set and again (`refit`) after
    the rows change."""
    _HeaderFolder(table, columns)
    return table


def refit_headers(table: QTableWidget) -> None:
    folder = table.findChild(_HeaderFolder)
    if folder is not None:
        folder.fit()
