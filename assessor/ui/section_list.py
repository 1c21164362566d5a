"""The list of sections beside the questions: where you are and what is done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from assessor.ui.session_model import SessionModel

_SECTION = Qt.ItemDataRole.UserRole


class SectionList(QListWidget):
    """The questionnaire's sections with their progress; choosing one shows it."""

    sectionChosen = Signal(str)  # section id

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setAccessibleName(self.tr("Sections"))
        self.setSpacing(2)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for section in model.questionnaire.sections:
            entry = QListWidgetItem(section.title)
            entry.setData(_SECTION, section.id)
            self.addItem(entry)
        self.itemActivated.connect(lambda entry: self.sectionChosen.emit(entry.data(_SECTION)))
        self.itemClicked.connect(lambda entry: self.sectionChosen.emit(entry.data(_SECTION)))
        model.progressChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        session = self._model.session
        for row, section in enumerate(self._model.questionnaire.sections):
            entry = self.item(row)
            visible = session.is_section_visible(section)
            entry.setHidden(not visible)
            done = session.is_section_done(section)
            # A tick is text, not colour: readable in any palette and by screen readers.
            entry.setText(("✓  " if done else "○  ") + section.title)
            state = self.tr("done") if done else self.tr("not done")
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{section.title}, {state}")

    def mark_current(self, section_id: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(_SECTION) == section_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return
