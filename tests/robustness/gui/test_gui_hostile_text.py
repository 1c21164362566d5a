"""Hostile questionnaire text in the GUI: shown literally as plain text, never as Qt rich
text (so nothing is loaded, no link is live), and long texts wrap instead of widening the
window."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.robustness.profiles import record
from tests.robustness.strategies import to_yaml
from tests.ui.conftest import WindowMaker

LONG_LABEL = " ".join(f"word{index % 97}" for index in range(1700))[:10_000]
HOSTILE = {
    "title": "<h1>Big</h1> <b>bold</b> & <i>it</i>",
    "intro": 'Look: <img src="file:///etc/passwd"> and <a href="https://evil.example">here</a>',
    "markdown": "[click me](javascript:alert(1)) **not bold** `code`",
    "rtl": "\u202eevil\u202c txt.exe שלום عالم",
    "zero_width": "zero\u200bwidth\u200d\u2060joiner\ufeff",
    "emoji": "🛡️🤖🔐 emoji 👩🏽‍💻 family 👨‍👩‍👧",
    "dollar": "$x^2$ costs $5 <script>alert(1)</script>",
    "long": LONG_LABEL,
}
MAX_WIDTH = 2000


def hostile_questionnaire(folder: Path) -> None:
    document: dict[str, Any] = {
        "format": "assessor/1",
        "id": "hostile",
        "version": "1",
        "title": HOSTILE["title"],
        "description": HOSTILE["markdown"],
        "dimensions": [{"id": "d", "label": HOSTILE["dollar"]}],
        "scales": {
            "s": [
                {"value": v, "label": HOSTILE[k]}
                for v, k in ((1, "intro"), (2, "emoji"), (3, "long"))
            ]
        },
        "sections": [
            {
                "id": "s",
                "title": HOSTILE["title"],
                "intro": HOSTILE["intro"],
                "items": [
                    {
                        "id": "likert",
                        "type": "likert",
                        "text": HOSTILE["long"],
                        "scale": "s",
                        "scores": "d",
                        "help": HOSTILE["intro"],
                    },
                    {
                        "id": "choice",
                        "type": "choice",
                        "text": HOSTILE["markdown"],
                        "options": [
                            {"id": "a", "label": HOSTILE["intro"]},
                            {"id": "b", "label": HOSTILE["long"]},
                            {"id": "c", "label": HOSTILE["zero_width"]},
                        ],
                    },
                    {
                        "id": "multi",
                        "type": "multi",
                        "text": HOSTILE["emoji"],
                        "options": [
                            {"id": "a", "label": HOSTILE["dollar"]},
                            {"id": "b", "label": HOSTILE["rtl"]},
                        ],
                    },
                    {
                        "id": "known",
                        "type": "knowledge",
                        "text": HOSTILE["rtl"],
                        "scores": "d",
                        "correct": "a",
                        "options": [
                            {"id": "a", "label": HOSTILE["title"]},
                            {"id": "b", "label": HOSTILE["emoji"]},
                        ],
                    },
                    {"id": "yes", "type": "boolean", "text": HOSTILE["zero_width"], "scores": "d"},
                    {"id": "text", "type": "text", "text": HOSTILE["dollar"], "required": False},
                ],
            }
        ],
    }
    (folder / "hostile.yaml").write_text(to_yaml(document), encoding="utf-8")


def rich_text_widgets(root: QWidget) -> list[str]:
    """Widgets that would interpret text as Qt rich text: labels not in plain-text format
    whose text looks like markup, and tooltips that look like markup."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and widget.text():
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText
                and GuiQt.mightBeRichText(widget.text())
            )
            if rich and any(h in widget.text() for h in HOSTILE.values()):
                found.append(f"QLabel {widget.text()[:60]!r}")
        tip = widget.toolTip()
        if tip and GuiQt.mightBeRichText(tip) and any(h in tip for h in HOSTILE.values()):
            found.append(f"tooltip of {type(widget).__name__}: {tip[:60]!r}")
    return found


@pytest.fixture
def hostile_window(qtbot: QtBot, make_window: WindowMaker, tmp_path: Path) -> Any:
    folder = tmp_path / "questionnaires"
    folder.mkdir()
    hostile_questionnaire(folder)
    window = make_window(folders=[("test", folder)])
    [questionnaire] = [q for q in window.context.catalog.questionnaires if q.id == "hostile"]
    window.start_questionnaire(questionnaire)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.question_page)
    return window


def test_hostile_texts_are_shown_literally_as_plain_text(hostile_window: Any) -> None:
    window = hostile_window
    labels = window.question_page.findChildren(QLabel)
    shown = {label.text() for label in labels}
    for key in ("title", "intro", "markdown", "rtl", "zero_width", "emoji", "dollar", "long"):
        assert HOSTILE[key] in shown, f"{key} text is not shown literally"
    for label in labels:
        if label.text() in HOSTILE.values():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()[:60]
    record("GUI: hostile questionnaire text", "shown literally as plain text")


def test_no_hostile_text_reaches_a_rich_text_widget(hostile_window: Any) -> None:
    problems = rich_text_widgets(hostile_window)
    record("GUI: hostile text in tooltips and labels", "window checked")
    record("GUI: hostile text in tooltips and labels", "rich-text widgets (count)", len(problems))
    assert problems == []


def test_long_texts_wrap_and_the_window_stays_laid_out(qtbot: QtBot, hostile_window: Any) -> None:
    window = hostile_window
    if os.environ.get("ASSESSOR_SCREENSHOT_DIR"):  # to look at it: see docs/reliability.md
        window.grab().save(str(Path(os.environ["ASSESSOR_SCREENSHOT_DIR"]) / "hostile.png"))
    assert window.sizeHint().width() < MAX_WIDTH
    assert window.question_page.minimumSizeHint().width() < MAX_WIDTH
    long_labels = [
        label for label in window.question_page.findChildren(QLabel) if label.text() == LONG_LABEL
    ]
    assert long_labels and all(label.wordWrap() for label in long_labels)
    for label in long_labels:
        assert label.width() < MAX_WIDTH
    record("GUI: 10,000-character labels", "wrapped, window under 2000 px")


def test_escaped_markup_is_what_a_rich_text_view_would_need() -> None:
    # Guards the check above: the markup samples really are what Qt takes for rich text.
    for key in ("title", "intro"):
        assert GuiQt.mightBeRichText(HOSTILE[key])
        document = QTextDocument()
        document.setPlainText(HOSTILE[key])
        assert document.toPlainText() == HOSTILE[key]
