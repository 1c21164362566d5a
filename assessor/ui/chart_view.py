"""A chart area that builds its matplotlib figure only when it is first shown, so pages
with several charts pay only for the one in view (and the first window pays for none).
A chart whose rows must not be squeezed (its figure's `min_height`) scrolls instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessor.ui.charts_access import ChartFactory, Place, canvas_class, least_height
from assessor.ui.tables import keyboard_table

if TYPE_CHECKING:
    from assessor.charts.tables import ChartTable
from assessor.ui.widgets import is_dark


class ChartView(QWidget):
    """A chart drawn by a named ChartFactory builder, drawn when shown and data is set."""

    def __init__(self, factory: ChartFactory, builder_name: str, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._builder_name = builder_name
        self._args: tuple[Any, ...] | None = None
        self._dirty = False
        self.canvas: Any = None
        self.figure: Any = None
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        self._layout.addWidget(self.message)
        # The chart's text equivalent: the same data as a table, one click or key away.
        self.table_button = QPushButton(self.tr("Show as table"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleDescription(
            self.tr("Shows this chart's data as a table instead of a picture"))
        self.table_button.toggled.connect(self._show_table)
        self.table_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.table_button)
        self._layout.addLayout(bar)
        self.table = keyboard_table(QTableWidget(0, 0))
        self.table.setAccessibleName(self.tr("{0}, as a table").format(accessible_name))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.hide()
        self._layout.addWidget(self.table, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout.addWidget(self.scroll_area, 1)
        self.data_table: ChartTable | None = None

    def set_data(self, *args: Any) -> None:
        """New data for the chart; drawn now if visible, else when next shown."""
        self._args = args
        self._dirty = True
        self._describe()
        if self.isVisible():
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def place(self) -> Place:
        """Where the chart is drawn at the view's present size (see charts_access.Place)."""
        viewport = self.scroll_area.viewport().size()
        return Place(viewport.width(), viewport.height(),
                     self.scroll_area.verticalScrollBar().sizeHint().width())

    @property
    def is_rendered(self) -> bool:
        return not self._dirty and self._args is not None

    def redraw(self) -> None:
        if self._args is None:
            return
        self._dirty = False
        try:
            figure = self._factory.build(self._builder_name, *self._args, dark=is_dark(self))
        except Exception as exc:
            self._show_message(self.tr("This chart cannot be shown: {0}").format(exc))
            return
        self._show_figure(figure)

    def _describe(self) -> None:
        """What a screen reader says about the chart: its data, not only its name."""
        assert self._args is not None
        if not self._factory.available():
            return
        # Imported here: the chart package loads matplotlib, which the first window avoids.
        from assessor.charts.tables import chart_table

        self.data_table = chart_table(self._builder_name, *self._args)
        described = self.data_table.description() if self.data_table else ""
        self.setAccessibleDescription(described)
        if self.canvas is not None:
            self.canvas.setAccessibleDescription(described)
        self.table_button.setEnabled(self.data_table is not None)
        self._fill_table()

    def _fill_table(self) -> None:
        found = self.data_table
        self.table.clear()
        if found is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        self.table.setColumnCount(len(found.headers))
        self.table.setHorizontalHeaderLabels(list(found.headers))
        self.table.setRowCount(len(found.rows))
        for row, cells in enumerate(found.rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _show_table(self, as_table: bool) -> None:
        self.table.setVisible(as_table)
        if self.canvas is not None:
            self.scroll_area.setVisible(not as_table)
        self.table_button.setText(self.tr("Show as chart") if as_table
                                  else self.tr("Show as table"))

    def _show_figure(self, figure: Any) -> None:
        self.message.hide()
        if self.canvas is not None:
            old = self.scroll_area.takeWidget()
            if old is not None:
                old.deleteLater()
        canvas_type: Callable[[Any], Any] = canvas_class()
        self.figure = figure
        least = least_height(figure)
        self.canvas = canvas_type(figure)
        # Drawn already where the figure was prepared for this place (charts_access.py).
        self.canvas.prepared = self._factory.drawn_image(figure)
        self.canvas.pictures = self._factory.pictures
        self.canvas.setAccessibleName(self.accessibleName())
        self.canvas.setAccessibleDescription(self.accessibleDescription())
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if least:
            self.canvas.setMinimumHeight(least)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setVisible(not self.table_button.isChecked())
        self.canvas.draw_idle()

    def _show_message(self, text: str) -> None:
        self.scroll_area.hide()
        self.message.setText(text)
        self.message.show()
