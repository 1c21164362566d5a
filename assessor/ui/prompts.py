"""Everything the app asks or tells the person goes through `Prompts`, so flows can be
tested with a fake and the real dialogs stay in one place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt

from assessor.ui.dialog_folders import DialogFolders

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# The dialog classes are imported when first used: PySide6 builds every enum of a class the
# first time it is imported, which for QMessageBox and QFileDialog costs the first window
# several milliseconds for dialogs it may never show.


class Prompts(Protocol):
    def confirm(self, title: str, question: str) -> bool: ...

    def pick_open_file(self, title: str, filters: str) -> Path | None: ...

    def pick_open_files(self, title: str, filters: str) -> list[Path]: ...

    def pick_folder(self, title: str) -> Path | None: ...

    def pick_save_file(self, title: str, suggested_name: str, filters: str) -> Path | None: ...

    def show_error(self, title: str, message: str, details: Sequence[str] = ()) -> None: ...

    def show_info(self, title: str, message: str) -> None: ...


class QtPrompts:
    """The real dialogs, parented to whatever window is current. File dialogs open in the
    folder used last, or the documents folder (see dialog_folders)."""

    def __init__(self, parent: Callable[[], QWidget | None],
                 folders: DialogFolders | None = None) -> None:
        self._parent = parent
        self._folders = folders if folders is not None else DialogFolders()

    def _start(self) -> str:
        return str(self._folders.start_dir())

    def _chosen(self, name: str) -> Path | None:
        if not name:
            return None
        path = Path(name)
        self._folders.remember(path)
        return path

    def confirm(self, title: str, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def pick_open_file(self, title: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self._parent(), title, self._start(), filters)
        return self._chosen(name)

    def pick_open_files(self, title: str, filters: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self._parent(), title, self._start(), filters)
        if names:
            self._chosen(names[0])
        return [Path(name) for name in names]

    def pick_folder(self, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(self._parent(), title, self._start())
        return self._chosen(name)

    def pick_save_file(self, title: str, suggested_name: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        suggested = str(Path(self._start()) / suggested_name)
        name, _ = QFileDialog.getSaveFileName(self._parent(), title, suggested, filters)
        return self._chosen(name)

    def show_error(self, title: str, message: str, details: Sequence[str] = ()) -> None:
        from PySide6.QtWidgets import QMessageBox

        if details:
            from assessor.ui.problem_dialog import ProblemDialog

            ProblemDialog(self._parent(), title, message, details).exec()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                          QMessageBox.StandardButton.Ok, self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_info(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, message,
                          QMessageBox.StandardButton.Ok, self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
