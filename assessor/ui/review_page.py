"""The last page before finishing: every unanswered required question, each one a jump
back to it; finishing is blocked until none remain."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Review before finishing")))
        layout.addWidget(plain_label(model.questionnaire.title, muted=True))
        self.summary = plain_label("")
        layout.addWidget(self.summary)
        self.missing_list = QListWidget()
        self.missing_list.setAccessibleName(self.tr("Required questions not yet answered"))
        self.missing_list.setWordWrap(True)
        self.missing_list.setSpacing(3)
        self.missing_list.itemActivated.connect(self._jump)
        self.missing_list.itemClicked.connect(self._jump)
        layout.addWidget(self.missing_list, 1)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back to the questions"))
        self.back_button.setAccessibleName(self.tr("Back to the questions"))
        self.back_button.clicked.connect(self.backRequested)
        self.finish_button = QPushButton(self.tr("&Finish and see results"))
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

    def refresh(self) -> None:
        session = self.model.session
        missing = session.missing_required()
        answered, total = session.progress()
        self.missing_list.clear()
        sections = {s.id: s.title for s in self.model.questionnaire.sections}
        for item in missing:
            entry = QListWidgetItem(f"{sections[item.section]} — {item.text}")
            entry.setData(_ITEM, item.id)
            entry.setToolTip(self.tr("Go to this question"))
            self.missing_list.addItem(entry)
        if missing:
            self.summary.setText(self.tr(
                "You answered {0} of {1} questions. {2} required question(s) still need an "
                "answer before you can finish — choose one to go to it.").format(
                    answered, total, len(missing)))
            self.missing_list.setCurrentRow(0)
        else:
            self.summary.setText(self.tr(
                "You answered {0} of {1} questions and every required question. "
                "You can finish now, or go back and change any answer.").format(answered, total))
        self.missing_list.setVisible(bool(missing))
        self.finish_button.setEnabled(not missing)

    def focus_first(self) -> None:
        target = self.missing_list if self.missing_list.count() else self.finish_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _jump(self, entry: QListWidgetItem) -> None:
        self.jumpRequested.emit(entry.data(_ITEM))

    def _finish(self) -> None:
        if self.finish_button.isEnabled():
            self.finishRequested.emit()
