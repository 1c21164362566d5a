"""A chart area that builds its matplotlib figure only when it is first shown, so pages
with several charts pay only for the one in view (and the first window pays for none)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from assessor.ui.charts_access import ChartFactory, canvas_class
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

    def set_data(self, *args: Any) -> None:
        """New data for the chart; drawn now if visible, else when next shown."""
        self._args = args
        self._dirty = True
        if self.isVisible():
            self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

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

    def _show_figure(self, figure: Any) -> None:
        self.message.hide()
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        canvas_type: Callable[[Any], Any] = canvas_class()
        self.figure = figure
        self.canvas = canvas_type(figure)
        self.canvas.setAccessibleName(self.accessibleName())
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout.addWidget(self.canvas)
        self.canvas.draw_idle()

    def _show_message(self, text: str) -> None:
        if self.canvas is not None:
            self.canvas.hide()
        self.message.setText(text)
        self.message.show()
