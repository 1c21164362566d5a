"""File dialogs open in the documents folder, then in the folder used last (kept across
runs), never in the folder the app was started from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from assessor.ui.dialog_folders import DialogFolders, documents_dir
from assessor.ui.prompts import QtPrompts


class FakeDialogs:
    """Stands in for QFileDialog's static functions: records where each dialog opened and
    answers with the next prepared path."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened_in: list[str] = []
        self.answers: list[str] = []
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, self._file)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self._files)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _file(self, _parent: Any, _title: str, where: str, _filters: str = "") -> tuple[str, str]:
        self.opened_in.append(where)
        return (self.answers.pop(0) if self.answers else "", "")

    def _files(self, _parent: Any, _title: str, where: str,
               _filters: str = "") -> tuple[list[str], str]:
        self.opened_in.append(where)
        return ([self.answers.pop(0)] if self.answers else [], "")

    def _folder(self, _parent: Any, _title: str, where: str) -> str:
        self.opened_in.append(where)
        return self.answers.pop(0) if self.answers else ""


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home" / "Documents"
    folder.mkdir(parents=True)
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(folder))
    return folder


def test_first_dialog_opens_in_documents_then_where_the_last_file_was(
        qapp: object, documents: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the app's working folder must not be where dialogs open
    dialogs = FakeDialogs(monkeypatch)
    prompts = QtPrompts(lambda: None)
    exports = tmp_path / "exports"
    exports.mkdir()
    dialogs.answers.append(str(exports / "alex.json"))
    assert prompts.pick_save_file("Export", "result.json", "*.json") == exports / "alex.json"
    assert dialogs.opened_in == [str(documents / "result.json")]
    assert prompts.pick_open_file("Open", "*.yaml") is None  # cancelled: nothing remembered
    assert dialogs.opened_in[-1] == str(exports)
    # A new run (new prompts object) still opens where the person was last.
    again = QtPrompts(lambda: None)
    dialogs.answers.append(str(tmp_path))
    assert again.pick_folder("Import a folder") == tmp_path
    assert dialogs.opened_in[-1] == str(exports)
    assert again.pick_open_files("Import", "*.json") == []
    assert dialogs.opened_in[-1] == str(tmp_path.resolve())


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(
        documents: Path, tmp_path: Path) -> None:
    record = tmp_path / "folders.json"
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    folders = DialogFolders(record)
    folders.remember(gone / "file.json")
    assert folders.start_dir() == gone.resolve()
    gone.rmdir()
    assert folders.start_dir() == documents
    record.write_text("{not json")
    assert DialogFolders(record).start_dir() == documents


def test_without_a_documents_folder_dialogs_open_at_home(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path / "missing"))
    assert documents_dir() == Path.home()


def test_a_folder_that_cannot_be_remembered_is_no_failure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    folders = DialogFolders(tmp_path / "data" / "dialog-folders.json")
    folders.remember(tmp_path)  # raised AssessorError from write_atomic before
    assert folders.start_dir() == documents_dir()
