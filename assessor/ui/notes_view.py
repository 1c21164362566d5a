"""Session notes about a client, each either general or about one of their results; a
note can be changed or deleted (deleting asks first). Notes are private to the counsellor:
they never appear in presentation mode, and a history report includes them only when asked
to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assessor.app.prompts import Prompts
from assessor.app.result_language import shown_in_language
from assessor.core.errors import AssessorError
from assessor.core.results.view import ResultView
from assessor.ui.clients_model import ClientsModel
from assessor.ui.locale_format import date_time_text
from assessor.ui.widgets import plain_label

MAX_NOTE_LENGTH = 20_000


class NotesView(QWidget):
    """The counsellor's notes about the current client."""

    def __init__(self, model: ClientsModel, prompts: Prompts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._prompts = prompts
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Private notes for you: never shown in presentation mode, and left out of "
            "exported reports unless you include them."), muted=True))
        self.note_list = QListWidget()
        self.note_list.setAccessibleName(self.tr("Session notes"))
        self.note_list.setWordWrap(True)
        self.note_list.setSpacing(3)
        self.note_list.setAlternatingRowColors(True)
        self.note_list.currentItemChanged.connect(lambda *_: self._update_button())
        self.note_list.itemActivated.connect(lambda _item: self.edit_selected())
        layout.addWidget(self.note_list, 1)
        note_row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Change n&ote"))
        self.edit_button.setAccessibleDescription(self.tr("Change the selected note"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete note…"))
        self.delete_button.setAccessibleDescription(self.tr("Delete the selected note"))
        self.delete_button.clicked.connect(self.delete_selected)
        note_row.addStretch(1)
        note_row.addWidget(self.edit_button)
        note_row.addWidget(self.delete_button)
        layout.addLayout(note_row)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("New session note"))
        self.editor.setPlaceholderText(self.tr("Write a note about this session…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.editor.textChanged.connect(self._update_button)
        layout.addWidget(self.editor)
        row = QHBoxLayout()
        about_label = QLabel(self.tr("A&bout:"))
        self.about_combo = QComboBox()
        self.about_combo.setAccessibleName(self.tr("What the note is about"))
        # The combo takes the row's width (a result's date and title are long); its popup
        # is as wide as its longest entry.
        self.about_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.about_combo.setMinimumContentsLength(24)
        self.about_combo.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Fixed)
        about_label.setBuddy(self.about_combo)
        self.add_button = QPushButton(self.tr("&Add note"))
        self.add_button.setAccessibleDescription(self.tr("Add the session note"))
        self.add_button.clicked.connect(self.add_note)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Stop changing the note"))
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.hide()
        row.addWidget(about_label)
        row.addWidget(self.about_combo, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        model.currentChanged.connect(lambda _id: self.refresh())
        model.resultsChanged.connect(self.refresh)
        model.notesChanged.connect(self._fill_notes)
        self.editing: int | None = None  # the note being changed, if any
        self.refresh()

    def refresh(self) -> None:
        self.stop_editing()
        results = self._model.results()
        self._when = {entry.id: date_time_text(ResultView.from_data(entry.result).completed_at)
                      for entry in results}
        self.about_combo.clear()
        self.about_combo.addItem(self.tr("The client in general"), None)
        for entry in reversed(results):  # newest first: usually today's session
            result = ResultView.from_data(shown_in_language(entry.result))
            self.about_combo.addItem(self.tr("Result of {0} — {1}").format(
                date_time_text(result.completed_at), result.questionnaire.title or ""), entry.id)
        if results:
            self.about_combo.setCurrentIndex(1)
        self._fill_notes()
        self._update_button()

    def _fill_notes(self) -> None:
        self.note_list.clear()
        notes: list[Any] = self._model.notes()
        for note in reversed(notes):  # newest first
            written = date_time_text(note.created_at)
            about = self._when.get(note.result_id) if note.result_id is not None else None
            header = self.tr("{0} · about the result of {1}").format(written, about) if about \
                else self.tr("{0} · general").format(written)
            entry = QListWidgetItem(f"{header}\n{note.text}")
            entry.setData(Qt.ItemDataRole.UserRole, note.id)
            self.note_list.addItem(entry)
        if not notes:
            placeholder = QListWidgetItem(self.tr("No notes yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.note_list.addItem(placeholder)

    def _update_button(self) -> None:
        self.add_button.setEnabled(bool(self.editor.toPlainText().strip()))
        chosen = self._selected_note() is not None
        self.edit_button.setEnabled(chosen and self.editing is None)
        self.delete_button.setEnabled(chosen and self.editing is None)

    def _selected_note(self) -> Any | None:
        entry = self.note_list.currentItem()
        note_id = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        return next((n for n in self._model.notes() if n.id == note_id), None) \
            if note_id is not None else None

    def select_note(self, note_id: int) -> None:
        for row in range(self.note_list.count()):
            if self.note_list.item(row).data(Qt.ItemDataRole.UserRole) == note_id:
                self.note_list.setCurrentRow(row)
                return

    def edit_selected(self) -> None:
        """Load the selected note into the editor; "Save changes" writes it back."""
        note = self._selected_note()
        if note is None:
            return
        self.editing = note.id
        self.editor.setPlainText(note.text)
        self.editor.setAccessibleName(self.tr("Note being changed"))
        index = self.about_combo.findData(note.result_id)
        self.about_combo.setCurrentIndex(max(index, 0))
        self.about_combo.setEnabled(False)  # what a note is about stays as written
        self.add_button.setText(self.tr("&Save changes"))
        self.add_button.setAccessibleDescription(self.tr("Save the changed note"))
        self.cancel_button.show()
        self._update_button()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_editing(self) -> None:
        if getattr(self, "editing", None) is None:
            return
        self.editing = None
        self.editor.clear()
        self.editor.setAccessibleName(self.tr("New session note"))
        self.about_combo.setEnabled(True)
        self.add_button.setText(self.tr("&Add note"))
        self.add_button.setAccessibleDescription(self.tr("Add the session note"))
        self.cancel_button.hide()
        self._update_button()

    def delete_selected(self) -> bool:
        note = self._selected_note()
        if note is None:
            return False
        first_line = note.text.splitlines()[0] if note.text else ""
        if not self._prompts.confirm(self.tr("Delete note"), self.tr(
                "Delete this note? This cannot be undone.\n\n{0}").format(first_line)):
            return False
        try:
            self._model.delete_note(note.id)
        except AssessorError as exc:
            self._prompts.show_error(self.tr("Could not delete the note"), str(exc))
            return False
        return True

    def notes_shown(self) -> list[str]:
        return [self.note_list.item(i).text() for i in range(self.note_list.count())
                if self.note_list.item(i).data(Qt.ItemDataRole.UserRole) is not None]

    def add_note(self) -> int | None:
        text = self.editor.toPlainText().strip()
        if not text:
            return None
        if len(text) > MAX_NOTE_LENGTH:
            self._prompts.show_error(self.tr("Note too long"), self.tr(
                "A note can hold up to {0} characters; this one has {1}.").format(
                    MAX_NOTE_LENGTH, len(text)))
            return None
        editing = self.editing
        try:
            if editing is not None:
                self._model.update_note(editing, text)
                note_id = editing
            else:
                note_id = self._model.add_note(text, self.about_combo.currentData())
        except AssessorError as exc:
            self._prompts.show_error(self.tr("Could not save the note"), str(exc))
            return None
        if editing is not None:
            self.stop_editing()
            self.select_note(editing)
        self.editor.clear()
        return note_id
