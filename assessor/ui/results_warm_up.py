"""The results page made ready before anyone asks for it: once the chart code has loaded
(in the background, after the first paint), the hidden page shows the person's latest
result as opening it would, and its first tab's charts are drawn off screen at the size
they will have there, so that opening the result shows them at once
(`charts_access.ChartFactory.prepare`). Then the ladder is drawn there for each other rung
that one of the person's recent results is at: a ladder shows the career model and the
rung, not the result, so any result at those rungs shows its ladder from that picture
(`chart_pictures.py`); then at each remaining rung of the latest result's career model.
Anything else is drawn when it is opened."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from assessor.core.store import StoredResult
    from assessor.ui.charts_access import Place
    from assessor.ui.context import ApplicationContext
    from assessor.ui.window_pages import WindowPages

_RETRY_MS = 50  # how often to look again whether the chart code has loaded
# Recent results looked at for other rungs, and other rungs drawn at most: a ladder has a
# handful of rungs, and each drawn costs about 0.15 s of a core in the background.
RECENT = 30
OTHER_RUNGS = 4
# The career model's other rungs drawn ahead at most, after those (a model has a handful).
MODEL_RUNGS = 8


class ResultsWarmUp:
    """Prepares the hidden results page for `window` once its chart code is in; gives up
    quietly when the window has closed or a result was shown meanwhile."""

    def __init__(self, window: QWidget, pages: WindowPages, context: ApplicationContext,
                 results: Callable[[], Sequence[StoredResult]],
                 person_for: Callable[[int | None], str | None]) -> None:
        """`results`: the current person's stored results, oldest first; `person_for`: the
        name a page shows for a profile (None for the app's own user)."""
        self._window = window
        self._pages = pages
        self._context = context
        self._results = results
        self._person_for = person_for

    def start(self) -> None:
        QTimer.singleShot(_RETRY_MS, self._window, self._run)

    def _run(self) -> None:
        charts = self._context.charts
        if not self._window.isVisible() or self._pages.made_results is not None:
            return  # closed (its store may be too), or a result was shown meanwhile
        if not charts.is_warm:
            self.start()
            return
        from assessor.ui.charts_access import canvas_class

        if charts.available():
            canvas_class()
        _ = self._pages.results
        from assessor.core.errors import AssessorError

        try:
            stored_results = list(self._results())
            latest = stored_results[-1:]
        except (AssessorError, OSError):
            return  # the start page has said what is wrong with the store
        from assessor.app.result_language import shown_in_language
        from assessor.ui.widgets import is_dark

        # Drawn at the size they will have on the page, so opening the result shows them
        # as drawn (charts_access.ChartCanvas); elsewhere they are drawn again.
        places = self._laid_out_for(latest[0]) if latest else {}
        # As the results page will show it (in the app's language), so the figure is used.
        others = _other_rungs(stored_results) if places else []
        # Then the model's remaining rungs, so that a result at any of them (a client's
        # file, one older than RECENT) opens as fast: a ladder is drawn from the model and
        # the rung alone, so the latest result placed at each rung draws it.
        rungs = [stored.result for stored in others]
        if places and latest:
            rungs += _at_other_rungs(latest[0].result, [*latest, *others])
        charts.prepare(*[(name, (shown_in_language(stored.result),)) for stored in latest
                         for name in ("ladder_figure", "plane_figure")],
                       dark=is_dark(self._window), places=places,
                       pictures_only=[("ladder_figure", (shown_in_language(result),))
                                      for result in rungs])


    def _laid_out_for(self, stored: StoredResult) -> dict[str, Place]:
        """The hidden results page shows `stored` as opening it does (the same texts, so the
        same layout), and says where its first tab's charts will be drawn."""
        from assessor.core.results.view import ResultView

        try:
            view = ResultView.from_data(stored.result)
            questionnaire = self._context.catalog.find(view.questionnaire.id,
                                                       view.questionnaire.sha256)
            page = self._pages.results
            page.set_person(self._person_for(stored.profile_id))
            page.show_result(view, questionnaire)
            return page.chart_places()
        except Exception:  # best effort: opening the result says what is wrong, if anything
            return {}


def _at_other_rungs(result: Mapping[str, Any], drawn: Sequence[StoredResult],
                    ) -> list[dict[str, Any]]:
    """`result` placed at each rung of its career model that none of `drawn` is at, lowest
    first, up to MODEL_RUNGS: only to draw that rung's ladder ahead (never shown or kept
    as a result)."""
    from assessor.core.results.view import ResultView

    try:
        view = ResultView.from_data(result)
        sha = view.questionnaire.sha256
        taken = {other.placement_id for other in
                 (ResultView.from_data(stored.result) for stored in drawn)
                 if other.questionnaire.sha256 == sha}
    except Exception:  # best effort: a result that cannot be read draws nothing ahead
        return []
    placed: list[dict[str, Any]] = []
    for rung in view.ladder:
        if rung.id not in taken and len(placed) < MODEL_RUNGS:
            placed.append({**result, "placement": {"level": rung.id, "label": rung.label}})
    return placed


def _other_rungs(results: Sequence[StoredResult]) -> list[StoredResult]:
    """Of `results` (oldest first), the newest recent one at each rung (of each
    questionnaire) other than the latest result's, newest first, up to OTHER_RUNGS."""
    from assessor.core.results.view import ResultView

    def rung(stored: StoredResult) -> tuple[str | None, str | None] | None:
        try:
            view = ResultView.from_data(stored.result)
        except Exception:
            return None
        return (view.questionnaire.sha256, view.placement_id)

    recent = list(results)[-RECENT - 1:]
    seen = {rung(stored) for stored in recent[-1:]}
    found: list[StoredResult] = []
    for stored in recent[-2::-1]:
        at = rung(stored)
        if at is not None and at not in seen and len(found) < OTHER_RUNGS:
            seen.add(at)
            found.append(stored)
    return found
