"""Small building blocks shared by the views: plain-text labels and headings that follow
the system font and palette (no fixed colours or pixel font sizes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget


def plain_label(text: str, parent: QWidget | None = None, *, scale: float = 1.0,
                bold: bool = False, muted: bool = False, selectable: bool = False) -> QLabel:
    """A word-wrapped label that never interprets its text as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if scale != 1.0 or bold:
        font = QFont(label.font())
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain_tooltip(text: str) -> str:
    """Tooltip text that shows `text` literally. Qt renders a tooltip as rich text when it
    looks like markup, so a questionnaire label such as <img src="file:///…"> would be
    interpreted (and could load a file); escaped into a paragraph it is only ever shown."""
    if "<" not in text:
        return text  # Qt only takes text with a tag for rich text: shown as it is
    import html  # loaded only for text that looks like markup

    return "<p>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"


def heading(text: str, parent: QWidget | None = None, level: int = 1) -> QLabel:
    scale = {1: 1.6, 2: 1.25, 3: 1.1}.get(level, 1.0)
    label = plain_label(text, parent, scale=scale, bold=True)
    label.setAccessibleName(text)
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def is_dark(widget: QWidget) -> bool:
    """Whether the widget's palette is a dark one (charts follow it)."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
