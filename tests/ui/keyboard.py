"""Answering questions with the keyboard only, as a person who cannot use a mouse would:
Tab to a question, Space and arrows to choose, type into fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assessor.ui.item_widgets import (
    ItemWidget,
    LikertWidget,
    MultiWidget,
    NumberWidget,
    TextWidget,
    _ExclusiveChoice,
)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def focus_is_in(container: QWidget) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and (widget is container or container.isAncestorOf(widget))


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_until(qtbot: QtBot, condition: Any, limit: int = 60) -> None:
    for _ in range(limit):
        if condition():
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert condition(), f"Tab never reached the target (focus is on {focused()!r})"


def answer(qtbot: QtBot, widget: ItemWidget, value: Any) -> None:
    """Give `value` to the item shown by `widget` using only keys."""
    tab_until(qtbot, lambda: focus_is_in(widget))
    if isinstance(widget, _ExclusiveChoice):
        values = [v for v, _button in widget.buttons]
        target = next(i for i, v in enumerate(values) if v == value and type(v) is type(value))
        current = next((i for i, (_v, b) in enumerate(widget.buttons) if b.hasFocus()), 0)
        if widget.group.checkedButton() is None:
            press(qtbot, Qt.Key.Key_Space)  # choose the focused point first
        horizontal = isinstance(widget, LikertWidget) or widget.horizontal
        forward = Qt.Key.Key_Right if horizontal else Qt.Key.Key_Down
        backward = Qt.Key.Key_Left if horizontal else Qt.Key.Key_Up
        for _ in range(abs(target - current)):
            press(qtbot, forward if target > current else backward)
        assert widget.buttons[target][1].isChecked()
    elif isinstance(widget, MultiWidget):
        for option_id, box in widget.boxes:
            if option_id in value:
                tab_until(qtbot, box.hasFocus)
                press(qtbot, Qt.Key.Key_Space)
                assert box.isChecked()
    elif isinstance(widget, NumberWidget):
        qtbot.keyClicks(focused(), str(value))
    elif isinstance(widget, TextWidget):
        qtbot.keyClicks(focused(), value)
    else:  # pragma: no cover - every item type has a widget above
        raise AssertionError(type(widget))
