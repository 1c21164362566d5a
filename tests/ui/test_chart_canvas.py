"""A chart squeezed into a narrow pane draws without letting matplotlib's warning escape."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from assessor.ui.charts_access import canvas_class
from tests.conftest import REPO_ROOT


def test_narrow_chart_draws_without_a_warning(qtbot: QtBot) -> None:
    from assessor.charts import dimensions_figure
    from assessor.core.format.answers import load_answers
    from assessor.core.format.loading import load_questionnaire
    from assessor.core.results import build_result

    questionnaire = load_questionnaire(REPO_ROOT / "questionnaires" / "ai-cyber-career.yaml")
    answers = load_answers(REPO_ROOT / "tests" / "personas" / "soc-analyst-no-ml.yaml",
                           questionnaire)
    result = build_result(questionnaire, answers.answers)
    canvas = canvas_class()(dimensions_figure(result, "ai-augmented-soc-analyst"))
    qtbot.addWidget(canvas)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.resize(300, 200)  # far narrower than the chart's layout can take
    qtbot.waitUntil(lambda: canvas.figure.get_figwidth() < 5)
    canvas.draw()  # pytest turns warnings into errors: this would fail if one escaped
