"""The window's pages that are made on first use (results, history, clients, cohort): each
is built from the context the first time it is shown, put on the window's stack and wired
to the window's navigation. Nothing here decides which page shows; the window does."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QStackedWidget, QWidget

# Each page's module is imported when that page is first needed (the first window should
# appear without the charts, the cohort code or the other views).
if TYPE_CHECKING:
    from assessor.ui.clients_model import ClientsModel
    from assessor.ui.clients_page import ClientsPage
    from assessor.ui.cohort_page import CohortPage
    from assessor.ui.context import ApplicationContext
    from assessor.ui.history_page import HistoryPage
    from assessor.ui.results_page import ResultsPage


class Navigation(Protocol):
    """Where a page's "go elsewhere" requests lead (the main window)."""

    def show_start(self) -> None: ...

    def show_history(self) -> None: ...

    def show_stored_result(self, result_id: int) -> None: ...

    def person_name(self) -> str | None: ...


class WindowPages:
    """The pages made on first use; `made_*` is None until that page has been asked for."""

    def __init__(self, stack: QStackedWidget, context: ApplicationContext,
                 clients: ClientsModel, navigation: Navigation, owner: QWidget) -> None:
        """`owner`: the window, parent of what outlives one page (the cohort's model)."""
        self._stack = stack
        self._context = context
        self._clients = clients
        self._navigation = navigation
        self._owner = owner
        self.made_results: ResultsPage | None = None
        self.made_history: HistoryPage | None = None
        self.made_clients: ClientsPage | None = None
        self.made_cohort: CohortPage | None = None

    @property
    def results(self) -> ResultsPage:
        if self.made_results is None:
            from assessor.ui.results_page import ResultsPage

            context = self._context
            page = ResultsPage(context.charts, context.prompts, context.reports,
                               context.settings)
            page.homeRequested.connect(self._navigation.show_start)
            page.historyRequested.connect(self._navigation.show_history)
            self._stack.addWidget(page)
            self.made_results = page
        return self.made_results

    @property
    def history(self) -> HistoryPage:
        if self.made_history is None:
            from assessor.ui.history_page import HistoryPage

            page = HistoryPage(self._context.charts)
            page.homeRequested.connect(self._navigation.show_start)
            page.resultRequested.connect(self._navigation.show_stored_result)
            page.set_person(self._navigation.person_name())
            self._stack.addWidget(page)
            self.made_history = page
        return self.made_history

    @property
    def clients(self) -> ClientsPage:
        if self.made_clients is None:
            from assessor.ui.clients_page import ClientsPage

            context = self._context
            page = ClientsPage(self._clients, context.catalog, context.charts, context.prompts)
            page.homeRequested.connect(self._navigation.show_start)
            page.resultRequested.connect(self._navigation.show_stored_result)
            self._stack.addWidget(page)
            self.made_clients = page
        return self.made_clients

    @property
    def cohort(self) -> CohortPage:
        if self.made_cohort is None:
            from assessor.ui.cohort_model import CohortModel
            from assessor.ui.cohort_page import CohortPage

            context = self._context
            catalog = context.catalog
            page = CohortPage(CohortModel(self._owner), context.prompts, context.cohort_charts,
                              lambda: catalog.questionnaires)
            page.homeRequested.connect(self._navigation.show_start)
            self._stack.addWidget(page)
            self.made_cohort = page
        return self.made_cohort

    def shutdown(self) -> None:
        """The window is closing: stop what runs in the background (a cohort import)."""
        if self.made_cohort is not None:
            self.made_cohort.shutdown()
