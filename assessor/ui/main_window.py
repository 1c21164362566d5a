"""The main window: a stack of pages and the wiring between them. No logic of its own
beyond choosing which page shows; flows live in services.py and the views."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from assessor.ui.plurals import install_plurals
from assessor.ui.profile_switcher import ProfileSwitcher

# Everything but the window's frame (menus, status bar, a "Loading…" line) is imported when
# first needed, the start page included: the first window should appear as fast as a bare
# one, without the store, the catalog, scoring, charts, other views, or even PySide's `Qt`
# namespace (making its enums costs about 20 ms on first use, so nothing in the first frame
# may touch `Qt.…`).
if TYPE_CHECKING:
    from assessor.app.services import AssessmentService
    from assessor.app.session import AssessmentSession
    from assessor.core.format.model import Questionnaire
    from assessor.core.results.view import ResultView
    from assessor.ui.clients_model import ClientsModel
    from assessor.ui.clients_page import ClientsPage
    from assessor.ui.cohort_page import CohortPage
    from assessor.ui.context import ApplicationContext
    from assessor.ui.history_page import HistoryPage
    from assessor.ui.question_page import QuestionPage
    from assessor.ui.results_page import ResultsPage
    from assessor.ui.review_page import ReviewPage
    from assessor.ui.session_model import SessionModel
    from assessor.ui.start_page import StartPage
    from assessor.ui.taking_pages import TakingPages
    from assessor.ui.window_pages import WindowPages


def _set_shortcut(action: QAction, keys: QKeySequence) -> None:
    # The same as action.setShortcut(keys), whose overloads (a Qt.Key among them) would
    # make PySide's whole `Qt` namespace while the first frame is built.
    action.setShortcuts([keys])


class MainWindow(QMainWindow):
    """Given a context, the window is ready at once (tests, tools). Given `open_context`
    instead, it paints its frame first and opens the context (the store, the catalog)
    from the event loop right after that first paint; `open_context` returns None when
    the app cannot start (it has told the person why), and the window then closes."""

    def __init__(self, context: ApplicationContext | None = None,
                 parent: QWidget | None = None, *,
                 open_context: Callable[[], ApplicationContext | None] | None = None) -> None:
        super().__init__(parent)
        self._open_context = open_context
        install_plurals()
        self.setWindowTitle(self.tr("Assessor"))
        # An explicit minimum keeps layouts from pushing size hints to the platform window
        # on every page change (some platforms cannot take them and warn).
        self.setMinimumSize(760, 520)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._start_page: StartPage | None = None
        # What the first frame shows until the start page is made, right after it: a line
        # where the page's heading comes (a stretch below, as an alignment would need Qt).
        self._loading = QWidget()
        loading_layout = QVBoxLayout(self._loading)
        loading_layout.setContentsMargins(32, 24, 32, 24)
        # The start page's own "Loading…" (its lists say it next): one text to translate.
        loading_layout.addWidget(QLabel(QCoreApplication.translate("StartPage", "Loading…")))
        loading_layout.addStretch(1)
        self.stack.addWidget(self._loading)
        self._build_menu()
        self._start_page_filled = False
        self._first_paint_seen = False
        if context is not None:
            self._attach(context)

    @property
    def start_page(self) -> StartPage:
        """Made (with the focus rings) on first use: given a context, at once; otherwise
        right after the first frame has been painted."""
        if self._start_page is None:
            from assessor.ui.focus_style import install_focus_rings
            from assessor.ui.start_page import StartPage

            page = StartPage()
            self._start_page = page
            page.startRequested.connect(self.start_questionnaire)
            page.resumeRequested.connect(self.resume_draft)
            page.discardRequested.connect(self.discard_draft)
            page.openFileRequested.connect(self.open_questionnaire_file)
            page.openPackRequested.connect(self.open_pack)
            page.resultRequested.connect(self.show_stored_result)
            page.historyRequested.connect(self.show_history)
            page.problemsRequested.connect(self.show_catalog_problems)
            page.show_loading()
            self.stack.addWidget(page)
            self.stack.setCurrentWidget(page)
            self.stack.removeWidget(self._loading)
            self._loading.deleteLater()
            install_focus_rings()
        return self._start_page

    @property
    def is_ready(self) -> bool:
        """The context is open: the store, the catalog and every page can be used."""
        return hasattr(self, "context")

    def _attach(self, context: ApplicationContext) -> None:
        from assessor.app.services import AssessmentService
        from assessor.ui.clients_model import ClientsModel
        from assessor.ui.taking_pages import TakingPages
        from assessor.ui.window_pages import WindowPages

        self.context = context
        self.service: AssessmentService = AssessmentService(
            context.store, context.catalog, context.person)
        self.clients: ClientsModel = ClientsModel(context.store, context.person, self)
        self.pages: WindowPages = WindowPages(self.stack, context, self.clients, self, self)
        self.taking: TakingPages = TakingPages(
            self.stack, context.charts, self._person_for, finish=self.finish,
            leave=self.leave_questionnaire, parent=self)
        self.clients.currentChanged.connect(self._profile_changed)
        self.clients.set_switch_guard(self._may_switch_profile)
        self.start_page.attach(self.service, context.catalog)
        self.profile_switcher.attach(self.clients)
        from assessor.ui.language import add_language_menu

        self._language_menu = add_language_menu(self.file_menu, context.prompts,
                                                before=self._language_place)
        for notice in getattr(context.store, "notices", []):
            self.statusBar().showMessage(notice, 10_000)

    def event(self, event: QEvent) -> bool:
        # The store and the questionnaires are read once the window is on screen, so it
        # appears at once; the chart code is warmed after that, while the person reads.
        if event.type() == QEvent.Type.Paint and not self._first_paint_seen:
            self._first_paint_seen = True
            QTimer.singleShot(0, self, self._after_first_paint)
        return super().event(event)

    def _after_first_paint(self) -> None:
        if not self.is_ready:
            # The start page's frame first, painted before the store and the catalog open.
            self.start_page.repaint()
            opened = self._open_context() if self._open_context is not None else None
            if opened is None:
                self.close()
                return
            self._attach(opened)
        # While the start page fills, the chart code loads in the background: the first
        # result shown (a past one, opened at once) should not pay for matplotlib.
        self.context.charts.warm()
        if not self._start_page_filled:
            self._start_page_filled = True
            self.start_page.refresh()
            if self.stack.currentWidget() is self.start_page:
                self.start_page.focus_first()
        from assessor.ui.results_warm_up import ResultsWarmUp

        self._warm_up = ResultsWarmUp(self, self.pages, self.context, self.service.results,
                                      self._person_for)
        self._warm_up.start()

    def _when_ready(self, action: Callable[[], object]) -> Callable[[], None]:
        """A menu action that waits for the context (only the first frame is without it)."""
        def run() -> None:
            if self.is_ready:
                action()
        return run

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open questionnaire…"), self)
        _set_shortcut(open_action, QKeySequence(QKeySequence.StandardKey.Open))
        open_action.triggered.connect(self._when_ready(self.open_questionnaire_file))
        file_menu.addAction(open_action)
        pack_action = QAction(self.tr("Open provider &pack…"), self)
        pack_action.triggered.connect(self._when_ready(self.open_pack))
        file_menu.addAction(pack_action)
        # File ▸ Language goes above this once the context is open (its prompts confirm a
        # change); a menu of its own would need an access key no page leaves free.
        self.file_menu = file_menu
        self._language_place = file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        _set_shortcut(quit_action, QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        home_action = QAction(self.tr("&Start page"), self)
        _set_shortcut(home_action, QKeySequence("Ctrl+Home"))
        home_action.triggered.connect(self._when_ready(self.show_start))
        history_action = QAction(self.tr("H&istory"), self)
        _set_shortcut(history_action, QKeySequence("Ctrl+H"))
        history_action.triggered.connect(self._when_ready(self.show_history))
        clients_action = QAction(self.tr("&Clients"), self)
        _set_shortcut(clients_action, QKeySequence("Ctrl+K"))
        clients_action.triggered.connect(self._when_ready(self.show_clients))
        go_menu.addAction(home_action)
        go_menu.addAction(history_action)
        cohort_action = QAction(self.tr("C&ohort results (for providers)"), self)
        _set_shortcut(cohort_action, QKeySequence("Ctrl+Shift+O"))
        cohort_action.triggered.connect(self._when_ready(self.show_cohort))
        go_menu.addAction(cohort_action)
        go_menu.addAction(clients_action)
        self.profile_switcher = ProfileSwitcher()  # holds its place until the store is open
        self.profile_switcher.manageRequested.connect(self._when_ready(self.show_clients))
        # In the status bar, not the menu bar's corner: Qt's accessible menu bar lists only
        # its menus, so a screen reader never found the switcher there.
        self.statusBar().addPermanentWidget(self.profile_switcher)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        _set_shortcut(shortcuts_action, QKeySequence(QKeySequence.StandardKey.HelpContents))
        shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts_action)
        about_action = QAction(self.tr("&About Assessor"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def show_shortcuts(self) -> None:
        from assessor.ui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def show_about(self) -> None:
        from assessor.ui.about import AboutDialog

        AboutDialog(self).exec()

    # ---- pages made on first use (window_pages.py) and of the open questionnaire -------

    @property
    def results_page(self) -> ResultsPage:
        return self.pages.results

    @property
    def _results_page(self) -> ResultsPage | None:
        """The results page if it has been made (the start-up benchmark and tests wait
        for it)."""
        return self.pages.made_results if self.is_ready else None

    @property
    def history_page(self) -> HistoryPage:
        return self.pages.history

    @property
    def clients_page(self) -> ClientsPage:
        return self.pages.clients

    @property
    def cohort_page(self) -> CohortPage:
        return self.pages.cohort

    @property
    def session_model(self) -> SessionModel | None:
        return self.taking.session_model if self.is_ready else None

    @property
    def question_page(self) -> QuestionPage | None:
        return self.taking.question_page if self.is_ready else None

    @property
    def review_page(self) -> ReviewPage | None:
        return self.taking.review_page if self.is_ready else None

    def show_clients(self) -> None:
        self.stack.setCurrentWidget(self.clients_page)

    def _may_switch_profile(self, profile_id: int) -> bool:
        """Switching while a questionnaire is open asks first: the open draft stays filed
        under the person it was started for, and its pages close."""
        if self.session_model is None:
            return True
        owner = self._profile_name(self.session_model.session.profile_id)
        target = self._profile_name(profile_id)
        if not self.context.prompts.confirm(
                self.tr("Switch client?"),
                self.tr("The questionnaire you have open belongs to {owner}. Its answers are "
                        "saved and stay with {owner}: to continue it later, switch back to "
                        "{owner} and resume it from the start page.\n\nClose it and work with "
                        "{target}?").format(owner=owner, target=target)):
            return False
        self._close_session()
        return True

    def _profile_name(self, profile_id: int | None) -> str:
        if profile_id is None or profile_id == self.context.person.own_profile_id:
            return self.tr("you")
        profile = self.clients.profile(profile_id)
        return str(profile.name) if profile is not None else self.tr("another client")

    def _close_session(self) -> None:
        self.taking.close(fallback=self.start_page)

    def _profile_changed(self, profile_id: int) -> None:
        # New assessments, drafts and history belong to the profile now selected; an open
        # questionnaire of someone else (a forced switch: its owner was deleted) closes.
        if self.session_model is not None and \
                self.session_model.session.profile_id not in (None, profile_id):
            self._close_session()
        self._name_person()
        if self._start_page_filled:
            self.start_page.refresh()
        if self.pages.made_history is not None:
            self.pages.made_history.set_results(self.service.results())

    def _person_for(self, profile_id: int | None) -> str | None:
        """A client's pseudonym, or None for the app's own user (pages then say "your")."""
        if profile_id is None or profile_id == self.context.person.own_profile_id:
            return None
        profile = self.clients.profile(profile_id)
        return str(profile.name) if profile is not None else None

    def person_name(self) -> str | None:
        """The client's pseudonym, or None while the app's own user is selected (the first
        profile, made at first start), so pages say "your" only to that person."""
        if self.context.person.is_own:
            return None
        profile = self.clients.current()
        return str(profile.name) if profile is not None else None

    def _name_person(self) -> None:
        name = self.person_name()
        self.start_page.set_person(name)
        if self.pages.made_history is not None:
            self.pages.made_history.set_person(name)
        self.setWindowTitle(self.tr("Assessor") if name is None
                            else self.tr("Assessor — with {name}").format(name=name))

    def show_cohort(self) -> None:
        self.stack.setCurrentWidget(self.cohort_page)

    def open_pack(self) -> None:
        from assessor.ui.pack_dialog import open_pack_file

        self.pack_dialog = open_pack_file(self.context.prompts, self)
        if self.pack_dialog is not None:
            self.pack_dialog.installed.connect(self._pack_installed)
            self.pack_dialog.open()

    def _pack_installed(self) -> None:
        self.context.catalog.refresh()
        self.show_start()

    # ---- start page -------------------------------------------------------------------

    def show_start(self) -> None:
        self._start_page_filled = True
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.focus_first()

    def start_questionnaire(self, questionnaire: Questionnaire) -> None:
        self._run_session(self.service.start(questionnaire))

    def resume_draft(self, draft_id: int) -> None:
        session = self.service.resume(draft_id)
        if session is None:
            self.context.prompts.show_error(
                self.tr("Cannot resume"),
                self.tr("The questionnaire this draft was started with is no longer available. "
                        "Open its file to continue."))
            return
        self._run_session(session)

    def discard_draft(self, draft_id: int) -> None:
        if self.context.prompts.confirm(self.tr("Discard answers"), self.tr(
                "Discard this unfinished questionnaire and all its answers?")):
            self.service.discard(draft_id)
            self.start_page.refresh()

    def open_questionnaire_file(self) -> None:
        path = self.context.prompts.pick_open_file(self.tr("Open questionnaire"),
                                                   self.tr("Questionnaires (*.yaml *.yml)"))
        if path is None:
            return
        from assessor.core.errors import AssessorError

        try:
            self.context.catalog.open_file(path)
        except AssessorError as exc:
            self.context.prompts.show_error(
                self.tr("This questionnaire cannot be used"),
                self.tr("{0} has problems that must be fixed before it can be used:")
                .format(path.name), exc.lines())
            return
        self.start_page.refresh()

    def show_catalog_problems(self) -> None:
        lines = [line for entry in self.context.catalog.refused for line in entry.problems]
        self.context.prompts.show_error(
            self.tr("Questionnaire files with problems"),
            self.tr("These files were not loaded:"), lines)

    # ---- taking -----------------------------------------------------------------------

    def _run_session(self, session: AssessmentSession) -> None:
        self._start_page_filled = True
        self.taking.open(session)

    def leave_questionnaire(self) -> None:
        """"Save and close": every answer is stored already; the draft waits on the start
        page of the person it belongs to."""
        self._close_session()
        self.show_start()

    def show_questions(self) -> None:
        self.taking.show_questions()

    def show_review(self) -> None:
        self.taking.show_review()

    def jump_to_item(self, item_id: str) -> None:
        self.taking.jump_to_item(item_id)

    def finish(self) -> None:
        if self.session_model is None:
            return
        session = self.session_model.session
        from assessor.core.errors import AssessorError

        try:
            _result_id, result = self.service.finish(session)
        except (AssessorError, OSError) as exc:
            self.context.prompts.show_error(self.tr("Could not save the result"), str(exc))
            return
        self.taking.drop()
        self.clients.results_added()
        self.show_result(result, session.questionnaire, session.profile_id)

    # ---- results and history ----------------------------------------------------------

    def show_result(self, result: ResultView | dict[str, Any],
                    questionnaire: Questionnaire | None, profile_id: int | None = None) -> None:
        """`profile_id`: whose result it is (None: the profile now selected)."""
        page = self.results_page
        page.set_person(self._person_for(
            self.context.profile_id if profile_id is None else profile_id))
        page.show_result(result, questionnaire)
        self.stack.setCurrentWidget(page)
        from PySide6.QtCore import Qt

        page.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_stored_result(self, result_id: int) -> None:
        from assessor.core.errors import AssessorError

        try:
            stored = self.context.store.get_result(result_id)
        except AssessorError as exc:
            self.context.prompts.show_error(self.tr("Cannot show this result"), str(exc))
            return
        from assessor.core.results.view import ResultView

        view = ResultView.from_data(stored.result)  # read once, here and on the page
        questionnaire = self.context.catalog.find(view.questionnaire.id,
                                                  view.questionnaire.sha256)
        self.show_result(view, questionnaire, stored.profile_id)

    def show_history(self) -> None:
        page = self.history_page
        page.set_results(self.service.results())
        self.stack.setCurrentWidget(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every answer is already stored; nothing to ask before closing.
        if self.is_ready:
            self.pages.shutdown()
        event.accept()
