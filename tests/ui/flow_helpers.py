"""Helpers for the flow tests: answering whatever a session shows, the simple way."""

from __future__ import annotations

from typing import Any

from assessor.core.format.model import Item
from assessor.ui.session_model import SessionModel


def first_answer(item: Item) -> Any:
    """A valid answer to `item`: its first option, scale point, lowest number or some text."""
    if item.type == "likert":
        return item.scale[0].value
    if item.type in ("choice", "knowledge"):
        return item.options[0].id
    if item.type == "multi":
        return [item.options[0].id]
    if item.type == "boolean":
        return True
    if item.type == "number":
        return item.minimum if item.minimum is not None else 0
    return "some words"


def answer_visible(model: SessionModel, limit: int | None = None) -> list[str]:
    """Answer the visible unanswered questions in order (at most `limit`), as the page would;
    returns the ids answered."""
    done: list[str] = []
    while limit is None or len(done) < limit:
        item = model.session.first_unanswered()
        if item is None:
            break
        assert model.set_answer(item.id, first_answer(item)), item.id
        done.append(item.id)
    return done
