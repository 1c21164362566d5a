"""The Qt half of the layout check: in a shown window, every label, button and table cell
shows its whole text (Qt would elide or clip it), no table scrolls sideways, and every
chart canvas passes the figure check at the size and pixel ratio it is drawn at."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from tests.layout_check import figure_problems

BUTTON_MARGIN = 8  # pixels of a push button's frame and padding
HEADER_MARGIN = 6  # pixels of a header section's padding (and its sort arrow's none)


def _name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(root) and widget.width() > 0


def _displayed(text: str) -> str:
    """A mnemonic's "&" is not drawn ("&&" is one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def label_problems(label: QLabel) -> list[str]:
    text = label.text() if label.buddy() is None else _displayed(label.text())
    if not text.strip() or label.textFormat() == Qt.TextFormat.RichText:
        return []
    metrics = label.fontMetrics()
    room = label.contentsRect().width() - 2 * label.margin() - label.indent() * 0
    problems = []
    if "…" in text:
        problems.append(f"label {text[:50]!r} is shortened with an ellipsis")
    if label.wordWrap():
        needed = metrics.boundingRect(QRect(0, 0, max(room, 1), 100000),
                                      int(Qt.TextFlag.TextWordWrap), text).height()
        if needed > label.contentsRect().height() + 1:
            problems.append(f"label {text[:50]!r} is cut: needs {needed} px of height, "
                            f"has {label.contentsRect().height()}")
    else:
        for line in text.splitlines():
            if metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) != line:
                problems.append(f"label {line[:50]!r} is elided at {room} px")
    return problems


def button_problems(button: QAbstractButton) -> list[str]:
    text = _displayed(button.text())
    if not text:
        return []
    room = button.width() - BUTTON_MARGIN - (button.iconSize().width() if not
                                             button.icon().isNull() else 0)
    if button.fontMetrics().horizontalAdvance(text) > room:
        return [f"button {text!r} is clipped at {button.width()} px"]
    return []


def combo_problems(combo: QComboBox) -> list[str]:
    """The chosen entry shows whole beside the drop-down arrow."""
    text = combo.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    if combo.fontMetrics().horizontalAdvance(text) > room:
        return [f"combo box {text[:50]!r} is clipped at {room} px"]
    return []


def view_problems(view: QAbstractItemView) -> list[str]:
    problems = []
    if view.horizontalScrollBar().isVisible():
        problems.append(f"{_name(view)} scrolls sideways")
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    header_metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        title = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
        needed = max((header_metrics.horizontalAdvance(line) for line in title.split("\n")),
                     default=0) + HEADER_MARGIN
        if needed > header.sectionSize(section):
            problems.append(f"{_name(view)} header {title!r} is clipped: needs {needed} px, "
                            f"has {header.sectionSize(section)}")
    wraps = view.wordWrap()
    metrics = view.fontMetrics()
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text:
                continue
            rect = view.visualRect(index)
            if rect.width() <= 0:
                continue
            room = rect.width() - 6  # the delegate's text margins
            if "…" in text:
                problems.append(f"{_name(view)} cell {text[:40]!r} has an ellipsis")
            if wraps:
                needed = metrics.boundingRect(QRect(0, 0, max(room, 1), 100000),
                                              int(Qt.TextFlag.TextWordWrap), text).height()
                if needed > rect.height():
                    problems.append(f"{_name(view)} cell {text[:40]!r} is cut: needs "
                                    f"{needed} px, has {rect.height()}")
            elif metrics.horizontalAdvance(text) > room:
                problems.append(f"{_name(view)} cell {text[:40]!r} is elided at {room} px")
    return problems


def window_problems(root: QWidget, name: str) -> tuple[list[str], int]:
    """Every problem in the shown window; and how many chart canvases were checked."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    QApplication.processEvents()
    problems: list[str] = []
    for label in root.findChildren(QLabel):
        if _shown(label, root):
            problems += [f"{name}: {p}" for p in label_problems(label)]
    for button in root.findChildren(QAbstractButton):
        if _shown(button, root) and button.metaObject().className() == "QPushButton":
            problems += [f"{name}: {p}" for p in button_problems(button)]
    for combo in root.findChildren(QComboBox):
        if _shown(combo, root):
            problems += [f"{name}: {p}" for p in combo_problems(combo)]
    for view in [*root.findChildren(QTreeWidget), *root.findChildren(QTableWidget)]:
        if _shown(view, root):
            problems += [f"{name}: {p}" for p in view_problems(view)]
    canvases = 0
    for canvas in root.findChildren(FigureCanvasQTAgg):
        if _shown(canvas, root):
            canvases += 1
            figure: Any = canvas.figure
            problems += figure_problems(figure, f"{name} {_name(canvas)}")
    return problems, canvases
