"""Everything the app asks or tells the person goes through `Prompts`, so flows can be
tested with a fake and the real dialogs stay in one place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class Prompts(Protocol):
    def confirm(self, title: str, question: str) -> bool: ...

    def pick_open_file(self, title: str, filters: str) -> Path | None: ...

    def pick_open_files(self, title: str, filters: str) -> list[Path]: ...

    def pick_folder(self, title: str) -> Path | None: ...

    def pick_save_file(self, title: str, suggested_name: str, filters: str) -> Path | None: ...

    def show_error(self, title: str, message: str, details: Sequence[str] = ()) -> None: ...

    def show_info(self, title: str, message: str) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class ProblemDialog(QDialog):
    """An error with its full list of problems (FILE:LINE:COL: message), as plain text that
    can be selected and copied."""

    def __init__(self, parent: QWidget | None, title: str, message: str,
                 details: Sequence[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit("\n".join(details))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(_tr("Problems found"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(720, 320)


class QtPrompts:
    """The real dialogs, parented to whatever window is current."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent

    def confirm(self, title: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def pick_open_file(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self._parent(), title, "", filters)
        return Path(name) if name else None

    def pick_open_files(self, title: str, filters: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self._parent(), title, "", filters)
        return [Path(name) for name in names]

    def pick_folder(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self._parent(), title, "")
        return Path(name) if name else None

    def pick_save_file(self, title: str, suggested_name: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent(), title, suggested_name, filters)
        return Path(name) if name else None

    def show_error(self, title: str, message: str, details: Sequence[str] = ()) -> None:
        if details:
            ProblemDialog(self._parent(), title, message, details).exec()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                          QMessageBox.StandardButton.Ok, self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_info(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message,
                          QMessageBox.StandardButton.Ok, self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
