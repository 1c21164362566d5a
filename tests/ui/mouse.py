"""Answering through the real widgets with clicks and typing, as a mouse user would."""

from __future__ import annotations

from typing import Any


def answer_through_widgets(window: Any, answers: dict[str, Any]) -> None:
    """Click/type each answer into its widget, the way a mouse user would."""
    page = window.question_page
    for item_id, value in answers.items():
        widget = page.item_widgets[item_id]
        assert widget.isVisibleTo(page.section_pages[widget.item.section])
        if hasattr(widget, "buttons"):
            next(b for v, b in widget.buttons if v == value and type(v) is type(value)).click()
        elif hasattr(widget, "boxes"):
            for option_id, box in widget.boxes:
                if option_id in value:
                    box.click()
        elif hasattr(widget, "field"):
            # The field saves on textChanged (typing, or a screen reader setting the text).
            widget.field.setText(str(value))
        else:
            widget.editor.setPlainText(value)
    given = window.session_model.session.answers
    assert {item_id: given.get(item_id) for item_id in answers} == answers
