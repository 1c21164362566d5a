"""The last page before finishing: every answer given so far, in words, and every
unanswered required question; each entry jumps back to its question. Finishing is blocked
until no required question is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assessor.core.format.model import Item
from assessor.ui.session_model import SessionModel
from assessor.ui.widgets import heading, plain_label

_ITEM = Qt.ItemDataRole.UserRole


class ReviewPage(QWidget):
    """Every answer before finishing, with what is still missing."""

    jumpRequested = Signal(str)  # item id
    backRequested = Signal()
    finishRequested = Signal()

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Review before finishing")))
        self.subtitle = plain_label(model.questionnaire.title, muted=True)
        layout.addWidget(self.subtitle)
        self.summary = plain_label("")
        layout.addWidget(self.summary)
        self.missing_list = self._list(self.tr("Required questions not yet answered"))
        layout.addWidget(self.missing_list, 1)
        self.answers_title = heading(self.tr("Your answers"), level=3)
        layout.addWidget(self.answers_title)
        layout.addWidget(plain_label(self.tr("Choose an answer to go back and change it."),
                                     muted=True, scale=0.95))
        self.answer_list = self._list(self.tr("Answers given so far"))
        layout.addWidget(self.answer_list, 3)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back to the questions"))
        self.back_button.setAccessibleName(self.tr("Back to the questions"))
        self.back_button.clicked.connect(self.backRequested)
        self.finish_button = QPushButton(self.tr("F&inish and see results"))
        self.finish_button.setAccessibleName(self.tr("Finish and see results"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self._finish)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        for key, slot in (("Ctrl+Return", self._finish), ("Alt+Left", self.backRequested.emit)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        model.progressChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def _list(self, name: str) -> QListWidget:
        entries = QListWidget()
        entries.setAccessibleName(name)
        entries.setWordWrap(True)
        entries.setSpacing(2)
        entries.itemActivated.connect(self._jump)
        entries.itemClicked.connect(self._jump)
        return entries

    def set_person(self, name: str | None) -> None:
        """A client's answers are headed with their name; the app's own user sees "Your"."""
        title = self.model.questionnaire.title
        self.subtitle.setText(title if not name else
                              self.tr("{0} · answers for {1}").format(title, name))
        self.answers_title.setText(self.tr("Your answers") if not name
                                   else self.tr("{0}'s answers").format(name))

    # ---- filling ----------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.model.session
        missing = session.missing_required()
        answered, total = session.progress()
        sections = {s.id: s.title for s in self.model.questionnaire.sections}
        self.missing_list.clear()
        for item in missing:
            entry = QListWidgetItem(f"{sections[item.section]} — {item.text}")
            entry.setData(_ITEM, item.id)
            entry.setToolTip(self.tr("Go to this question"))
            self.missing_list.addItem(entry)
        self._fill_answers()
        if missing:
            self.summary.setText(self.tr(
                "You answered {0} of {1} questions. %n required question(s) still [needs|need] "
                "an answer before you can finish — choose one to go to it.", "",
                len(missing)).format(answered, total))
            self.missing_list.setCurrentRow(0)
        else:
            self.summary.setText(self.tr(
                "You answered {0} of {1} questions and every required question. "
                "You can finish now, or go back and change any answer.").format(answered, total))
        self.missing_list.setVisible(bool(missing))
        self.finish_button.setEnabled(not missing)

    def _fill_answers(self) -> None:
        session = self.model.session
        self.answer_list.clear()
        heading_font = QFont(self.answer_list.font())
        heading_font.setBold(True)
        for section in session.visible_sections:
            answered = [item for item in session.visible_items(section)
                        if session.is_answered(item.id)]
            if not answered:
                continue
            title = QListWidgetItem(section.title)
            # Enabled (not greyed out) but not selectable: a heading, not an answer.
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            title.setFont(heading_font)
            self.answer_list.addItem(title)
            for item in answered:
                words = self.answer_in_words(item, session.answer(item.id))
                entry = QListWidgetItem(f"{item.text}\n    {words}")
                entry.setData(_ITEM, item.id)
                entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text}: {words}")
                entry.setToolTip(self.tr("Go back to this question to change the answer"))
                self.answer_list.addItem(entry)
        if not self.answer_list.count():
            empty = QListWidgetItem(self.tr("No answers yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.answer_list.addItem(empty)

    def answer_in_words(self, item: Item, value: Any) -> str:
        """The answer as the person chose it: option and scale labels, not ids or codes."""
        if item.type == "likert":
            label = next((p.label for p in item.scale if p.value == value), None)
            return label if label else f"{value:g}"
        if item.type in ("choice", "knowledge"):
            option = item.option(value)
            return option.label if option is not None else str(value)
        if item.type == "multi":
            if not value:
                return self.tr("None of these")
            options = [(v, item.option(v)) for v in value]
            return "; ".join(o.label if o is not None else str(v) for v, o in options)
        if item.type == "boolean":
            return self.tr("Yes") if value else self.tr("No")
        if item.type == "number":
            return f"{value:g}"
        # Typed text in full (the list wraps it), its line breaks as spaces.
        text = " ".join(str(value).split())
        return text if text else self.tr("(left empty)")

    # ---- acting -----------------------------------------------------------------------

    def focus_first(self) -> None:
        target = self.missing_list if self.missing_list.count() else self.finish_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _jump(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(_ITEM)
        if item_id:
            self.jumpRequested.emit(item_id)

    def _finish(self) -> None:
        if self.finish_button.isEnabled():
            self.finishRequested.emit()
