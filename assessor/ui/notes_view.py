"""Session notes about a client, each either general or about one of their results.
Notes are private to the counsellor: they never appear in presentation mode, and a
history report includes them only when asked to."""

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
    QVBoxLayout,
    QWidget,
)

from assessor.app.prompts import Prompts
from assessor.core.errors import AssessorError
from assessor.core.history_report import when_text
from assessor.ui.clients_model import ClientsModel
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
        layout.addWidget(self.note_list, 1)
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
        self.about_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        about_label.setBuddy(self.about_combo)
        self.add_button = QPushButton(self.tr("&Add note"))
        self.add_button.setAccessibleName(self.tr("Add the session note"))
        self.add_button.clicked.connect(self.add_note)
        row.addWidget(about_label)
        row.addWidget(self.about_combo, 1)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        model.currentChanged.connect(lambda _id: self.refresh())
        model.resultsChanged.connect(self.refresh)
        model.notesChanged.connect(self._fill_notes)
        self.refresh()

    def refresh(self) -> None:
        results = self._model.results()
        self._when = {entry.id: when_text(entry.result) for entry in results}
        self.about_combo.clear()
        self.about_combo.addItem(self.tr("The client in general"), None)
        for entry in reversed(results):  # newest first: usually today's session
            self.about_combo.addItem(self.tr("Result of {0} — {1}").format(
                when_text(entry.result), entry.result["questionnaire"].get("title", "")),
                entry.id)
        if results:
            self.about_combo.setCurrentIndex(1)
        self._fill_notes()
        self._update_button()

    def _fill_notes(self) -> None:
        self.note_list.clear()
        notes: list[Any] = self._model.notes()
        for note in reversed(notes):  # newest first
            written = str(note.created_at)[:16].replace("T", " ")
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
        try:
            note_id = self._model.add_note(text, self.about_combo.currentData())
        except AssessorError as exc:
            self._prompts.show_error(self.tr("Could not save the note"), str(exc))
            return None
        self.editor.clear()
        return note_id
