"""Alt+letter access keys: which letters a window offers at one time, and which of them
clash (two controls on one Alt+letter: Qt then cycles between them, or the menu wins)."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget, QWidget

_MARK = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    """The letter after the first single "&", lower-cased ("&&" is a literal ampersand)."""
    found = _MARK.search(text.replace("&&", ""))
    return found.group(1).casefold() if found and not found.group(1).isspace() else None


def _letters_in(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every access key usable now in `window`."""
    found: list[tuple[str, str]] = []

    def add(text: str, kind: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.append((letter, f"{kind} {text!r}"))

    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabWidget) and widget.tabBar().isVisibleTo(window):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters offered by more than one control or menu at once in `window`."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, where in _letters_in(window):
        by_letter[letter].append(where)
    return {letter: places for letter, places in by_letter.items() if len(places) > 1}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    """Letters used twice inside one menu."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        letter = mnemonic(action.text())
        if letter and action.isVisible():
            by_letter[letter].append(action.text())
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}
