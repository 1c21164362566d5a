"""Taking a questionnaire: one section per page, with its intro, a progress bar and the
section list; items appear and disappear as answers change."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assessor.core.format.model import Section
from assessor.ui.item_widgets import ItemWidget, widget_for
from assessor.ui.section_list import SectionList
from assessor.ui.session_model import SessionModel
from assessor.ui.widgets import heading, plain_label

NEXT_KEYS = ("Alt+Right", "Ctrl+Return")
BACK_KEYS = ("Alt+Left",)


class _SectionPage(QScrollArea):
    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a Tab stop: focus goes to the questions, and the page scrolls to follow it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Everything wraps to the width; a sideways scroll would hide answer choices.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(4, 0, 12, 12)
        self.body_layout.setSpacing(10)
        self.body_layout.addWidget(heading(section.title, level=1))
        if section.intro:
            self.body_layout.addWidget(plain_label(section.intro.strip()))
        self.items: dict[str, ItemWidget] = {}
        for item in section.items:
            widget = widget_for(item)
            self.items[item.id] = widget
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        self.setWidget(body)

    def reveal(self, widget: QWidget, margin: int = 0) -> None:
        """Scroll `widget` into view vertically only: the page never scrolls sideways."""
        self.ensureWidgetVisible(widget, 0, margin)
        self.horizontalScrollBar().setValue(0)


class QuestionPage(QWidget):
    """One section's questions at a time, with the section list and progress."""

    reviewRequested = Signal()
    leaveRequested = Signal()
    sectionShown = Signal(str)  # section id

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        session = model.session
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(16)
        side = QVBoxLayout()
        side.addWidget(plain_label(model.questionnaire.title, bold=True))
        self.person_label = plain_label("", muted=True)
        self.person_label.setVisible(False)
        side.addWidget(self.person_label)
        self.section_list = SectionList(model)
        self.section_list.setMaximumWidth(260)
        self.section_list.sectionChosen.connect(self.show_section)
        side.addWidget(self.section_list, 1)
        self.leave_button = QPushButton(self.tr("Save and &close"))
        self.leave_button.setAccessibleDescription(self.tr("Save and close; continue later"))
        self.leave_button.setToolTip(self.tr("Your answers are already saved. You can "
                                             "continue later from the start page."))
        self.leave_button.clicked.connect(self.leaveRequested)
        side.addWidget(self.leave_button)
        outer.addLayout(side)

        main = QVBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(True)
        main.addWidget(self.progress)
        self.pages = QStackedWidget()
        self.section_pages: dict[str, _SectionPage] = {}
        self.item_widgets: dict[str, ItemWidget] = {}
        for section in model.questionnaire.sections:
            page = _SectionPage(section)
            self.section_pages[section.id] = page
            self.pages.addWidget(page)
            for item_id, widget in page.items.items():
                self.item_widgets[item_id] = widget
                widget.set_value(session.answer(item_id))
                widget.answered.connect(self._answered)
                widget.cleared.connect(self._cleared)
        main.addWidget(self.pages, 1)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        main.addWidget(self.status)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.setAccessibleDescription(self.tr("Previous section"))
        self.back_button.setToolTip(self.tr("Previous section (Alt+Left)"))
        self.back_button.clicked.connect(self.go_back)
        self.review_button = QPushButton(self.tr("Re&view answers"))
        self.review_button.setAccessibleDescription(self.tr("Review answers and finish"))
        self.review_button.clicked.connect(self.reviewRequested)
        self.next_button = QPushButton(self.tr("&Next →"))
        self.next_button.setAccessibleDescription(self.tr("Next section"))
        self.next_button.setToolTip(self.tr("Next section (Alt+Right or Ctrl+Enter)"))
        self.next_button.clicked.connect(self.go_next)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.next_button)
        main.addLayout(buttons)
        outer.addLayout(main, 1)

        for keys, slot in ((NEXT_KEYS, self.go_next), (BACK_KEYS, self.go_back)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

        model.visibilityChanged.connect(self._apply_visibility)
        model.progressChanged.connect(self._show_progress)
        model.saveFailed.connect(self._save_failed)
        self._apply_visibility()
        self._show_progress(*session.progress())
        first = session.visible_sections
        self.current_section_id = first[0].id if first else model.questionnaire.sections[0].id
        stopped_at = session.first_unanswered()
        if stopped_at is not None:
            self.current_section_id = stopped_at.section
        self.show_section(self.current_section_id)

    def set_person(self, name: str | None) -> None:
        """Whose answers these are: a client's name is shown, the app's own user sees none."""
        self.person_label.setText(self.tr("Answers for {0}").format(name) if name else "")
        self.person_label.setVisible(bool(name))

    def open_where_left(self) -> None:
        """Show the first visible question without an answer (the section of it, with that
        question in view and focused); the first section when every question is answered."""
        stopped_at = self.model.session.first_unanswered()
        if stopped_at is None:
            self.show_section(self.current_section_id)
        else:
            self.jump_to_item(stopped_at.id)

    # ---- navigation -------------------------------------------------------------------

    def _visible_ids(self) -> list[str]:
        return [s.id for s in self.model.session.visible_sections]

    def show_section(self, section_id: str, focus: bool = True) -> None:
        self.current_section_id = section_id
        self.pages.setCurrentWidget(self.section_pages[section_id])
        self.section_list.mark_current(section_id)
        self._update_buttons()
        if focus:
            self._focus_first_item()
        self.sectionShown.emit(section_id)

    def _focus_first_item(self) -> None:
        page = self.section_pages[self.current_section_id]
        for item in page.section.items:
            if self.model.session.is_visible(item.id):
                page.items[item.id].focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
                page.reveal(page.items[item.id])
                return

    def go_next(self) -> None:
        ids = self._visible_ids()
        position = ids.index(self.current_section_id) if self.current_section_id in ids else -1
        if position + 1 < len(ids):
            self.show_section(ids[position + 1])
        else:
            self.reviewRequested.emit()

    def go_back(self) -> None:
        ids = self._visible_ids()
        position = ids.index(self.current_section_id) if self.current_section_id in ids else 0
        if position > 0:
            self.show_section(ids[position - 1])

    def jump_to_item(self, item_id: str) -> None:
        item = self.model.questionnaire.item_index[item_id]
        self.show_section(item.section, focus=False)
        widget = self.item_widgets[item_id]
        page = self.section_pages[item.section]
        # Layouts settle after the page is shown; scroll once they have.
        QTimer.singleShot(0, page, lambda: page.reveal(widget, 40))
        widget.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        ids = self._visible_ids()
        position = ids.index(self.current_section_id) if self.current_section_id in ids else 0
        self.back_button.setEnabled(position > 0)
        last = position + 1 >= len(ids)
        self.next_button.setText(self.tr("Re&view and finish →") if last else self.tr("&Next →"))
        self.review_button.setVisible(not last)

    # ---- answers ----------------------------------------------------------------------

    def _answered(self, item_id: str, value: object) -> None:
        if self.model.set_answer(item_id, value):
            self.status.clear()
        else:
            self.item_widgets[item_id].set_value(self.model.session.answer(item_id))

    def _cleared(self, item_id: str) -> None:
        self.model.clear_answer(item_id)

    def _save_failed(self, reason: str) -> None:
        self.status.setText(self.tr("That answer could not be saved: {0}").format(reason))

    def _apply_visibility(self, _changed: object = None) -> None:
        session = self.model.session
        for item_id, widget in self.item_widgets.items():
            widget.setVisible(session.is_visible(item_id))
        if hasattr(self, "current_section_id"):
            if self.current_section_id not in self._visible_ids() and self._visible_ids():
                self.show_section(self._visible_ids()[0])
            self._update_buttons()

    def _show_progress(self, answered: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(answered)
        if self.model.session.may_grow():
            text = self.tr("{0} of %n question(s) answered — more may appear depending on "
                           "your answers", "", total).format(answered)
        else:
            text = self.tr("{0} of %n question(s) answered", "", total).format(answered)
        self.progress.setFormat(text)
        self.progress.setToolTip(text)
