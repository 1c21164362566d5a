"""The app's style: Fusion (or the platform's own), with radio and check indicators and
field borders outlined in a colour that keeps 3:1 in every palette (see theme.py).

Apart from theme.py because it is set only once the first frame is on screen: a Python
style is called for every primitive Qt draws, and PySide makes a Python type (with its
enums) for each kind of style option it passes, which the first frame does without."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from assessor.ui.theme import border_colour


class AccessibleStyle(QProxyStyle):
    """Fusion, with radio and check indicators and field borders drawn in a colour that
    keeps 3:1 against the window in every palette (Fusion derives them from the window
    colour, so in a dark palette they all but vanish)."""

    _OUTLINED = (QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                 QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                 QStyle.PrimitiveElement.PE_PanelLineEdit)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._OUTLINED or option is None:
            return
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and widget is not None \
                and not widget.inherits("QLineEdit"):
            return  # a combo box's or spin box's inner field: the outer frame is drawn
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        pen = painter.pen()
        pen.setColor(border_colour(option.palette))
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setBrush(QBrush())  # no fill (Qt.NoBrush without the Qt namespace)
        rect = option.rect.adjusted(1, 1, -1, -1)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


def outline_indicators(app: QApplication) -> None:
    """Put the outlining style over the app's current one (once; see `apply_theme`)."""
    if isinstance(app.style(), AccessibleStyle):
        return
    app.setStyle(AccessibleStyle(QStyleFactory.create(app.style().name())
                                 or QStyleFactory.create("Fusion")))
