"""The pages of the questionnaire being taken (its questions and its review) on the
window's stack: opened for a session, moved between, and dropped when the questionnaire is
finished, left or closed. Saving a result is the window's (it leads to the results page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from assessor.app.session import AssessmentSession
    from assessor.ui.charts_access import ChartFactory
    from assessor.ui.question_page import QuestionPage
    from assessor.ui.review_page import ReviewPage
    from assessor.ui.session_model import SessionModel


class TakingPages(QObject):
    """The open questionnaire's model and pages; all None while none is open."""

    def __init__(self, stack: QStackedWidget, charts: ChartFactory,
                 person_for: Callable[[int | None], str | None], *,
                 finish: Callable[[], None], leave: Callable[[], None],
                 parent: QObject | None = None) -> None:
        """`person_for`: a profile's pseudonym (None for the app's own user); `finish` and
        `leave`: what the review page's "Finish" and the question page's "Save and close"
        lead to."""
        super().__init__(parent)
        self._stack = stack
        self._charts = charts
        self._person_for = person_for
        self._finish = finish
        self._leave = leave
        self.session_model: SessionModel | None = None
        self.question_page: QuestionPage | None = None
        self.review_page: ReviewPage | None = None

    def open(self, session: AssessmentSession) -> None:
        """Show `session`'s questions where the person left them (a previous one closes)."""
        from assessor.ui.question_page import QuestionPage
        from assessor.ui.review_page import ReviewPage
        from assessor.ui.session_model import SessionModel

        self.drop()
        model = SessionModel(session, self.parent())
        self.session_model = model
        self.question_page = QuestionPage(model)
        self.review_page = ReviewPage(model)
        owner = self._person_for(session.profile_id)
        self.question_page.set_person(owner)
        self.review_page.set_person(owner)
        self.question_page.reviewRequested.connect(self.show_review)
        self.question_page.leaveRequested.connect(self._leave)
        self.review_page.backRequested.connect(self.show_questions)
        self.review_page.jumpRequested.connect(self.jump_to_item)
        self.review_page.finishRequested.connect(self._finish)
        self._stack.addWidget(self.question_page)
        self._stack.addWidget(self.review_page)
        self._stack.setCurrentWidget(self.question_page)
        self.question_page.open_where_left()
        # Warm the chart code while the person answers, so results appear quickly.
        QTimer.singleShot(1500, self._charts.warm)

    def drop(self) -> None:
        """Remove the pages and forget the session (its answers are stored already)."""
        for page in (self.question_page, self.review_page):
            if page is not None:
                self._stack.removeWidget(page)
                page.deleteLater()
        self.question_page = self.review_page = None
        self.session_model = None

    def close(self, fallback: QWidget) -> None:
        """Drop the pages; if one of them was showing, show `fallback` instead."""
        showing = self._stack.currentWidget()
        self.drop()
        if showing is not None and self._stack.indexOf(showing) < 0:
            self._stack.setCurrentWidget(fallback)

    def show_questions(self) -> None:
        if self.question_page is not None:
            self._stack.setCurrentWidget(self.question_page)
            self.question_page.show_section(self.question_page.current_section_id)

    def show_review(self) -> None:
        if self.review_page is not None:
            self.review_page.refresh()
            self._stack.setCurrentWidget(self.review_page)
            self.review_page.focus_first()

    def jump_to_item(self, item_id: str) -> None:
        if self.question_page is not None:
            self._stack.setCurrentWidget(self.question_page)
            self.question_page.jump_to_item(item_id)
