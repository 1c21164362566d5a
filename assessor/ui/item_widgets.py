"""One widget per item type. Each shows its question as plain text, reports a new answer
through `answered` (or `cleared`), and can be set from a stored answer without echoing it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assessor.core.format.model import Item
from assessor.ui.widgets import plain_label, plain_tooltip


class ItemWidget(QFrame):
    """The frame shared by every item: question, required mark, help, then the input."""

    answered = Signal(str, object)  # item id, value
    cleared = Signal(str)  # item id

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._quiet = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"item-{item.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        self.question = plain_label(item.text, bold=True)
        layout.addWidget(self.question)
        hint = self.tr("Required") if item.required else self.tr("Optional")
        self.required_label = plain_label(hint, scale=0.9, muted=True)
        self.required_label.setAccessibleName(hint)
        layout.addWidget(self.required_label)
        if item.help:
            layout.addWidget(plain_label(item.help, scale=0.95, muted=True))
        self.build_input(layout)

    @property
    def accessible_question(self) -> str:
        need = self.tr("required") if self.item.required else self.tr("optional")
        return f"{self.item.text} ({need})"

    def build_input(self, layout: QVBoxLayout) -> None:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored answer (None: unanswered) without emitting `answered`."""
        self._quiet = True
        try:
            self.show_value(value)
        finally:
            self._quiet = False

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The control that should get keyboard focus when this item is jumped to."""
        raise NotImplementedError

    def _emit(self, value: Any) -> None:
        if not self._quiet:
            self.answered.emit(self.item.id, value)

    def _emit_cleared(self) -> None:
        if not self._quiet:
            self.cleared.emit(self.item.id)


class _ClickableLabel(QLabel):
    """A choice's caption, word-wrapped (a button's own text never wraps); clicking it acts
    on its button, as clicking the button's text would."""

    def __init__(self, text: str, button: QAbstractButton,
                 alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter) -> None:
        super().__init__()
        self._button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.setAlignment(alignment | Qt.AlignmentFlag.AlignTop)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._button.click()
        self._button.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class _ExclusiveChoice(ItemWidget):
    """A group of radio buttons, one per allowed value; arrows move and choose, as usual."""

    horizontal = False

    def choices(self) -> list[tuple[Any, str]]:
        raise NotImplementedError

    def build_input(self, layout: QVBoxLayout) -> None:
        box: QBoxLayout = QHBoxLayout() if self.horizontal else QVBoxLayout()
        box.setSpacing(12 if self.horizontal else 4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[tuple[Any, QRadioButton]] = []
        for index, (value, label) in enumerate(self.choices()):
            button = QRadioButton(label if self.horizontal else "")
            button.setAccessibleName(f"{label}: {self.item.text}")
            button.setAccessibleDescription(self.accessible_question)
            self.group.addButton(button, index)
            self.buttons.append((value, button))
            if self.horizontal:
                box.addWidget(button)
            else:
                box.addLayout(_wrapped_row(button, label))
        if self.horizontal:
            box.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)
        layout.addLayout(box)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        for value, candidate in self.buttons:
            if candidate is button:
                self._emit(value)

    def show_value(self, value: Any) -> None:
        self.group.setExclusive(False)
        for candidate_value, button in self.buttons:
            button.setChecked(value is not None and _same(candidate_value, value))
        self.group.setExclusive(True)

    def focus_target(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked if checked is not None else self.buttons[0][1]


def _wrapped_row(button: QAbstractButton, label: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(6)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(_ClickableLabel(label, button, Qt.AlignmentFlag.AlignLeft), 1)
    return row


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    return bool(left == right)


class LikertWidget(_ExclusiveChoice):
    """A row of scale points, each a radio button over its wrapped caption, in equal
    columns so long anchors never force a horizontal scroll."""

    def choices(self) -> list[tuple[Any, str]]:
        return [(_plain_number(point.value), point.label) for point in self.item.scale]

    def build_input(self, layout: QVBoxLayout) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons = []
        for index, (value, label) in enumerate(self.choices()):
            button = QRadioButton()
            button.setAccessibleName(f"{label}: {self.item.text}")
            button.setAccessibleDescription(self.accessible_question)
            button.setToolTip(plain_tooltip(label))
            self.group.addButton(button, index)
            self.buttons.append((value, button))
            grid.addWidget(button, 0, index, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(_ClickableLabel(label, button), 1, index)
            grid.setColumnStretch(index, 1)
        self.group.buttonToggled.connect(self._toggled)
        layout.addLayout(grid)


class ChoiceWidget(_ExclusiveChoice):
    """A single-choice item as radio buttons."""

    def choices(self) -> list[tuple[Any, str]]:
        return [(option.id, option.label) for option in self.item.options]


class KnowledgeWidget(ChoiceWidget):
    """Same look as a choice; the correct answer is never revealed while answering."""


class BooleanWidget(_ExclusiveChoice):
    """A yes/no item as two radio buttons side by side."""

    horizontal = True

    def choices(self) -> list[tuple[Any, str]]:
        return [(True, self.tr("Yes")), (False, self.tr("No"))]


class MultiWidget(ItemWidget):
    """Check boxes; once `max_choices` are ticked the others are disabled until one is
    unticked. No box ticked after a change means "none of these" (an answer)."""

    def build_input(self, layout: QVBoxLayout) -> None:
        if self.item.max_choices is not None:
            layout.addWidget(plain_label(
                self.tr("Choose up to {0}.").format(self.item.max_choices), muted=True))
        self.boxes: list[tuple[str, QCheckBox]] = []
        for option in self.item.options:
            box = QCheckBox()
            box.setAccessibleName(f"{option.label}: {self.item.text}")
            box.setAccessibleDescription(self.accessible_question)
            box.toggled.connect(self._changed)
            self.boxes.append((option.id, box))
            layout.addLayout(_wrapped_row(box, option.label))

    def _chosen(self) -> list[str]:
        return [option_id for option_id, box in self.boxes if box.isChecked()]

    def _changed(self) -> None:
        self._limit()
        self._emit(self._chosen())

    def _limit(self) -> None:
        full = self.item.max_choices is not None and len(self._chosen()) >= self.item.max_choices
        for _option_id, box in self.boxes:
            box.setEnabled(box.isChecked() or not full)

    def show_value(self, value: Any) -> None:
        chosen = set(value or [])
        for option_id, box in self.boxes:
            box.setChecked(option_id in chosen)
        self._limit()

    def focus_target(self) -> QWidget:
        return self.boxes[0][1]


class NumberWidget(ItemWidget):
    """A number field with its range shown; only a number inside the range is stored,
    and emptying the field withdraws the answer."""

    def build_input(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.field = QLineEdit()
        low, high = self.item.minimum, self.item.maximum
        validator = QDoubleValidator(self.field)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        if low is not None and high is not None:
            validator.setRange(low, high, 6)
        self.field.setValidator(validator)
        self.field.setMaximumWidth(160)
        self.field.setAccessibleName(self.item.text)
        range_text = self.tr("between {0} and {1}").format(_fmt(low), _fmt(high))
        self.field.setAccessibleDescription(f"{self.accessible_question}, {range_text}")
        self.field.setPlaceholderText(f"{_fmt(low)}–{_fmt(high)}")
        # textChanged as well as textEdited: text set through the accessibility interface
        # (a screen reader, voice control) is an answer too; set_value() stays quiet, and
        # _edited() handles each text once however many signals carry it.
        self._handled_text: str | None = None
        self.field.textChanged.connect(self._edited)
        self.field.textEdited.connect(self._edited)
        self.range_label = plain_label(self.tr("A number {0}.").format(range_text), muted=True)
        self.range_label.setWordWrap(False)
        row.addWidget(self.field)
        row.addWidget(self.range_label)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

    def _edited(self, text: str) -> None:
        if text == self._handled_text:
            return
        self._handled_text = text
        text = text.strip()
        if not text:
            self.status.clear()
            self._emit_cleared()
            return
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            self.status.setText(self.tr("Please type a number."))
            self._emit_cleared()  # what is shown is not an answer; do not keep an older one
            return
        low, high = self.item.minimum, self.item.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            self.status.setText(self.tr("Please give a number between {0} and {1}.")
                                .format(_fmt(low), _fmt(high)))
            self._emit_cleared()
            return
        self.status.clear()
        self._emit(_plain_number(value))

    def show_value(self, value: Any) -> None:
        self.field.setText("" if value is None else _fmt(value))
        self.status.clear()

    def focus_target(self) -> QWidget:
        return self.field


class TextWidget(ItemWidget):
    """Free text with a live length counter; typing past `max_length` is refused."""

    def build_input(self, layout: QVBoxLayout) -> None:
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # Tab must move on, not insert a tab
        self.editor.setAccessibleName(self.item.text)
        self.editor.setAccessibleDescription(self.accessible_question)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 4 + 16)
        self.editor.textChanged.connect(self._changed)
        layout.addWidget(self.editor)
        self.counter = plain_label("", scale=0.9, muted=True)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.counter)
        self._update_counter()

    def _changed(self) -> None:
        text = self.editor.toPlainText()
        limit = self.item.max_length
        if limit is not None and len(text) > limit:
            cursor = self.editor.textCursor()
            position = min(cursor.position(), limit)
            self.editor.blockSignals(True)
            self.editor.setPlainText(text[:limit])
            self.editor.blockSignals(False)
            cursor = self.editor.textCursor()
            cursor.setPosition(position)
            self.editor.setTextCursor(cursor)
            text = text[:limit]
        self._update_counter()
        if text:
            self._emit(text)
        else:
            self._emit_cleared()

    def _update_counter(self) -> None:
        length = len(self.editor.toPlainText())
        limit = self.item.max_length
        self.counter.setText(self.tr("{0} / {1} characters").format(length, limit)
                             if limit is not None else self.tr("{0} characters").format(length))

    def show_value(self, value: Any) -> None:
        self.editor.setPlainText("" if value is None else str(value))
        self._update_counter()

    def focus_target(self) -> QWidget:
        return self.editor


def _plain_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _fmt(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:g}"


WIDGETS: dict[str, type[ItemWidget]] = {
    "likert": LikertWidget, "choice": ChoiceWidget, "knowledge": KnowledgeWidget,
    "boolean": BooleanWidget, "multi": MultiWidget, "number": NumberWidget, "text": TextWidget,
}


def widget_for(item: Item, parent: QWidget | None = None) -> ItemWidget:
    return WIDGETS[item.type](item, parent)
