"""The window's pages made on first use (ui/window_pages.py): each is made once, from the
context the window was given, and put on the window's stack."""

from __future__ import annotations

from tests.ui.conftest import WindowMaker


def test_each_page_is_made_once_on_first_use_and_put_on_the_stack(
        make_window: WindowMaker) -> None:
    window = make_window()
    assert window.pages.made_history is None and window.pages.made_cohort is None
    for page in (window.history_page, window.clients_page, window.cohort_page,
                 window.results_page):
        assert window.stack.indexOf(page) >= 0
    assert window.history_page is window.pages.made_history
    assert window.cohort_page is window.pages.made_cohort
    assert window.stack.count() == 5  # the start page and the four above, once each


def test_the_cohort_page_draws_with_the_contexts_cohort_chart_factory(
        make_window: WindowMaker) -> None:
    window = make_window()
    cohort_charts = window.context.cohort_charts
    assert cohort_charts is not window.context.charts
    dashboard = window.cohort_page.dashboard
    assert dashboard.levels_chart._factory is cohort_charts  # the view keeps it private
