"""Questionnaire text is shown literally everywhere, tooltips included (Qt would otherwise
render a tooltip that looks like markup as rich text, and load the images it names)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from assessor.core.format.model import Item, ScalePoint
from assessor.ui.item_widgets import LikertWidget
from assessor.ui.widgets import plain_tooltip

HOSTILE = '<img src="file:///etc/passwd"> <b>bold</b> & [link](http://x)'


def test_plain_tooltip_escapes_markup() -> None:
    tip = plain_tooltip(HOSTILE + "\nsecond line")
    assert "<img" not in tip and "<b>" not in tip
    assert "&lt;img src=\"file:///etc/passwd\"&gt;" in tip
    assert tip.startswith("<p>") and "<br>" in tip
    assert plain_tooltip("") == ""
    assert plain_tooltip("no markup & fine") == "no markup & fine"


def test_likert_labels_and_tooltips_show_markup_literally(qtbot: QtBot) -> None:
    scale = (ScalePoint(1.0, HOSTILE), ScalePoint(2.0, "fine"))
    item = Item(id="q", type="likert", text=HOSTILE, section="s", scale_name="s", scale=scale)
    widget = LikertWidget(item)
    qtbot.addWidget(widget)
    labels = [label for label in widget.findChildren(QLabel) if label.text() == HOSTILE]
    assert len(labels) >= 2  # the question and the first anchor
    assert all(label.textFormat().name == "PlainText" for label in labels)
    tips = [b.toolTip() for b in widget.findChildren(QAbstractButton) if b.toolTip()]
    assert tips and all("<img" not in tip for tip in tips)
